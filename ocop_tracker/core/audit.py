"""The one write path: read a row under the write lock, refuse a stale screen, update it with
a new version and record the change in the history; then the feed and undo over that history.

Every feature writes through here: `current` (read and version-check), `update_versioned`,
`record` (the only place a history row is written) and `register_undo` for its entities.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sqlite_utils import Database

from ocop_tracker.core import clock, fmt, permissions
from ocop_tracker.core.db import write_transaction
from ocop_tracker.core.errors import (
    AccountGoneError,
    NotFoundError,
    PermissionDeniedError,
    StaleEditError,
    ValidationError,
)
from ocop_tracker.core.models import Actor, Change, Role
from ocop_tracker.core.strings import t

Row = dict[str, Any]
# (db, the history row to revert, actor, now) -> what the undo changed; runs inside the lock.
UndoHandler = Callable[[Database, Row, Actor, str], Change]
# (db, entity ids) -> a readable name for each, e.g. "Gian hàng số 3" or "III.2-05".
SubjectNamer = Callable[[Database, list[int]], dict[int, str]]

VALUE_LIMIT = 10_000  # characters in any one recorded value (a task note allows 2,000)
UNDOERS: dict[str, UndoHandler] = {}
SUBJECTS: dict[str, SubjectNamer] = {}


def register_undo(entity: str, handler: UndoHandler) -> None:
    """A feature declares how a change of one of its entities is put back."""
    UNDOERS[entity] = handler


def register_subject(entity: str, namer: SubjectNamer) -> None:
    """A feature declares how its entities are named in the history feed."""
    SUBJECTS[entity] = namer


def text(value: object) -> str | None:
    """How a value is kept in the history: text, or NULL for nothing."""
    return None if value is None else str(value)


def record(db: Database, actor: Actor, entity: str, entity_id: int, field: str,
           before: object, after: object, *, event_id: int | None = None,
           action: str = "update", undoes: int | None = None, history_id: int | None = None,
           at: str | None = None) -> int:
    """Append one change to the history (inside the caller's transaction); its id."""
    check_account(db, actor)
    # The last line against a text no form limited: every change passes here, so nothing
    # longer is ever written (the transaction rolls back).
    if any(len(value) > VALUE_LIMIT for value in (text(before), text(after)) if value):
        raise ValidationError("cmd.text_too_long", limit=fmt.vn_number(VALUE_LIMIT))
    cursor = db.execute(
        "INSERT INTO history (id, at, actor, actor_agency_id, actor_account_id, event_id, "
        "entity, entity_id, action, field, before, after, undoes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [history_id, at or clock.now().isoformat(), actor.name, actor.agency_id,
         actor.account_id, event_id, entity, entity_id, "undo" if undoes else action, field,
         text(before), text(after), undoes],
    )
    return int(cursor.lastrowid or 0)


def check_account(db: Database, actor: Actor) -> None:
    """Refuse a signed-in actor whose account is disabled, gone, or now someone else's.

    Called with every history row, so inside every write's transaction: a page drawn before
    its account was disabled (or before a restore removed it) cannot write any more."""
    # Only a signed-in session's actor names its account (Account.actor()); the command line
    # and the system act as no account.
    if actor.username is None:
        return
    row = db.execute("SELECT username, disabled, role FROM users WHERE id = ?",
                     [actor.account_id]).fetchone()
    # A changed role counts too: the page's actor would still carry the old one.
    if row is None or row[1] or row[0] != actor.username or row[2] != str(actor.role):
        raise AccountGoneError("perm.account_gone")


def change(db: Database, actor: Actor, entity: str, row: Mapping[str, Any], field: str,
           before: object, after: object, *, action: str = "update",
           undoes: int | None = None, now: str | None = None) -> Change:
    """record() a change of `row` (read before its versioned update) and say what it did."""
    record(db, actor, entity, int(row["id"]), field, before, after,
           event_id=row.get("event_id"), action=action, undoes=undoes, at=now)
    return Change(entity, int(row["id"]), field, text(before), text(after),
                  int(row.get("version", 0)) + 1)


