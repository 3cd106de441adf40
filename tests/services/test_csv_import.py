import datetime as dt

import pytest

from kcdesk.domain.errors import KcdeskError
from kcdesk.domain.models import Event
from kcdesk.services.csv_import import CsvImporter, parse

DUTCH = (
    "Voornaam;Tussenvoegsel;Achternaam;E-mail;Organisatie;Functie;Sector;Nieuwsbrief\r\n"
    "Nicole;van;Dijk;nicole@museum.example.org;Museum Rotterdam;educator;Praktijk;ja\r\n"
    "Josien;;Hofs;josien@bpsw.example.org;BPSW;docent;Onderwijs;nee\r\n"
    'Zoë;;Bakker;zoe@example.org;"Gemeente; afdeling\nWijken";beleid;Beleid;ja\r\n'
    ";;;leeg@example.org;Niemand;;;\r\n"
    "Emre;;Çelik;not-an-email;Buurtteam;;Praktijk;ja\r\n"
)

EVENTBRITE = (
    "Order #,Order Date,First Name,Last Name,Email,Quantity,Ticket Type,Attendee #,Barcode #,"
    "Attendee Status,Company,Job Title\n"
    "1001,2019-09-01,Willem,Beekhuizen,willem@bindt.example.org,1,Gratis,1,123456789012001,Attending,Beekhuizen Bindt,opbouwwerker\n"
    "1002,2019-09-02,Najat,Kaabouni,najat@hr.example.org,1,Gratis,2,123456789012002,Checked In,Hogeschool,docentonderzoeker\n"
    "1003,2019-09-03,Piet,Jansen,piet@example.org,1,Gratis,3,123456789012003,Not Attending,Gemeente,adviseur\n"
)


@pytest.fixture
def event(services):
    return services.events.create(Event("Kenniscafé", dt.date(2019, 10, 10)))


def run(services, event, tmp_path, text, encoding="utf-8", **kw):
    path = tmp_path / "reg.csv"
    path.write_bytes(text.encode(encoding))
    return CsvImporter(services.store).import_file(path, event.id, **kw)


def test_dutch_semicolon_file_with_quoted_newline(services, event, tmp_path):
    result = run(services, event, tmp_path, DUTCH)
    assert (result.imported, result.updated, result.unchanged) == (3, 0, 0)
    assert [(e.line, e.message) for e in result.errors] == [
        (6, "no name"),  # line 4-5 hold one record with a quoted newline
        (7, "invalid email address 'not-an-email'"),
    ]
    rows = {r["family_name"]: r for r in services.registrations.of_event(event.id)}
    assert rows["Dijk"]["particle"] == "van" and rows["Dijk"]["sector"] == "practice"
    # the quoted newline is read as part of the field, and the field is kept on one line
    assert rows["Bakker"]["organisation"] == "Gemeente; afdeling Wijken"
    assert rows["Dijk"]["newsletter"] == 1 and rows["Hofs"]["newsletter"] == 0


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_encodings(services, event, tmp_path, encoding):
    text = "First Name,Last Name,Email,Company\nZoë,Bakker,zoe@example.org,Café Ñ\n"
    result = run(services, event, tmp_path, text, encoding)
    assert result.imported == 1 and not result.errors
    person = services.people.search("zoe")[0]
    assert (person.given_name, person.organisation) == ("Zoë", "Café Ñ")


def test_tab_separated_english_headers(services, event, tmp_path):
    text = "Name\tEmail\tOrganisation\tSector\nNicole van Dijk\tn@example.org\tMuseum\teducation\n"
    result = run(services, event, tmp_path, text)
    assert result.imported == 1
    p = services.people.search("dijk")[0]
    assert (p.given_name, p.particle, p.family_name, p.sector) == ("Nicole", "van", "Dijk", "education")


def test_reimport_changes_nothing(services, event, tmp_path):
    run(services, event, tmp_path, DUTCH)
    snapshot = services.registrations.of_event(event.id)
    people = services.store.people.count()
    again = run(services, event, tmp_path, DUTCH)
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 3)
    assert len(again.errors) == 2
    assert services.registrations.of_event(event.id) == snapshot
    assert services.store.people.count() == people


