"""A believable, fictional kenniscafé for `kcdesk init --demo` and `make run`.

Every name, organisation and address is invented; emails use example.org.
"""

from __future__ import annotations

import datetime as dt
import random

from kcdesk.domain.enums import Consent, EventStatus, Part, ProgrammeKind
from kcdesk.domain.models import (
    Event,
    KeyFigure,
    Note,
    Organiser,
    Person,
    ProgrammeItem,
    ProgrammePerson,
    Quote,
    Reaction,
    Registration,
    Series,
    Venue,
)
from kcdesk.domain.names import words
from kcdesk.services import Services

PARTICIPANTS = [
    # given, particle, family, organisation, job title, sector
    ("Marloes", "", "Verhoef", "Gemeente Dordrecht", "beleidsadviseur wijkaanpak", "policy"),
    ("Youssef", "", "Amrani", "Hogeschool Merwede", "docent sociaal werk", "education"),
    ("Ingrid", "van der", "Linden", "Stichting Wijkkracht", "opbouwwerker", "practice"),
    ("Zoë", "", "Bakker", "Gemeente Zwijndrecht", "programmamanager", "policy"),
    ("Emre", "", "Çelik", "Buurtteam Oost", "wijkcoach", "practice"),
    ("Anouk", "de", "Graaf", "Hogeschool Merwede", "lector sociale innovatie", "education"),
    ("Pieter", "", "Mulder", "Bewonersraad Crabbehof", "voorzitter", "resident"),
    ("Fatima", "", "Ouali", "Stichting Wijkkracht", "jongerenwerker", "practice"),
    ("Bram", "van", "Dalen", "Gemeente Dordrecht", "beleidsmedewerker", "policy"),
    ("Sanne", "", "Kuipers", "Zorgcoöperatie Hof", "wijkverpleegkundige", "practice"),
    ("Rachid", "", "Benali", "ROC Zuid", "docent", "education"),
    ("Els", "ter", "Horst", "Museum aan de Haven", "educatiemedewerker", "other"),
    ("Daan", "", "Visser", "Buurtteam Oost", "teamleider", "practice"),
    ("Noor", "", "Hendriks", "Hogeschool Merwede", "student", "education"),
    ("Kees", "van den", "Berg", "Bewonersraad Crabbehof", "bewoner", "resident"),
    ("Lotte", "", "Smits", "Gemeente Papendrecht", "strateeg sociaal domein", "policy"),
    ("Ahmed", "", "Yilmaz", "Moskee Al-Amal", "vrijwilliger", "resident"),
    ("Judith", "", "Vermeulen", "GGD Zuid", "gezondheidsbevorderaar", "practice"),
    ("Thijs", "de", "Wit", "ROC Zuid", "coördinator stages", "education"),
    ("Mirjam", "", "Koster", "Stichting Mantelzorg Zuid", "consulent", "practice"),
    ("Olga", "", "Petrović", "Gemeente Dordrecht", "senior adviseur", "policy"),
    ("Hans", "", "Dijkstra", "Woningcorporatie Thuis", "wijkconsulent", "practice"),
    ("Lieke", "van", "Leeuwen", "Hogeschool Merwede", "onderzoeker", "education"),
    ("Sem", "", "Jansen", "Bibliotheek Zuid", "programmamaker", "other"),
    ("Ayla", "", "Doğan", "Buurtteam West", "maatschappelijk werker", "practice"),
]


def _email(given: str, particle: str, family: str, org: str) -> str:
    domain = "".join(words(org))[:18] or "example"
    return f"{'.'.join(words(given))}.{''.join(words(particle + family))}@{domain}.example.org"


def _id(saved: Event | Person | Registration) -> int:
    """The id of a row just saved (saving always gives one)."""
    assert saved.id is not None
    return saved.id