def unchanged(entity: str, row: Mapping[str, Any], field: str) -> Change:
    """What a write that found nothing to change returns."""
    value = text(row[field])
    return Change(entity, int(row["id"]), field, value, value, int(row["version"]))


def fetch(db: Database, table: str, row_id: int, missing_key: str, **missing: object) -> Row:
    """The row as it is now, or NotFoundError(missing_key)."""
    rows = list(db.query(f"SELECT * FROM [{table}] WHERE id = ?", [row_id]))
    if not rows:
        raise NotFoundError(missing_key, id=row_id, **missing)
    return rows[0]


def current(db: Database, table: str, row_id: int, expected_version: int, *,
            missing_key: str, stale_key: str,
            details: Callable[[Row], Mapping[str, object]] | None = None) -> Row:
    """The row under the write lock; refused when the screen showed an older version.

    The refusal says who changed it and when (`who`, `when`) plus the caller's `details`."""
    row = fetch(db, table, row_id, missing_key)
    if row["version"] != expected_version:
        raise StaleEditError(stale_key, current=row, **stale_details(row),
                             **(details(row) if details else {}))
    return row


def stale_details(row: Mapping[str, Any]) -> dict[str, str]:
    """`who` changed the row last and `when`, for a refusal message."""
    updated = row.get("updated_at")
    return {"who": row.get("updated_by") or t("audit.someone"),
            "when": fmt.vn_datetime(clock.parse_iso(updated)) if updated else ""}


def update_versioned(db: Database, table: str, row: Mapping[str, Any], actor: Actor, now: str,
                     **values: object) -> None:
    """UPDATE a row the caller read (and version-checked) under the write lock; bump version."""
    sets = "".join(f"{column} = ?, " for column in values)
    cursor = db.execute(
        f"UPDATE [{table}] SET {sets}updated_at = ?, updated_by = ?, version = version + 1 "
        "WHERE id = ? AND version = ?",
        [*values.values(), now, actor.name, row["id"], row["version"]],
    )
    # Checked under the same lock, so this cannot miss: failing loudly beats a false audit row.
    if cursor.rowcount != 1:
        raise RuntimeError(f"{table} {row['id']} changed under the write lock")


# ------------------------------------------------------------------ undo


def changed_since(db: Database, entry: Mapping[str, Any]) -> bool:
    """True when the same field of the same row was changed after `entry`."""
    return db.execute(
        "SELECT 1 FROM history WHERE entity = ? AND entity_id = ? AND field = ? AND id > ? "
        "LIMIT 1", [entry["entity"], entry["entity_id"], entry["field"], entry["id"]],
    ).fetchone() is not None


def undo_field(db: Database, entry: Row, actor: Actor, now: str, *, table: str,
               owner_agency_id: int | None, stale_key: str,
               stored: Callable[[str | None], object] = lambda v: v,
               shown: Callable[[Row], Mapping[str, object]] | None = None) -> Change:
    """Put one field of a versioned row back to its value before `entry`.

    Refused when the actor may not edit the row or when someone changed the field since:
    putting the old value back would silently overwrite their newer work."""
    row = fetch(db, table, int(entry["entity_id"]), "undo.gone")
    permissions.require(actor, permissions.EDIT, owner_agency_id)
    field = entry["field"]
    if field not in row or text(row[field]) != entry["after"] or changed_since(db, entry):
        raise StaleEditError(stale_key, current=row, **stale_details(row),
                             **(shown(row) if shown else {}))
    update_versioned(db, table, row, actor, now, **{field: stored(entry["before"])})
    return change(db, actor, entry["entity"], row, field, row[field], entry["before"],
                  undoes=int(entry["id"]), now=now)


_FEED_SQL = """
SELECT h.id, h.at, h.actor, h.actor_account_id, h.event_id, h.entity, h.entity_id, h.action,
       h.field, h.before, h.after, h.undoes,
       (SELECT min(u.id) FROM history u WHERE u.undoes = h.id) AS undone_by
FROM history h
"""


