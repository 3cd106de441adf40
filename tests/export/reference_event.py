"""The reference article's event (../shared/reference/kenniscafe-ontmoeting-in-de-wijk.txt),
entered the way a writer without the app would: with kcdesk's own commands, no JSON by hand."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

SLUG = "ontmoeting-in-de-wijk"
NEXT = "leren-van-verschillen"

#: (name, job title, organisation, sector, consent) of the people the article names
NAMED = [
    ("Najat Kaabouni", "docentonderzoeker", "Hogeschool Rotterdam", "onderwijs", "name,quote"),
    ("Willem Beekhuizen", "opbouwwerker", "Beekhuizen Bindt", "werkveld", "name,quote"),
    ("Josien Hofs", "", "BPSW", "werkveld", "name,quote"),
    ("Nicole van Dijk", "", "Museum Rotterdam", "werkveld", "name,quote"),
]
#: the other participants: nobody in the article, so no consent asked
OTHERS = [
    ("Anouk de Wit", "Gemeente Rotterdam", "beleid"),
    ("Bram Jansen", "Gemeente Rotterdam", "beleid"),
    ("Carla Smit", "Gemeente Schiedam", "beleid"),
    ("Dirk Visser", "Provincie Zuid-Holland", "beleid"),
    ("Esra Kaya", "Gemeente Dordrecht", "beleid"),
    ("Frank de Boer", "Hogeschool Rotterdam", "onderwijs"),
    ("Gerda Mulder", "Hogeschool Inholland", "onderwijs"),
    ("Hamid El Amrani", "Albeda", "onderwijs"),
    ("Ilse Bakker", "Zadkine", "onderwijs"),
    ("Jeroen Vos", "Erasmus Universiteit", "onderwijs"),
    ("Karin Peters", "Hogeschool Rotterdam", "onderwijs"),
    ("Leon Hendriks", "Wijkteam Delfshaven", "werkveld"),
    ("Mirjam Dekker", "Buurtwerk Coolhaven", "werkveld"),
    ("Noor Yilmaz", "Welzijn Rotterdam", "werkveld"),
    ("Otto van Leeuwen", "Humanitas", "werkveld"),
    ("Petra Brouwer", "Wijkteam Noord", "werkveld"),
    ("Quinten de Graaf", "Buurtcoaches Coolhaven", "werkveld"),
    ("Rachida Bouzid", "Sociaal Werk Rotterdam", "werkveld"),
    ("Sanne Willems", "Huisartsenpraktijk Coolhaven", "werkveld"),
    ("Tom Kramer", "Wijkverpleging Zuid", "werkveld"),
    ("Ursula Meijer", "Bibliotheek Rotterdam", "werkveld"),
    # four more, for the grammar tests' 25 and 26 participants
    ("Vera Hoekstra", "Gemeente Rotterdam", "beleid"),
    ("Wouter Koster", "Hogeschool Rotterdam", "onderwijs"),
    ("Yara Mahabier", "Wijkteam Delfshaven", "werkveld"),
    ("Zeynep Arslan", "Gemeente Vlaardingen", "beleid"),
]

NOTES = [
    (
        "Bijzondere ontmoetingen",
        "1",
        "Voor het zover was mochten de aanwezigen elkaar eerst hun ervaring vertellen over een echte, "
        "liefst bijzondere, ontmoeting. Dat leverde mooie anekdotes op, zoals die over een wildvreemde man "
        "in Zuid-Afrika die spontaan zijn levensverhaal vertelde. Of het verhaal van iemand die in de "
        "gevangenis had gezeten en een heel ander persoon bleek te zijn dan beschreven op papier. Zo blijkt "
        "iedereen wel iemand te kennen die je eigenlijk niet kent, bijvoorbeeld een buurman of -vrouw die er "
        "al jaren woont, maar waar je nog nooit een gesprek mee hebt gevoerd.",
    ),
    (
        "Samen nadenken",
        "2",
        "Hoe kunnen we innovatie en ontmoeting op lokaal niveau versterken? Dit was een van de vragen in het "
        "onderzoek op Coolhaveneiland dat door Najat Kaabouni werd opgezet en aangestuurd. Mede omdat de "
        "gemeente tegenwoordig iets meer wil dan alleen onderzoeken, zette het team diverse tools in. Een "
        "gezamenlijke inspanning en samenwerking (joint-effort) was hiervoor noodzakelijk.",
    ),
    (
        "",
        "2",
        "In de praktijk bleken er veel professionele partijen al wijkgericht actief te zijn, zoals artsen en "
        "wijkverpleegkundigen. Een eerste stap is tijdens het proces gezet om interprofessionele netwerken op "
        "te zetten. Het bleek moeilijk om buurtbewoners te activeren; dat lukte uiteindelijk via de "
        "buurtcoaches en Willem Beekhuizen. Voorzichtige benadering via sleutelfiguren in de wijk zorgde voor "
        "de gewenste respons.",
    ),
    (
        "Tot elkaar komen",
        "3",
        "Tijdens de tafelsessies van Beekhuizen was het de bedoeling om in zeven stappen tot co-creatie te "
        "komen van een gezamenlijke droom. In de wijken geldt dit evenzo: zo proberen bewoners samen met een "
        "wijkagent een probleem op te lossen in plaats van zelf politieagent te spelen.",
    ),
    ("Reacties", "", "Ook tijdens deze bijeenkomst bleek de tijd weer eens te vliegen."),
]

QUOTES = [
    (
        "Najat Kaabouni",
        "2",
        "Doel hiervan was om diverse groepen te verbinden én de aanwezige top-down communicatievormen te "
        "overstijgen.",
    ),
    (
        "Najat Kaabouni",
        "2",
        "We wilden bewoners, beleidsmakers en sociaal werkers samen laten nadenken. Dat deden ze in groepen "
        "van ongeveer 50 personen. Hiërarchie moet je dan bewust weglaten.",
    ),
    (
        "Najat Kaabouni",
        "2",
        "Om verbeteringen aan te brengen in een wijk heb je bewoners nodig. Wil je bepaalde thema’s aanpakken, "
        "dan moet je weten wat er leeft. Eerst delen, dan duiden en vervolgens doen. Helaas blijkt dat er nog "
        "te vaak solistisch en/of parallel wordt gewerkt.",
    ),
    (
        "Willem Beekhuizen",
        "3",
        "Wat voor werk je doet is niet belangrijk, wel wie je echt bént. We zijn allemaal individuen en in "
        "zo’n ontmoeting leer je elkaar kennen.",
    ),
    (
        "Willem Beekhuizen",
        "3",
        "De gemeente is niet de oplossende partij dus zul je gezamenlijk iets aan een eventueel probleem "
        "moeten doen. Uiteindelijk is de vraag hoe je tot elkaar komt om hetzelfde te bereiken.",
    ),
    (
        "Willem Beekhuizen",
        "",
        "Het grootste compliment vanmiddag vond ik dat het niet meeviel om iedereen weer van tafel te krijgen.",
    ),
]

REACTIONS = [
    (
        "Josien Hofs",
        "verrassend",
        "Ik had het nog leuker gevonden als er een concreet voorbeeld was uitgewerkt. Nu ging het vooral over "
        "aanpak en samenwerken in het algemeen. De workshop vond ik erg leuk.",
    ),
    (
        "Nicole van Dijk",
        "verrassend",
        "Dit was mijn eerste kenniscafé. Heel leuk dat er mensen vanuit verschillende achtergronden aanwezig "
        "zijn. Als kleine tip wil ik nog ‘iets scherpere aanbevelingen’ meegeven.",
    ),
]


def kcdesk(db: Path, *argv: str) -> str:
    """Run one kcdesk command in-process; fail loudly on a non-zero exit."""
    from kcdesk.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--db", str(db), *argv])
    assert code == 0, (argv, err.getvalue())
    return out.getvalue()


def build(db: Path, participants: int = 23) -> Path:
    """The reference event in a new database at ``db``, with ``participants`` checked in
    (23: "de ongeveer 25 deelnemers", as the article has it)."""
    from kcdesk.cli.main import main

    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["init", str(db)]) == 0
    k = lambda *a: kcdesk(db, *a)  # noqa: E731
    k("sector", "rename", "practice", "Werkveld", "--en", "Field")
    k(
        "event",
        "new",
        "Kenniscafé Leren van verschillen",
        f"slug={NEXT}",
        "date=2019-10-31",
        "theme=Leren van verschillen",
        "start_time=14:00",
    )
    k(
        "event",
        "new",
        "Kenniscafé Ontmoeting in de wijk",
        f"slug={SLUG}",
        "date=2019-10-10",
        "start_time=14:00",
        "end_time=17:00",
        "theme=Ontmoeting in de wijk",
        "headline=‘Hiërarchie weglaten om mensen dichter bij elkaar te brengen’",
        "edition_phrase=het eerste najaarskenniscafé van 2019",
        "published_on=2019-10-31",
        "venue=Hogeschool Rotterdam, vestiging Museumpark",
        "room=het Atrium",
        "address=Museumpark 40, Rotterdam",
        "series=Kenniscafé",
        "season=najaar 2019",
        "status=held",
        "organiser=Werkplaats Sociaal Domein Zuid-Holland Zuid",
        "organiser_description=De Werkplaats zet zich onder andere in om partijen bij elkaar te brengen en "
        "gesprekken op gang te brengen.",
        "newsletter_line=Op de hoogte blijven? Schrijf u in voor de nieuwsbrief!",
        "privacy_line=Door je te abonneren op onze nieuwsbrief ga je akkoord met onze privacyverklaring.",
    )
    k("event", "set", SLUG, f"next_event={NEXT}")
    for name, role, org, sector, consent in NAMED:
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
    for name, org, sector in OTHERS:
        k("person", "add", name, "--organisation", org, "--sector", sector)
    k(
        "programme",
        "add",
        SLUG,
        "Bijzondere ontmoetingen",
        "--kind",
        "opening-round",
        "--duration",
        "20",
        "--description",
        "Kennismaking: ieder vertelt over een bijzondere ontmoeting.",
    )
    k(
        "programme",
        "add",
        SLUG,
        "Versterking van ontmoeting en innovatie op lokaal niveau",
        "--kind",
        "presentation",
        "--duration",
        "45",
        "--speaker",
        "Najat Kaabouni",
        "--description",
        "Het onderzoeksproject op Coolhaveneiland, met brainstorms, gesprekken en experimenten.",
    )
    k(
        "programme",
        "add",
        SLUG,
        "In zeven stappen naar een gezamenlijke droom",
        "--kind",
        "table-session",
        "--duration",
        "75",
        "--facilitator",
        "Willem Beekhuizen",
    )
    k("programme", "add", SLUG, "Reacties en afsluiting", "--kind", "closing", "--duration", "20")
    attendees = [n for n, *_ in NAMED[2:]] + [n for n, *_ in OTHERS]
    for i, name in enumerate(attendees[:participants]):
        code = json.loads(k("register", SLUG, name, "--json"))["code"]
        k("checkin", code, "--event", SLUG, "--at", f"13:{30 + i:02d}", "--station", "Entree")
    for heading, item, text in NOTES:
        args = ["note", "add", SLUG, text, "--author", "redactie"]
        args += ["--heading", heading] if heading else []
        args += ["--item", item] if item else []
        if heading == "Reacties":  # the writer translated this one
            args += ["--heading-en", "Reactions", "--text-en", "Once again, time flew at this meeting."]
        k(*args)
    for value, label in (
        ("4", "brainstormsessies"),
        ("15", "individuele gesprekken"),
        ("3", "experimentmomenten"),
    ):
        k("figure", "add", SLUG, value, label, "--item", "2")
    for by, item, text in QUOTES:
        args = [
            "quote",
            "add",
            SLUG,
            text,
            "--by",
            by,
            "--consent",
            "yes",
            *(["--item", item] if item else []),
        ]
        if not item:
            args += [
                "--translation",
                "The biggest compliment this afternoon was how hard it was to get people away from their tables.",
            ]
        k(*args)
    for by, verdict, text in REACTIONS:
        k("reaction", "add", SLUG, text, "--by", by, "--verdict", verdict, "--verdict-en", "surprising")
    return db


def copy_db(src: Path, dest: Path) -> Path:
    """A consistent copy of a database (its write-ahead log included), as SQLite's backup makes it."""
    import sqlite3

    source, target = sqlite3.connect(src), sqlite3.connect(dest)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    return dest
