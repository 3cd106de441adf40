"""Designer forms are compiled ahead of time; a stale compiled form fails here."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_compiled_forms_are_up_to_date():
    r = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "compile_forms.py"), "--check"], capture_output=True, text=True
    )
    assert r.returncode == 0, r.stderr


def test_every_form_has_a_compiled_module():
    forms = {p.stem for p in (ROOT / "ui").glob("*.ui")}
    compiled = {p.stem.removeprefix("ui_") for p in (ROOT / "src/kcdesk/ui/forms").glob("ui_*.py")}
    assert forms and forms <= compiled
