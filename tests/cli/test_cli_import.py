"""`kcdesk import` frees the database when it ends, not when Python happens to collect it."""

import gc


def test_an_import_frees_the_write_lock_when_it_ends(cli, demo_file, tmp_path):
    csv = tmp_path / "reg.csv"
    csv.write_text(
        "Voornaam;Achternaam;E-mail\nAnna;Bakker;anna@example.org\nBert;;bert@\n", encoding="utf-8"
    )
    db = ["--db", str(demo_file)]
    gc.disable()  # a row's refusal keeps its frames (and so the store) in a cycle only gc breaks
    try:
        first = cli(*db, "import", str(csv), "--event", "leren-van-verschillen", "--json")
        again = cli(*db, "import", str(csv), "--event", "leren-van-verschillen", "--json")
    finally:
        gc.enable()
    assert first.code == 0 and first.json()["imported"] == 1
    assert again.code == 0, again.err
    assert again.json()["unchanged"] == 1
