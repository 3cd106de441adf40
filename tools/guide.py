"""The user guide's pictures and its copy in docs/ (run by `make screenshots`).

    python tools/guide.py [SCREENSHOTS]     (default docs/screenshots)

``resources/guide/<lang>.md`` is the guide the app shows (Help › User guide); its pictures are
the screenshots `kcdesk screenshots` makes, copied to ``resources/guide/images`` so the app (and
the bundle) have them offline. ``docs/guide.<lang>.md`` is the same text for reading on the web,
with the pictures taken from ``docs/screenshots``. tests/ui/test_guide.py checks both stay in step.
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "resources" / "guide"
IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)]+)\)")
LANGS = ("nl", "en")


def images(text: str) -> list[str]:
    return [m.group(2) for m in IMAGE.finditer(text)]


def docs_text(text: str) -> str:
    """The guide with its pictures taken from docs/screenshots (docs/guide.*.md sits in docs/)."""
    return IMAGE.sub(lambda m: f"![{m.group(1)}](screenshots/{m.group(2)})", text)


def main(argv: list[str]) -> int:
    shots = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    (GUIDE / "images").mkdir(exist_ok=True)
    wanted = set()
    for lang in LANGS:
        text = (GUIDE / f"{lang}.md").read_text(encoding="utf-8")
        wanted |= set(images(text))
        (ROOT / "docs" / f"guide.{lang}.md").write_text(docs_text(text), encoding="utf-8")
    for name in sorted(wanted):
        if not (shots / name).is_file():
            print(f"guide: {shots / name} is missing; run `make screenshots`", file=sys.stderr)
            return 1
        shutil.copyfile(shots / name, GUIDE / "images" / name)
    for old in (GUIDE / "images").iterdir():
        if old.name not in wanted:
            old.unlink()
    print(f"guide: {len(wanted)} pictures, docs/guide.nl.md and docs/guide.en.md written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
