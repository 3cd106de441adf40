"""Every built-in template renders for the demo event in every format and language."""

import datetime as dt

import docx
import pypdf
import pytest
from helpers import squash, text_of
from icalendar import Calendar

from kcdesk.export import export, templates
from kcdesk.export.filters import format_date

CASES = [
    (t.name, fmt, lang)
    for t in templates()
    if t.builtin and t.name != "badges"
    for fmt in t.formats
    for lang in ("nl", "en")
]


@pytest.mark.parametrize(("name", "fmt", "lang"), CASES, ids=["-".join(c) for c in CASES])
def test_renders(demo, tmp_path, name, fmt, lang):
    out = export(demo, demo.event_id, name, tmp_path / f"{name}.{fmt}", lang)
    assert out.exists() and out.stat().st_size > 0
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left
    event = demo.events.get(demo.event_id)
    if fmt == "docx":
        document = docx.Document(str(out))
        styles = {p.style.name for p in document.paragraphs}
        assert {"Heading 1", "Heading 2", "List Bullet"} <= styles
    elif fmt == "pdf":
        pages = len(pypdf.PdfReader(str(out)).pages)
        if name == "certificates":
            assert pages == demo.registrations.counts(demo.event_id)["checked_in"] == 23
        else:
            assert pages >= 1
    elif fmt == "ics":
        cal = Calendar.from_ical(out.read_bytes())
        (vevent,) = cal.walk("VEVENT")
        assert str(vevent["summary"]) == event.title
        start = vevent.decoded("dtstart")
        assert start.date() == event.date and start.time() == event.start_time
        assert "Hogeschool Merwede" in str(vevent["location"])
    elif fmt == "csv":
        raw = out.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with a BOM
        header = raw.decode("utf-8-sig").splitlines()[0]
        assert header.count(";" if lang == "nl" else ",") >= 4
    if fmt != "ics" and name not in ("signin-sheet",):
        text = squash(text_of(out))
        assert event.title in text or (fmt == "csv" and "Haddouchi" in text)


def test_article_has_the_facts_in_dutch(demo, tmp_path):
    event = demo.events.get(demo.event_id)
    for fmt in ("md", "html", "docx"):
        text = squash(text_of(export(demo, demo.event_id, "article", tmp_path / f"a.{fmt}")))
        assert event.title in text
        assert f"Op {format_date(event.date, 'nl')} vond" in text  # "donderdag 12 november 2026"
        assert "Hogeschool Merwede" in text and "Atrium" in text
        assert "Docentonderzoeker Samira Haddouchi (Hogeschool Merwede)" in text
        assert "opbouwwerker Joost van der Veen (Buurt Bindt)" in text
        assert "ongeveer 25 deelnemers uit beleid, onderwijs, praktijk en bewoners" in text
        assert "Hiërarchie moet je dan bewust weglaten." in text
        assert "4 brainstormsessies" in text
        assert "Het volgende kenniscafé, ‘Leren van verschillen’, vindt plaats op" in text
        assert "‘Eerst delen, dan duiden, dan doen’" in text


def test_article_in_english(demo, tmp_path):
    event = demo.events.get(demo.event_id)
    text = text_of(export(demo, demo.event_id, "article", tmp_path / "a.md", "en"))
    assert f"On {format_date(event.date, 'en')}," in text
    assert format_date(dt.date(2019, 10, 10), "en") == "Thursday 10 October 2019"
    assert "about 25 participants from policy, education, practice and residents" in text
    assert "The next knowledge café" in text


EXPORTS = [(t.name, fmt) for t in templates() if t.builtin and t.name != "badges" for fmt in t.formats]


def test_quotes_without_consent_never_appear(demo, tmp_path):
    texts = [
        squash(text_of(export(demo, demo.event_id, n, tmp_path / f"{n}.{f}", lang)))
        for n, f in EXPORTS
        for lang in ("nl", "en")
    ]
    for text in texts:
        assert "De gemeente is niet altijd" not in text  # consent: ask
        assert "liever niet in de krant" not in text  # consent: no
    assert any("Hiërarchie moet je dan bewust weglaten." in t for t in texts)


PUBLICATIONS = [
    ("article", "md"),
    ("article", "html"),
    ("article", "docx"),
    ("newsletter", "html"),
    ("report", "html"),
    ("report", "pdf"),
    ("calendar", "ics"),
]


