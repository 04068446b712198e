"""How connections are opened and configured (the schema is in core/migrations.py)."""

from __future__ import annotations

import os
import queue
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from ocop_tracker.core.errors import UserFacingError
from ocop_tracker.core.migrations import migrations

DB_ENV = "OCOP_DB"
PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DB = PROJECT_ROOT / "data" / "ocop.db"
BUSY_TIMEOUT_MS = 10_000



class DatabaseFileError(UserFacingError):
    """The database file is not a SQLite database we can use."""

    def __init__(self, path: str | Path, error: object) -> None:
        super().__init__("error.db_file", path=path, error=error)


def db_path() -> Path:
    """The SQLite file named by OCOP_DB, or data/ocop.db."""
    return Path(os.environ.get(DB_ENV) or DEFAULT_DB)


def open_db(path: str | Path | None = None, *, pooled: bool = False) -> Database:
    """Open (and migrate) the database; one connection per unit of work.

    `pooled` connections may be handed from thread to thread (never used by two at once):
    see `ConnectionPool`."""
    target = Path(path) if path else db_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(target), timeout=BUSY_TIMEOUT_MS / 1000,
                           check_same_thread=not pooled)
    db = Database(conn)
    try:
        _configure(db)
        migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DatabaseFileError(target, exc) from exc
    return db


def _configure(db: Database) -> None:
    # WAL lets readers go on while one unit writes; the busy timeout makes a writer
    # wait for the lock instead of failing with "database is locked".
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA journal_mode = WAL")
    # FULL: a commit reported as saved survives a power cut too, not only a crash.
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA foreign_keys = ON")


class ConnectionPool:
    """Open, configured, migrated connections to one database file, reused unit after unit.

    Opening costs more than most reads (about 1.8 ms: PRAGMAs and the migration check), and
    a page rerun does several units of work. Each unit borrows a connection for its own
    thread alone and gives it back; the pool never holds more than were in use at once."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._idle: queue.SimpleQueue[tuple[tuple[int, int] | None, Database]] = (
            queue.SimpleQueue())

    @contextmanager
    def connection(self) -> Iterator[Database]:
        """A connection for one unit of work; a failed unit's connection is closed, not kept."""
        identity, db = self._borrow()
        try:
            yield db
        except BaseException:
            db.close()
            raise
        if db.conn.in_transaction:  # never hand an open transaction to the next unit
            db.conn.rollback()
        self._idle.put((identity, db))

    def _borrow(self) -> tuple[tuple[int, int] | None, Database]:
        current = _file_identity(self.path)
        while True:
            try:
                identity, db = self._idle.get_nowait()
            except queue.Empty:
                db = open_db(self.path, pooled=True)
                return _file_identity(self.path), db
            if identity == current:
                return identity, db
            # The file was deleted or swapped for another (not written through SQLite):
            # its old connections would read the old file.
            db.close()


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return (stat.st_dev, stat.st_ino)


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
