"""The draft article reads as Dutch (and English) over a set of events built from the reference
event: 0, 1, 25 and 26 participants; one or three speakers; with and without key figures, quotes
and a next event. Each variant is checked for the surface of good text (no empty parts, no stray
spaces or punctuation, number agreement) and for the sentences its data call for."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import reference_event as ref
from helpers import text_of
from test_reference_article import strip_marked

CASES = [
    # participants, speakers, figures, quotes, next event
    (0, 1, True, True, True),
    (1, 1, False, False, False),
    (25, 3, True, False, True),
    (26, 3, False, True, False),
    (26, 1, True, True, False),
    (25, 1, False, True, True),
    (1, 3, True, True, True),
]


@pytest.fixture(scope="module")
def reference_db(tmp_path_factory) -> Path:
    return ref.build(tmp_path_factory.mktemp("grammar") / "reference.kcdesk")


def variant(src: Path, dest: Path, participants: int, speakers: int, figures: bool, quotes: bool, nxt: bool):
    from kcdesk.domain.enums import Part, ProgrammeKind
    from kcdesk.domain.models import Person, ProgrammeItem, ProgrammePerson
    from kcdesk.services import Services
    from kcdesk.store import open_store

    ref.copy_db(src, dest)
    store = open_store(dest)
    try:
        svc = Services(store)
        event = svc.events.resolve(ref.SLUG)
        for r in svc.registrations.of_event(event.id):
            if r["checked_in_at"]:
                svc.checkin.undo(event.id, r["code"])
        attendees = [n for n, *_ in ref.NAMED[2:]] + [n for n, *_ in ref.OTHERS]
        registered = {r["person_id"] for r in svc.registrations.of_event(event.id)}
        for name in attendees[:participants]:
            person = svc.authoring.person(name)
            if person.id not in registered:
                svc.registrations.register(event.id, person.id)
        for r in svc.registrations.of_event(event.id)[:participants]:
            svc.checkin.check_in(event.id, r["code"])
        for i in range(speakers - 1):
            p = svc.people.create(
                Person(
                    given_name=["Sophie", "Ruud"][i],
                    family_name=["de Jong", "Verbeek"][i],
                    job_title=["lector", "beleidsadviseur"][i],
                    organisation=["Hogeschool Inholland", "Gemeente Rotterdam"][i],
                    consent_name=True,
                    consent_quote=True,
                )
            )
            svc.events.save_item(
                ProgrammeItem(
                    event_id=event.id,
                    title=["Buurtnetwerken in beeld", "Beleid dat ontmoeting mogelijk maakt"][i],
                    kind=ProgrammeKind.PRESENTATION,
                    description=["Wat twintig wijken ons leren.", "Drie voorbeelden uit Rotterdam-West."][i],
                    people=[ProgrammePerson(p.id, Part.SPEAKER)],
                )
            )
        if not figures:
            for f in svc.content.figures(event.id):
                svc.content.delete_figure(f.id, event.id)
        if not quotes:
            for q in svc.content.quotes(event.id):
                svc.content.delete_quote(q.id, event.id)
        if not nxt:
            event.next_event_id = None
            svc.events.update(event)
    finally:
        store.close()
    return dest


def draft(db: Path, tmp_path: Path, lang: str) -> str:
    out = tmp_path / f"article.{lang}.md"
    ref.kcdesk(db, "export", "--event", ref.SLUG, "--template", "article", "--lang", lang, "-o", str(out))
    return text_of(out)


def check_surface(md: str) -> None:
    """What any good text has: no template debris, no doubled or stray punctuation, whole sentences."""
    for debris in ("{{", "{%", "None", "[]", "()", "‘’", "“”", " .", " ,", " :", "..", ",.", "  "):
        assert debris not in md, debris
    for heading in re.findall(r"^#+(.*)$", md, re.M):
        assert heading.strip(), "empty heading"
    for block in re.split(r"\n\s*\n", md.strip()):
        block = block.strip()
        if block.startswith(("#", "- ", "*")):
            continue
        assert re.match(r"[A-Z“‘\[]|[0-9]|[ÀÉÖ]", block), block[:60]
        assert block.endswith((".", "?", "!", "”", "]", "Dutch")), block[-60:]  # Dutch: a marked passage


@pytest.mark.parametrize(("participants", "speakers", "figures", "quotes", "nxt"), CASES)
def test_the_dutch_draft_reads_well(reference_db, tmp_path, participants, speakers, figures, quotes, nxt):
    db = variant(reference_db, tmp_path / "v.kcdesk", participants, speakers, figures, quotes, nxt)
    md = draft(db, tmp_path, "nl")
    check_surface(md)
    assert "[NL:" not in md
    assert not re.search(r"\b(0|1) deelnemers\b", md)
    people = {
        0: "begeleidde opbouwwerker Willem Beekhuizen (Beekhuizen Bindt) de tafelsessies.",
        1: "de 1 deelnemer uit ",
        25: "de 25 deelnemers uit beleid, onderwijs en werkveld tijdens de tafelsessies.",
        26: "de ongeveer 25 deelnemers uit beleid, onderwijs en werkveld tijdens de tafelsessies.",
    }[participants]
    assert people in md
    assert ("ongeveer 25" in md) == (participants == 26)
    assert ("Daarna presenteerde lector Sophie de Jong (Hogeschool Inholland)" in md) == (speakers == 3)
    assert ("Tot slot presenteerde beleidsadviseur Ruud Verbeek" in md) == (speakers == 3)
    if speakers == 3:
        assert "‘Buurtnetwerken in beeld’: wat twintig wijken ons leren." in md  # a description as a clause
    assert ("In cijfers ging het om 4 brainstormsessies" in md) == figures
    assert ("Kaabouni: “Doel hiervan" in md) == quotes
    assert ("Het volgende kenniscafé" in md) == nxt
    assert "## Reacties" in md and "Josien Hofs (BPSW) vond de bijeenkomst ‘verrassend’." in md


@pytest.mark.parametrize(("participants", "speakers", "figures", "quotes", "nxt"), CASES[:4])
def test_the_english_draft_reads_well(reference_db, tmp_path, participants, speakers, figures, quotes, nxt):
    db = variant(reference_db, tmp_path / "v.kcdesk", participants, speakers, figures, quotes, nxt)
    md = draft(db, tmp_path, "en")
    bare = strip_marked(md, "Dutch")
    check_surface(bare)
    assert not re.search(r"\b(0|1) participants\b", bare)
    assert ("about 25 participants" in bare) == (participants == 26)
    assert "deelnemer" not in bare and "presenteerde" not in bare and "volgende" not in bare
