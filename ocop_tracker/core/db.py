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


class DatabaseMissingError(DatabaseFileError):
    """No database at the path: only `init` creates one (a mistyped OCOP_DB must not)."""

    def __init__(self, path: str | Path) -> None:
        UserFacingError.__init__(self, "error.db_missing", path=path)


class StorageError(UserFacingError):
    """The file cannot be written: read-only, or the disk is full. Nothing was saved."""


def storage_problem(exc: sqlite3.Error) -> str | None:
    """The message key when SQLite failed because the file cannot be written, else None."""
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        return "error.db_readonly"
    if "disk is full" in text or "disk i/o" in text:
        return "error.disk_full"
    return None


def _storage_error(exc: sqlite3.Error, path: str | Path) -> StorageError | None:
    key = storage_problem(exc)
    return StorageError(key, path=path) if key else None


def db_path() -> Path:
    """The SQLite file named by OCOP_DB, or data/ocop.db."""
    return Path(os.environ.get(DB_ENV) or DEFAULT_DB)


def open_db(path: str | Path | None = None, *, pooled: bool = False,
            create: bool = False) -> Database:
    """Open (and migrate) the database; one connection per unit of work.

    Only `create=True` (init, the fixtures) makes a new file: anywhere else a missing file
    is DatabaseMissingError, so a mistyped OCOP_DB or a deleted file never becomes an empty
    database. `pooled` connections may be handed from thread to thread (never used by two
    at once): see `ConnectionPool`."""
    target = Path(path) if path else db_path()
    if create:
        target.parent.mkdir(parents=True, exist_ok=True)
    elif not target.is_file():
        raise DatabaseMissingError(target)
    # mode=rw: even a file deleted between the check and here is not created.
    uri = target.resolve().as_uri() + ("?mode=rwc" if create else "?mode=rw")
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                               check_same_thread=not pooled)
    except sqlite3.OperationalError as exc:
        raise DatabaseMissingError(target) if not target.exists() else DatabaseFileError(
            target, exc) from exc
    db = Database(conn)
    try:
        _configure(db)
        migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _storage_error(exc, target) or DatabaseFileError(target, exc) from exc
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
    try:
        db.conn.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.conn.rollback()
            raise
        db.conn.commit()
    except sqlite3.OperationalError as exc:
        # A read-only file or a full disk is said in words; the transaction rolled back.
        problem = _storage_error(exc, _file_of(db))
        if problem is None:
            raise
        if db.conn.in_transaction:
            db.conn.rollback()
        raise problem from exc


def _file_of(db: Database) -> str:
    row = db.conn.execute("PRAGMA database_list").fetchone()
    return str(row[2]) if row else ""


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
