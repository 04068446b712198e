"""Every write to the programme: one function per user action, one transaction, audited.

History rows go through core/audit.py only; `undo_step_change` puts any of them back:
an edited field (admin), a move (admin), or the marks a unit made on the day (that unit).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from typing import Any

from sqlite_utils import Database

from ocop_tracker.core import audit, clock, permissions, settings
from ocop_tracker.core.audit import update_versioned
from ocop_tracker.core.db import get_setting, write_transaction
from ocop_tracker.core.errors import StaleEditError, ValidationError
from ocop_tracker.core.models import Actor, Change

ENTITY = "programme_step"
TABLE = "programme_steps"
TITLE_LIMIT = 300
CUE_LIMIT = 1000
MAX_MINUTES = 600
REFRESH_KEY = "projector_refresh_seconds"
REFRESH_DEFAULT = 30
REFRESH_RANGE = (3, 600)
# What update_step may change, and how each history text goes back into its column.
EDIT_FIELDS: dict[str, Callable[[str | None], object]] = {
    "title": lambda v: v or "",
    "pinned_start": lambda v: v or None,
    "duration_min": lambda v: int(v or 0),
    "owner_agency_id": lambda v: int(v) if v else None,
    "cue": lambda v: v or "",
    "task_codes": lambda v: v or "",
}
# "marks" is a reset: both marks cleared at once, the history keeps "start → finish".
MARK_FIELDS = ("started_at", "finished_at", "marks")
MARKS_SEPARATOR = " → "

Row = dict[str, Any]


def update_step(db: Database, step_id: int, expected_version: int, actor: Actor, *,
                title: str, start: time | None, duration_min: int, owner_agency_id: int | None,
                cue: str, task_codes: list[str]) -> list[Change]:
    """Edit a step's wording, pinned start (None = follows the previous step), length, owner."""
    permissions.check_actor(actor, permissions.ADMIN)
    title, cue = title.strip(), cue.strip()
    if not title or len(title) > TITLE_LIMIT:
        raise ValidationError("prog.bad_title", limit=TITLE_LIMIT)
    if len(cue) > CUE_LIMIT:
        raise ValidationError("prog.cue_too_long", limit=CUE_LIMIT)
    if not 0 <= int(duration_min) <= MAX_MINUTES:
        raise ValidationError("prog.bad_duration", limit=MAX_MINUTES)
    with write_transaction(db):
        row = _current(db, step_id, expected_version)
        _check_tasks(db, row["event_id"], task_codes)
        values = {
            "title": title,
            "pinned_start": _pin(db, row, start),
            "duration_min": int(duration_min),
            "owner_agency_id": owner_agency_id,
            "cue": cue,
            "task_codes": ",".join(c.strip() for c in task_codes if c.strip()),
        }
        if _is_first(db, row) and values["pinned_start"] is None:
            raise ValidationError("prog.first_needs_start")
        changed = {k: v for k, v in values.items() if row[k] != v}
        if not changed:
            return []
        now = clock.now().isoformat()
        update_versioned(db, TABLE, row, actor, now, **changed)
        return [audit.change(db, actor, ENTITY, row, k, row[k], v, now=now)
                for k, v in changed.items()]


def move_step(db: Database, step_id: int, offset: int, expected_version: int,
              actor: Actor) -> Change | None:
    """Move a step one place up (-1) or down (+1); the times after it recompute."""
    permissions.check_actor(actor, permissions.ADMIN)
    if offset not in (-1, 1):
        raise ValidationError("prog.bad_move")
    with write_transaction(db):
        row = _current(db, step_id, expected_version)
        return _move(db, row, offset, actor, clock.now().isoformat())


