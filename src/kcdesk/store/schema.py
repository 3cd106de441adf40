"""The schema, as ordered migrations.

``PRAGMA user_version`` holds ``major << 16 | minor``. A minor step only adds
(tables, columns, indexes) so an older kcdesk can still use the file; a major
step changes what is there, and an older kcdesk refuses the file.
Each migration runs in one transaction together with the version bump.
"""

from __future__ import annotations

from collections.abc import Callable

from kcdesk.store.sqlite import Database

#: Identifies a kcdesk database file ("KCDS").
APPLICATION_ID = 0x4B434453

SCHEMA_V1 = """
CREATE TABLE organiser (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    newsletter_line TEXT NOT NULL DEFAULT '',
    privacy_line TEXT NOT NULL DEFAULT ''
);
CREATE TABLE sectors (
    code TEXT PRIMARY KEY,
    label_nl TEXT NOT NULL,
    label_en TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE series (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    season TEXT NOT NULL DEFAULT '',
    organiser_id INTEGER REFERENCES organiser(id) ON DELETE SET NULL
);
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    theme TEXT NOT NULL DEFAULT '',
    tagline TEXT NOT NULL DEFAULT '',
    date TEXT,
    start_time TEXT,
    end_time TEXT,
    venue_name TEXT NOT NULL DEFAULT '',
    venue_room TEXT NOT NULL DEFAULT '',
    venue_address TEXT NOT NULL DEFAULT '',
    capacity INTEGER CHECK (capacity IS NULL OR capacity >= 0),
    status TEXT NOT NULL DEFAULT 'draft',
    description TEXT NOT NULL DEFAULT '',
    series_id INTEGER REFERENCES series(id) ON DELETE SET NULL,
    edition INTEGER,
    next_event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_series ON events(series_id);

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    given_name TEXT NOT NULL DEFAULT '',
    particle TEXT NOT NULL DEFAULT '',
    family_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    job_title TEXT NOT NULL DEFAULT '',
    sector TEXT NOT NULL DEFAULT '',
    newsletter INTEGER NOT NULL DEFAULT 0,
    consent_photo INTEGER NOT NULL DEFAULT 0,
    consent_quote INTEGER NOT NULL DEFAULT 0,
    consent_name INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    erased INTEGER NOT NULL DEFAULT 0,
    sort_key TEXT NOT NULL DEFAULT '',
    match_key TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX people_email ON people(lower(email)) WHERE email != '';
CREATE INDEX people_sort ON people(sort_key);
CREATE INDEX people_match ON people(match_key);

CREATE VIRTUAL TABLE people_fts USING fts5(
    search_text, content='people', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER people_ai AFTER INSERT ON people BEGIN
    INSERT INTO people_fts(rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER people_ad AFTER DELETE ON people BEGIN
    INSERT INTO people_fts(people_fts, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER people_au AFTER UPDATE OF search_text ON people BEGIN
    INSERT INTO people_fts(people_fts, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
    INSERT INTO people_fts(rowid, search_text) VALUES (new.id, new.search_text);
END;

CREATE TABLE programme_items (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL DEFAULT 'other',
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    duration_min INTEGER NOT NULL DEFAULT 30 CHECK (duration_min >= 0),
    tables INTEGER
);
CREATE INDEX programme_items_event ON programme_items(event_id, position);

CREATE TABLE programme_people (
    item_id INTEGER NOT NULL REFERENCES programme_items(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    part TEXT NOT NULL DEFAULT 'speaker',
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (item_id, person_id, part)
);
CREATE INDEX programme_people_person ON programme_people(person_id);

CREATE TABLE registrations (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    code TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL DEFAULT 'registered',
    source TEXT NOT NULL DEFAULT 'manual',
    registered_at TEXT NOT NULL,
    checked_in_at TEXT,
    station TEXT NOT NULL DEFAULT '',
    booker_id INTEGER REFERENCES registrations(id) ON DELETE SET NULL,
    UNIQUE (event_id, person_id)
);
CREATE INDEX registrations_person ON registrations(person_id, event_id);
CREATE INDEX registrations_event_status ON registrations(event_id, status);

CREATE TABLE table_assignments (
    item_id INTEGER NOT NULL REFERENCES programme_items(id) ON DELETE CASCADE,
    registration_id INTEGER NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
    table_no INTEGER NOT NULL CHECK (table_no >= 1),
    is_host INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (item_id, registration_id)
);
CREATE INDEX table_assignments_table ON table_assignments(item_id, table_no);

CREATE TABLE checkin_journal (
    uid TEXT PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    action TEXT NOT NULL,
    station TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    undoes TEXT,
    payload TEXT
);
CREATE INDEX checkin_journal_code ON checkin_journal(event_id, code);

CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    item_id INTEGER REFERENCES programme_items(id) ON DELETE CASCADE,
    author TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX notes_event ON notes(event_id);

CREATE TABLE key_figures (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    value REAL NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX key_figures_event ON key_figures(event_id);

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    item_id INTEGER REFERENCES programme_items(id) ON DELETE SET NULL,
    person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    attribution_name TEXT NOT NULL DEFAULT '',
    attribution_role TEXT NOT NULL DEFAULT '',
    attribution_org TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    consent TEXT NOT NULL DEFAULT 'ask',
    created_at TEXT NOT NULL
);
CREATE INDEX quotes_event ON quotes(event_id);
CREATE INDEX quotes_person ON quotes(person_id);

CREATE TABLE reactions (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    text TEXT NOT NULL,
    rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    created_at TEXT NOT NULL
);
CREATE INDEX reactions_event ON reactions(event_id);
CREATE INDEX reactions_person ON reactions(person_id);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


def _v1(db: Database) -> None:
    for statement in _statements(SCHEMA_V1):
        db.execute(statement)
    from kcdesk.domain.enums import DEFAULT_SECTORS

    for position, (code, (nl, en)) in enumerate(DEFAULT_SECTORS.items()):
        db.execute(
            "INSERT INTO sectors(code, label_nl, label_en, position) VALUES (?, ?, ?, ?)",
            [code, nl, en, position],
        )


def _statements(script: str) -> list[str]:
    """Split a DDL script into statements (triggers keep their inner ';')."""
    out: list[str] = []
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if buf.strip().endswith(";") and __import__("sqlite3").complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out


def _v1_1(db: Database) -> None:
    """Indexes for the foreign keys that deletes follow.

    Without them, deleting a registration (undoing an import, deleting an
    event) scanned every registration for companions and every seat.
    """
    db.execute("CREATE INDEX IF NOT EXISTS registrations_booker ON registrations(booker_id)")
    db.execute(
        "CREATE INDEX IF NOT EXISTS table_assignments_registration ON table_assignments(registration_id)"
    )


SCHEMA_V1_2 = """
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    event_id INTEGER REFERENCES events(id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES people(id) ON DELETE CASCADE,
    code TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    lang TEXT NOT NULL DEFAULT 'nl',
    to_addr TEXT NOT NULL,
    to_name TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL DEFAULT '',
    attachments TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_reply TEXT NOT NULL DEFAULT '',
    message_id TEXT NOT NULL UNIQUE,
    next_attempt_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    sent_at TEXT
);
CREATE INDEX outbox_status ON outbox(status, id);
CREATE INDEX outbox_person ON outbox(person_id);
CREATE INDEX outbox_event_kind ON outbox(event_id, kind, person_id);

