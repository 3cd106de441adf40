"""The reference article's event, entered with the CLI: the Dutch draft carries the article's facts
in sentences, the English draft marks what exists only in Dutch, the event file keeps it all."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import reference_event as ref
from helpers import squash, text_of

#: The reference article's concrete facts: names, roles, organisations, numbers, venue, dates,
#: programme, sections, quotes, reactions, next event, closing lines.
FACTS = [
    "Hiërarchie weglaten om mensen dichter bij elkaar te brengen",
    "Werkplaats Sociaal Domein Zuid-Holland Zuid",
    "Kenniscafé Ontmoeting in de wijk",
    "Gepubliceerd op 31 oktober 2019",
    "Donderdag 10 oktober",
    "het eerste najaarskenniscafé van 2019",
    "het Atrium van Hogeschool Rotterdam",
    "vestiging Museumpark",
    "Ditmaal stond het thema Ontmoeting in de wijk op de agenda",
    "Docentonderzoeker Najat Kaabouni (Hogeschool Rotterdam) presenteerde",
    "ontmoeting en innovatie op lokaal niveau",
    "Aansluitend begeleidde opbouwwerker Willem Beekhuizen (Beekhuizen Bindt)",
    "de ongeveer 25 deelnemers uit beleid, onderwijs en werkveld",
    "Bijzondere ontmoetingen",
    "Zuid-Afrika",
    "in de gevangenis had gezeten",
    "buurman of -vrouw",
    "partijen bij elkaar te brengen en gesprekken op gang te brengen",
    "Samen nadenken",
    "Coolhaveneiland",
    "opgezet en aangestuurd",
    "4 brainstormsessies",
    "15 individuele gesprekken",
    "3 experimentmomenten",
    "joint-effort",
    "top-down communicatievormen",
    "artsen en wijkverpleegkundigen",
    "interprofessionele netwerken",
    "groepen van ongeveer 50 personen",
    "Hiërarchie moet je dan bewust weglaten.",
    "Eerst delen, dan duiden en vervolgens doen.",
    "buurtcoaches en Willem Beekhuizen",
    "sleutelfiguren in de wijk",
    "Tot elkaar komen",
    "in zeven stappen tot co-creatie",
    "gezamenlijke droom",
    "wijkagent",
    "De gemeente is niet de oplossende partij",
    "## Reacties",
    "de tijd weer eens te vliegen",
    "Beekhuizen: “Het grootste compliment vanmiddag",
    "Josien Hofs (BPSW) vond de bijeenkomst ‘verrassend’.",
    "concreet voorbeeld",
    "Nicole van Dijk (Museum Rotterdam) vond de bijeenkomst ‘verrassend’",
    "Dit was mijn eerste kenniscafé.",
    "iets scherpere aanbevelingen",
    "Het volgende kenniscafé, ‘Leren van verschillen’, vindt plaats op donderdag 31 oktober 2019",
    "Schrijf u in voor de nieuwsbrief",
    "privacyverklaring",
]


@pytest.fixture(scope="module")
def reference_db(tmp_path_factory) -> Path:
    return ref.build(tmp_path_factory.mktemp("reference") / "reference.kcdesk")


@pytest.fixture
def db(reference_db, tmp_path) -> Path:
    """A copy to change."""
    return ref.copy_db(reference_db, tmp_path / "copy.kcdesk")


def export(db: Path, out: Path, lang: str = "nl") -> str:
    ref.kcdesk(db, "export", "--event", ref.SLUG, "--template", "article", "--lang", lang, "-o", str(out))
    return text_of(out)


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_the_dutch_draft_carries_the_articles_facts(reference_db, tmp_path, fmt):
    assert len(FACTS) >= 40
    text = export(reference_db, tmp_path / f"a.{fmt}")
    flat = squash(text) if fmt != "md" else " ".join(text.split())
    missing = [f for f in FACTS if f.replace("## ", "") not in flat and f not in flat]
    assert len(missing) <= len(FACTS) * 0.05, missing


def paragraphs(md: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", md) if p.strip()]


def test_lede_and_people_are_two_paragraphs_in_every_format(reference_db, tmp_path):
    md = export(reference_db, tmp_path / "a.md")
    lede = next(p for p in paragraphs(md) if p.startswith("Donderdag 10 oktober"))
    assert "Kaabouni" not in lede
    html = export(reference_db, tmp_path / "a.html")
    assert re.search(r"<p>Donderdag 10 oktober[^<]*agenda\.</p>\s*<p>Docentonderzoeker", html)
    import docx

    export(reference_db, tmp_path / "a.docx")
    texts = [p.text for p in docx.Document(str(tmp_path / "a.docx")).paragraphs]
    i = next(i for i, t in enumerate(texts) if t.startswith("Donderdag 10 oktober"))
    assert texts[i].endswith("op de agenda.") and texts[i + 1].startswith("Docentonderzoeker Najat Kaabouni")


def test_sections_follow_the_notes_and_carry_their_quotes_and_figures(reference_db, tmp_path):
    md = export(reference_db, tmp_path / "a.md")
    headings = re.findall(r"^## (.+)$", md, re.M)
    assert headings == ["Bijzondere ontmoetingen", "Samen nadenken", "Tot elkaar komen", "Reacties"]
    samen = md.split("## Samen nadenken")[1].split("## Tot elkaar komen")[0]
    assert (
        "In cijfers ging het om 4 brainstormsessies, 15 individuele gesprekken en 3 experimentmomenten."
        in samen
    )
    assert "Kaabouni: “Doel hiervan" in samen  # introduced in full above, by family name here
    assert "In cijfers\n" not in md and ">" not in md  # no figures list after the closing, no block quotes
    assert md.count("Najat Kaabouni (Hogeschool Rotterdam)") == 1


def test_the_english_draft_has_no_unmarked_dutch(reference_db, tmp_path):
    en = export(reference_db, tmp_path / "a.md", "en")
    assert "# [NL: ‘Hiërarchie weglaten" in en  # no English headline given: marked
    assert "## Reactions" in en and "Once again, time flew at this meeting." in en  # given: used
    assert "“The biggest compliment this afternoon" in en and "[NL: “Het grootste compliment" in en
    assert "found the meeting ‘surprising’" in en
    assert (
        "took place in the Atrium of Hogeschool Rotterdam, vestiging Museumpark (Museumpark 40, Rotterdam)."
        in en
    )
    assert "Text marked [NL: …] exists only in Dutch" in en
    bare = strip_marked(en)
    # proper names stay as they are; then no Dutch word may be left
    for name in (
        "Werkplaats Sociaal Domein Zuid-Holland Zuid",
        "Hogeschool Rotterdam, vestiging Museumpark",
        "Museumpark 40, Rotterdam",
        "Beekhuizen Bindt",
        "Museum Rotterdam",
        "Nicole van Dijk",
    ):
        bare = bare.replace(name, "")
    words = set(re.findall(r"[a-zà-ÿ]+", bare.lower()))
    dutch = {
        "het",
        "een",
        "de",
        "van",
        "en",
        "niet",
        "zijn",
        "voor",
        "met",
        "ook",
        "dat",
        "die",
        "wij",
        "je",
        "deelnemers",
        "kenniscafé",
        "vond",
        "plaats",
        "bijeenkomst",
        "uur",
        "op",
        "naar",
        "om",
    }
    assert not words & dutch, words & dutch
    # and with English versions given, they are used instead of the marks
    copy = ref.copy_db(reference_db, tmp_path / "c.kcdesk")
    ref.kcdesk(
        copy,
        "event",
        "set",
        ref.SLUG,
        "headline_en=‘Leave out hierarchy to bring people closer together’",
        "theme_en=Meeting in the neighbourhood",
    )
    en2 = export(copy, tmp_path / "b.md", "en")
    assert en2.startswith("# ‘Leave out hierarchy") and "The theme was Meeting in the neighbourhood." in en2


def strip_marked(text: str, instead: str = "") -> str:
    """The text with its [NL: …] passages (which may hold brackets of their own) replaced by ``instead``."""
    out, depth, i = [], 0, 0
    while i < len(text):
        if text.startswith("[NL:", i):
            if not depth:
                out.append(instead)
            depth += 1
            i += 4
            continue
        ch = text[i]
        if depth and ch == "[":
            depth += 1
        elif depth and ch == "]":
            depth -= 1
        elif not depth:
            out.append(ch)
        i += 1
    return "".join(out)


def test_the_event_file_keeps_every_new_field_byte_for_byte(reference_db, tmp_path):
    import json

    first, second, other = tmp_path / "e1.json", tmp_path / "e2.json", tmp_path / "other.kcdesk"
    ref.kcdesk(reference_db, "event", "export", ref.SLUG, "-o", str(first))
    doc = json.loads(first.read_text(encoding="utf-8"))
    assert doc["event"]["headline"].startswith("‘Hiërarchie") and doc["event"]["published_on"] == "2019-10-31"
    assert doc["event"]["next_event"]["theme"] == "Leren van verschillen"
    assert [n["heading"] for n in doc["notes"]][:2] == ["Bijzondere ontmoetingen", "Samen nadenken"]
    assert {f["item"] for f in doc["key_figures"]} == {"i2"}
    assert [x["verdict"] for x in doc["reactions"]] == ["verrassend", "verrassend"]
    assert any(s["label_nl"] == "Werkveld" for s in doc["sectors"])
    from kcdesk.cli.main import main

    assert main(["init", str(other)]) == 0
    ref.kcdesk(other, "event", "import", str(first))
    ref.kcdesk(other, "event", "export", ref.SLUG, "-o", str(second))
    assert second.read_bytes() == first.read_bytes()
    # the draft from the imported event names the next event by its theme, as the original does
    assert "Het volgende kenniscafé, ‘Leren van verschillen’," in export(other, tmp_path / "o.md")


def test_a_version_1_event_file_still_imports(reference_db, tmp_path):
    import json

    path = tmp_path / "v1.json"
    ref.kcdesk(reference_db, "event", "export", ref.SLUG, "-o", str(path))
    doc = json.loads(path.read_text(encoding="utf-8"))
    v2 = {
        "headline",
        "edition_phrase",
        "published_on",
        "title_en",
        "theme_en",
        "headline_en",
        "edition_phrase_en",
        "description_en",
    }
    doc["version"] = 1
    doc["event"] = {k: v for k, v in doc["event"].items() if k not in v2}
    doc["event"]["next_event"] = {k: doc["event"]["next_event"][k] for k in ("slug", "title", "date")}
    doc["organiser"] = {
        k: doc["organiser"][k] for k in ("name", "website", "newsletter_line", "privacy_line")
    }
    for n in doc["notes"]:
        for k in ("heading", "heading_en", "body_en", "position"):
            del n[k]
    doc["key_figures"] = [{"label": f["label"], "value": f["value"]} for f in doc["key_figures"]]
    for section, keys in (
        ("quotes", ("translation",)),
        ("reactions", ("verdict", "verdict_en", "translation")),
    ):
        for x in doc[section]:
            for k in keys:
                del x[k]
    for item in doc["programme"]:
        del item["title_en"], item["description_en"]
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    other = tmp_path / "other.kcdesk"
    from kcdesk.cli.main import main

    assert main(["init", str(other)]) == 0
    ref.kcdesk(other, "event", "import", str(path))
    md = export(other, tmp_path / "v1.md")
    assert "Coolhaveneiland" in md and "Op donderdag 10 oktober 2019 vond" in md


@pytest.mark.parametrize(("lang", "tag"), [("nl", "nl-NL"), ("en", "en-GB")])
def test_the_docx_is_a4_in_the_drafts_language_with_its_properties(reference_db, tmp_path, lang, tag):
    import datetime as dt

    import docx
    from docx.oxml.ns import qn
    from docx.shared import Cm

    out = tmp_path / f"a.{lang}.docx"
    export(reference_db, out, lang)
    document = docx.Document(str(out))
    for section in document.sections:
        assert abs(section.page_width - Cm(21.0)) < Cm(0.01) and abs(section.page_height - Cm(29.7)) < Cm(
            0.01
        )
    defaults = document.styles.element.find(qn("w:docDefaults"))
    langs = defaults.findall(".//" + qn("w:lang"))
    assert [x.get(qn("w:val")) for x in langs] == [tag]
    props = document.core_properties
    assert props.title == "Kenniscafé Ontmoeting in de wijk"
    assert props.author == "Werkplaats Sociaal Domein Zuid-Holland Zuid"
    assert props.created.date() == dt.date(2019, 10, 31) and props.language == tag


def test_certificates_and_calendar_phrase_the_venue_and_title(reference_db, tmp_path):
    out = tmp_path / "bewijzen.pdf"
    ref.kcdesk(reference_db, "export", "--event", ref.SLUG, "--template", "certificates", "-o", str(out))
    text = squash(text_of(out))
    assert "in het Atrium van Hogeschool Rotterdam, vestiging Museumpark" in text
    assert "in Hogeschool" not in text
    ics = tmp_path / "uitnodiging.ics"
    ref.kcdesk(reference_db, "export", "--event", ref.SLUG, "--template", "calendar", "-o", str(ics))
    summary = text_of(ics).splitlines()[0]
    assert summary == "Kenniscafé Ontmoeting in de wijk"  # the title, not the article's headline
