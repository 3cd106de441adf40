"""Compile the Qt Designer forms in ui/ into src/kcdesk/ui/forms/ (run by `make forms`).

uic imports every class a form might use; the output keeps only the Qt names the form uses, since
each Qt class a module imports is set up (with all its enums) at start-up.
A form is compiled only when its .ui is newer than the output, unless
--force. The output carries a "generated — do not edit" header and no uic
version line, so the same form gives the same file on every machine.
`--check` compiles into memory and exits 1 if any committed form is stale.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"
FORMS = ROOT / "src" / "kcdesk" / "ui" / "forms"
HEADER = "# Generated from ui/{name} by tools/compile_forms.py (pyside6-uic) — do not edit.\n"


def _uic() -> str:
    exe = Path(sys.executable).with_name("pyside6-uic")
    return str(exe) if exe.exists() else "pyside6-uic"


def prune_imports(source: str) -> str:
    """``source`` with its ``from PySide6.… import`` lines cut down to the names it uses."""
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines(keepends=True)
    out: list[str] = []
    pos = 0
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6"):
            keep = [alias.name for alias in node.names if (alias.asname or alias.name) in used]
            out.extend(lines[pos : node.lineno - 1])
            pos = node.end_lineno or node.lineno
            if keep:
                out.append(f"from {node.module} import {', '.join(keep)}\n")
    out.extend(lines[pos:])
    return "".join(out)


def compile_form(ui_file: Path) -> str:
    out = subprocess.run(
        [_uic(), "--generator", "python", str(ui_file)], check=True, capture_output=True, text=True
    ).stdout
    body = [
        line
        for line in out.splitlines(keepends=True)
        if not line.startswith("##") and "Qt User Interface Compiler" not in line
    ]
    while body and not body[0].strip():
        body.pop(0)
    return HEADER.format(name=ui_file.name) + "\n" + prune_imports("".join(body))


def target(ui_file: Path) -> Path:
    return FORMS / f"ui_{ui_file.stem}.py"


def main(argv: list[str]) -> int:
    force, check = "--force" in argv, "--check" in argv
    FORMS.mkdir(parents=True, exist_ok=True)
    (FORMS / "__init__.py").touch()
    stale = []
    for ui_file in sorted(UI.glob("*.ui")):
        out = target(ui_file)
        if check:
            if not out.exists() or out.read_text(encoding="utf-8") != compile_form(ui_file):
                stale.append(ui_file.name)
            continue
        if force or not out.exists() or out.stat().st_mtime < ui_file.stat().st_mtime:
            out.write_text(compile_form(ui_file), encoding="utf-8")
            print(f"compiled {ui_file.name} -> {out.relative_to(ROOT)}")
    if stale:
        print("stale forms (run `make forms`): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
