"""Backups through SQLite's online backup API (safe while the app writes) and checked restores."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from ocop_tracker.core import audit, clock
from ocop_tracker.core.db import BUSY_TIMEOUT_MS, open_db, write_transaction
from ocop_tracker.core.errors import UserFacingError
from ocop_tracker.core.models import Actor, Role
from ocop_tracker.core.strings import t

# Who the restore's history row names: no person, the restore itself (kept in Vietnamese,
# like every name the history stores).
SYSTEM_ACTOR = t("backup.system_actor")
RESTORE = Actor(SYSTEM_ACTOR, role=Role.ADMIN)

# A file without these is not a tracker database, whatever else it holds.
EXPECTED_TABLES = frozenset(
    {"_sqlite_migrations", "settings", "events", "agencies", "tasks", "history"})


# Checks of content that SQLite's integrity check cannot judge (e.g. evidence files against
# their SHA-256): each gets the checked copy's connection and returns what is wrong, or None.
# Features add theirs when imported.
CONTENT_CHECKS: list[Callable[[sqlite3.Connection], str | None]] = []


class BackupError(UserFacingError):
    """A backup or restore that cannot be done; the message (a string key) says why."""


def backup(source: str | Path, dest: str | Path, overwrite: bool = False) -> Path:
    """Copy the live database at source into a single self-contained file at dest."""
    dest = Path(dest)
    if dest.exists() and not overwrite:
        raise BackupError("backup.exists", path=dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    partial.unlink(missing_ok=True)
    src = _connect(source)
    out = sqlite3.connect(str(partial))
    try:
        # Page-by-page copy under SQLite's own locking: consistent even mid-burst of writes.
        src.backup(out)
        out.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal beside it
    finally:
        out.close()
        src.close()
    partial.replace(dest)
    return dest


def backup_bytes(source: str | Path) -> bytes:
    """A backup as bytes, for the admin's download button."""
    with tempfile.TemporaryDirectory() as tmp:
        return backup(source, Path(tmp) / "ocop.db").read_bytes()


def check_file(path: str | Path) -> None:
    """Raise BackupError unless path is an intact tracker database (checked on a copy)."""
    path = Path(path)
    if not path.is_file():
        raise BackupError("backup.missing", path=path)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "check.db"
        shutil.copyfile(path, copy)  # never let the check touch (or create -wal for) the original
        _check_copy(copy, path)


def restore(source: str | Path, target: str | Path) -> Path | None:
    """Replace target's contents with a checked backup; returns the safety copy of the old data."""
    check_file(source)
    target = Path(target)
    safety = _safety_copy(target) if target.exists() else None
    if safety is not None and not _usable(target):
        for suffix in ("", "-wal", "-shm"):  # unusable anyway, and kept in the safety copy
            Path(f"{target}{suffix}").unlink(missing_ok=True)
    revision_before = _last_history_id(target) if target.exists() else 0
    src = _connect(source)
    dst = _connect(target)
    try:
        # Written through SQLite into the live file, so open connections see the restored
        # data at their next read instead of a file swapped under them.
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    restored = open_db(target)  # an older backup gets this version's migrations
    try:
        _audit_restore(restored, Path(source), revision_before)
    finally:
        restored.close()
    return safety


def _last_history_id(path: Path) -> int:
    conn = _connect(path)
    try:
        return conn.execute("SELECT coalesce(max(id), 0) FROM history").fetchone()[0]
    finally:
        conn.close()


def _audit_restore(db: Database, source: Path, revision_before: int) -> None:
    # The app's caches are keyed by the highest history id. An older backup would bring
    # back ids already cached with other data, so the restore's own row numbers past both.
    with write_transaction(db):
        last = db.execute("SELECT coalesce(max(id), 0) FROM history").fetchone()[0]
        audit.record(db, RESTORE, "database", 0, "file", None, source.name, action="restore",
                     history_id=max(last, revision_before) + 1)


def database_subjects(db: Database, ids: list[int]) -> dict[int, str]:
    """The database (a restore's history row) named in the feed."""
    return {i: t("history.subject.database") for i in ids}


def _usable(path: Path) -> bool:
    try:
        check_file(path)
    except BackupError:
        return False
    return True


def _check_copy(copy: Path, original: Path) -> None:
    try:
        conn = sqlite3.connect(str(copy))
        try:
            result = conn.execute("PRAGMA integrity_check").fetchall()
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            if result == [("ok",)]:
                result = [(p,) for p in (c(conn) for c in CONTENT_CHECKS) if p][:1] or result
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError("backup.not_sqlite", path=original, error=exc) from exc
    if result != [("ok",)]:
        raise BackupError("backup.corrupt", path=original, error=result[0][0])
    missing = EXPECTED_TABLES - tables
    if missing:
        raise BackupError("backup.foreign", path=original, tables=", ".join(sorted(missing)))


def _safety_copy(target: Path) -> Path:
    stamp = datetime.now(clock.VN_TZ).strftime("%Y%m%d-%H%M%S")
    safety = target.with_name(f"{target.stem}-truoc-khoi-phuc-{stamp}.db")
    try:
        return backup(target, safety)
    except sqlite3.DatabaseError:
        shutil.copyfile(target, safety)  # a broken file is still kept, byte for byte
        return safety


def _connect(path: str | Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn
