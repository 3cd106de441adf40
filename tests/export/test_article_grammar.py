"""The draft article and its small siblings read as Dutch (and English) when data is thin."""

from kcdesk.domain.enums import Part
from kcdesk.export.registry import preview


def undo_all(demo):
    for r in demo.registrations.of_event(demo.event_id):
        if r["checked_in_at"]:
            demo.checkin.undo(demo.event_id, r["code"], station="x")


def check_in(demo, family):
    code = next(r["code"] for r in demo.registrations.of_event(demo.event_id) if r["family_name"] == family)
    demo.checkin.check_in(demo.event_id, code)


def text(demo, name="article", fmt="md", lang="nl"):
    return preview(demo, demo.event_id, name, fmt, lang).text


def test_nobody_checked_in_yet_no_zero_participants(demo):
    undo_all(demo)
    nl, en = text(demo), text(demo, lang="en")
    assert (
        "0 deelnemers" not in nl
        and "begeleidde opbouwwerker Joost van der Veen (Buurt Bindt) de tafelsessies." in nl
    )
    assert "0 participants" not in en and "guided the table sessions." in en


def test_one_participant_and_one_table(demo):
    undo_all(demo)
    check_in(demo, "Koster")
    item = next(i for i in demo.events.programme(demo.event_id) if i.tables)
    item.tables = 1
    demo.events.save_item(item)
    nl = text(demo)
    assert "de 1 deelnemer uit praktijk tijdens" in nl
    assert "Aan één tafel gingen" in nl and "1 tafels" not in nl
    assert "At one table the participants" in text(demo, lang="en")
    assert "1 deelnemer uit praktijk sprak over" in text(demo, "newsletter", "html")
    assert "1 aanwezige<" in text(demo, "attendance", "pdf")


def test_facilitators_without_speakers(demo):
    facilitator = None
    for item in demo.events.programme(demo.event_id):
        facilitator = facilitator or next((p for p in item.people if p.part == Part.FACILITATOR), None)
        item.people = [p for p in item.people if p.part != Part.SPEAKER]
        demo.events.save_item(item)
    nl = text(demo)
    assert "Opbouwwerker Joost van der Veen (Buurt Bindt) begeleidde de ongeveer 25 deelnemers" in nl
    assert "werd begeleid door" not in nl
    # two facilitators: plural verb
    item = next(i for i in demo.events.programme(demo.event_id) if i.tables)
    other = next(
        r["person_id"] for r in demo.registrations.of_event(demo.event_id) if r["family_name"] == "Bos"
    )
    item.people.append(type(facilitator)(other, Part.FACILITATOR))
    demo.events.save_item(item)
    assert " begeleidden de ongeveer 25 deelnemers" in text(demo)


def test_badges_preview_counts_what_the_pdf_holds_in_the_language(demo):
    from kcdesk.services.badges import badges_for

    n = len(badges_for(demo.store, demo.event_id))
    registrations = len(demo.registrations.of_event(demo.event_id))
    assert n < registrations  # the cancelled registration gets no badge
    nl = text(demo, "badges", "pdf")
    assert nl.startswith(f"{n} naambadges op 4 vellen A4:") and "Zoë Bakker — Gemeente Zwijndrecht" in nl
    assert "Petrović" not in nl
    assert text(demo, "badges", "pdf", "en").startswith(f"{n} badges on 4 A4 sheets:")


def test_certificates_preview_before_anyone_is_checked_in_says_why(demo):
    undo_all(demo)
    assert "Nog niemand is ingecheckt" in text(demo, "certificates", "pdf")


def test_event_without_theme_tagline_or_quotes(demo):
    import datetime as dt

    from kcdesk.domain.models import Event

    bare = demo.events.create(Event(title="Kenniscafé Kaal", date=dt.date(2026, 12, 3)))
    nl = preview(demo, bare.id, "article", "md", "nl").text
    en = preview(demo, bare.id, "article", "md", "en").text
    assert nl.startswith("# Kenniscafé Kaal\n") and "‘" not in nl.splitlines()[0]  # not quoted as if said
    assert "thema" not in nl and "theme" not in en  # no "het thema Kenniscafé Kaal"
    assert "Op donderdag 3 december 2026 vond het kenniscafé plaats." in nl
    assert "##" not in nl and "Reacties" not in nl and "volgende kenniscafé" not in nl


def test_an_edition_number_without_its_phrase_is_printed(demo):
    event = demo.events.get(demo.event_id)
    event.edition = 3
    demo.events.update(event)
    assert "vond het derde kenniscafé" in text(demo)
    assert "the third knowledge café took place" in text(demo, lang="en")
    event.edition = 12
    demo.events.update(event)
    assert "vond het 12e kenniscafé" in text(demo) and "the 12th knowledge café" in text(demo, lang="en")
    event.edition_phrase = "het derde najaarskenniscafé"
    demo.events.update(event)
    assert "vond het derde najaarskenniscafé" in text(demo) and "12e" not in text(demo)
