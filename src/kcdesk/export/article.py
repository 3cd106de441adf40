"""The draft article's structure: who is introduced where, which notes form which section.

The templates phrase the sentences; this module decides what goes in them, so
that the Dutch and the English draft say the same things:

- a person is introduced in full once ("docentonderzoeker Najat Kaabouni
  (Hogeschool Rotterdam)") and afterwards by family name ("Kaabouni");
- notes are printed in their order; a note with a heading opens a section, a
  note of a programme item without a heading opens a section titled after the
  item; quotes and key figures of an item join the item's section;
- a reaction is printed only when its author consented to be quoted.

In the English draft, a writer's text that exists only in Dutch is printed as
``[NL: …]`` (see :func:`Texts.pick`), so no Dutch passes for English.
"""

from __future__ import annotations

import re
from typing import Any

from kcdesk.domain.enums import ProgrammeKind
from kcdesk.domain.models import Event, KeyFigure, Note, Person, ProgrammeItem, Quote, Reaction, Sector, Venue

#: A Dutch text in the English draft, where the writer gave no English version.
DUTCH_MARK = "[NL: {}]"
ARTICLES = ("de ", "het ", "een ", "the ")
#: A room named with its own kind of place needs no "zaal" before it: "in Zaal 2", "in lokaal 1.12".
ROOM_WORDS = ("zaal", "ruimte", "lokaal", "kamer", "aula", "foyer", "kantine")
#: The group words for the default sector labels: "uit beleid, onderwijs en praktijk".
GROUP_WORDS = {
    "nl": {"beleid": "beleid", "onderwijs": "onderwijs", "praktijk": "praktijk", "bewoner": "bewoners"},
    "en": {"policy": "policy", "education": "education", "practice": "practice", "resident": "residents"},
}
#: The closing section's heading: reactions, or only quotes said outside the programme.
CLOSING_HEADINGS = {"nl": ("Reacties", "Uitspraken"), "en": ("Reactions", "Quotes")}


class Texts:
    """Picks a text in the draft's language, marking Dutch that has no English version."""

    def __init__(self, lang: str):
        self.lang = lang
        self.marked = False

    def pick(self, nl: str, en: str = "") -> str:
        nl, en = (nl or "").strip(), (en or "").strip()
        if self.lang == "nl" or not nl:
            return nl if self.lang == "nl" else en
        if en:
            return en
        self.marked = True
        return DUTCH_MARK.format(nl)

    def pick_markdown(self, nl: str, en: str = "") -> str:
        """Like :meth:`pick` for Markdown: each heading, list item and paragraph marked on its own,
        so the marks do not break the structure."""
        if self.lang == "nl" or (en or "").strip() or not (nl or "").strip():
            return self.pick(nl, en)
        self.marked = True
        blocks = []
        for block in re.split(r"\n\s*\n", nl.strip()):
            lines = block.splitlines()
            if all(re.match(r"\s*(#{1,6}|[-*+]|\d+[.)])\s+", line) for line in lines):
                marked = []
                for line in lines:
                    m = re.match(r"(\s*(?:#{1,6}|[-*+]|\d+[.)])\s+)(.*)", line)
                    assert m is not None
                    marked.append(m.group(1) + DUTCH_MARK.format(m.group(2).strip()))
                blocks.append("\n".join(marked))
            else:
                blocks.append(DUTCH_MARK.format(" ".join(x.strip() for x in lines)))
        return "\n\n".join(blocks)

    def said(self, text: str, translation: str = "") -> dict[str, str]:
        """A quote as said: in the English draft the translation, with the Dutch original marked."""
        text = text.strip()
        if self.lang == "nl":
            return {"text": text, "translation": "", "original": ""}
        self.marked = True
        return {"text": translation.strip(), "translation": translation.strip(), "original": text}


def family_name(p: Person) -> str:
    """ "Kaabouni", "Van Dijk": how a person is named once introduced (particle capitalised)."""
    family = " ".join(x for x in (p.particle, p.family_name) if x).strip()
    return (family[:1].upper() + family[1:]) if family else p.given_name


def sector_group(s: Sector | None, lang: str) -> str:
    """A sector as a group of people present: "werkveld" after a rename, "bewoners" by default."""
    if s is None:
        return ""
    label = (s.label_nl if lang == "nl" else s.label_en).strip()
    if not label:
        return ""
    word = GROUP_WORDS[lang].get(label.lower())
    if word:
        return word
    return label if label[1:2].isupper() else label[:1].lower() + label[1:]