CREATE TABLE waitlist_offers (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    registration_id INTEGER NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
    offered_at TEXT NOT NULL,
    reply_by TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open',
    answered_at TEXT
);
CREATE INDEX waitlist_offers_event ON waitlist_offers(event_id, status);
CREATE UNIQUE INDEX waitlist_offers_once ON waitlist_offers(registration_id);

CREATE TABLE mail_language (
    person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
    lang TEXT NOT NULL
);
"""


def _v1_2(db: Database) -> None:
    """Mail to participants: the outbox, waitlist offers, each person's mail language."""
    for statement in _statements(SCHEMA_V1_2):
        db.execute(statement)


def _v1_3(db: Database) -> None:
    """Professional registers: people's register numbers and events' accreditations."""
    db.execute(
        """CREATE TABLE register_memberships (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            register TEXT NOT NULL,
            number TEXT NOT NULL,
            consent INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (person_id, register)
        )"""
    )
    db.execute("CREATE INDEX register_memberships_register ON register_memberships(register, person_id)")
    db.execute(
        """CREATE TABLE accreditations (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            register TEXT NOT NULL,
            activity_id TEXT NOT NULL DEFAULT '',
            points REAL NOT NULL DEFAULT 0 CHECK (points >= 0),
            hours REAL NOT NULL DEFAULT 0 CHECK (hours >= 0),
            status TEXT NOT NULL DEFAULT 'applied',
            UNIQUE (event_id, register)
        )"""
    )