def test_person_without_consent_to_be_named_is_een_deelnemer(demo, tmp_path):
    ahmed = next(p for p in demo.people.search("Ahmed Yilmaz"))
    samira = next(p for p in demo.people.search("Samira Haddouchi"))
    for p in (ahmed, samira):
        p.consent_name = False
        demo.people.update(p)
    for name, fmt in PUBLICATIONS:
        for lang in ("nl", "en"):
            text = squash(text_of(export(demo, demo.event_id, name, tmp_path / f"{name}.{lang}.{fmt}", lang)))
            for who in ("Ahmed", "Yilmaz", "Moskee Al-Amal", "Samira", "Haddouchi"):
                assert who not in text, (name, fmt, lang, who)
    article = text_of(tmp_path / "article.nl.md")
    assert "Een deelnemer: “Ik had graag een concreet voorbeeld uitgewerkt gezien.”" in article
    # the speaker consented to be quoted, not named: her quote is attributed by role and sector
    assert "Een docentonderzoeker uit het onderwijs: “Hiërarchie moet je dan bewust weglaten.”" in article
    # everywhere else she appears only as "een deelnemer"
    assert "Een deelnemer presenteerde" in article
    assert "A participant: [NL: “Ik had graag" in text_of(tmp_path / "article.en.md")


def test_free_attribution_uses_role_and_organisation(demo, tmp_path):
    from kcdesk.domain.enums import Consent

    quote = next(q for q in demo.content.quotes(demo.event_id) if q.consent == Consent.ASK)
    quote.consent = Consent.YES
    demo.content.save_quote(quote)
    text = text_of(export(demo, demo.event_id, "article", tmp_path / "a.md"))
    assert (
        "Een beleidsadviseur van een gemeente in de regio: “De gemeente is niet altijd de oplossende partij.”"
        in text
    )


def test_report_counts_first_time_and_returning(demo, tmp_path):
    from kcdesk.export.report import series_report

    held = demo.events.get(demo.event_id)
    nxt = demo.events.next_event(held)
    # three of the held event's participants come again to the next event
    regs = [r for r in demo.registrations.of_event(nxt.id)][:5]
    present_before = {r["person_id"] for r in demo.registrations.of_event(held.id) if r["checked_in_at"]}
    for r in regs:
        demo.checkin.check_in(nxt.id, r["code"])
    report = series_report(demo, nxt.id)
    assert [e["id"] for e in report["events"]] == [held.id, nxt.id]
    current = report["current"]
    assert current["attended"] == 5
    assert current["returning"] == len({r["person_id"] for r in regs} & present_before)
    assert current["first_time"] == 5 - current["returning"]
    html = export(demo, nxt.id, "report", tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<svg" in html and "Terugkerend" in html


def test_certificates_need_someone_checked_in(demo, tmp_path):
    from kcdesk.domain.errors import ValidationError

    nxt = demo.events.next_event(demo.events.get(demo.event_id))
    with pytest.raises(ValidationError, match="Nobody is checked in"):
        export(demo, nxt.id, "certificates", tmp_path / "c.pdf")
    assert list(tmp_path.iterdir()) == []


def test_context_keys(demo):
    from kcdesk.export.context import build_context

    ctx = build_context(demo, demo.event_id, "en")
    assert {
        "organiser",
        "series",
        "event",
        "programme",
        "speakers",
        "facilitators",
        "hosts",
        "participants",
        "attendees",
        "registrations",
        "notes",
        "event_notes",
        "figures",
        "quotes",
        "reactions",
        "table_sessions",
        "next_event",
        "lang",
        "today",
        "anonymous",
    } <= set(ctx)
    opening = ctx["programme"][0]
    assert opening["start_time"].strftime("%H:%M") == "14:00" and opening["kind_label"] == "Opening round"
    assert [(p["name"], p["part"], p["part_label"]) for p in opening["people"]] == [
        ("Karin Bos", "host", "host")
    ]
    assert ctx["programme"][1]["start_time"].strftime("%H:%M") == "14:20"
    education = next(s for s in ctx["participants"]["by_sector"] if s["code"] == "education")
    assert (education["label"], education["label_nl"], education["label_en"]) == (
        "Education",
        "Onderwijs",
        "Education",
    )
    assert ctx["notes"][0]["html"].startswith("<h2>Opening</h2>")
    assert all(q["text"] != "Dit zeg ik liever niet in de krant." for q in ctx["quotes"])


def test_a_bare_event_exports_or_explains(services, tmp_path):
    """No organiser, series, times, programme or registrations: exports still work or say why."""
    from kcdesk.domain.errors import ValidationError
    from kcdesk.domain.models import Event

    event = services.events.create(Event("Kaal kenniscafé", dt.date(2030, 3, 1)))
    for name, fmt in EXPORTS:
        out = tmp_path / f"{name}.{fmt}"
        if name == "certificates":
            with pytest.raises(ValidationError):
                export(services, event.id, name, out)
            assert not out.exists()
        else:
            export(services, event.id, name, out)
            assert out.stat().st_size > 0