def test_reimport_with_a_change_counts_updated(services, event, tmp_path):
    run(services, event, tmp_path, DUTCH)
    changed = run(services, event, tmp_path, DUTCH.replace("educator", "conservator"))
    assert (changed.imported, changed.updated, changed.unchanged) == (0, 1, 2)


def test_people_matched_by_name_and_organisation_without_email(services, event, tmp_path):
    text = "Voornaam,Achternaam,Organisatie\nJosien,Hofs,BPSW\n"
    run(services, event, tmp_path, text)
    again = run(services, event, tmp_path, "Voornaam,Achternaam,Organisatie\njosien,HOFS,bpsw\n")
    # the same person (no duplicate); the new spelling is taken over
    assert again.updated == 1 and services.store.people.count() == 1
    assert len(services.registrations.of_event(event.id)) == 1


def test_dry_run_writes_nothing(services, event, tmp_path):
    result = run(services, event, tmp_path, DUTCH, dry_run=True)
    assert result.imported == 3 and len(result.errors) == 2
    assert services.store.people.count() == 0
    assert services.registrations.of_event(event.id) == []


def test_eventbrite_attendee_report(services, event, tmp_path):
    result = run(services, event, tmp_path, EVENTBRITE)
    assert result.imported == 3 and not result.errors
    regs = {r["family_name"]: r for r in services.registrations.of_event(event.id)}
    assert regs["Beekhuizen"]["code"] == "123456789012001"
    assert regs["Beekhuizen"]["status"] == "registered"
    assert regs["Kaabouni"]["checked_in_at"] is not None and regs["Kaabouni"]["status"] == "attended"
    assert regs["Jansen"]["status"] == "cancelled"
    assert regs["Beekhuizen"]["organisation"] == "Beekhuizen Bindt"
    # the scanner types the barcode: it checks in
    assert services.checkin.check_in(event.id, "123456789012001").name == "Willem Beekhuizen"
    assert run(services, event, tmp_path, EVENTBRITE).unchanged == 3


def test_row_with_too_many_fields_is_reported(services, event, tmp_path):
    text = "Voornaam,Achternaam\nAnna,Bakker\nPiet,Jansen,extra,velden\n"
    result = run(services, event, tmp_path, text)
    assert result.imported == 1
    assert result.errors[0].line == 3 and "fields" in result.errors[0].message


def test_duplicate_code_is_reported(services, event, tmp_path):
    text = "Voornaam,Achternaam,Code\nAnna,Bakker,ABC123\nPiet,Jansen,ABC123\n"
    result = run(services, event, tmp_path, text)
    assert result.imported == 1 and "already used" in result.errors[0].message


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty"),
        (b"\n\n", "empty"),
        (b"foo,bar\n1,2\n", "no name column"),
        (b"\x00\x01\x02", "no name column"),
    ],
)
def test_unusable_files_are_refused_clearly(data, message):
    with pytest.raises(KcdeskError, match=message):
        parse(data, "x.csv")


def test_missing_file(services, event, tmp_path):
    with pytest.raises(KcdeskError, match="No such file"):
        CsvImporter(services.store).import_file(tmp_path / "nope.csv", event.id)


def test_progress_is_reported(services, event, tmp_path):
    rows = "".join(f"Person{i},Achter{i},p{i}@example.org\n" for i in range(450))
    seen = []
    path = tmp_path / "many.csv"
    path.write_text("Voornaam,Achternaam,Email\n" + rows)
    CsvImporter(services.store).import_file(path, event.id, progress=lambda n, t: seen.append((n, t)))
    assert seen[-1] == (450, 450) and len(seen) >= 3


def test_a_code_clash_draws_another_code(services, event):
    from kcdesk.domain.models import Person, Registration

    a = services.people.create(Person("Anna", "Bakker"))
    b = services.people.create(Person("Bert", "Jansen"))
    taken = services.registrations.register(event.id, a.id).code
    codes = iter([taken, "NEW123"])
    reg = Registration(event_id=event.id, person_id=b.id)
    with services.store.write():
        services.store.registrations.insert_with_code(reg, lambda: next(codes))
    assert reg.code == "NEW123" and services.registrations.by_code(event.id, "NEW123").person_id == b.id


