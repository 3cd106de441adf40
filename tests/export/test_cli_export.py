"""`kcdesk export` and `kcdesk templates`."""

import pypdf


def test_export_article_and_certificates(cli, demo_file, tmp_path):
    out = tmp_path / "artikel.docx"
    r = cli(
        "export",
        "--db",
        str(demo_file),
        "--event",
        "ontmoeting-in-de-buurt",
        "--template",
        "article",
        "-o",
        str(out),
    )
    assert r.code == 0, r.err
    assert "Exported article of ontmoeting-in-de-buurt" in r.out and out.exists()
    pdf = tmp_path / "certificates.pdf"
    r = cli(
        "export",
        "--db",
        str(demo_file),
        "--event",
        "1",
        "--template",
        "certificates",
        "--lang",
        "en",
        "-o",
        str(pdf),
    )
    assert r.code == 0, r.err
    assert len(pypdf.PdfReader(str(pdf)).pages) == 23


def test_export_errors_are_one_line(cli, demo_file, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    cases = [
        (("--event", "1", "--template", "nope", "-o", str(tmp_path / "x.md")), "No template 'nope'"),
        (("--event", "1", "--template", "article", "-o", str(tmp_path / "x.pdf")), "cannot make .pdf files"),
        (
            ("--event", "1", "--template", "article", "-o", str(tmp_path / "x")),
            "Give the output file an extension",
        ),
        (("--event", "nope", "--template", "article", "-o", str(tmp_path / "x.md")), "No event 'nope'"),
        (
            ("--event", "1", "--template", "article", "-o", str(tmp_path / "missing" / "x.md")),
            "does not exist",
        ),
    ]
    for args, message in cases:
        r = cli("export", "--db", str(demo_file), *args)
        assert r.code == 1, (args, r.err)
        assert message in r.err and r.err.count("\n") == 1, r.err
    assert list(tmp_path.iterdir()) == []


def test_bad_language_is_a_usage_error(cli, demo_file, tmp_path):
    r = cli(
        "export",
        "--db",
        str(demo_file),
        "--event",
        "1",
        "--template",
        "article",
        "--lang",
        "de",
        "-o",
        str(tmp_path / "x.md"),
    )
    assert r.code == 2


def test_template_error_in_cli(cli, demo_file, tmp_path, user_templates):
    (user_templates / "broken.md").write_text("ok\n{% for %}\n", encoding="utf-8")
    r = cli(
        "export", "--db", str(demo_file), "--event", "1", "--template", "broken", "-o", str(tmp_path / "b.md")
    )
    assert r.code == 1 and "template broken.md, line 2:" in r.err


def test_templates_lists_builtin_and_user(cli, user_templates):
    (user_templates / "thanks.nl.html").write_text("<p>{{ event.title }}</p>", encoding="utf-8")
    r = cli("templates")
    assert r.code == 0
    lines = r.out.splitlines()
    for name in (
        "article",
        "attendance",
        "signin-sheet",
        "certificates",
        "badges",
        "participants",
        "calendar",
        "newsletter",
        "report",
        "thanks",
    ):
        assert any(line.startswith(name + " ") for line in lines), name
    assert any(line.startswith("article") and "md, html, docx" in line for line in lines)
    assert str(user_templates) in r.out
    data = {t["name"]: t for t in cli("templates", "--json").json()}
    assert data["thanks"]["formats"] == ["html", "pdf"] and data["thanks"]["builtin"] is False
    assert data["certificates"]["formats"] == ["pdf"]