def venue_phrase(v: Venue, lang: str) -> str:
    """ "in het Atrium van Hogeschool Rotterdam, Museumpark 40" / "bij Hogeschool Rotterdam" """
    name, room, address = v.name.strip(), v.room.strip(), v.address.strip()
    if not (name or room):
        return ""
    if lang == "nl":
        if room and not room.lower().startswith(ARTICLES + ROOM_WORDS):
            room = f"zaal {room}"
        if room and name:
            place = f"in {room} van {name}"
        elif room:
            place = f"in {room}"
        else:
            place = f"bij {name}"
    else:
        bare = room
        for a in ARTICLES:
            if bare.lower().startswith(a):
                bare = bare[len(a) :]
        if bare and name:
            place = f"in the {bare} of {name}"
        else:
            place = f"in the {bare}" if bare else f"at {name}"
    if address:
        place += f" ({address})" if "," in name else f", {address}"
    return place


def clause(text: str, proper: set[str]) -> str:
    """A description to follow a colon: first letter lower case unless it starts with a name,
    final full stop dropped (the template ends the sentence)."""
    text = " ".join(text.split()).rstrip()
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1]
    first = re.match(r"[\w'’-]+", text)
    if first:
        word = first.group(0)
        starts_name = any(p.startswith(word) for p in proper)
        if not starts_name and word[1:] == word[1:].lower():
            text = text[:1].lower() + text[1:]
    return text


class Mentions:
    """Who has been introduced so far: the first mention is in full, later ones by family name."""

    def __init__(self) -> None:
        self.seen: set[Any] = set()

    def name(self, key: Any, full: str, short: str) -> str:
        if key is None or key not in self.seen:
            if key is not None:
                self.seen.add(key)
            return full
        return short