def test_two_columns_mapped_to_one_field_keep_the_filled_in_value(services, event):
    text = (
        "Voornaam,Achternaam,E-mail,E-mail werk\r\n"
        "Anna,Smit,anna@example.org,\r\n"
        "Bram,Visser,,bram@werk.example.org\r\n"
        "Cor,Bos,cor@example.org,cor@werk.example.org\r\n"
    )
    parsed = parse(text.encode(), "two.csv")
    parsed.mapping = {0: "given_name", 1: "family_name", 2: "email", 3: "email"}
    result = CsvImporter(services.store).import_parsed(parsed, event.id)
    assert result.imported == 3 and not result.errors
    emails = {p.given_name: p.email for p in services.store.people.many(range(1, 10)).values()}
    assert emails == {"Anna": "anna@example.org", "Bram": "bram@werk.example.org", "Cor": "cor@example.org"}


def test_csv_odd_files_bom_semicolons_crlf_nul_and_a_huge_field(services, event, tmp_path):
    bom = "\ufeffVoornaam;Achternaam;E-mail\r\nZoë;van 't Hoff;zoe@example.org\r\n".encode()
    (tmp_path / "bom.csv").write_bytes(bom)
    assert CsvImporter(services.store).import_file(tmp_path / "bom.csv", event.id).imported == 1
    (tmp_path / "nul.csv").write_bytes(b"Voornaam,Achternaam\nJa\x00n,Nul\n")
    CsvImporter(services.store).import_file(tmp_path / "nul.csv", event.id)
    from tests.dbdump import dump

    people = dump(services.store, ("people",))["people"]
    assert len(people) == 2 and "\x00" not in repr(people)
    (tmp_path / "big.csv").write_text(
        "Voornaam,Achternaam,Opmerking\nJan,Groot," + "x" * 5_000_000 + "\nKlein,Piet,kort\n"
    )
    big = CsvImporter(services.store).import_file(tmp_path / "big.csv", event.id)
    assert big.imported == 1  # only the row with the huge field is refused
    assert [(e.line, e.message) for e in big.errors] == [
        (2, "a field of 5000000 characters is longer than kcdesk reads (10000)")
    ]
    (tmp_path / "header.csv").write_text("Voornaam,Achternaam\n")
    assert CsvImporter(services.store).import_file(tmp_path / "header.csv", event.id).imported == 0


# -- issue 11, case 4: one reading of a code ------------------------------------------------


def test_codes_are_read_as_the_door_reads_them_and_collisions_reported(services, event, tmp_path):
    from kcdesk.services.checkin import CheckinService

    text = (
        "Voornaam,Achternaam,E-mail,Code\n"
        "Anna,Eerst,anna@example.org,ABC123\n"
        "Bert,Tweede,bert@example.org,abc-123\n"
        "Cor,Derde,cor@example.org,xyz 789\n"
    )
    result = run(services, event, tmp_path, text)
    assert result.imported == 2
    assert [(e.line, e.message) for e in result.errors] == [
        (3, "the code abc-123 reads as ABC123, which is already used by another registration")
    ]
    codes = {r["family_name"]: r["code"] for r in services.registrations.of_event(event.id)}
    assert codes == {"Eerst": "ABC123", "Derde": "XYZ789"}
    door = CheckinService(services.store, station="door")
    assert door.check_in(event.id, "xyz-789").code == "XYZ789"  # stored as the door reads it
    assert door.check_in(event.id, "abc-123").code == "ABC123"


# -- issue 11, case 5: every row accounted for ----------------------------------------------


def _lines(result):
    return [(e.line, e.message) for e in result.errors]


def test_an_unclosed_quote_is_reported_and_the_other_rows_kept(services, event, tmp_path):
    text = (
        "Voornaam,Achternaam,E-mail,Organisatie\n"
        "Anna,Eerst,anna@example.org,ROC\n"
        'Bert,"de Vries,bert@example.org,ROC\n'
        "Cor,Derde,cor@example.org,Gemeente\n"
        "Dirk,Vierde,dirk@example.org,Buurtteam\n"
    )
    result = run(services, event, tmp_path, text)
    assert result.imported == 1
    assert _lines(result) == [
        (
            3,
            "a quote opened on line 3 is not closed on that line; lines 3-5 were read as one row and "
            "not imported (close the quote and import again)",
        )
    ]
    names = [r["family_name"] for r in services.registrations.of_event(event.id)]
    assert names == ["Eerst"]  # nobody is called "de Vries,bert@example.org,ROC Cor,Derde..."


