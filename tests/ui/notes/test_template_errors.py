"""A broken user template: the export dialog says where and what, in words the translations cover."""

import pytest

from kcdesk.export import environment
from kcdesk.ui.notes.template_errors import jinja_message

BROKEN = [
    ("{% for x in %}", "A value or name is missing before the end of the tag (%})."),
    (
        "{% if x %}open",
        "The template ends while the block “if” is still open: add “elif” or “else” or “endif”",
    ),
    ("{% foo %}", "Unknown tag “foo”."),
    ("{% for a in b %}{% endif %}", "The tag “endif” does not belong here: the block “for” is still open"),
    ("{{ x }", "Unexpected “}”."),
    ("{{ (1 }}", "Unexpected “}”; expected “)”."),
    ("{{ 1 + }}", "Unexpected “the end of the expression (}})”."),
    ("{{ nope }}", "“nope” is not in the template context"),
    ("{{ event.nope }}", "“nope” does not exist here"),
    ("{{ x | nofilter }}", "There is no filter “nofilter”."),
    ("{{ x y }}", "Expected the end of the expression (}}) but found “y”."),
    ("{{ ''.__class__ }}", "Not allowed in a template: the attribute “__class__”."),
]


@pytest.mark.parametrize(("source", "expected"), BROKEN)
def test_jinja_messages_are_recognised(tmp_path, source, expected):
    (tmp_path / "t.nl.md").write_text("line 1\n" + source, encoding="utf-8")
    env = environment.make_environment("nl", tmp_path)
    with pytest.raises(environment.TemplateProblem) as info:
        environment.render(env, "t.nl.md", {"event": {"title": "x"}, "x": 1, "b": [1]})
    assert info.value.line == 2
    assert expected in jinja_message(info.value.message)


def test_unknown_messages_stay_as_jinja_wrote_them():
    assert jinja_message("something new went wrong") == "something new went wrong"


def test_export_dialog_shows_the_line_and_the_recognised_message(screen, qtbot, tmp_path):
    from kcdesk import paths

    folder = paths.user_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "article.nl.md").write_text("# {{ event.title }}\n{% for x in %}\n", encoding="utf-8")
    dialog = screen.make_export_dialog()
    qtbot.addWidget(dialog)
    errors = []
    dialog.show_error = errors.append
    dialog.choose("article", "md", "nl")
    dialog.update_preview()
    qtbot.waitUntil(lambda: not dialog.preview_busy)
    text = dialog.ui.preview.toPlainText()
    assert "article.nl.md, line 2" in text and "A value or name is missing" in text
    assert "Expected an expression" not in text
    out = tmp_path / "out"
    out.mkdir()
    assert dialog.export(out / "a.md") is None
    assert "line 2" in errors[-1] and list(out.iterdir()) == []  # no half-written file


@pytest.fixture
def screen(main_window):
    main_window.show_screen(2)
    return main_window.screens[2]
