"""A second event of another shape, entered with the CLI the same way: three speakers and no
facilitator, a venue without a room, an introduction without a heading, a quote typed with a
name, one by someone who may be quoted but not named, figures of the event itself, reactions
with and without a verdict, no next event. The draft must carry its facts too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import reference_event as ref
from helpers import squash, text_of

SLUG = "leren-van-verschillen"

FACTS = [
    "Leren van verschillen",
    "Op donderdag 12 maart 2020 vond een nieuw kenniscafé in de reeks Wijkgesprekken plaats",
    "bij Wijkcentrum De Larenkamp, Schiedamseweg 12, Rotterdam",
    "Ditmaal stond het thema Leren van verschillen op de agenda",
    "Lector Sophie de Jong (Hogeschool Inholland) presenteerde ‘Buurtnetwerken in beeld’: wat twintig wijken ons leren.",
    "Daarna presenteerde wijkagent Ruud Verbeek (Politie Rotterdam) ‘Veiligheid begint bij de buren’.",
    "Tot slot presenteerde ervaringsdeskundige Fatima Ouali (Stichting Samen) ‘Van klant naar collega’",
    "Er waren 40 deelnemers uit beleid, onderwijs en praktijk.",
    "Het was de eerste bijeenkomst in Delfshaven",
    "Wat werkt in de wijk",
    "buurtnetwerken",
    "Beleidsadviseur Anna Smit (Gemeente Rotterdam): “Verschillen zijn geen probleem, ze zijn de oplossing.”",
    "Een docent uit het onderwijs: “Mijn studenten leren meer in de wijk dan in de klas.”",
    "De Jong: “Twintig wijken, twintig verhalen.”",
    "## In cijfers",
    "- 40 deelnemers",
    "- 12 organisaties",
    "## Reacties",
    "Kees Bakker (Wijkteam West) vond de bijeenkomst ‘inspirerend’.",
    "Mooi om zoveel verschillende mensen te spreken.",
    "Lisa de Vries (Gemeente Rotterdam): “Ik neem veel ideeën mee.”",
]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    from kcdesk.cli.main import main

    path = tmp_path_factory.mktemp("second") / "second.kcdesk"
    assert main(["init", str(path)]) == 0
    k = lambda *a: ref.kcdesk(path, *a)  # noqa: E731
    k(
        "event",
        "new",
        "Kenniscafé Leren van verschillen",
        f"slug={SLUG}",
        "date=2020-03-12",
        "start_time=15:00",
        "theme=Leren van verschillen",
        "series=Wijkgesprekken",
        "venue=Wijkcentrum De Larenkamp",
        "address=Schiedamseweg 12, Rotterdam",
        "headline=Verschillen als bron van kracht",
    )
    speakers = [
        (
            "Sophie de Jong",
            "lector",
            "Hogeschool Inholland",
            "onderwijs",
            "name,quote",
            "Buurtnetwerken in beeld",
            "Wat twintig wijken ons leren.",
        ),
        (
            "Ruud Verbeek",
            "wijkagent",
            "Politie Rotterdam",
            "beleid",
            "name,quote",
            "Veiligheid begint bij de buren",
            "",
        ),
        (
            "Fatima Ouali",
            "ervaringsdeskundige",
            "Stichting Samen",
            "praktijk",
            "name,quote",
            "Van klant naar collega",
            "Hoe bewoners zelf hulpverlener werden.",
        ),
    ]
    for name, role, org, sector, consent, *_ in speakers:
        k(
            "person",
            "add",
            name,
            "--job-title",
            role,
            "--organisation",
            org,
            "--sector",
            sector,
            "--consent",
            consent,
        )
    k("programme", "add", SLUG, "Welkom", "--kind", "opening-round")
    for name, *_, title, description in speakers:
        k(
            "programme",
            "add",
            SLUG,
            title,
            "--kind",
            "presentation",
            "--speaker",
            name,
            *(["--description", description] if description else []),
        )
    people = [
        ("Kees Bakker", "Wijkteam West", "praktijk", "name,quote"),
        ("Lisa de Vries", "Gemeente Rotterdam", "beleid", "name,quote"),
        ("Tom Hendriks", "Albeda", "onderwijs", "name"),  # may be named, not quoted
        ("Mark Jansen", "Hogeschool Rotterdam", "onderwijs", "quote"),  # may be quoted, not named
    ]
    for name, org, sector, consent in people:
        extra = ["--job-title", "docent"] if name == "Mark Jansen" else []
        k("person", "add", name, "--organisation", org, "--sector", sector, "--consent", consent, *extra)
    sectors = ["beleid", "onderwijs", "praktijk"]
    for i in range(36):
        k(
            "person",
            "add",
            f"Deelnemer {i:02d} Test",
            "--organisation",
            f"Organisatie {i % 12}",
            "--sector",
            sectors[i % 3],
        )
    attendees = [p[0] for p in people] + [f"Deelnemer {i:02d} Test" for i in range(36)]
    for i, name in enumerate(attendees):
        code = json.loads(k("register", SLUG, name, "--json"))["code"]
        k("checkin", code, "--event", SLUG, "--at", f"14:{i % 60:02d}")
    k("note", "add", SLUG, "Het was de eerste bijeenkomst in Delfshaven, op uitnodiging van de wijkraad.")
    k(
        "note",
        "add",
        SLUG,
        "De sprekers lieten zien hoe buurtnetwerken ontstaan en blijven bestaan.",
        "--heading",
        "Wat werkt in de wijk",
        "--item",
        "2",
    )
    k(
        "note",
        "add",
        SLUG,
        "Na afloop bleef een groot deel van de zaal nog lang napraten.",
        "--heading",
        "Reacties",
    )
    k("quote", "add", SLUG, "Twintig wijken, twintig verhalen.", "--by", "Sophie de Jong", "--item", "2")
    k(
        "quote",
        "add",
        SLUG,
        "Verschillen zijn geen probleem, ze zijn de oplossing.",
        "--name",
        "Anna Smit",
        "--role",
        "beleidsadviseur",
        "--org",
        "Gemeente Rotterdam",
        "--item",
        "3",
        "--consent",
        "yes",
    )
    k(
        "quote",
        "add",
        SLUG,
        "Mijn studenten leren meer in de wijk dan in de klas.",
        "--by",
        "Mark Jansen",
        "--item",
        "2",
    )
    k("figure", "add", SLUG, "40", "deelnemers")
    k("figure", "add", SLUG, "12", "organisaties")
    k(
        "reaction",
        "add",
        SLUG,
        "Mooi om zoveel verschillende mensen te spreken.",
        "--by",
        "Kees Bakker",
        "--verdict",
        "inspirerend",
    )
    k("reaction", "add", SLUG, "Ik neem veel ideeën mee.", "--by", "Lisa de Vries")
    k("reaction", "add", SLUG, "Dit mag vaker.", "--by", "Tom Hendriks")  # no consent to be quoted
    return path


def test_the_second_events_draft_carries_its_facts_and_keeps_out_what_it_must(db, tmp_path):
    out = tmp_path / "a.md"
    ref.kcdesk(db, "export", "--event", SLUG, "--template", "article", "-o", str(out))
    md = out.read_text(encoding="utf-8")
    flat = " ".join(md.split())
    missing = [f for f in FACTS if f not in flat and f not in md]
    assert len(missing) <= len(FACTS) * 0.05, missing
    assert "Dit mag vaker" not in md and "Tom Hendriks" not in md  # a reaction is a quote
    assert "Mark Jansen" not in md  # quoted by role, not named
    assert "volgende kenniscafé" not in md and "ongeveer" not in md
    html = tmp_path / "a.html"
    ref.kcdesk(db, "export", "--event", SLUG, "--template", "article", "-o", str(html))
    assert "Lector Sophie de Jong (Hogeschool Inholland) presenteerde" in squash(text_of(html))
