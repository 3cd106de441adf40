"""Dutch and English are complete, and the committed .qm files match their .ts sources."""

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("kcdesk_translations_tool", ROOT / "tools" / "translations.py")
tool = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = tool  # dataclasses look their module up
_spec.loader.exec_module(tool)


@pytest.mark.parametrize("lang", tool.LANGUAGES)
def test_every_source_string_has_a_finished_translation(lang, tmp_path):
    ts = tool.ts_path(lang, tmp_path)
    shutil.copy(tool.ts_path(lang), ts)
    tool.lupdate(ts, lang)  # what the sources hold now, merged into a copy of the committed file
    missing = tool.untranslated(ts)
    assert not missing, (
        f"{len(missing)} string(s) have no finished {lang} translation; run `make translations` "
        "and translate them:\n" + "\n".join(f"  [{m.context}] {m.source!r}" for m in missing)
    )


@pytest.mark.parametrize("lang", tool.LANGUAGES)
def test_committed_qm_is_built_from_the_committed_ts(lang, tmp_path):
    qm = tmp_path / "built.qm"
    tool.lrelease(tool.ts_path(lang), qm)
    assert tool.qm_path(lang).read_bytes() == qm.read_bytes(), (
        f"kcdesk_{lang}.qm is stale: run `make translations`"
    )


def test_missing_strings_are_found_and_applied(tmp_path):
    ts = tmp_path / "kcdesk_nl.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="nl" sourcelanguage="en">'
        "<context><name>MainWindow</name>"
        "<message><source>&amp;File</source><translation>&amp;Bestand</translation></message>"
        '<message><source>Quit</source><translation type="unfinished"></translation></message>'
        '<message numerus="yes"><source>%n guest(s)</source><translation type="unfinished">'
        "<numerusform></numerusform><numerusform></numerusform></translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )
    assert [m.source for m in tool.untranslated(ts)] == ["Quit", "%n guest(s)"]
    assert tool.missing_table(ts) == {"MainWindow": {"Quit": "", "%n guest(s)": ["", ""]}}
    n = tool.apply_translations(
        ts, {"MainWindow": {"Quit": "Afsluiten", "%n guest(s)": ["%n gast", "%n gasten"]}}
    )
    assert n == 2 and tool.untranslated(ts) == []


def test_the_dutch_interface_is_dutch(qtbot, demo_file, tmp_path):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from kcdesk.ui.app import install_translations
    from kcdesk.ui.main_window import MainWindow
    from kcdesk.ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))

    app = QApplication.instance()
    install_translations(app, "nl")
    try:
        window = MainWindow(settings)
        qtbot.addWidget(window)
        window.open_database(demo_file)
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles == ["&Bestand", "Be&werken", "Beel&d", "&Planning", "Pri&vacy", "&Help"]
        file_menu = [a.text() for a in window.ui.menuFile.actions() if a.text()]
        assert "Opslaan als &kopie…" in file_menu and "Back-up &terugzetten…" in file_menu
        assert window.ui.navigation.item(1).text() == "Inchecken"
    finally:
        install_translations(app, "en")


def test_english_plural_forms_are_filled_in(tmp_path, qapp):
    from PySide6.QtCore import QTranslator

    ts = tmp_path / "kcdesk_en.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="en" sourcelanguage="en">'
        '<context><name>CheckinScreen</name><message numerus="yes"><source>%n guest(s) checked in</source>'
        '<translation type="unfinished"><numerusform></numerusform><numerusform></numerusform></translation>'
        "</message></context></TS>\n",
        encoding="utf-8",
    )
    tool.fill_english_plurals(ts)
    assert tool.untranslated(ts) == []
    tool.lrelease(ts, tmp_path / "kcdesk_en.qm")
    translator = QTranslator()
    assert translator.load(str(tmp_path / "kcdesk_en.qm"))
    assert translator.translate("CheckinScreen", "%n guest(s) checked in", None, 1) == "%n guest checked in"
    assert translator.translate("CheckinScreen", "%n guest(s) checked in", None, 3) == "%n guests checked in"


def test_translate_calls_are_visible_to_lupdate():
    """lupdate only sees translate("Context", "literal") and tr("literal"): no aliases, no variables."""
    import ast

    src = Path(__file__).resolve().parent.parent / "src" / "kcdesk"
    problems = []
    for path in src.rglob("*.py"):
        if "forms" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        # a catalogue may translate a variable, if lupdate sees its strings through QT_TRANSLATE_NOOP
        marked = {
            node.args[0].value
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
            and isinstance(node.args[0], ast.Constant)
        }
        # a QTranslator subclass overrides translate(): that is Qt's lookup, not a wrapper hiding strings
        overrides = {
            id(item)
            for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef)
            and any(getattr(b, "id", "") == "QTranslator" for b in node.bases)
            for item in node.body
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.FunctionDef)
                and node.name in ("tr", "_tr", "_", "translate")
                and id(node) not in overrides
            ):
                problems.append(f"{path.name}:{node.lineno} defines {node.name}()")
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute):
                if node.value.attr == "translate":
                    problems.append(f"{path.name}:{node.lineno} aliases translate")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                if node.func.attr == "translate" and getattr(node.func.value, "id", "") == "QCoreApplication":
                    literal = [
                        isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2]
                    ]
                    if len(literal) == 2 and literal[0] and node.args[0].value in marked:
                        continue
                    if len(node.args) < 2 or not all(literal):
                        problems.append(
                            f"{path.name}:{node.lineno} translate() without literal context and text"
                        )
                if node.func.attr == "tr" and node.args and not isinstance(node.args[0], ast.Constant):
                    problems.append(f"{path.name}:{node.lineno} tr() of a non-literal")
            if isinstance(node, ast.JoinedStr):  # lupdate does not look inside f-strings
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and getattr(inner.func, "attr", "") in ("tr", "translate"):
                        problems.append(f"{path.name}:{inner.lineno} tr() inside an f-string")
    assert not problems, "\n".join(problems)