def start_step(db: Database, step_id: int, expected_version: int, actor: Actor,
               at: datetime | None = None) -> list[Change]:
    """Mark a step started (now, or at a given time); a step still running is finished then."""
    with write_transaction(db):
        row = _current(db, step_id, expected_version)
        permissions.check_actor(actor, permissions.EDIT, row["owner_agency_id"])
        if row["started_at"]:
            raise ValidationError("prog.already_started", step=row["title"])
        now = clock.now().isoformat()
        moment = clock.to_vn(at).isoformat() if at else now
        changes = _finish_running(db, row["event_id"], step_id, moment, actor, now)
        update_versioned(db, TABLE, row, actor, now, started_at=moment)
        # Written last: it is the unit's latest change, the one its undo puts back.
        changes.append(audit.change(db, actor, ENTITY, row, "started_at", None, moment, now=now))
        return changes


def finish_step(db: Database, step_id: int, expected_version: int, actor: Actor,
                at: datetime | None = None) -> Change:
    """Mark a step finished; one never marked started is taken as started at that moment."""
    with write_transaction(db):
        row = _current(db, step_id, expected_version)
        permissions.check_actor(actor, permissions.EDIT, row["owner_agency_id"])
        if row["finished_at"]:
            raise ValidationError("prog.already_finished", step=row["title"])
        now = clock.now().isoformat()
        moment = clock.to_vn(at).isoformat() if at else now
        if row["started_at"] and moment < row["started_at"]:
            raise ValidationError("prog.finish_before_start")
        started = row["started_at"] or moment
        update_versioned(db, TABLE, row, actor, now, started_at=started, finished_at=moment)
        if not row["started_at"]:
            # Recorded so that undoing the finish also takes back the start it implied.
            audit.change(db, actor, ENTITY, row, "started_at", None, started, now=now)
        return audit.change(db, actor, ENTITY, row, "finished_at", None, moment, now=now)


def reset_step(db: Database, step_id: int, expected_version: int, actor: Actor) -> Change:
    """Clear a step's marks (marked by mistake); the history keeps them for an undo."""
    with write_transaction(db):
        row = _current(db, step_id, expected_version)
        permissions.check_actor(actor, permissions.EDIT, row["owner_agency_id"])
        now = clock.now().isoformat()
        before = marks_text(row["started_at"], row["finished_at"])
        update_versioned(db, TABLE, row, actor, now, started_at=None, finished_at=None)
        return audit.change(db, actor, ENTITY, row, "marks", before, None, now=now)


def marks_text(started: str | None, finished: str | None) -> str | None:
    """Both marks as one history value ("start → finish"); None when neither is set."""
    if not started and not finished:
        return None
    return f"{started or ''}{MARKS_SEPARATOR}{finished or ''}"


def marks_values(text: str | None) -> dict[str, str | None]:
    """The columns a "marks" history value stands for."""
    started, _, finished = (text or "").partition(MARKS_SEPARATOR)
    return {"started_at": started or None, "finished_at": finished or None}


# ------------------------------------------------------------------ the projector setting


def set_projector_refresh(db: Database, seconds: int, expected: int, actor: Actor) -> Change:
    """How often the projector re-reads its data; refused if someone changed it meanwhile."""
    permissions.check_actor(actor, permissions.ADMIN)
    low, high = REFRESH_RANGE
    if not low <= int(seconds) <= high:
        raise ValidationError("prog.bad_refresh", low=low, high=high)
    with write_transaction(db):
        current = projector_refresh(db)
        if current != expected:
            raise StaleEditError("prog.stale_setting", current={"value": current},
                                 value=current,
                                 **settings.last_writer(db, "setting", 0, REFRESH_KEY))
        return settings.write_setting(db, actor, REFRESH_KEY, str(int(seconds)),
                                      clock.now().isoformat())


def projector_refresh(db: Database) -> int:
    """The projector's refresh period in seconds (30 unless set)."""
    value = get_setting(db, REFRESH_KEY)
    return int(value) if value and value.isdigit() else REFRESH_DEFAULT


# ------------------------------------------------------------------ undo


