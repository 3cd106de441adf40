import datetime as dt
import json
import stat

import pytest

from kcdesk.domain.enums import Consent, Part, ProgrammeKind
from kcdesk.domain.errors import KcdeskError, NotFoundError
from kcdesk.domain.models import Event, Note, Person, ProgrammeItem, ProgrammePerson, Quote
from kcdesk.services import Services
from kcdesk.services.privacy import (
    PrivacyService,
    attribution,
    may_send_newsletter,
    may_show_photo,
    months_before,
    public_name,
    quote_by,
    quote_publishable,
)
from kcdesk.services.privacy_report import render_html, write_report
from kcdesk.store import open_store

SPEAKER = "s.haddouchi@hogeschoolmerwede.example.org"


# -- consent ------------------------------------------------------------------------
def test_public_name_needs_consent_to_be_named():
    named = Person("Nicole", "Dijk", "van", consent_name=True, job_title="educator", organisation="Museum")
    shy = Person("Piet", "Jansen", consent_name=False, job_title="adviseur", organisation="Gemeente")
    assert public_name(named) == "Nicole van Dijk"
    assert public_name(shy) == "een deelnemer"
    assert public_name(shy, "en") == "a participant"
    assert public_name(None) == "een deelnemer"
    assert public_name(Person("", erased=True, consent_name=True)) == "een deelnemer"
    assert attribution(named) == ("Nicole van Dijk", "educator", "Museum")
    # role and organisation identify as well as a name does
    assert attribution(shy) == ("een deelnemer", "", "")


def test_quote_rules():
    # only "yes" is consent: "ask" means nobody has asked yet
    assert quote_publishable(Quote(1, "x", consent=Consent.YES))
    assert not quote_publishable(Quote(1, "x", consent=Consent.NO))
    assert not quote_publishable(Quote(1, "x", consent=Consent.ASK))


def test_quote_attribution_follows_consent():
    q = Quote(1, "x", consent=Consent.YES)
    named = Person("Nicole", "Dijk", "van", consent_name=True, job_title="docent", organisation="Museum")
    quoted = Person(
        "Anna", "Bakker", consent_quote=True, job_title="docent", sector="education", organisation="HR"
    )
    shy = Person("Piet", "Jansen", job_title="adviseur", sector="policy", organisation="Gemeente")
    assert quote_by(q, named) == ("Nicole van Dijk", "docent", "Museum", True)
    assert quote_by(q, quoted) == ("een docent uit het onderwijs", "", "", False)
    assert quote_by(q, quoted, "en") == ("a docent from education", "", "", False)
    assert quote_by(q, shy) == ("een deelnemer", "", "", False)
    assert quote_by(q, Person("", erased=True, consent_name=True, consent_quote=True))[0] == "een deelnemer"
    unlinked = Quote(1, "x", attribution_role="beleidsadviseur", attribution_org="een gemeente")
    assert quote_by(unlinked, None) == (
        "een beleidsadviseur van een gemeente",
        "beleidsadviseur",
        "een gemeente",
        False,
    )
    assert quote_by(Quote(1, "x", attribution_name="Willem"), None)[:1] == ("Willem",)
    only_org = Quote(1, "x", attribution_org="Museum Rotterdam")
    assert quote_by(only_org, None)[0] == "iemand van Museum Rotterdam"
    assert quote_by(only_org, None, "en")[0] == "someone from Museum Rotterdam"


def test_photo_and_newsletter():
    assert may_show_photo(Person("A", consent_photo=True))
    assert not may_show_photo(Person("A", consent_photo=True, erased=True))
    assert may_send_newsletter(Person("A", email="a@example.org", newsletter=True))
    assert not may_send_newsletter(Person("A", newsletter=True))


# -- access request -------------------------------------------------------------------
def test_access_data_holds_everything_linked(demo):
    privacy = PrivacyService(demo.store)
    person = privacy.resolve(SPEAKER)
    assert privacy.resolve(str(person.id)).id == person.id
    data = privacy.access_data(person.id)
    assert data["format"] == "kcdesk-access-request"
    assert data["person"]["email"] == SPEAKER and data["person"]["name"] == "Samira Haddouchi"
    assert data["consent"] == {
        "newsletter": False,
        "consent_photo": True,
        "consent_quote": True,
        "consent_name": True,
    }
    (reg,) = data["registrations"]
    assert reg["event"]["slug"] == "ontmoeting-in-de-buurt" and reg["checked_in_at"]
    assert [j["action"] for j in reg["checkin_journal"]] == ["checkin"]
    assert [p["part"] for p in data["programme"]] == ["speaker"]
    assert len(data["quotes"]) == 2
    json.dumps(data)  # plain data