def build_article(
    *,
    texts: Texts,
    event: Event,
    items: list[ProgrammeItem],
    notes: list[Note],
    figures: list[KeyFigure],
    quotes: list[tuple[Quote, dict[str, Any]]],
    reactions: list[tuple[Reaction, Person | None]],
    speakers: list[dict[str, Any]],
    facilitators: list[dict[str, Any]],
    people: dict[int, Person],
    proper_nouns: set[str],
    public_intro,
) -> dict[str, Any]:
    lang = texts.lang
    mentions = Mentions()
    by_item = {i.id: i for i in items}

    # the people paragraph: each speaker with their item, then the facilitators
    presenters = []
    for s in speakers:
        mentions.name(s["id"] if s["named"] else None, "", "")
        own = [i for i in items if any(pp.person_id == s["id"] for pp in i.people)]
        first = own[0] if own else None
        about = ""
        if first is not None and first.description.strip():
            en = clause(first.description_en, proper_nouns) if first.description_en.strip() else ""
            about = texts.pick(clause(first.description, proper_nouns), en)
        presenters.append(
            s
            | {
                "presented": [texts.pick(i.title, i.title_en) for i in own] or s["titles"],
                "about": about,
            }
        )
    for f in facilitators:
        mentions.name(f["id"] if f["named"] else None, "", "")

    def person_by(pid: int | None, fallback: str, full: str) -> str:
        p = people.get(pid) if pid else None
        if p is None or not (p.consent_name and not p.erased):
            return fallback
        return mentions.name(p.id, full, family_name(p))

    def free_by(q: dict[str, Any]) -> str:
        """A quote typed with a name (not from the directory): "beleidsadviseur Anna Smit (Gemeente X)"
        at the first mention, "Smit" after; without a name, the role phrase every time."""
        if not q["named"]:
            return q["by"]
        from kcdesk.domain.names import split_name

        role = q["role"] if lang == "nl" else (DUTCH_MARK.format(q["role"]) if q["role"] else "")
        name, org = q["by"], q["organisation"]
        if lang == "nl":
            full = " ".join(x for x in (role, name) if x) + (f" ({org})" if org else "")
        else:
            detail = ", ".join(x for x in (role, org) if x)
            full = f"{name} ({detail})" if detail else name
        given, particle, family = split_name(name)
        short = " ".join(x for x in (particle, family) if x) or given
        return mentions.name(("free", name.casefold()), full, short[:1].upper() + short[1:])

    # sections from the notes, in their order
    intro: list[str] = []
    sections: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None

    def new_section(heading: str, item_id: int | None) -> dict[str, Any]:
        item = by_item.get(item_id) if item_id else None
        section: dict[str, Any] = {
            "heading": heading,
            "item_id": item_id,
            "item": _item_info(item, texts) if item else None,
            "paragraphs": [],
            "quotes": [],
            "figures": [],
            "reactions": [],
        }
        sections.append(section)
        return section

    for n in notes:
        heading = texts.pick(n.heading, n.heading_en)
        body = texts.pick_markdown(n.body, n.body_en)
        if heading:
            current = new_section(heading, n.item_id)
        elif n.item_id is not None and (current is None or current["item_id"] not in (None, n.item_id)):
            item = by_item.get(n.item_id)
            current = new_section(texts.pick(item.title, item.title_en) if item else "", n.item_id)
        elif n.item_id is not None and current is not None and current["item_id"] is None:
            current["item_id"] = n.item_id
            current["item"] = _item_info(by_item.get(n.item_id), texts)
        elif current is None:
            if body:
                intro.append(body)
            continue
        if body:
            current["paragraphs"].append(body)

    def section_of(item_id: int) -> dict[str, Any]:
        for s in sections:
            if s["item_id"] == item_id:
                return s
        item = by_item[item_id]
        return new_section(texts.pick(item.title, item.title_en), item_id)

    # items with a story of their own but no notes: a table session's tables, quotes, figures
    for item in items:
        if item.id is None or item.kind == ProgrammeKind.BREAK:
            continue
        has = any(q.item_id == item.id for q, _ in quotes) or any(f.item_id == item.id for f in figures)
        if has or (item.kind == ProgrammeKind.TABLE_SESSION and item.tables):
            section_of(item.id)

    loose_quotes = []
    for q, info in quotes:
        entry = info | texts.said(q.text, q.translation) | {"person_id": q.person_id}
        if q.item_id is not None and q.item_id in by_item:
            section_of(q.item_id)["quotes"].append(entry)
        else:
            loose_quotes.append(entry)

    own_figures = []
    for fig in figures:
        value = {"value": fig.value, "label": texts.pick(fig.label, fig.label_en)}
        if fig.item_id is not None and fig.item_id in by_item:
            section_of(fig.item_id)["figures"].append(value)
        else:
            own_figures.append(value)

    # a heading with nothing under it (a note of only a heading, nothing else for its item) is left out
    sections[:] = [
        x
        for x in sections
        if x["paragraphs"]
        or x["quotes"]
        or x["figures"]
        or x["heading"].strip().lower() in (CLOSING_HEADINGS[lang][0].lower(), "reacties")
        or (x["item"] and x["item"]["kind"] == ProgrammeKind.TABLE_SESSION and x["item"]["tables"])
    ]

    # the closing section: a note headed "Reacties" if there is one, else one of its own
    reactions_heading, quotes_heading = CLOSING_HEADINGS[lang]
    closing = next(
        (x for x in sections if x["heading"].strip().lower() in (reactions_heading.lower(), "reacties")), None
    )
    if closing is not None:
        sections.remove(closing)
    kept = [(x, p) for x, p in reactions if p is None or (p.consent_quote and not p.erased)]
    if closing is None and (kept or loose_quotes):
        closing = new_section(reactions_heading if kept else quotes_heading, None)
        sections.remove(closing)
    if closing is not None:
        closing["quotes"].extend(loose_quotes)

    # bylines in reading order: in full at the first mention, then by family name
    for section in [*sections, *([closing] if closing else [])]:
        section["quote_paragraphs"] = []
        for q in section["quotes"]:
            paragraphs = section["quote_paragraphs"]
            if paragraphs and q["person_id"] is not None and paragraphs[-1]["person_id"] == q["person_id"]:
                paragraphs[-1]["quotes"].append(q)
                continue
            by = person_by(q["person_id"], q["by"], q["by_full"]) if q["person_id"] else free_by(q)
            paragraphs.append({"by": by, "person_id": q["person_id"], "quotes": [q]})
        section.setdefault("reactions", [])

    # reactions: quotes too, so only with consent to be quoted (``kept``)
    verdicts: set[str] = set()
    for x, p in kept:
        if p is not None and p.consent_name and not p.erased:
            org = f" ({p.organisation})" if p.organisation else ""
            by = mentions.name(p.id, f"{p.name}{org}", family_name(p))
        else:
            by = public_intro(p)
        verdict = texts.pick(x.verdict, x.verdict_en)
        assert closing is not None
        closing["reactions"].append(
            {
                "by": by,
                "named": bool(p and p.consent_name),
                "verdict": verdict,
                "verdict_again": bool(verdict) and verdict.lower() in verdicts,
                "rating": x.rating,
            }
            | texts.said(x.text, x.translation)
        )
        if verdict:
            verdicts.add(verdict.lower())

    return {
        "headline": texts.pick(event.headline, event.headline_en),
        "edition": texts.pick(event.edition_phrase, event.edition_phrase_en),
        "venue": venue_phrase(event.venue, lang),
        "presenters": presenters,
        "intro": intro,
        "sections": sections,
        "figures": own_figures,
        "closing": closing,
    }


def _item_info(item: ProgrammeItem | None, texts: Texts) -> dict[str, Any] | None:
    if item is None:
        return None
    return {
        "id": item.id,
        "title": texts.pick(item.title, item.title_en),
        "kind": str(item.kind),
        "tables": item.tables,
    }
