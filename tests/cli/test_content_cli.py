"""The commands that enter content: event new/set, programme/person/note/figure/quote/reaction add,
register, sector rename, --at on checkin and walkin; and the naming-consent check before export."""

from __future__ import annotations

import json


def test_event_new_and_set_validate_each_field(cli, tmp_path):
    db = ["--db", str(tmp_path / "x.kcdesk")]
    assert cli("init", str(tmp_path / "x.kcdesk")).code == 0
    made = cli(*db, "event", "new", "Kenniscafé Proef", "date=2026-03-12", "start_time=14:00", "--json")
    assert made.code == 0 and made.json()["date"] == "2026-03-12"
    slug = made.json()["slug"]
    bad = cli(*db, "event", "set", slug, "date=12 maart")
    assert bad.code == 1 and bad.err.startswith("kcdesk: date: '12 maart' is not a date")
    unknown = cli(*db, "event", "set", slug, "kop=Iets")
    assert unknown.code == 1 and "Unknown field 'kop'" in unknown.err
    assert cli(*db, "event", "set", slug, "headline").code == 1  # no '='
    done = cli(
        *db,
        "event",
        "set",
        slug,
        "headline=Samen verder",
        "published_on=2026-03-20",
        "organiser=Netwerk Zuid",
        "series=Kenniscafé",
        "--json",
    )
    assert done.code == 0
    fields = done.json()
    assert fields["headline"] == "Samen verder" and fields["published_on"] == "2026-03-20"
    assert fields["organiser"] == "Netwerk Zuid" and fields["series"] == "Kenniscafé"
    assert cli(*db, "event", "set", "geen-event", "headline=x").code == 1


def test_people_items_and_content_by_name(cli, tmp_path):
    path = tmp_path / "x.kcdesk"
    db = ["--db", str(path)]
    cli("init", str(path))
    slug = cli(
        *db, "event", "new", "Kenniscafé Proef", "date=2026-03-12", "start_time=14:00", "--json"
    ).json()["slug"]
    assert cli(*db, "sector", "rename", "praktijk", "Werkveld").code == 0
    added = cli(
        *db,
        "person",
        "add",
        "Nicole van Dijk",
        "--organisation",
        "Museum Rotterdam",
        "--sector",
        "werkveld",
        "--consent",
        "name,quote",
        "--json",
    )
    assert added.code == 0 and added.json()["sector"] == "practice" and added.json()["consent_quote"]
    again = cli(*db, "person", "add", "Nicole van Dijk", "--organisation", "Museum Rotterdam")
    assert again.code == 1 and "already in the directory" in again.err
    assert cli(*db, "person", "add", "X Y", "--consent", "alles").code == 2
    assert cli(*db, "person", "add", "X Y", "--sector", "sterrenkunde").code == 1
    item = cli(
        *db,
        "programme",
        "add",
        slug,
        "Presentatie",
        "--kind",
        "presentation",
        "--speaker",
        "nicole van dijk",
        "--json",
    )
    assert item.code == 0 and item.json()["number"] == 1
    assert cli(*db, "programme", "add", slug, "X", "--speaker", "Niemand Bekend").code == 1
    code = cli(*db, "register", slug, "Nicole van Dijk", "--json").json()["code"]
    checked = cli(*db, "checkin", code, "--event", slug, "--at", "13:55", "--json").json()
    assert checked["checked_in_at"] == "2026-03-12T12:55:00+00:00"  # 13:55 in Amsterdam, winter time
    assert cli(*db, "checkin", code, "--event", slug, "--at", "kwart voor twee").code == 1
    walk = cli(*db, "walkin", "Jan Jansen", "--event", slug, "--at", "2026-03-12T14:10", "--json").json()
    assert walk["checked_in_at"] == "2026-03-12T13:10:00+00:00"
    note = cli(
        *db,
        "note",
        "add",
        slug,
        "Het ging over ontmoeting.",
        "--heading",
        "Samen",
        "--item",
        "Presentatie",
        "--json",
    ).json()
    assert note["heading"] == "Samen" and note["position"] == 1 and note["item_id"] is not None
    assert cli(*db, "note", "add", slug, "Nog iets.", "--json").json()["position"] == 2
    assert cli(*db, "note", "add", slug, "x", "--item", "9").code == 1
    assert cli(*db, "figure", "add", slug, "15", "gesprekken", "--item", "1").code == 0
    assert cli(*db, "figure", "add", slug, "veel", "gesprekken").code == 1
    assert (
        cli(*db, "quote", "add", slug, "Mooi gezegd.", "--by", "Nicole van Dijk", "--consent", "yes").code
        == 0
    )
    r = cli(*db, "reaction", "add", slug, "Verrassend leuk.", "--by", "Jan Jansen", "--verdict", "verrassend")
    assert r.code == 0 and "did not consent to be quoted" in r.err
    out = tmp_path / "a.md"
    assert cli(*db, "export", "--event", slug, "--template", "article", "-o", str(out)).code == 0
    text = out.read_text(encoding="utf-8")
    assert "## Samen" in text and "Het ging over ontmoeting." in text
    assert "Verrassend leuk" not in text  # a reaction is a quote: no consent to be quoted, not printed
    sectors = cli(*db, "sector", "list", "--json").json()
    assert {"code": "practice", "label_nl": "Werkveld", "label_en": "Practice"} in sectors