def test_access_data_of_walk_in_shows_door_journal(demo):
    privacy = PrivacyService(demo.store)
    nadia = demo.people.search("rahmani")[0]
    data = privacy.access_data(nadia.id)
    entry = data["registrations"][0]["checkin_journal"][0]
    assert entry["action"] == "walkin" and entry["payload"]["family_name"] == "Rahmani"


def test_unknown_person(demo):
    with pytest.raises(NotFoundError, match="nobody@example.org"):
        PrivacyService(demo.store).resolve("nobody@example.org")
    with pytest.raises(NotFoundError):
        PrivacyService(demo.store).resolve("99999")


@pytest.mark.parametrize("suffix", [".json", ".html", ".pdf"])
def test_report_files(demo, tmp_path, suffix, request):
    if suffix == ".pdf":
        request.getfixturevalue("qapp")  # one QApplication for the whole test session
    privacy = PrivacyService(demo.store)
    data = privacy.access_data(privacy.resolve(SPEAKER).id)
    path = tmp_path / f"request{suffix}"
    write_report(data, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    if suffix == ".json":
        assert json.loads(path.read_text())["person"]["email"] == SPEAKER
    elif suffix == ".html":
        text = path.read_text()
        assert "Samira" in text and "Hiërarchie moet je dan bewust weglaten." in text
        assert "Onderwijs" in text and "aanwezig" in text and "spreker" in text
    else:
        from pypdf import PdfReader

        sizes = []

        def visit(text, cm, tm, font, size):
            if text.strip():
                sizes.append(size * tm[0] * cm[0])

        text = " ".join(p.extract_text(visitor_text=visit) for p in PdfReader(path).pages)
        assert "Haddouchi" in text and "Toestemming" in text
        assert min(sizes) >= 8  # readable, not shrunk to fit


def test_report_escapes_html(demo):
    privacy = PrivacyService(demo.store)
    person = privacy.resolve(SPEAKER)
    person.notes = "<script>alert(1)</script>"
    demo.people.update(person)
    html = render_html(privacy.access_data(person.id), "en")
    assert "<script>" not in html and "&lt;script&gt;" in html and "Your data held by" in html


def test_report_refuses_unknown_format(tmp_path):
    with pytest.raises(KcdeskError, match=r"\.json, \.html or \.pdf"):
        write_report({}, tmp_path / "x.docx")


# -- erasure --------------------------------------------------------------------------
def test_erase_keeps_counts_and_removes_the_person(demo):
    store = demo.store
    privacy = PrivacyService(store)
    speaker = privacy.resolve(SPEAKER)
    before = store.privacy.counts_by_sector()
    counts_before = demo.registrations.counts(demo.event_id)
    report = privacy.erase(speaker.id, quotes="anonymise")
    assert report.erased == [speaker.id]
    assert store.privacy.counts_by_sector() == before
    assert demo.registrations.counts(demo.event_id) == counts_before
    stub = store.people.get(speaker.id)
    assert stub.erased and stub.sector == "education" and stub.name == "" and stub.email == ""
    assert not (stub.consent_name or stub.consent_photo or stub.consent_quote or stub.newsletter)
    assert demo.people.search("haddouchi") == [] and demo.people.search("samira") == []
    assert demo.checkin.search(demo.event_id, "Haddouchi", fuzzy=False) == []
    # the two quotes stay, said by "een deelnemer"
    anon = [
        q for q in demo.content.quotes(demo.event_id) if "Hiërarchie" in q.text or "Eerst delen" in q.text
    ]
    assert len(anon) == 2 and all(q.person_id is None and q.attribution_name == "een deelnemer" for q in anon)
    assert all(q.attribution_role == q.attribution_org == "" for q in anon)
    assert all(quote_by(q, None)[0] == "een deelnemer" for q in anon)
    assert all(
        speaker.id not in [p.person_id for p in i.people] for i in demo.events.programme(demo.event_id)
    )


def test_erase_can_remove_quotes_and_unlinks_reactions(demo):
    store = demo.store
    privacy = PrivacyService(store)
    quoted = store.content.quotes(demo.event_id)
    person_id = next(q.person_id for q in quoted if q.consent == Consent.NO)
    reacting = store.content.reactions(demo.event_id)[0]
    privacy.erase([person_id, reacting.person_id], quotes="remove")
    assert all(q.person_id != person_id for q in store.content.quotes(demo.event_id))
    assert len(store.content.quotes(demo.event_id)) == len(quoted) - 1
    reaction = next(r for r in store.content.reactions(demo.event_id) if r.id == reacting.id)
    assert reaction.person_id is None and reaction.text == reacting.text


def test_erase_reports_unlinked_mentions_and_clears_authorship(demo):
    privacy = PrivacyService(demo.store)
    karin = privacy.resolve("k.bos@netwerk-zuid.example.org")
    demo.content.save_note(Note(demo.event_id, "Karin Bos opende de middag.", author="Piet"))
    plan = privacy.erasure_plan(karin.id)
    assert len(plan.authored_notes) == 3
    report = privacy.erase(karin.id)
    assert sorted(n.author for n in demo.content.notes(demo.event_id)) == ["", "", "", "Piet"]
    assert [m["kind"] for m in report.mentions] == ["note"]


def _personal_strings(person: Person) -> list[bytes]:
    from kcdesk.domain.names import words

    out = []
    for value in (person.given_name, person.family_name, person.email, person.phone, person.notes):
        if value:
            out += [value.encode(), value.lower().encode()]
    for w in words(f"{person.family_name} {person.email.split('@')[0]}"):
        if len(w) > 3:
            out.append(w.encode())
    return out


def _file_bytes(path) -> bytes:
    data = b""
    for f in sorted(path.parent.iterdir()):
        if f.name.startswith(path.name):
            data += f.read_bytes()
    return data


def test_no_personal_string_remains_in_the_file(demo_file):
    store = open_store(demo_file)
    svc = Services(store)
    privacy = PrivacyService(store)
    victims = [privacy.resolve(SPEAKER), svc.people.search("rahmani")[0], svc.people.search("petrovic")[0]]
    for p in victims:  # details only these people have
        p.phone = f"+31 6 1234 56{p.id:02d}"
        p.notes = f"Vegetarisch, allergie {p.family_name}-{p.id}"
        svc.people.update(p)
    victims = [store.people.get(p.id) for p in victims]
    store.db.execute("ANALYZE")  # statistics could keep sample keys
    strings = [s for p in victims for s in _personal_strings(p)]
    assert all(s in _file_bytes(demo_file) for s in strings if b"@" in s)  # they really are there
    before = store.privacy.counts_by_sector()
    report = privacy.erase([p.id for p in victims], quotes="anonymise")
    assert report.compacted
    assert store.privacy.counts_by_sector() == before
    # while the database is still open (the WAL and old pages would hold the text) ...
    assert [s for s in strings if s in _file_bytes(demo_file)] == []
    store.close()
    # ... and after
    assert [s for s in strings if s in _file_bytes(demo_file)] == []
    again = open_store(demo_file)
    assert again.integrity_ok()
    again.close()


def test_erase_is_one_transaction(demo, monkeypatch):
    store = demo.store
    privacy = PrivacyService(store)
    first, second = store.content.reactions(demo.event_id)[:2]
    calls = []
    real = store.privacy.erase_person

    def flaky(person_id, remove_quotes, anonymous):
        calls.append(person_id)
        if len(calls) == 2:
            raise RuntimeError("disk gone")
        real(person_id, remove_quotes, anonymous)

    monkeypatch.setattr(store.privacy, "erase_person", flaky)
    with pytest.raises(RuntimeError):
        privacy.erase([first.person_id, second.person_id])
    assert not store.people.get(first.person_id).erased
    assert store.people.get(first.person_id).name


# -- retention ------------------------------------------------------------------------
def test_months_before():
    assert months_before(dt.date(2026, 3, 31), 1) == dt.date(2026, 2, 28)
    assert months_before(dt.date(2026, 1, 15), 24) == dt.date(2024, 1, 15)
    assert months_before(dt.date(2026, 1, 15), 13) == dt.date(2024, 12, 15)


def test_retention_setting(store):
    privacy = PrivacyService(store)
    assert privacy.retention_months() == 24
    privacy.set_retention_months(6)
    assert privacy.retention_months() == 6 and store.setting("retention_months") == "6"
    with pytest.raises(KcdeskError):
        privacy.set_retention_months(0)


def test_people_not_seen_since(demo):
    store = demo.store
    privacy = PrivacyService(store)
    held = demo.events.get(demo.event_id)
    later = held.date + dt.timedelta(days=1)
    # an upcoming event with a speaker who was also at the held event
    upcoming = demo.events.create(Event("Straks", held.date + dt.timedelta(days=400)))
    speaker = privacy.resolve(SPEAKER)
    demo.events.save_item(
        ProgrammeItem(
            upcoming.id,
            "Lezing",
            ProgrammeKind.PRESENTATION,
            people=[ProgrammePerson(speaker.id, Part.SPEAKER)],
        )
    )
    today = held.date + dt.timedelta(days=30)
    affected = {r["id"] for r in privacy.people_not_seen_since(later, today=today)}
    at_held = {r["person_id"] for r in demo.registrations.of_event(demo.event_id)}
    nxt = held.next_event_id
    at_next = {r["person_id"] for r in demo.registrations.of_event(nxt)}
    assert speaker.id not in affected
    assert affected == at_held - at_next - {speaker.id}
    assert privacy.people_not_seen_since(held.date, today=today) == []
    # someone without events counts from when they were added
    loner = demo.people.create(Person("Lone", "Ranger"))
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert loner.id in {r["id"] for r in privacy.people_not_seen_since(tomorrow, today=tomorrow)}
    assert loner.id not in {r["id"] for r in privacy.people_not_seen_since(dt.date.today(), today=tomorrow)}


def test_anonymise_applies_erasure_to_the_list(demo):
    store = demo.store
    privacy = PrivacyService(store)
    held = demo.events.get(demo.event_id)
    since, today = held.date + dt.timedelta(days=1), held.date + dt.timedelta(days=30)
    listed = privacy.people_not_seen_since(since, today=today)
    before = store.privacy.counts_by_sector()
    report = privacy.anonymise(since, today=today)
    assert sorted(report.erased) == sorted(r["id"] for r in listed) and listed
    assert store.privacy.counts_by_sector() == before
    assert privacy.people_not_seen_since(since, today=today) == []


def test_erasure_stands_when_the_file_cannot_be_compacted(demo_file, monkeypatch):
    import sqlite3

    from kcdesk.store import database

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)
    store = open_store(demo_file)
    privacy = PrivacyService(store)
    speaker = privacy.resolve(SPEAKER)
    writer = sqlite3.connect(demo_file, isolation_level=None)
    real = store.privacy.compact

    def compact_while_another_program_writes():
        writer.execute("BEGIN IMMEDIATE")  # right after the erasure committed
        return real()

    monkeypatch.setattr(store.privacy, "compact", compact_while_another_program_writes)
    try:
        report = privacy.erase(speaker.id)
    finally:
        writer.rollback()
        writer.close()
    monkeypatch.setattr(store.privacy, "compact", real)
    assert report.erased == [speaker.id] and not report.compacted
    assert store.people.get(speaker.id).erased
    assert privacy.compact()
    store.close()


