"""Update the translations (run by `make translations`).

1. pyside6-lupdate reads every tr()/translate() string in src/kcdesk/**/*.py and
   every string in ui/*.ui and merges them into resources/translations/kcdesk_<lang>.ts.
   Existing translations are kept; a changed source string keeps its old
   translation marked unfinished, for review.
2. kcdesk_en.ts: English is the source language, so only plural forms
   ("%n registration(s)") need an English text; "(s)" is filled in here.
3. pyside6-lrelease turns each .ts into the .qm the app loads (and refuses a
   translation whose %1 markers, accelerator or end punctuation do not match).
4. Prints every string that still has no finished Dutch translation.

Translate in Qt Linguist (`pyside6-linguist resources/translations/kcdesk_nl.ts`)
or export the missing ones, fill them in and apply them:

    python tools/translations.py --missing missing.json   # {"Context": {"source": ""}}
    python tools/translations.py --apply missing.json     # then run it again

Other modes: --check (exit 1 when a string lacks a Dutch translation or a
.qm is stale; writes nothing), --no-release.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("nl", "en")
SOURCE_LANGUAGE = "en"


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else name


def sources() -> list[Path]:
    """Every file lupdate reads: the Python sources (not the compiled forms) and the .ui forms."""
    src = ROOT / "src" / "kcdesk"
    forms = src / "ui" / "forms"
    py = [p for p in sorted(src.rglob("*.py")) if forms not in p.parents and "__pycache__" not in p.parts]
    return py + sorted((ROOT / "ui").glob("*.ui"))


def ts_path(lang: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"kcdesk_{lang}.ts"


def qm_path(lang: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"kcdesk_{lang}.qm"


def lupdate(ts: Path, lang: str) -> None:
    files = [str(p.relative_to(ROOT)) for p in sources()]
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
        lst.write("\n".join(files) + "\n")
    args = [
        _tool("pyside6-lupdate"),
        f"@{lst.name}",
        "-ts",
        str(ts),
        "-locations",
        "none",
        "-no-obsolete",
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        lang,
        "-silent",
    ]
    if lang == SOURCE_LANGUAGE:
        args.append("-pluralonly")  # English needs text only where plural forms differ
    try:
        subprocess.run(args, check=True, cwd=ROOT, capture_output=True, text=True)
    except subprocess.CalledProcessError as exc:
        raise SystemExit(f"pyside6-lupdate failed:\n{exc.stderr}") from exc
    finally:
        Path(lst.name).unlink(missing_ok=True)


def lrelease(ts: Path, qm: Path) -> None:
    r = subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", "-fail-on-invalid", str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
    )
    if r.returncode:
        raise SystemExit(f"pyside6-lrelease failed:\n{r.stderr}")


# -- reading and editing .ts files ------------------------------------------------
@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool


def _messages(root: ET.Element):
    for ctx in root.iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            yield name, msg


def _is_finished(msg: ET.Element) -> bool:
    tr = msg.find("translation")
    if tr is None or tr.get("type") in ("unfinished",):
        return False
    if msg.get("numerus") == "yes":
        forms = tr.findall("numerusform")
        return bool(forms) and all((f.text or "").strip() for f in forms)
    return bool((tr.text or "").strip())


def untranslated(ts: Path) -> list[Message]:
    """Messages without a finished translation (vanished and obsolete ones are ignored)."""
    out = []
    for context, msg in _messages(ET.parse(ts).getroot()):
        tr = msg.find("translation")
        if tr is not None and tr.get("type") in ("vanished", "obsolete"):
            continue
        if not _is_finished(msg):
            out.append(Message(context, msg.findtext("source", ""), msg.get("numerus") == "yes"))
    return out


def _write(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def fill_english_plurals(ts: Path) -> None:
    """ "%n registration(s)" -> "%n registration" / "%n registrations"."""
    tree = ET.parse(ts)
    changed = False
    for _context, msg in _messages(tree.getroot()):
        if msg.get("numerus") != "yes" or _is_finished(msg):
            continue
        source = msg.findtext("source", "")
        if "(s)" not in source:
            continue
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        tr.attrib.pop("type", None)
        for f in list(tr):
            tr.remove(f)
        tr.text = None
        for text in (source.replace("(s)", ""), source.replace("(s)", "s")):
            ET.SubElement(tr, "numerusform").text = text
        changed = True
    if changed:
        _write(tree, ts)


def apply_translations(ts: Path, table: dict[str, dict[str, str | list[str]]]) -> int:
    """Fill translations from {context: {source: text or [plural forms]}}; returns how many."""
    tree = ET.parse(ts)
    count = 0
    for context, msg in _messages(tree.getroot()):
        text = table.get(context, {}).get(msg.findtext("source", ""))
        if not text:
            continue
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        tr.attrib.pop("type", None)
        for f in list(tr):
            tr.remove(f)
        if msg.get("numerus") == "yes":
            forms = text if isinstance(text, list) else [text, text]
            tr.text = None
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = text if isinstance(text, str) else text[0]
        count += 1
    if count:
        _write(tree, ts)
    return count


def missing_table(ts: Path) -> dict[str, dict[str, str | list[str]]]:
    table: dict[str, dict[str, str | list[str]]] = {}
    for m in untranslated(ts):
        table.setdefault(m.context, {})[m.source] = ["", ""] if m.numerus else ""
    return table


def report(lang: str, missing: list[Message], out=sys.stdout) -> None:
    if not missing:
        print(f"kcdesk_{lang}.ts: every string is translated.", file=out)
        return
    print(f"kcdesk_{lang}.ts: {len(missing)} string(s) without a finished translation:", file=out)
    for m in missing:
        print(f"  [{m.context}] {m.source!r}" + (" (plural)" if m.numerus else ""), file=out)
    if any(not m.context for m in missing):
        print(
            "  ([] means lupdate found no context: call self.tr() in a QObject method, or spell out "
            'QCoreApplication.translate("Context", "text") — not through an alias.)',
            file=out,
        )


# -- modes ---------------------------------------------------------------------------
def update(release: bool = True) -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    missing_nl: list[Message] = []
    for lang in LANGUAGES:
        ts = ts_path(lang)
        lupdate(ts, lang)
        if lang == SOURCE_LANGUAGE:
            fill_english_plurals(ts)
        if release:
            lrelease(ts, qm_path(lang))
        missing = untranslated(ts)
        report(lang, missing)
        if lang == "nl" and missing:
            missing_nl = missing
    if missing_nl:
        print(
            "Translate these in Qt Linguist (or with --missing/--apply), then run `make translations` again."
        )
    return 0


def check(out=sys.stderr) -> int:
    """Exit 1 when a source string has no finished translation or a committed .qm is stale."""
    problems = 0
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            ts = ts_path(lang, Path(tmp))
            if ts_path(lang).exists():
                shutil.copy(ts_path(lang), ts)
            lupdate(ts, lang)
            missing = untranslated(ts)
            if missing:
                report(lang, missing, out)
                problems += 1
            qm = qm_path(lang, Path(tmp))
            lrelease(ts_path(lang), qm)
            if not qm_path(lang).exists() or qm_path(lang).read_bytes() != qm.read_bytes():
                print(
                    f"kcdesk_{lang}.qm is not up to date with kcdesk_{lang}.ts; run `make translations`.",
                    file=out,
                )
                problems += 1
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--check", action="store_true", help="report missing translations and stale .qm files")
    p.add_argument("--missing", metavar="JSON", help="write the untranslated Dutch strings to this file")
    p.add_argument("--apply", metavar="JSON", help="fill Dutch translations from this file, then update")
    p.add_argument("--lang", default="nl", choices=LANGUAGES, help="the language for --missing/--apply")
    p.add_argument("--no-release", action="store_true", help="do not build the .qm files")
    args = p.parse_args(argv)
    if args.check:
        return check()
    if args.apply:
        table = json.loads(Path(args.apply).read_text(encoding="utf-8"))
        n = apply_translations(ts_path(args.lang), table)
        print(f"applied {n} translation(s) to kcdesk_{args.lang}.ts")
    code = update(release=not args.no_release)
    if args.missing:
        Path(args.missing).write_text(
            json.dumps(missing_table(ts_path(args.lang)), ensure_ascii=False, indent=2) + "\n",
            encoding="utf-8",
        )
        print(f"wrote the untranslated strings to {args.missing}")
    return code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
