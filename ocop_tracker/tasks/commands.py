"""Every write: one function per user action, each one transaction with an audit row."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from ocop_tracker.core import audit, clock, permissions
from ocop_tracker.core.audit import update_versioned
from ocop_tracker.core.db import write_transaction
from ocop_tracker.core.errors import (
    PermissionDeniedError,
    StaleEditError,
    ValidationError,
)
from ocop_tracker.core.models import Actor, Change, Status
from ocop_tracker.core.strings import status_label

NOTE_LIMIT = 2000
NAME_LIMIT = 120


def set_task_status(
    db: Database, task_id: int, status: Status | str, expected_version: int, actor: Actor
) -> Change:
    """A unit reports a task's status; refused if the screen was stale."""
    _check_actor(actor)
    try:
        new_status = Status(status)
    except ValueError:
        raise ValidationError("cmd.bad_status", value=status) from None
    with write_transaction(db):
        row = _current_task(db, task_id, expected_version, actor, permissions.EDIT)
        if row["status"] == new_status:
            return audit.unchanged("task", row, "status")
        now = clock.now().isoformat()
        return _write_status(db, row, actor, now, new_status)


def set_task_note(
    db: Database, task_id: int, note: str, expected_version: int, actor: Actor
) -> Change:
    """A unit writes the task's note (progress remarks, what blocks it).

    The lead unit (or admin) may rewrite it; a supporting unit may only add to its end.
    """
    _check_actor(actor)
    note = note.strip()
    if len(note) > NOTE_LIMIT:
        raise ValidationError("cmd.note_too_long", limit=NOTE_LIMIT)
    with write_transaction(db):
        row = _current_task(db, task_id, expected_version, actor, permissions.NOTE)
        if row["note"] == note:
            return audit.unchanged("task", row, "note")
        if not permissions.allowed(actor, permissions.EDIT, row["lead_agency_id"]) and (
                not note.startswith(row["note"])):
            raise PermissionDeniedError("perm.append_only")
        now = clock.now().isoformat()
        update_versioned(db, "tasks", row, actor, now, note=note)
        return audit.change(db, actor, "task", row, "note", row["note"], note, now=now)


def append_task_note(
    db: Database, task_id: int, text: str, expected_version: int, actor: Actor,
    current_note: str,
) -> Change:
    """A supporting unit adds a signed line under the lead unit's note."""
    line = f"{actor.name}: {text.strip()}"
    note = f"{current_note}\n{line}" if current_note else line
    return set_task_note(db, task_id, note, expected_version, actor)


def undo_task_change(db: Database, entry: dict[str, Any], actor: Actor, now: str) -> Change:
    """Put one audited task field back to its value before `entry` (inside the caller's lock)."""
    _check_actor(actor)
    field = entry["field"]
    if field not in TASK_FIELDS:
        raise ValidationError("undo.not_undoable")
    row = _task_row(db, int(entry["entity_id"]))
    permissions.require(actor, TASK_FIELDS[field], row["lead_agency_id"],
                        _supporters(db, row["id"]))
    if row[field] != entry["after"] or audit.changed_since(db, entry):
        # Someone changed the field since: putting the old value back would silently
        # overwrite their newer work.
        raise StaleEditError("undo.stale", current=row, task=row["title"],
                             **audit.stale_details(row), value=_shown(field, row[field]))
    if field == "status":
        return _write_status(db, row, actor, now, Status(entry["before"]), undoes=entry["id"])
    update_versioned(db, "tasks", row, actor, now, note=entry["before"] or "")
    return audit.change(db, actor, "task", row, "note", row["note"], entry["before"] or "",
                        undoes=entry["id"], now=now)


TASK_FIELDS = {"status": permissions.EDIT, "note": permissions.NOTE}


def _write_status(db: Database, row: dict[str, Any], actor: Actor, now: str, status: Status,
                  undoes: int | None = None) -> Change:
    completed_at = now if status == Status.DONE else None
    update_versioned(db, "tasks", row, actor, now, status=str(status), completed_at=completed_at)
    return audit.change(db, actor, "task", row, "status", row["status"], str(status),
                        undoes=undoes, now=now)


def _shown(field: str, value: str | None) -> str:
    return status_label(value) if field == "status" and value else (value or "∅")


def _check_actor(actor: Actor | None) -> Actor:
    if actor is None:  # logged out (or disabled) between the screen and the click
        permissions.require(actor, permissions.EDIT)
    assert actor is not None
    if not actor.name.strip() or len(actor.name) > NAME_LIMIT:
        raise ValidationError("cmd.no_actor")
    return actor


def _current_task(db: Database, task_id: int, expected_version: int, actor: Actor,
                  action: str) -> dict[str, Any]:
    """The task as it is now, inside the write lock; the actor's rights, then stale screens."""
    row = _task_row(db, task_id)
    permissions.require(actor, action, row["lead_agency_id"], _supporters(db, task_id))
    if row["version"] != expected_version:
        raise StaleEditError("cmd.stale", current=row, task=row["title"],
                             **audit.stale_details(row), status=status_label(row["status"]))
    return row


def _task_row(db: Database, task_id: int) -> dict[str, Any]:
    return audit.fetch(db, "tasks", task_id, "cmd.no_task", task_id=task_id)


def _supporters(db: Database, task_id: int) -> list[int]:
    return [r[0] for r in db.execute(
        "SELECT agency_id FROM task_supporters WHERE task_id = ?", [task_id]).fetchall()]


def task_subjects(db: Database, ids: list[int]) -> dict[int, str]:
    """Tasks named by their plan item (III.2-05) in the history feed."""
    marks = ",".join("?" * len(ids))
    return {r[0]: r[1] for r in db.execute(
        f"SELECT id, code FROM tasks WHERE id IN ({marks})", ids)}