def test_publishable_quotes_follow_consent(demo):
    privacy = PrivacyService(demo.store)
    quotes = privacy.publishable_quotes(demo.event_id)
    texts = {q["text"]: q for q in quotes}
    assert "Dit zeg ik liever niet in de krant." not in texts  # consent "no"
    samira = texts["Hiërarchie moet je dan bewust weglaten."]
    assert (samira["name"], samira["role"], samira["organisation"]) == (
        "Samira Haddouchi",
        "docentonderzoeker",
        "Hogeschool Merwede",
    )
    # the speaker withdraws consent to be named: the same quote, by role and sector
    person = privacy.resolve(SPEAKER)
    person.consent_name = False
    demo.people.update(person)
    again = {q["text"]: q for q in privacy.publishable_quotes(demo.event_id, "en")}
    assert again["Hiërarchie moet je dan bewust weglaten."]["name"] == "a docentonderzoeker from education"
    assert again["Hiërarchie moet je dan bewust weglaten."]["organisation"] == ""
    # and consent to be quoted as well: anonymous
    person.consent_quote = False
    demo.people.update(person)
    again = {q["text"]: q for q in privacy.publishable_quotes(demo.event_id, "en")}
    assert again["Hiërarchie moet je dan bewust weglaten."]["name"] == "a participant"


def test_without_photo_consent(demo):
    privacy = PrivacyService(demo.store)
    listed = privacy.without_photo_consent(demo.event_id)
    regs = [
        r
        for r in demo.registrations.of_event(demo.event_id)
        if r["status"] not in ("cancelled", "waitlisted")
    ]
    assert {x["code"] for x in listed} == {r["code"] for r in regs if not r["consent_photo"]}
    assert listed and "Samira Haddouchi" not in [x["name"] for x in listed]


def test_merging_an_old_station_journal_does_not_bring_a_walk_in_back(demo, tmp_path):
    privacy = PrivacyService(demo.store)
    nadia = demo.people.search("rahmani")[0]
    journal = tmp_path / "atrium.json"
    demo.journals.export(demo.event_id, journal)  # made before the erasure
    people = demo.store.people.count()
    privacy.erase(nadia.id)
    demo.journals.merge([journal])
    assert demo.people.search("rahmani") == [] and demo.store.people.count() == people
    assert demo.store.people.get(nadia.id).erased
