"""Engine refusals reach the user in their language: one class per refusal, each with a Dutch text."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import kcdesk
from kcdesk.domain import errors as E
from kcdesk.words import errors

ENGINE = Path(__file__).resolve().parents[2] / "src" / "kcdesk"
LAYERS = ("domain", "store", "services", "export", "output")


def all_error_classes() -> set[type[E.KcdeskError]]:
    """Every subclass of KcdeskError in kcdesk (all engine modules imported first)."""
    for layer in LAYERS:
        package = importlib.import_module(f"kcdesk.{layer}")
        for info in pkgutil.walk_packages(package.__path__, f"kcdesk.{layer}."):
            importlib.import_module(info.name)
    found: set[type[E.KcdeskError]] = set()
    todo = [E.KcdeskError]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            if sub not in found and sub.__module__.startswith(kcdesk.__name__):
                found.add(sub)
                todo.append(sub)
    return found


def refusals() -> set[type[E.KcdeskError]]:
    """The classes raised for the user: those with a template or words of their own (not the kinds)."""
    return {
        c for c in all_error_classes() if c.template or ("__init__" in vars(c) and c is not E.ValidationError)
    }


def test_every_refusal_has_a_text_in_the_ui():
    errors._register_template_problem()
    missing = sorted(c.__name__ for c in refusals() if c not in errors.TEXTS)
    assert not missing, f"add a text(...) line in src/kcdesk/words/errors.py for: {missing}"


def test_every_refusal_has_its_own_stable_code():
    codes: dict[str, str] = {}
    for cls in sorted(refusals(), key=lambda c: c.__name__):
        assert cls.code not in codes, f"{cls.__name__} and {codes[cls.code]} share the code {cls.code!r}"
        codes[cls.code] = cls.__name__
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", cls.code), cls.code


def test_each_text_names_the_arguments_of_its_template():
    """The ui text and the engine's English sentence agree: the same words, the same arguments."""
    for cls, entry in errors.TEXTS.items():
        if callable(entry):
            continue
        source, names = entry
        holes = re.findall(r"\{(\w+)\}", cls.template)
        assert sorted(set(holes)) == sorted(names), cls.__name__
        english = re.sub(r"\{(\w+)\}", lambda m, names=names: f"%{names.index(m.group(1)) + 1}", cls.template)
        assert english == source, cls.__name__


@pytest.fixture
def dutch(qapp):
    from kcdesk.ui.app import install_translations

    install_translations(qapp, "nl")
    yield
    install_translations(qapp, "en")


def test_every_text_has_a_dutch_translation_with_the_same_arguments(dutch):
    from PySide6.QtCore import QCoreApplication

    sources = [entry[0] for entry in errors.TEXTS.values() if not callable(entry)]
    sources += [*errors.TEMPLATE_REASONS.values(), *errors.TEMPLATE_REASON_PREFIXES.values()]
    sources += ["template %1, line %2: %3", "template %1: %2"]
    untranslated = []
    for source in sources:
        nl = QCoreApplication.translate(errors.CONTEXT, source)
        if nl == source and source not in ("%1: %2.",):
            untranslated.append(source)
        assert sorted(set(re.findall(r"%\d", nl))) == sorted(set(re.findall(r"%\d", source))), source
    assert not untranslated, f"no Dutch in resources/translations/kcdesk_nl.ts for: {untranslated}"


def test_refusals_in_dutch_with_their_arguments(dutch, services):
    with pytest.raises(E.EventRefNotFound) as caught:
        services.events.resolve("geen-bijeenkomst")
    assert caught.value.ref == "geen-bijeenkomst" and caught.value.code == "event-ref-not-found"
    assert errors.translate_error(caught.value) == (
        "Geen bijeenkomst ‘geen-bijeenkomst’. ‘kcdesk events’ toont de bijeenkomsten."
    )
    assert errors.translate_error(E.WalkinNameMissing()) == "Een binnenloper heeft een naam nodig."
    assert errors.translate_error(E.CsvRowBadEmail(email="piet@")) == "ongeldig e-mailadres ‘piet@’"
    assert errors.translate_error(E.NoDatabase(path=Path("/x/kc.kcdesk"))).count("/x/kc.kcdesk") == 2


def test_english_is_the_engine_sentence(qapp):
    from kcdesk.ui.app import install_translations

    install_translations(qapp, "en")
    exc = E.CodeOfAnotherEvent(reg_code="AB12", event_title="Kenniscafé X")
    assert str(exc) == "Code AB12 belongs to another event: Kenniscafé X."
    assert errors.translate_error(exc) == str(exc)
    assert errors.translate_error("Something nobody catalogued") == "Something nobody catalogued"


def _message_calls(tree: ast.AST, classes: set[str]):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in classes and node.args:
                yield name, node


def test_the_engine_raises_classes_not_sentences():
    """No ``KcdeskError("some English")``: a sentence given at the raise has no Dutch text."""
    kinds = {c.__name__ for c in all_error_classes() | {E.KcdeskError} if not c.template}
    kinds -= {"TemplateProblem", "DatabaseInUseError"}  # they word themselves from their arguments
    found = []
    for layer in LAYERS:
        for path in sorted((ENGINE / layer).rglob("*.py")):
            for name, node in _message_calls(ast.parse(path.read_text(encoding="utf-8")), kinds):
                if isinstance(node.args[0], ast.Name) and node.args[0].id == "message":
                    continue  # a class passing its own message on
                found.append(
                    f"{path.relative_to(ENGINE)}:{node.lineno} {name}({ast.unparse(node.args[0])[:60]})"
                )
    assert not found, "raise a class of domain/errors.py instead:\n" + "\n".join(found)
