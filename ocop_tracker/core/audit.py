"""The change history: the admin's feed, one's own last change, and undo (itself audited)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlite_utils import Database

from ocop_tracker.core import clock

from ocop_tracker.tasks import commands
from ocop_tracker.core.db import write_transaction
from ocop_tracker.core.errors import NotFoundError, PermissionDeniedError, ValidationError
from ocop_tracker.core.models import Actor, Change, Role

# entity -> function(db, history_row, actor, now) that puts the field back inside the lock,
# checks the actor's rights and refuses a stale undo. Features add one line each.
UNDOERS: dict[str, Callable[[Database, dict[str, Any], Actor, str], Change]] = {
    "task": commands.undo_task_change,
}

_FEED_SQL = """
SELECT h.id, h.at, h.actor, h.actor_account_id, h.entity, h.entity_id, h.action, h.field,
       h.before, h.after, h.undoes, t.code AS task_code, t.title AS task_title,
       acc.username AS user_name,
       (SELECT min(u.id) FROM history u WHERE u.undoes = h.id) AS undone_by
FROM history h
LEFT JOIN tasks t ON h.entity = 'task' AND t.id = h.entity_id
LEFT JOIN users acc ON h.entity = 'user' AND acc.id = h.entity_id
"""


def feed(db: Database, limit: int = 200, account_id: int | None = None) -> list[dict[str, Any]]:
    """The latest changes, newest first (optionally one account's)."""
    where, params = ("WHERE h.actor_account_id = ?", [account_id]) if account_id else ("", [])
    return list(db.query(f"{_FEED_SQL} {where} ORDER BY h.id DESC LIMIT ?", [*params, limit]))


def last_own_change(db: Database, actor: Actor) -> dict[str, Any] | None:
    """The actor's latest undoable change, unless it has already been undone."""
    if actor.account_id is None:
        return None
    kinds = ",".join("?" * len(UNDOERS))
    rows = list(db.query(
        f"{_FEED_SQL} WHERE h.actor_account_id = ? AND h.entity IN ({kinds}) "
        "ORDER BY h.id DESC LIMIT 1", [actor.account_id, *UNDOERS]))
    return rows[0] if rows and rows[0]["undone_by"] is None else None


def undo(db: Database, history_id: int, actor: Actor | None) -> Change:
    """Revert one change: one's own latest, or (admin) any; refused if changed since."""
    with write_transaction(db):
        rows = list(db.query(f"{_FEED_SQL} WHERE h.id = ?", [history_id]))
        if not rows:
            raise NotFoundError("undo.no_change", id=history_id)
        entry = rows[0]
        if entry["entity"] not in UNDOERS:
            raise ValidationError("undo.not_undoable")
        if entry["undone_by"] is not None:
            raise ValidationError("undo.already")
        if actor is None or actor.role != Role.ADMIN:
            _require_own_last(db, entry, actor)
        return UNDOERS[entry["entity"]](db, entry, actor, clock.now().isoformat())


def _require_own_last(db: Database, entry: dict[str, Any], actor: Actor | None) -> None:
    if actor is None or actor.role == Role.VIEWER:
        raise PermissionDeniedError("perm.read_only")
    if actor.account_id is None or entry["actor_account_id"] != actor.account_id:
        raise PermissionDeniedError("undo.not_yours")
    latest = db.execute("SELECT max(id) FROM history WHERE actor_account_id = ?",
                        [actor.account_id]).fetchone()[0]
    if latest != entry["id"]:
        raise PermissionDeniedError("undo.only_last")
