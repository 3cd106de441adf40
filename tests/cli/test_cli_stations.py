"""`kcdesk journal sync`: two station databases share check-ins through one folder."""

from __future__ import annotations

import shutil


def test_journal_sync_between_two_databases(cli, demo_file, tmp_path):
    other = tmp_path / "b.kcdesk"
    shutil.copy(demo_file, other)  # the second laptop starts from a copy of the database
    folder = tmp_path / "shared"
    folder.mkdir()
    event = "ontmoeting-in-de-buurt"
    args = ["journal", "sync", "--event", event, "--folder", str(folder)]
    first = cli("--db", str(demo_file), *args, "--station", "Entree", "--json")
    assert first.code == 0, first.err
    assert first.json()["written"] > 0  # what this station had, now in the folder
    assert cli("--db", str(other), *args, "--station", "Zaal 2").code == 0

    walkin = cli("--db", str(other), "walkin", "Priscilla ter Horst", "--event", event, "--station", "Zaal 2")
    assert walkin.code == 0
    pushed = cli("--db", str(other), *args, "--station", "Zaal 2", "--json")
    assert pushed.json()["written"] == 1  # the walk-in (one entry: registered and checked in)
    pulled = cli("--db", str(demo_file), *args, "--station", "Entree", "--json").json()
    assert pulled["added"] == 1 and pulled["walkins"] == 1
    assert [s["station"] for s in pulled["stations"]] == ["Zaal 2"]
    found = cli("--db", str(demo_file), "search", "priscilla", "--event", event, "--json").json()
    assert found and found[0]["checked_in_at"]


def test_journal_sync_refuses_a_missing_folder(cli, demo_file, tmp_path):
    r = cli("--db", str(demo_file), "journal", "sync", "--event", "1", "--folder", str(tmp_path / "nowhere"))
    assert r.code == 1 and r.err.startswith("kcdesk: ") and "nowhere" in r.err