def undo_step_change(db: Database, entry: Row, actor: Actor, now: str) -> Change:
    """Put back one audited change of a step (inside audit.undo's lock)."""
    field = entry["field"]
    if field in EDIT_FIELDS:
        return _undo_edit(db, entry, actor, now)
    if field == "position":
        return _undo_move(db, entry, actor, now)
    if field in MARK_FIELDS:
        return _undo_marks(db, entry, actor, now)
    raise ValidationError("undo.not_undoable")


def _undo_edit(db: Database, entry: Row, actor: Actor, now: str) -> Change:
    permissions.check_actor(actor, permissions.ADMIN)  # edits are the admin's, so is their undo
    row = _step_row(db, int(entry["entity_id"]))
    if entry["field"] == "pinned_start" and not entry["before"] and _is_first(db, row):
        raise ValidationError("prog.first_needs_start")
    return audit.undo_field(db, entry, actor, now, table=TABLE, owner_agency_id=None,
                            stale_key="prog.undo_stale", stored=EDIT_FIELDS[entry["field"]],
                            shown=lambda r: {"step": r["title"]})


def _undo_move(db: Database, entry: Row, actor: Actor, now: str) -> Change:
    permissions.check_actor(actor, permissions.ADMIN)
    row = _step_row(db, int(entry["entity_id"]))
    # Moves of other steps shift this one without a history row of its own: the place it
    # stands now is the check, not only its own later moves.
    if str(_order(db, row["event_id"]).index(row["id"])) != entry["after"] or (
            audit.changed_since(db, entry)):
        raise _undo_stale(row)
    offset = int(entry["before"]) - int(entry["after"])
    change = _move(db, row, offset, actor, now, undoes=int(entry["id"]))
    assert change is not None  # it stands where the move put it, so it can go back
    return change


def _undo_marks(db: Database, entry: Row, actor: Actor, now: str) -> Change:
    """Put back every mark the same click wrote (a start also finished the running step;
    a finish of an unstarted step also started it), refused if any changed since."""
    group = list(db.query(
        "SELECT h.* FROM history h WHERE h.entity = ? AND h.at = ? AND h.actor = ? "
        "AND h.actor_account_id IS ? AND h.field IN (?, ?, ?) "
        "AND NOT EXISTS (SELECT 1 FROM history u WHERE u.undoes = h.id) ORDER BY h.id",
        [ENTITY, entry["at"], entry["actor"], entry["actor_account_id"], *MARK_FIELDS]))
    if all(g["id"] != entry["id"] for g in group):
        group.append(dict(entry))
    ids = [int(g["id"]) for g in group]
    main = _step_row(db, int(group[-1]["entity_id"]))  # the step the click was about
    permissions.check_actor(actor, permissions.EDIT, main["owner_agency_id"])
    targets: dict[int, dict[str, str | None]] = {}
    for g in reversed(group):  # the earliest row's "before" is what stood before the click
        row = _step_row(db, int(g["entity_id"]))
        if not _marks_as_recorded(db, row, g, ids):
            raise _undo_stale(row)
        values = (marks_values(g["before"]) if g["field"] == "marks"
                  else {g["field"]: g["before"]})
        targets.setdefault(row["id"], {}).update(values)
    result: Change | None = None
    for step_id, values in targets.items():
        row = _step_row(db, step_id)
        update_versioned(db, TABLE, row, actor, now, **values)
        for g in (g for g in group if int(g["entity_id"]) == step_id):
            after = (marks_text(values.get("started_at"), values.get("finished_at"))
                     if g["field"] == "marks" else values[g["field"]])
            change = audit.change(db, actor, ENTITY, row, g["field"], g["after"], after,
                                  undoes=int(g["id"]), now=now)
            if g["id"] == entry["id"]:
                result = change
    assert result is not None
    return result


