"""The sandbox, strict errors with template lines, atomic output, user templates, filters."""

import datetime as dt

import pytest

from kcdesk.export import export, templates
from kcdesk.export.environment import TemplateProblem
from kcdesk.export.filters import about, attribution, format_date, join_list, markdown_html, role_phrase

HOSTILE = {
    "subclasses": "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "globals": "{{ cycler.__init__.__globals__.os.system('touch /tmp/kcdesk-pwned') }}",
    "lipsum-os": "{{ lipsum.__globals__['os'].listdir('/') }}",
    "self-context": "{{ self._TemplateReference__context }}",
    "dunder-on-data": "{{ event.__class__ }}",
    "mutate": "{{ quotes.append(1) }}",
    "format-string": "{{ '{0.__class__}'.format(event) }}",
    "huge": "{{ 'x' * 100000000 }}",
    "read-absolute": "{% include '/etc/passwd' %}",
    "read-relative": "{% include '../../../../../../etc/passwd' %}",
}


@pytest.mark.parametrize("payload", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_user_template_is_refused(demo, tmp_path, user_templates, payload):
    (user_templates / "evil.nl.md").write_text(f"Hello\n{payload}\n", encoding="utf-8")
    out = tmp_path / "evil.md"
    with pytest.raises(TemplateProblem) as info:
        export(demo, demo.event_id, "evil", out)
    message = str(info.value)
    assert message.startswith("template evil.nl.md")
    assert "not allowed" in message or "no template named" in message or "unsafe" in message
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_hostile_override_of_a_builtin_is_refused_too(demo, tmp_path, user_templates):
    (user_templates / "article.nl.html").write_text("{{ lipsum.__globals__ }}", encoding="utf-8")
    with pytest.raises(TemplateProblem, match="not allowed"):
        export(demo, demo.event_id, "article", tmp_path / "a.html")


def test_syntax_error_reports_name_and_line(demo, tmp_path, user_templates):
    (user_templates / "broken.nl.md").write_text(
        "# {{ event.title }}\n\nline three\n{% if %}\n", encoding="utf-8"
    )
    with pytest.raises(TemplateProblem) as info:
        export(demo, demo.event_id, "broken", tmp_path / "b.md")
    assert info.value.name == "broken.nl.md" and info.value.line == 4
    assert str(info.value).startswith("template broken.nl.md, line 4: ")


def test_undefined_key_reports_its_line(demo, tmp_path, user_templates):
    (user_templates / "typo.nl.html").write_text(
        "<p>{{ event.title }}</p>\n<p>{{ event.venu.name }}</p>\n", encoding="utf-8"
    )
    with pytest.raises(TemplateProblem) as info:
        export(demo, demo.event_id, "typo", tmp_path / "t.html")
    assert info.value.line == 2 and "venu" in info.value.message


def test_failed_export_keeps_the_old_file_and_leaves_no_temporary(demo, tmp_path, user_templates):
    out = tmp_path / "article.md"
    out.write_text("the previous draft", encoding="utf-8")
    (user_templates / "article.nl.md").write_text("{{ event.title }}\n{{ nope }}\n", encoding="utf-8")
    with pytest.raises(TemplateProblem, match="line 2"):
        export(demo, demo.event_id, "article", out)
    assert out.read_text(encoding="utf-8") == "the previous draft"
    assert [p.name for p in tmp_path.iterdir()] == ["article.md"]


def test_user_template_overrides_and_adds(demo, tmp_path, user_templates):
    (user_templates / "article.nl.md").write_text("# Eigen: {{ event.title }}\n", encoding="utf-8")
    (user_templates / "thanks.md").write_text(
        "Dank, {{ organiser.name }}! <b>{{ event.theme }}</b>\n", encoding="utf-8"
    )
    found = {t.name: t for t in templates()}
    assert found["article"].overridden and found["article"].files == ("article.nl.md",)
    assert not found["thanks"].builtin and found["thanks"].formats == ("md", "html", "docx")
    assert export(demo, demo.event_id, "article", tmp_path / "a.md").read_text(encoding="utf-8") == (
        "# Eigen: Kenniscafé Ontmoeting in de buurt\n"
    )
    # English still uses the built-in article
    assert "On " in export(demo, demo.event_id, "article", tmp_path / "a.en.md", "en").read_text(
        encoding="utf-8"
    )
    html = export(demo, demo.event_id, "thanks", tmp_path / "t.html", "en").read_text(encoding="utf-8")
    assert (
        "Dank, Netwerk Sociaal Domein Zuid!" in html and "&lt;b&gt;" in html
    )  # raw HTML is not passed through


def test_html_templates_autoescape(demo, tmp_path):
    event = demo.events.get(demo.event_id)
    event.title = "Kenniscafé <script>alert(1)</script>"
    demo.events.update(event)
    html = export(demo, demo.event_id, "newsletter", tmp_path / "n.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html
    article = export(demo, demo.event_id, "article", tmp_path / "a.html").read_text(encoding="utf-8")
    assert "<script>" not in article


def test_dates_lists_counts():
    d = dt.date(2019, 10, 10)
    assert format_date(d, "nl") == "donderdag 10 oktober 2019"
    assert format_date(d, "en") == "Thursday 10 October 2019"
    assert format_date(d, "nl", "long") == "10 oktober 2019"
    assert join_list(["A", "B", "C"], "nl") == "A, B en C"
    assert join_list(["A", "B", "C"], "en") == "A, B and C"
    assert join_list(["A"], "nl") == "A" and join_list([], "en") == ""
    assert about(23, "nl") == "ongeveer 25 deelnemers"
    assert about(23, "en") == "about 25 participants"
    assert (
        about(25, "nl") == "25 deelnemers"
        and about(7, "en") == "7 participants"
        and about(1, "nl") == "1 deelnemer"
    )
    assert about(212, "nl") == "ongeveer 210 deelnemers"


def test_attribution_follows_consent():
    assert role_phrase("docent", "ROC Zuid", "education", "nl") == "een docent uit het onderwijs"
    assert role_phrase("teacher", "ROC Zuid", "education", "en") == "a teacher from education"
    assert role_phrase("adviser", "City", "", "en") == "an adviser at City"
    assert attribution({"named": True, "name": "Nicole van Dijk"}, "nl") == "Nicole van Dijk"
    # without consent to be named: only "een deelnemer", even with a role
    assert attribution({"named": False, "name": "x", "job_title": "docent", "sector": "education"}, "nl") == (
        "een deelnemer"
    )
    assert attribution({"named": False, "name": "x", "job_title": ""}, "nl") == "een deelnemer"
    assert attribution(None, "en") == "a participant"


def test_markdown_filter_escapes_raw_html():
    html = str(markdown_html("**vet** <img src=x onerror=alert(1)>"))
    assert "<strong>vet</strong>" in html and "<img" not in html


def test_badges_come_from_the_badges_service(demo, tmp_path, monkeypatch):
    import sys

    from kcdesk.domain.errors import KcdeskError

    monkeypatch.setitem(sys.modules, "kcdesk.services.badges", None)  # not installed
    with pytest.raises(KcdeskError, match="Badges are not available"):
        export(demo, demo.event_id, "badges", tmp_path / "b.pdf")
    assert list(tmp_path.iterdir()) == []

    monkeypatch.undo()
    calls = []

    def paint_into(event_id, path):
        from PySide6.QtGui import QPainter

        from kcdesk.output.pdf import pdf_writer

        calls.append(event_id)
        writer = pdf_writer(path, "fake badges")
        QPainter(writer).end()
        del writer
        return 1

    monkeypatch.setattr(demo.badges, "paint_into", paint_into)
    export(demo, demo.event_id, "badges", tmp_path / "b.pdf")
    assert calls == [demo.event_id] and (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")
    # a writer that leaves a stub is caught before it replaces anything
    monkeypatch.setattr(demo.badges, "paint_into", lambda event_id, path: (path.write_bytes(b"%PDF"), 1)[1])
    before = (tmp_path / "b.pdf").read_bytes()
    with pytest.raises(KcdeskError, match="could not be written completely"):
        export(demo, demo.event_id, "badges", tmp_path / "b.pdf")
    assert (tmp_path / "b.pdf").read_bytes() == before


# -- issue 11, case 6: size and time limits, recursion ----------------------------------------

HUGE = {
    "percent-format": "{{ '%300000000s'|format('x') }}",
    "percent-operator": "{{ '%300000000s' % 'x' }}",
    "str-format": "{{ '{:>300000000}'.format('x') }}",
    "center": "{{ 'x'|center(300000000) }}",
    "indent": "{{ 'x\\ny'|indent(300000000) }}",
    "list-of-big-strings": "{{ ['x'*1000000]*1000000 }}",
    "joined": "{% set l = ['x'*1000000]*100 %}{{ l|join }}",
}


@pytest.mark.parametrize("payload", HUGE.values(), ids=HUGE.keys())
def test_huge_output_is_a_template_error(demo, tmp_path, user_templates, payload):
    import time

    (user_templates / "big.nl.md").write_text(f"Hallo\n\n{payload}\n", encoding="utf-8")
    out = tmp_path / "big.md"
    started = time.monotonic()
    with pytest.raises(TemplateProblem) as info:
        export(demo, demo.event_id, "big", out)
    assert time.monotonic() - started < 5  # refused before building hundreds of megabytes
    assert str(info.value).startswith("template big.nl.md, line 3: not allowed in a template:")
    assert not out.exists() and list(tmp_path.iterdir()) == []


SLOW = {
    "nested-loops": "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}",
    "folded-filter": "{{ [1, 2]|slice(30000000)|list|length }}",  # Jinja would run it while compiling
}


@pytest.mark.parametrize("payload", SLOW.values(), ids=SLOW.keys())
def test_a_render_has_a_time_budget(demo, tmp_path, user_templates, payload, monkeypatch):
    import time

    from kcdesk.export.environment import KcdeskSandbox

    monkeypatch.setattr(KcdeskSandbox, "time_budget", 0.5)
    (user_templates / "slow.nl.md").write_text(f"Hallo\n{payload}\n", encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(
        TemplateProblem, match=r"template slow.nl.md, line 2: the template took longer than 0.5 s"
    ):
        export(demo, demo.event_id, "slow", tmp_path / "slow.md")
    assert time.monotonic() - started < 10
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "payload",
    ["{% include 'self.nl.md' %}", "{% macro m(n) %}{{ m(n + 1) }}{% endmacro %}{{ m(1) }}"],
    ids=["self-include", "recursive-macro"],
)
def test_recursion_is_a_template_error(demo, tmp_path, user_templates, payload):
    (user_templates / "self.nl.md").write_text(f"Hallo\n{payload}\n", encoding="utf-8")
    with pytest.raises(TemplateProblem, match="the template includes or calls itself without end") as info:
        export(demo, demo.event_id, "self", tmp_path / "self.md")
    assert str(info.value).startswith("template self.nl.md, line 2")


def test_the_cli_reports_a_runaway_template_in_one_line(demo_file, tmp_path, user_templates, cli):
    (user_templates / "big.nl.md").write_text("{{ 'x'|center(300000000) }}\n", encoding="utf-8")
    r = cli(
        "export",
        "--event",
        "ontmoeting-in-de-buurt",
        "--template",
        "big",
        "-o",
        str(tmp_path / "b.md"),
        "--db",
        str(demo_file),
    )
    assert r.code == 1 and r.err.count("\n") == 1 and "template big.nl.md, line 1" in r.err
    assert not (tmp_path / "b.md").exists()


# -- issue 11, case 12: the loader stays inside the templates folder --------------------------


def test_symlinks_out_of_the_templates_folder_are_refused(demo, tmp_path, user_templates):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "hostname").write_text("secret-host\n", encoding="utf-8")
    user_templates.mkdir(parents=True, exist_ok=True)
    (user_templates / "etcdir").symlink_to(outside, target_is_directory=True)
    (user_templates / "peek.nl.md").write_text("Hallo\n{% include 'etcdir/hostname' %}\n", encoding="utf-8")
    out = tmp_path / "peek.md"
    with pytest.raises(TemplateProblem) as info:
        export(demo, demo.event_id, "peek", out)
    assert "etcdir/hostname lies outside the templates folder" in str(info.value)
    assert "secret-host" not in str(info.value) and not out.exists()

    # a template file that is itself a link outside
    (outside / "stolen.nl.md").write_text("{{ event.title }}", encoding="utf-8")
    (user_templates / "stolen.nl.md").symlink_to(outside / "stolen.nl.md")
    with pytest.raises(TemplateProblem, match="lies outside the templates folder"):
        export(demo, demo.event_id, "stolen", tmp_path / "stolen.md")


def test_a_link_inside_the_folder_and_a_linked_folder_still_work(demo, tmp_path, user_templates):
    real = tmp_path / "real-templates"
    real.mkdir()
    (real / "part.md").write_text("{{ event.title }}", encoding="utf-8")
    (real / "mine.nl.md").write_text("# {% include 'alias.md' %}\n", encoding="utf-8")
    (real / "alias.md").symlink_to("part.md")
    user_templates.parent.mkdir(parents=True, exist_ok=True)
    if user_templates.exists():
        user_templates.rmdir()
    user_templates.symlink_to(real, target_is_directory=True)  # the folder itself lives elsewhere
    out = export(demo, demo.event_id, "mine", tmp_path / "mine.md")
    assert out.read_text(encoding="utf-8").startswith("# ")


def test_a_pipe_in_the_templates_folder_does_not_block(demo, tmp_path, user_templates):
    import os

    user_templates.mkdir(parents=True, exist_ok=True)
    os.mkfifo(user_templates / "pipe.md")
    (user_templates / "p.nl.md").write_text("{% include 'pipe.md' %}\n", encoding="utf-8")
    with pytest.raises(TemplateProblem, match="no template named pipe.md"):
        export(demo, demo.event_id, "p", tmp_path / "p.md")


# -- issue 11, case 8: links, escaping once, raw HTML in Markdown ------------------------------

EVIL_NOTE = (
    "AT&T en <b>vet</b> en <script>alert(1)</script>\n\n"
    "[klik](javascript:alert(1)) [ook](JaVaScRiPt:alert(2)) [tab](java&#09;script:alert(3)) "
    "![plaatje](data:image/svg+xml;base64,PHN2Zz4=) [goed](https://example.org/x) [mail](mailto:a@example.org)"
)


@pytest.fixture
def evil(demo):
    from kcdesk.domain.enums import Consent
    from kcdesk.domain.models import Note, Quote

    demo.content.save_note(Note(demo.event_id, EVIL_NOTE))
    demo.content.save_quote(
        Quote(
            demo.event_id,
            "Zie [dit](javascript:alert(9)) <img src=x onerror=alert(8)>",
            consent=Consent.YES,
            attribution_name="Evi",
        )
    )
    return demo


def _links(html_text):
    import re

    return re.findall(r"""(?:href|src)\s*=\s*["']?([^"' >]+)""", html_text)


@pytest.mark.parametrize("name", ["article", "newsletter", "report"])
def test_html_exports_keep_only_http_and_mailto_links_and_escape_once(evil, tmp_path, name):
    out = export(evil, evil.event_id, name, tmp_path / f"{name}.html")
    text = out.read_text(encoding="utf-8")
    assert "<script" not in text and "<img src=x" not in text and "<b>vet" not in text
    assert not any("script:" in link.lower() or link.startswith("data:") for link in _links(text))
    if name == "article":  # the article carries the notes and quotes
        assert "https://example.org/x" in _links(text) and "mailto:a@example.org" in _links(text)
        assert "AT&amp;T" in text and "&amp;amp;" not in text  # escaped once
        assert "&lt;b&gt;vet&lt;/b&gt;" in text


def test_note_html_in_a_users_template_is_escaped_once_with_safe_links(evil, tmp_path, user_templates):
    user_templates.mkdir(parents=True, exist_ok=True)
    (user_templates / "notes.nl.html").write_text(
        "{% for n in event_notes %}{{ n.html }}{% endfor %}\n", encoding="utf-8"
    )
    text = export(evil, evil.event_id, "notes", tmp_path / "n.html").read_text(encoding="utf-8")
    assert "AT&amp;T" in text and "&amp;amp;" not in text and "<b>" not in text
    assert _links(text) == ["https://example.org/x", "mailto:a@example.org"]


def test_markdown_export_neutralises_raw_html_and_unsafe_links(evil, tmp_path):
    import markdown

    text = export(evil, evil.event_id, "article", tmp_path / "a.md").read_text(encoding="utf-8")
    assert "<script>" not in text and "<b>" not in text and "<img" not in text
    assert "javascript:" not in text.lower() and "data:image" not in text
    assert "[goed](https://example.org/x)" in text
    rendered = markdown.markdown(text)  # as a site would show the file: HTML shown as text, once
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered and "AT&amp;T" in rendered
    assert "<script" not in rendered and "&amp;lt;" not in rendered


def test_word_export_keeps_the_text_as_typed(evil, tmp_path):
    import docx

    out = export(evil, evil.event_id, "article", tmp_path / "a.docx")
    body = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "AT&T en <b>vet</b>" in body  # Word shows text, nothing to neutralise or escape


def test_neutralising_markdown_twice_escapes_once():
    from kcdesk.export.filters import neutralise_markdown

    text = "AT&T <img src=x onerror=alert(1)> [x](javascript:alert(2)) &copy; &#60;"
    once = neutralise_markdown(text)
    assert neutralise_markdown(once) == once  # a macro's output printed again
    assert once.startswith("AT&amp;T &lt;img") and "javascript:" not in once