def test_a_quote_that_swallows_rows_mid_file(services, event, tmp_path):
    text = (
        "Voornaam;Achternaam;E-mail;Organisatie\n"
        'Bert;"de Vries;bert@example.org;ROC\n'
        "Cor;Derde;cor@example.org;Gemeente\n"
        'Dirk;"Vierde";dirk@example.org;Buurtteam\n'
        "Els;Vijfde;els@example.org;Wijkteam\n"
    )
    result = run(services, event, tmp_path, text)
    assert result.imported == 1 and [line for line, _ in _lines(result)] == [2]
    assert "lines 2-4" in result.errors[0].message


def test_a_row_in_another_separator_is_reported(services, event, tmp_path):
    text = (
        "Voornaam;Achternaam;E-mail;Organisatie\n"
        "Anna;Eerst;anna@example.org;ROC\n"
        "Bert,de Vries,bert@example.org,ROC\n"
    )
    result = run(services, event, tmp_path, text)
    assert result.imported == 1
    assert _lines(result) == [(3, "the row is separated by ',' while the file uses ';'")]


def test_different_people_on_one_address_are_not_merged(services, event, tmp_path):
    text = (
        "Voornaam,Achternaam,E-mail\n"
        "Jan,Jansen,info@buurthuis.example.org\n"
        "Piet,Pietersen,info@buurthuis.example.org\n"
        "Klaas,Klaassen,info@buurthuis.example.org\n"
        "Jan,Jansen,info@buurthuis.example.org\n"  # the same Jan again
    )
    for again in (False, True):
        result = run(services, event, tmp_path, text)
        assert (result.imported, result.updated, result.unchanged) == ((0, 0, 2) if again else (1, 0, 1))
        assert [line for line, _ in _lines(result)] == [3, 4]
        assert result.errors[0].message == (
            "the email address info@buurthuis.example.org already belongs to Jan Jansen; "
            "different people are not merged (give each their own address)"
        )
    assert len(services.registrations.of_event(event.id)) == 1


def test_one_invalid_byte_does_not_garble_a_utf8_file(services, event, tmp_path):
    data = (
        "Voornaam,Achternaam,E-mail\nZoë,Bakker,zoe@example.org\n".encode()
        + b"Kap\xffot,Byte,kapot@example.org\n"
        + "Renée,Çelik,renee@example.org\n".encode()
    )
    path = tmp_path / "reg.csv"
    path.write_bytes(data)
    result = CsvImporter(services.store).import_file(path, event.id)
    assert result.imported == 2
    assert _lines(result) == [
        (3, "the row holds bytes that are not valid UTF-8 (save the file as UTF-8 and import again)")
    ]
    names = sorted(r["given_name"] for r in services.registrations.of_event(event.id))
    assert names == ["Renée", "Zoë"]  # not "ZoÃ«": the file stays UTF-8


@pytest.mark.parametrize(
    "email",
    [
        "<script>@x.nl",
        "a" * 300 + "@example.org",
        "piet\u202e@example.org",
        "jan@localhost",
        "a b@x.nl",
        "x@y_z.nl",
    ],
)
def test_the_address_check_is_rfc_5321_sane(services, event, tmp_path, email):
    result = run(services, event, tmp_path, f"Voornaam,Achternaam,E-mail\nPiet,Jansen,{email}\n")
    assert result.imported == 0 and _lines(result) == [(2, f"invalid email address '{email}'")]


def test_excel_separator_line_and_blank_lines_before_the_header(services, event, tmp_path):
    text = "sep=;\r\n\r\n\r\nVoornaam;Achternaam;E-mail\r\nAnna;Eerst;anna@example.org\r\nBert;Tweede;\r\n"
    result = run(services, event, tmp_path, text)
    assert result.imported == 2 and not result.errors
    text = "\n\n\nVoornaam,Achternaam,E-mail\nAnna,Eerst,anna@example.org\nBad,Mail,nope\n"
    result = run(services, event, tmp_path, text)
    assert result.unchanged == 1 and _lines(result) == [(6, "invalid email address 'nope'")]
