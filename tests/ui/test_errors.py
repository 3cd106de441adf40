"""Engine messages reach the user in their language: every one has a catalogue template."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kcdesk.ui import errors

ENGINE = Path(__file__).resolve().parents[2] / "src" / "kcdesk"
LAYERS = ("domain", "store", "services", "export")


def _error_classes() -> set[str]:
    """KcdeskError and every subclass the engine defines (by name)."""
    names = {"KcdeskError"}
    trees = [
        ast.parse(p.read_text(encoding="utf-8")) for layer in LAYERS for p in (ENGINE / layer).rglob("*.py")
    ]
    grew = True
    while grew:
        grew = False
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names:
                    bases = {
                        b.attr if isinstance(b, ast.Attribute) else getattr(b, "id", "") for b in node.bases
                    }
                    if bases & names:
                        names.add(node.name)
                        grew = True
    return names


def _template(node: ast.expr, holes: list[int]) -> str | None:
    """A message expression as a catalogue template: f-string holes become {0}, {1}, …"""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        out = []
        for part in node.values:
            if isinstance(part, ast.Constant):
                out.append(part.value)
            else:
                out.append(f"{{{holes[0]}}}")
                holes[0] += 1
        return "".join(out)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left = _template(node.left, holes)
        right = _template(node.right, holes)
        return None if left is None or right is None else left + right
    return None


def _composing_classes(classes: set[str]) -> set[str]:
    """Error classes that write their message inside the class from their arguments
    (``super().__init__(f"...")``): their callers pass values, not a message."""
    found = set()
    for layer in LAYERS:
        for path in (ENGINE / layer).rglob("*.py"):
            for cls in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(cls, ast.ClassDef) and cls.name in classes):
                    continue
                for node in ast.walk(cls):
                    if (
                        isinstance(node, ast.Call)
                        and getattr(node.func, "attr", "") == "__init__"
                        and isinstance(node.func.value, ast.Call)
                        and getattr(node.func.value.func, "id", "") == "super"
                        and node.args
                        and _template(node.args[0], [0]) is not None
                    ):
                        found.add(cls.name)
    return found


def engine_messages() -> dict[str, str]:
    """{template: where} for every message given to an engine error, and every non-literal as a problem."""
    classes = _error_classes()
    found: dict[str, str] = {}
    composed = _composing_classes(classes)
    for layer in LAYERS:
        for path in sorted((ENGINE / layer).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            error_inits = set()  # super().__init__(message) inside an error class
            for cls in ast.walk(tree):
                if isinstance(cls, ast.ClassDef) and cls.name in classes:
                    for node in ast.walk(cls):
                        if (
                            isinstance(node, ast.Call)
                            and getattr(node.func, "attr", "") == "__init__"
                            and isinstance(node.func.value, ast.Call)
                            and getattr(node.func.value.func, "id", "") == "super"
                        ):
                            error_inits.add(node)
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call):
                    continue
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if node in error_inits and node.args:
                    message = node.args[0]
                elif name == "TemplateProblem" and len(node.args) == 3:
                    message = node.args[2]  # (name, line, message)
                elif name in classes and name not in composed | {"TemplateProblem"} and node.args:
                    message = node.args[0]
                else:
                    continue
                where = f"{path.relative_to(ENGINE)}:{node.lineno}"
                if node in error_inits and isinstance(message, ast.Name):
                    continue  # ValidationError(message, field) passes its caller's message on
                # `exc.message or "syntax error"`: Jinja's own English text, else ours
                parts = message.values if isinstance(message, ast.BoolOp) else [message]
                for part in parts:
                    template = _template(part, [0])
                    if template is not None:
                        found[template] = where
                    elif part is parts[-1]:
                        found[f"<not a literal or f-string: {ast.unparse(message)}>"] = where
    return found


def test_the_collector_finds_engine_messages():
    messages = engine_messages()
    assert "A walk-in needs a name." in messages
    assert "No event '{0}'. 'kcdesk events' lists the events." in messages
    assert "invalid email address '{0}'" in messages  # a CSV row error
    assert "{0} is in use by {1}; close it there first (commands that only read still work)." in messages
    assert len(messages) > 100


def test_every_engine_message_has_a_catalogue_template():
    catalogue = set(errors.TEMPLATES)
    missing = {t: where for t, where in engine_messages().items() if t not in catalogue}
    assert not missing, (
        "Engine messages without a template in src/kcdesk/ui/errors.py (add them, then run "
        "`make translations`):\n" + "\n".join(f"  {where}: {t!r}" for t, where in sorted(missing.items()))
    )


def test_the_catalogue_holds_no_stale_templates():
    raised = set(engine_messages())
    fragments = {
        "another kcdesk",
        "{0} on {1} since {2}",
        "the database",
        "template {0}: {1}",
        "template {0}, line {1}: {2}",
        "symbolic link",  # kinds of things in the lock file's place (store/lock.py)
        "named pipe",
        "special file",
        "folder",
        "not a write-ahead log",  # why a -wal is refused (store/database.py)
        "another page size",
        "the database with it fails the integrity check",
        "it cannot be checked: {0}",
        "the file is empty",  # why a PDF is incomplete (output/pdf_check.py)
        "it does not start as a PDF",
        "its end is missing",
        "its cross-reference table is missing",
        "its cross-reference table is damaged",
        "an object it lists is missing",
        "it has no pages",
        "it has {0} pages instead of {1}",
        "the disk is full",  # why erased text is still in the file (services/privacy.py)
        "the disk could not be written",
        "it is nested too deeply",  # why a JSON file is refused (services/json_files.py)
        "{0} is not a number in standard JSON",
    }
    stale = [t for t in errors.TEMPLATES if t not in raised and t not in fragments]
    assert not stale, f"templates no engine message uses any more: {stale}"


def test_english_text_comes_back_unchanged(qapp):
    from kcdesk.ui.app import install_translations

    install_translations(qapp, "en")
    text = "No event 'kenniscafe-x'. 'kcdesk events' lists the events."
    assert errors.translate_error(text) == text
    assert errors.translate_error("Something nobody catalogued") == "Something nobody catalogued"


@pytest.fixture
def dutch(qapp):
    from kcdesk.ui.app import install_translations

    install_translations(qapp, "nl")
    yield
    install_translations(qapp, "en")


def test_engine_messages_in_dutch(dutch, services):
    from kcdesk.domain.errors import KcdeskError

    with pytest.raises(KcdeskError) as caught:
        services.events.resolve("geen-bijeenkomst")
    assert errors.translate_error(caught.value) == (
        "Geen bijeenkomst ‘geen-bijeenkomst’. ‘kcdesk events’ toont de bijeenkomsten."
    )
    assert errors.translate_error("A walk-in needs a name.") == "Een binnenloper heeft een naam nodig."
    assert errors.translate_error("invalid email address 'piet@'") == "ongeldig e-mailadres ‘piet@’"
    # a value that is itself a message part is translated too
    assert errors.translate_error(
        "x.kcdesk is in use by another kcdesk; close it there first (commands that only read still work)."
    ).startswith("x.kcdesk is in gebruik door een andere kcdesk;")
    assert (
        errors.template_of("Code AB12 belongs to another event: Kenniscafé X.")
        == "Code {0} belongs to another event: {1}."
    )


def test_every_template_has_a_dutch_translation_with_the_same_holes(dutch):
    from PySide6.QtCore import QCoreApplication

    for template in errors.TEMPLATES:
        dutch_text = QCoreApplication.translate("EngineMessages", template)
        assert dutch_text != template or template in ("{0}: {1}.", "{0}: {1}"), template
        assert sorted(errors._HOLE.findall(dutch_text)) == sorted(errors._HOLE.findall(template)), template
