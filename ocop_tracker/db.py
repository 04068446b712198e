"""The schema in one place, its numbered migrations, and how connections are opened."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

DB_ENV = "OCOP_DB"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = PROJECT_ROOT / "data" / "ocop.db"
BUSY_TIMEOUT_MS = 10_000

migrations = Migrations("ocop_tracker")


class DatabaseFileError(RuntimeError):
    """The database file is not a SQLite database we can use."""


def db_path() -> Path:
    """The SQLite file named by OCOP_DB, or data/ocop.db."""
    return Path(os.environ.get(DB_ENV) or DEFAULT_DB)


def open_db(path: str | Path | None = None) -> Database:
    """Open (and migrate) the database; one connection per unit of work."""
    target = Path(path) if path else db_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(target), timeout=BUSY_TIMEOUT_MS / 1000)
    db = Database(conn)
    try:
        _configure(db)
        migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DatabaseFileError(
            f"Tệp {target} không phải cơ sở dữ liệu SQLite hợp lệ hoặc đã hỏng ({exc})."
        ) from exc
    return db


def _configure(db: Database) -> None:
    # WAL lets readers go on while one unit writes; the busy timeout makes a writer
    # wait for the lock instead of failing with "database is locked".
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """BEGIN IMMEDIATE ... COMMIT: take the write lock before reading what we change."""
    # A deferred BEGIN that reads and then writes can fail with "database is locked"
    # even with a busy timeout; IMMEDIATE queues for the lock up front.
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.commit()


SCHEMA_0001 = """
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    organiser TEXT NOT NULL,
    venue TEXT NOT NULL,
    event_date TEXT NOT NULL,          -- ISO date, Vietnam calendar
    starts_at TEXT NOT NULL,           -- ISO date-time +07:00: first session
    attendees_expected INTEGER NOT NULL DEFAULT 0 CHECK (attendees_expected >= 0),
    archived INTEGER NOT NULL DEFAULT 0,
    source_file TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE TABLE agencies (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    short_name TEXT NOT NULL,
    level TEXT NOT NULL DEFAULT 'huyen'  -- huyen | thanh_pho | xa
);
CREATE TABLE event_agencies (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    agency_id INTEGER NOT NULL REFERENCES agencies(id),
    role TEXT NOT NULL,                -- to_chuc | thuc_hien | phan_cong | khach_moi
    PRIMARY KEY (event_id, agency_id, role)
);
CREATE TABLE communes (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,                -- xã | thị trấn
    position INTEGER NOT NULL
);
CREATE TABLE tasks (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    code TEXT NOT NULL,                -- stable key within the event, e.g. III.2-05
    section TEXT NOT NULL,
    title TEXT NOT NULL,
    source_text TEXT NOT NULL DEFAULT '',
    lead_agency_id INTEGER NOT NULL REFERENCES agencies(id),
    due_at TEXT NOT NULL,              -- ISO date-time +07:00
    recurrence TEXT,                   -- e.g. weekly:6,7 (ISO weekdays), NULL = one-off
    status TEXT NOT NULL DEFAULT 'chua_bat_dau'
        CHECK (status IN ('chua_bat_dau', 'dang_thuc_hien', 'hoan_thanh', 'vuong_mac')),
    note TEXT NOT NULL DEFAULT '',
    completed_at TEXT,
    updated_at TEXT,
    updated_by TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL,
    UNIQUE (event_id, code)
);
CREATE INDEX tasks_event_lead ON tasks(event_id, lead_agency_id);
CREATE INDEX tasks_event_due ON tasks(event_id, due_at);
CREATE TABLE task_supporters (
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    agency_id INTEGER NOT NULL REFERENCES agencies(id),
    PRIMARY KEY (task_id, agency_id)
);
CREATE INDEX task_supporters_agency ON task_supporters(agency_id);
CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,                  -- ISO date-time +07:00
    actor TEXT NOT NULL,
    actor_agency_id INTEGER,
    event_id INTEGER,
    entity TEXT NOT NULL,              -- task | booth | ...
    entity_id INTEGER NOT NULL,
    action TEXT NOT NULL,
    field TEXT NOT NULL,
    before TEXT,
    after TEXT
);
CREATE INDEX history_entity ON history(entity, entity_id);
CREATE INDEX history_event_at ON history(event_id, at);
"""


@migrations(name="0001_foundation")
def m0001_foundation(db: Database) -> None:
    """Events, units, communes, tasks, history."""
    for statement in _statements(SCHEMA_0001):
        db.execute(statement)


def _statements(script: str) -> list[str]:
    """Split a schema script into statements (db.execute runs one at a time)."""
    return [s.strip() for s in script.split(";") if s.strip()]


def get_setting(db: Database, key: str) -> str | None:
    """A value from the settings table, or None."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def set_setting(db: Database, key: str, value: str) -> None:
    """Set a value in the settings table (inside the caller's transaction)."""
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


SCHEMA_0004 = """
CREATE TABLE delegate_groups (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    per_unit INTEGER,                  -- "10 người/đơn vị" (II.3.1), NULL when the plan says nothing
    note TEXT NOT NULL DEFAULT '',
    quota INTEGER CHECK (quota IS NULL OR quota >= 0),  -- NULL = not set by the organisers yet
    updated_at TEXT,
    updated_by TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (event_id, name)
);
CREATE TABLE invitees (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    group_id INTEGER NOT NULL REFERENCES delegate_groups(id),
    name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',    -- digits only, 0xxxxxxxxx
    person_key TEXT NOT NULL,          -- normalised name + unit: what makes two rows one person
    search_key TEXT NOT NULL,          -- name + unit without diacritics, for the check-in search
    status TEXT NOT NULL DEFAULT 'chua_gui'
        CHECK (status IN ('chua_gui', 'da_gui', 'da_xac_nhan', 'tu_choi')),
    channel TEXT CHECK (channel IS NULL OR channel IN ('giay_moi', 'dien_thoai', 'zalo', 'email')),
    sent_at TEXT,
    walk_in INTEGER NOT NULL DEFAULT 0,
    arrived_at TEXT,
    arrived_by TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT,
    updated_by TEXT,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX invitees_person ON invitees(event_id, person_key);
CREATE UNIQUE INDEX invitees_phone ON invitees(event_id, phone) WHERE phone <> '';
CREATE INDEX invitees_group ON invitees(group_id);
CREATE TABLE delegate_counts (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    group_id INTEGER NOT NULL REFERENCES delegate_groups(id),
    label TEXT NOT NULL,               -- e.g. "Đoàn viên Đoàn Thanh niên huyện"
    invited INTEGER NOT NULL DEFAULT 0 CHECK (invited >= 0),
    confirmed INTEGER NOT NULL DEFAULT 0 CHECK (confirmed >= 0),
    arrived INTEGER NOT NULL DEFAULT 0 CHECK (arrived >= 0),
    updated_at TEXT,
    updated_by TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (group_id, label)
);
"""


@migrations(name="0004_delegates")
def m0004_delegates(db: Database) -> None:
    """Delegate groups with quotas, named invitees, and groups counted without names."""
    for statement in _statements(SCHEMA_0004):
        db.execute(statement)