def load_demo(svc: Services, today: dt.date | None = None) -> int:
    """Fill an empty database with the demo kenniscafé; returns the held event's id."""
    rnd = random.Random(2019)
    today = today or dt.date.today()
    store = svc.store
    with store.write():
        org = svc.events.save_organiser(
            Organiser(
                name="Netwerk Sociaal Domein Zuid",
                website="https://netwerk-zuid.example.org",
                newsletter_line="Op de hoogte blijven? Schrijf u in voor de nieuwsbrief van het Netwerk.",
                privacy_line="Wij gebruiken uw gegevens alleen voor deze bijeenkomsten; zie onze privacyverklaring.",
            )
        )
        series = svc.events.save_series(Series("Kenniscafé", "najaar", organiser_id=org.id))

        held = svc.events.create(
            Event(
                title="Kenniscafé Ontmoeting in de buurt",
                slug="ontmoeting-in-de-buurt",
                theme="Ontmoeting in de buurt",
                tagline="Eerst delen, dan duiden, dan doen",
                date=today - dt.timedelta(days=14),
                start_time=dt.time(14, 0),
                end_time=dt.time(17, 0),
                venue=Venue("Hogeschool Merwede", "Atrium", "Havenplein 12, Dordrecht"),
                capacity=40,
                status=EventStatus.HELD,
                description=(
                    "Hoe versterken we ontmoeting en samenwerking op wijkniveau? Een middag met "
                    "onderzoek uit de wijk en tafelsessies met beleid, onderwijs en praktijk."
                ),
                series_id=series.id,
                edition=1,
            )
        )
        nxt = svc.events.create(
            Event(
                title="Kenniscafé Leren van verschillen",
                slug="leren-van-verschillen",
                theme="Leren van verschillen",
                tagline="Wat elke wijk anders doet",
                date=today + dt.timedelta(days=21),
                start_time=dt.time(15, 0),
                end_time=dt.time(17, 30),
                venue=Venue("Bibliotheek Zuid", "Zaal 2", "Stationsweg 3, Zwijndrecht"),
                capacity=60,
                status=EventStatus.PLANNED,
                series_id=series.id,
                edition=2,
            )
        )
        held.next_event_id = nxt.id
        svc.events.update(held)
        held_id, nxt_id = _id(held), _id(nxt)

        speaker = svc.people.create(
            Person(
                "Samira",
                "Haddouchi",
                "",
                "s.haddouchi@hogeschoolmerwede.example.org",
                organisation="Hogeschool Merwede",
                job_title="docentonderzoeker",
                sector="education",
                consent_name=True,
                consent_quote=True,
                consent_photo=True,
            )
        )
        facilitator = svc.people.create(
            Person(
                "Joost",
                "Veen",
                "van der",
                "joost@buurtbindt.example.org",
                organisation="Buurt Bindt",
                job_title="opbouwwerker",
                sector="practice",
                consent_name=True,
                consent_quote=True,
                consent_photo=True,
            )
        )
        host = svc.people.create(
            Person(
                "Karin",
                "Bos",
                "",
                "k.bos@netwerk-zuid.example.org",
                organisation="Netwerk Sociaal Domein Zuid",
                job_title="coördinator kenniscafés",
                sector="policy",
                consent_name=True,
                consent_quote=True,
            )
        )
        items = [
            ProgrammeItem(
                held_id,
                "Welkom en kennismakingsronde",
                ProgrammeKind.OPENING_ROUND,
                20,
                description="Vertel elkaar over een bijzondere ontmoeting.",
                people=[ProgrammePerson(_id(host), Part.HOST)],
            ),
            ProgrammeItem(
                held_id,
                "Ontmoeting en innovatie op wijkniveau",
                ProgrammeKind.PRESENTATION,
                40,
                description="Resultaten van het onderzoek op het Havenkwartier.",
                people=[ProgrammePerson(_id(speaker), Part.SPEAKER)],
            ),
            ProgrammeItem(held_id, "Pauze", ProgrammeKind.BREAK, 15),
            ProgrammeItem(
                held_id,
                "Tafelsessies: in zeven stappen naar een gezamenlijke droom",
                ProgrammeKind.TABLE_SESSION,
                75,
                tables=5,
                people=[ProgrammePerson(_id(facilitator), Part.FACILITATOR)],
            ),
            ProgrammeItem(
                held_id,
                "Oogst en afsluiting",
                ProgrammeKind.CLOSING,
                30,
                people=[ProgrammePerson(_id(host), Part.HOST)],
            ),
        ]
        for item in items:
            svc.events.save_item(item)
        for item in items[:2]:
            copy = ProgrammeItem(
                nxt_id,
                item.title
                if item.kind != ProgrammeKind.PRESENTATION
                else "Wat wijken van elkaar kunnen leren",
                item.kind,
                item.duration_min,
            )
            svc.events.save_item(copy)

        people = []
        for given, particle, family, org_name, job, sector in PARTICIPANTS:
            p = svc.people.create(
                Person(
                    given,
                    family,
                    particle,
                    _email(given, particle, family, org_name),
                    organisation=org_name,
                    job_title=job,
                    sector=sector,
                    newsletter=rnd.random() < 0.6,
                    consent_photo=rnd.random() < 0.7,
                    consent_quote=rnd.random() < 0.7,
                    consent_name=rnd.random() < 0.8,
                )
            )
            people.append(p)
        for p in (speaker, facilitator, host):
            svc.registrations.register(held_id, _id(p))
        regs = [svc.registrations.register(held_id, _id(p)) for p in people[:23]]
        # two colleagues came as a group booked by the first
        for companion in (regs[7], regs[12]):
            store.registrations.set_booker(_id(companion), regs[2].id)
        svc.registrations.cancel(_id(regs[20]))
        # people arrive from twenty minutes before the start, at the door of the Atrium
        assert held.date is not None
        doors = dt.datetime.combine(held.date, dt.time(13, 40)).astimezone(dt.UTC)
        minute = iter(range(0, 60))
        for p in (speaker, facilitator, host):
            reg = store.registrations.for_person(held_id, _id(p))
            assert reg is not None
            svc.checkin.check_in(
                held_id,
                reg.code,
                station="Atrium",
                at=doors - dt.timedelta(minutes=15),
            )
        for reg in regs[:19]:
            svc.checkin.check_in(
                held_id,
                reg.code,
                station="Atrium",
                at=doors + dt.timedelta(minutes=next(minute), seconds=rnd.randrange(60)),
            )
        svc.checkin.walk_in(
            held_id,
            "Nadia Rahmani",
            organisation="Buurtteam West",
            sector="practice",
            consent_name=True,
            station="Atrium",
            at=doors + dt.timedelta(minutes=27),
        )
        for p in people[10:22]:
            svc.registrations.register(nxt_id, _id(p))

        pres, tables = items[1], items[3]
        svc.content.save_note(
            Note(
                held_id,
                author="Karin Bos",
                body=(
                    "## Opening\n\nIedereen vertelde over een **bijzondere ontmoeting**: een onbekende in de trein "
                    "die zijn levensverhaal deelde, een buurman die je al jaren groet maar nooit spreekt.\n"
                ),
            )
        )
        svc.content.save_note(
            Note(
                held_id,
                item_id=pres.id,
                author="Karin Bos",
                body=(
                    "Onderzoek in het Havenkwartier: brainstorms, gesprekken en experimenten.\n\n"
                    "- bewoners, beleidsmakers en sociaal werkers samen laten nadenken\n"
                    "- hiërarchie bewust weglaten\n- via sleutelfiguren in de wijk bewoners bereiken\n"
                ),
            )
        )
        svc.content.save_note(
            Note(
                held_id,
                item_id=tables.id,
                author="Karin Bos",
                body=(
                    "Vijf tafels, elk met beleid, onderwijs en praktijk. Wat voor werk je doet is niet belangrijk, "
                    "wel wie je bent.\n"
                ),
            )
        )
        for label, value in (("brainstormsessies", 4), ("individuele gesprekken", 15), ("experimenten", 3)):
            svc.content.save_figure(KeyFigure(held_id, label, value))
        svc.content.save_quote(
            Quote(
                held_id,
                "Hiërarchie moet je dan bewust weglaten.",
                person_id=speaker.id,
                item_id=pres.id,
                consent=Consent.YES,
            )
        )
        svc.content.save_quote(
            Quote(
                held_id,
                "Eerst delen, dan duiden en vervolgens doen.",
                person_id=speaker.id,
                item_id=pres.id,
                consent=Consent.YES,
            )
        )
        svc.content.save_quote(
            Quote(
                held_id,
                "Het grootste compliment vond ik dat het niet meeviel om iedereen weer van tafel te krijgen.",
                person_id=facilitator.id,
                item_id=tables.id,
                consent=Consent.YES,
            )
        )
        svc.content.save_quote(
            Quote(
                held_id,
                "De gemeente is niet altijd de oplossende partij.",
                attribution_role="beleidsadviseur",
                attribution_org="een gemeente in de regio",
                item_id=tables.id,
                consent=Consent.ASK,
            )
        )
        svc.content.save_quote(
            Quote(
                held_id,
                "Dit zeg ik liever niet in de krant.",
                person_id=people[8].id,
                consent=Consent.NO,
            )
        )
        svc.content.save_reaction(
            Reaction(
                held_id,
                "Verrassend! Vanuit een heel andere denkcategorie met elkaar "
                "aan de slag gaan is zeer leerzaam.",
                person_id=people[11].id,
                rating=4,
            )
        )
        svc.content.save_reaction(
            Reaction(
                held_id,
                "Mijn eerste kenniscafé. Fijn dat er mensen met zoveel "
                "verschillende achtergronden waren. Tip: iets scherpere aanbevelingen.",
                person_id=people[3].id,
                rating=5,
            )
        )
        svc.content.save_reaction(
            Reaction(
                held_id,
                "Ik had graag een concreet voorbeeld uitgewerkt gezien.",
                person_id=people[16].id,
                rating=3,
            )
        )
    store.notify("events")
    return held_id