#: Columns added in 1.4 (issue 14, the article a writer would send): the writer's texts, in
#: Dutch and optionally English, and the order and headings of notes.
COLUMNS_V1_4: dict[str, list[tuple[str, str]]] = {
    "organiser": [
        ("description", "TEXT NOT NULL DEFAULT ''"),
        ("description_en", "TEXT NOT NULL DEFAULT ''"),
        ("newsletter_line_en", "TEXT NOT NULL DEFAULT ''"),
        ("privacy_line_en", "TEXT NOT NULL DEFAULT ''"),
    ],
    "events": [
        ("headline", "TEXT NOT NULL DEFAULT ''"),
        ("headline_en", "TEXT NOT NULL DEFAULT ''"),
        ("edition_phrase", "TEXT NOT NULL DEFAULT ''"),
        ("edition_phrase_en", "TEXT NOT NULL DEFAULT ''"),
        ("title_en", "TEXT NOT NULL DEFAULT ''"),
        ("theme_en", "TEXT NOT NULL DEFAULT ''"),
        ("description_en", "TEXT NOT NULL DEFAULT ''"),
        ("published_on", "TEXT"),
    ],
    "programme_items": [
        ("title_en", "TEXT NOT NULL DEFAULT ''"),
        ("description_en", "TEXT NOT NULL DEFAULT ''"),
    ],
    "notes": [
        ("heading", "TEXT NOT NULL DEFAULT ''"),
        ("heading_en", "TEXT NOT NULL DEFAULT ''"),
        ("body_en", "TEXT NOT NULL DEFAULT ''"),
        ("position", "INTEGER NOT NULL DEFAULT 0"),
    ],
    "key_figures": [
        ("item_id", "INTEGER REFERENCES programme_items(id) ON DELETE SET NULL"),
        ("label_en", "TEXT NOT NULL DEFAULT ''"),
    ],
    "quotes": [("translation", "TEXT NOT NULL DEFAULT ''")],
    "reactions": [
        ("verdict", "TEXT NOT NULL DEFAULT ''"),
        ("verdict_en", "TEXT NOT NULL DEFAULT ''"),
        ("translation", "TEXT NOT NULL DEFAULT ''"),
    ],
}


def _v1_4(db: Database) -> None:
    """The article's own data: headline, edition phrase, publication date, English versions,
    note headings and order, figures tied to a programme item, a reaction's verdict."""
    for table, columns in COLUMNS_V1_4.items():
        have = {c.name for c in db.table(table).columns}
        for name, decl in columns:
            if name not in have:
                db.execute(f"ALTER TABLE {table} ADD COLUMN {name} {decl}")
    db.execute("CREATE INDEX IF NOT EXISTS key_figures_item ON key_figures(item_id)")


def _v1_9(db: Database) -> None:
    """The directory's name order over listed people only (erased stubs left out).

    The people directory reads its keys (ids in name order) from this index alone, without
    visiting 100k rows to skip the erased ones; counting the listed people reads it too.
    """
    db.execute("CREATE INDEX IF NOT EXISTS people_listed ON people(sort_key) WHERE erased = 0")


def _v1_6(db: Database) -> None:
    """When an event was first shared (its file or a station's journal exported, or it came from
    a file): from then on its slug stays, since other stations and files know it by that slug."""
    db.execute("ALTER TABLE events ADD COLUMN shared_at TEXT")


#: (version, migration) in order; version is ``major << 16 | minor``.
MIGRATIONS: list[tuple[int, Callable[[Database], None]]] = [
    (1 << 16 | 0, _v1),
    (1 << 16 | 1, _v1_1),
    (1 << 16 | 2, _v1_2),
    (1 << 16 | 3, _v1_3),
    (1 << 16 | 4, _v1_4),
    (1 << 16 | 6, _v1_6),
    (1 << 16 | 9, _v1_9),
]

CURRENT_VERSION = MIGRATIONS[-1][0]


def major(version: int) -> int:
    return version >> 16


def version_str(version: int) -> str:
    return f"{version >> 16}.{version & 0xFFFF}"