def _marks_as_recorded(db: Database, row: Row, entry: Row, group_ids: list[int]) -> bool:
    """True when the step's marks still read what `entry` wrote and nobody marked it since."""
    if entry["field"] == "marks":
        now_value = marks_text(row["started_at"], row["finished_at"])
    else:
        now_value = audit.text(row[entry["field"]])
    if now_value != entry["after"]:
        return False
    marks = ",".join("?" * len(MARK_FIELDS))
    ids = ",".join("?" * len(group_ids))
    later = db.execute(
        f"SELECT 1 FROM history WHERE entity = ? AND entity_id = ? AND field IN ({marks}) "
        f"AND id > ? AND id NOT IN ({ids}) LIMIT 1",
        [ENTITY, row["id"], *MARK_FIELDS, entry["id"], *group_ids]).fetchone()
    return later is None


def _undo_stale(row: Row) -> StaleEditError:
    return StaleEditError("prog.undo_stale", current=row, step=row["title"],
                          **audit.stale_details(row))


def step_subjects(db: Database, ids: list[int]) -> dict[int, str]:
    """Steps named by their title in the history feed."""
    marks = ",".join("?" * len(ids))
    return {r[0]: r[1] for r in db.execute(
        f"SELECT id, title FROM programme_steps WHERE id IN ({marks})", ids)}


# ------------------------------------------------------------------ helpers


def _move(db: Database, row: Row, offset: int, actor: Actor, now: str,
          undoes: int | None = None) -> Change | None:
    """Swap the step with its neighbour (inside the caller's lock); None at either end."""
    order = _order(db, row["event_id"])
    i = order.index(row["id"])
    j = i + offset
    if not 0 <= j < len(order):
        return None
    order[i], order[j] = order[j], order[i]
    if _step_row(db, order[0])["pinned_start"] is None:
        raise ValidationError("prog.first_needs_start")
    for position, sid in enumerate(order):
        db.execute("UPDATE programme_steps SET position = ? WHERE id = ?", [position, sid])
    update_versioned(db, TABLE, row, actor, now)
    return audit.change(db, actor, ENTITY, row, "position", i, j, undoes=undoes, now=now)


def _order(db: Database, event_id: int) -> list[int]:
    return [r[0] for r in db.execute(
        "SELECT id FROM programme_steps WHERE event_id = ? ORDER BY position, id",
        [event_id]).fetchall()]


def _check_tasks(db: Database, event_id: int, codes: list[str]) -> None:
    known = {r[0] for r in db.execute("SELECT code FROM tasks WHERE event_id = ?", [event_id])}
    unknown = [c for c in codes if c.strip() and c.strip() not in known]
    if unknown:
        raise ValidationError("prog.unknown_task", codes=", ".join(unknown))


def _pin(db: Database, row: Row, start: time | None) -> str | None:
    if start is None:
        return None
    day = db.execute("SELECT event_date FROM events WHERE id = ?", [row["event_id"]]).fetchone()[0]
    return datetime.combine(datetime.fromisoformat(day).date(), start, clock.VN_TZ).isoformat()


def _is_first(db: Database, row: Row) -> bool:
    return _order(db, row["event_id"])[0] == row["id"]


def _step_row(db: Database, step_id: int) -> Row:
    return audit.fetch(db, TABLE, step_id, "prog.no_step")


def _current(db: Database, step_id: int, expected_version: int) -> Row:
    return audit.current(db, TABLE, step_id, expected_version, missing_key="prog.no_step",
                         stale_key="prog.stale", details=lambda r: {"step": r["title"]})


def _finish_running(db: Database, event_id: int, step_id: int, moment: str, actor: Actor,
                    now: str) -> list[Change]:
    running = list(db.query(
        "SELECT * FROM programme_steps WHERE event_id = ? AND id != ? AND started_at IS NOT NULL "
        "AND finished_at IS NULL", [event_id, step_id]))
    changes = []
    for other in running:
        finished = max(moment, other["started_at"])  # never before it started
        update_versioned(db, TABLE, other, actor, now, finished_at=finished)
        changes.append(audit.change(db, actor, ENTITY, other, "finished_at", None, finished,
                                    now=now))
    return changes