def test_export_refuses_a_publication_whose_notes_name_someone_without_consent(cli, tmp_path):
    path = tmp_path / "x.kcdesk"
    db = ["--db", str(path)]
    cli("init", str(path))
    slug = cli(*db, "event", "new", "Kenniscafé Proef", "date=2026-03-12", "--json").json()["slug"]
    cli(*db, "person", "add", "Anna de Vries", "--consent", "quote")
    cli(*db, "register", slug, "Anna de Vries")
    added = cli(*db, "note", "add", slug, "Anna de Vries vertelde over haar buurt.")
    assert added.code == 0 and "names Anna de Vries, who did not consent to be named" in added.err
    out = tmp_path / "a.md"
    refused = cli(*db, "export", "--event", slug, "--template", "article", "-o", str(out))
    assert refused.code == 1 and "Anna de Vries" in refused.err and not out.exists()
    assert (
        cli(*db, "export", "--event", slug, "--template", "participants", "-o", str(tmp_path / "l.csv")).code
        == 0
    )
    anyway = cli(*db, "export", "--event", slug, "--template", "article", "-o", str(out), "--allow-names")
    assert anyway.code == 0 and out.exists()
    assert json.loads(cli(*db, "events", "--json").out)[0]["slug"] == slug


def test_free_attribution_empty_headings_and_quote_consent_default(cli, tmp_path):
    path = tmp_path / "x.kcdesk"
    db = ["--db", str(path)]
    cli("init", str(path))
    slug = cli(*db, "event", "new", "Kenniscafé Proef", "date=2026-03-12", "--json").json()["slug"]
    cli(*db, "programme", "add", slug, "Presentatie")
    cli(*db, "programme", "add", slug, "Gesprek")
    cli(*db, "person", "add", "Piet de Boer", "--consent", "name,quote")
    cli(*db, "person", "add", "Kees Vos")
    assert cli(*db, "quote", "add", slug, "Ja.", "--by", "Piet de Boer", "--json").json()["consent"] == "yes"
    assert cli(*db, "quote", "add", slug, "Nee.", "--by", "Kees Vos", "--json").json()["consent"] == "ask"
    for item, text in (("1", "Eerst dit."), ("2", "Dan dat.")):
        cli(
            *db,
            "quote",
            "add",
            slug,
            text,
            "--name",
            "Anna Smit",
            "--role",
            "beleidsadviseur",
            "--org",
            "Gemeente Breda",
            "--item",
            item,
            "--consent",
            "yes",
        )
    cli(*db, "note", "add", slug, "", "--heading", "Leeg gebleven")
    out = tmp_path / "a.md"
    assert cli(*db, "export", "--event", slug, "--template", "article", "-o", str(out)).code == 0
    text = out.read_text(encoding="utf-8")
    assert "Beleidsadviseur Anna Smit (Gemeente Breda): “Eerst dit.”" in text
    assert "Smit: “Dan dat.”" in text
    assert "Leeg gebleven" not in text  # a heading with nothing under it is left out
    assert "Nee." not in text  # nobody asked Kees yet