def feed(db: Database, limit: int = 200, account_id: int | None = None) -> list[Row]:
    """The latest changes, newest first (optionally one account's), each with its subject."""
    where, params = ("WHERE h.actor_account_id = ?", [account_id]) if account_id else ("", [])
    rows = list(db.query(f"{_FEED_SQL} {where} ORDER BY h.id DESC LIMIT ?", [*params, limit]))
    return name_subjects(db, rows)


def name_subjects(db: Database, rows: list[Row]) -> list[Row]:
    """Add `subject` (a readable name of what changed) to history rows, one query per kind."""
    by_entity: dict[str, list[int]] = {}
    for row in rows:
        by_entity.setdefault(row["entity"], []).append(int(row["entity_id"]))
    names: dict[tuple[str, int], str] = {}
    for entity, ids in by_entity.items():
        namer = SUBJECTS.get(entity)
        for entity_id, name in (namer(db, sorted(set(ids))) if namer else {}).items():
            names[(entity, entity_id)] = name
    for row in rows:
        row["subject"] = names.get((row["entity"], int(row["entity_id"])))
    return rows


def undoable(entry: Mapping[str, Any]) -> bool:
    """True when the entry is a change some registered handler can put back."""
    return (entry["entity"] in UNDOERS and entry["action"] in UNDOABLE_ACTIONS
            and not entry.get("undone_by"))


UNDOABLE_ACTIONS = frozenset({"update", "undo"})


def last_own_change(db: Database, actor: Actor | None) -> Row | None:
    """The actor's latest undoable change, unless it has already been undone."""
    if actor is None or actor.account_id is None or not UNDOERS:
        return None
    kinds = ",".join("?" * len(UNDOERS))
    rows = list(db.query(
        f"{_FEED_SQL} WHERE h.actor_account_id = ? AND h.entity IN ({kinds}) "
        "ORDER BY h.id DESC LIMIT 1", [actor.account_id, *UNDOERS]))
    if not rows or not undoable(rows[0]):
        return None
    return name_subjects(db, rows)[0]


def undo(db: Database, history_id: int, actor: Actor | None) -> Change:
    """Revert one change: one's own latest, or (admin) any; refused if changed since."""
    with write_transaction(db):
        rows = list(db.query(f"{_FEED_SQL} WHERE h.id = ?", [history_id]))
        if not rows:
            raise NotFoundError("undo.no_change", id=history_id)
        entry = rows[0]
        if entry["undone_by"] is not None:
            raise ValidationError("undo.already")
        if not undoable(entry):
            raise ValidationError("undo.not_undoable")
        if actor is None or actor.role != Role.ADMIN:
            _require_own_last(db, entry, actor)
        assert actor is not None  # _require_own_last refuses a signed-out visitor
        return UNDOERS[entry["entity"]](db, entry, actor, clock.now().isoformat())


def _require_own_last(db: Database, entry: Row, actor: Actor | None) -> None:
    if actor is None or actor.role == Role.VIEWER:
        raise PermissionDeniedError("perm.read_only")
    if actor.account_id is None or entry["actor_account_id"] != actor.account_id:
        raise PermissionDeniedError("undo.not_yours")
    latest = db.execute("SELECT max(id) FROM history WHERE actor_account_id = ?",
                        [actor.account_id]).fetchone()[0]
    if latest != entry["id"]:
        raise PermissionDeniedError("undo.only_last")


def entity_history(db: Database, entity: str, entity_ids: Iterable[int]) -> list[Row]:
    """Every history row of some rows of one kind, newest first."""
    ids = list(entity_ids)
    marks = ",".join("?" * len(ids))
    return list(db.query(
        f"{_FEED_SQL} WHERE h.entity = ? AND h.entity_id IN ({marks}) ORDER BY h.id DESC",
        [entity, *ids]))
