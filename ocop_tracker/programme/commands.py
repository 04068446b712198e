"""Every write to the programme: one function per user action, one transaction, audited."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from sqlite_utils import Database

from ocop_tracker.core import clock, fmt, permissions
from ocop_tracker.core.audit import update_versioned
from ocop_tracker.core.db import get_setting, set_setting, write_transaction
from ocop_tracker.core.errors import NotFoundError, StaleEditError, ValidationError
from ocop_tracker.core.models import Actor, Change

TITLE_LIMIT = 300
CUE_LIMIT = 1000
MAX_MINUTES = 600
REFRESH_KEY = "projector_refresh_seconds"
REFRESH_DEFAULT = 30
REFRESH_RANGE = (3, 600)


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
        if row["position"] == _first_position(db, row["event_id"]) and values["pinned_start"] is None:
            raise ValidationError("prog.first_needs_start")
        changed = {k: v for k, v in values.items() if row[k] != v}
        if not changed:
            return []
        now = clock.now().isoformat()
        update_versioned(db, "programme_steps", row, actor, now, **changed)
        return [_audit(db, row, actor, now, k, row[k], v) for k, v in changed.items()]


def move_step(db: Database, step_id: int, offset: int, expected_version: int,
              actor: Actor) -> Change | None:
    """Move a step one place up (-1) or down (+1); the times after it recompute."""
    permissions.check_actor(actor, permissions.ADMIN)
    if offset not in (-1, 1):
        raise ValidationError("prog.bad_move")
    with write_transaction(db):
        row = _current(db, step_id, expected_version)
        order = [r[0] for r in db.execute(
            "SELECT id FROM programme_steps WHERE event_id = ? ORDER BY position, id",
            [row["event_id"]]).fetchall()]
        i = order.index(step_id)
        j = i + offset
        if not 0 <= j < len(order):
            return None
        order[i], order[j] = order[j], order[i]
        if _pin_of(db, order[0]) is None:
            raise ValidationError("prog.first_needs_start")
        now = clock.now().isoformat()
        for position, sid in enumerate(order):
            db.execute("UPDATE programme_steps SET position = ? WHERE id = ?", [position, sid])
        update_versioned(db, "programme_steps", row, actor, now)
        return _audit(db, row, actor, now, "position", str(i), str(j))


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
        update_versioned(db, "programme_steps", row, actor, now, started_at=moment)
        changes.append(_audit(db, row, actor, now, "started_at", None, moment))
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
        update_versioned(db, "programme_steps", row, actor, now, started_at=started, finished_at=moment)
        return _audit(db, row, actor, now, "finished_at", None, moment)


def reset_step(db: Database, step_id: int, expected_version: int, actor: Actor) -> Change:
    """Undo a step's marks (marked by mistake)."""
    with write_transaction(db):
        row = _current(db, step_id, expected_version)
        permissions.check_actor(actor, permissions.EDIT, row["owner_agency_id"])
        now = clock.now().isoformat()
        before = f"{row['started_at'] or ''} → {row['finished_at'] or ''}"
        update_versioned(db, "programme_steps", row, actor, now, started_at=None, finished_at=None)
        return _audit(db, row, actor, now, "marks", before, None)


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
                                 value=current)
        now = clock.now().isoformat()
        set_setting(db, REFRESH_KEY, str(int(seconds)))
        db.execute(
            "INSERT INTO history (at, actor, actor_agency_id, entity, entity_id, action, field, "
            "before, after) VALUES (?, ?, ?, 'setting', 0, 'update', ?, ?, ?)",
            [now, actor.name, actor.agency_id, REFRESH_KEY, str(current), str(int(seconds))],
        )
        return Change("setting", 0, REFRESH_KEY, str(current), str(int(seconds)), 0)


def projector_refresh(db: Database) -> int:
    """The projector's refresh period in seconds (30 unless set)."""
    value = get_setting(db, REFRESH_KEY)
    return int(value) if value and value.isdigit() else REFRESH_DEFAULT



def _check_tasks(db: Database, event_id: int, codes: list[str]) -> None:
    known = {r[0] for r in db.execute("SELECT code FROM tasks WHERE event_id = ?", [event_id])}
    unknown = [c for c in codes if c.strip() and c.strip() not in known]
    if unknown:
        raise ValidationError("prog.unknown_task", codes=", ".join(unknown))


def _pin(db: Database, row: dict[str, Any], start: time | None) -> str | None:
    if start is None:
        return None
    day = db.execute("SELECT event_date FROM events WHERE id = ?", [row["event_id"]]).fetchone()[0]
    return datetime.combine(datetime.fromisoformat(day).date(), start, clock.VN_TZ).isoformat()


def _pin_of(db: Database, step_id: int) -> str | None:
    return db.execute("SELECT pinned_start FROM programme_steps WHERE id = ?",
                      [step_id]).fetchone()[0]


def _first_position(db: Database, event_id: int) -> int:
    return db.execute("SELECT min(position) FROM programme_steps WHERE event_id = ?",
                      [event_id]).fetchone()[0]


def _current(db: Database, step_id: int, expected_version: int) -> dict[str, Any]:
    rows = list(db.query("SELECT * FROM programme_steps WHERE id = ?", [step_id]))
    if not rows:
        raise NotFoundError("prog.no_step", step_id=step_id)
    row = rows[0]
    if row["version"] != expected_version:
        raise StaleEditError(
            "prog.stale", current=row, step=row["title"], who=row["updated_by"] or "người khác",
            when=fmt.vn_datetime(clock.parse_iso(row["updated_at"])) if row["updated_at"] else "",
        )
    return row


def _finish_running(db: Database, event_id: int, step_id: int, moment: str, actor: Actor,
                    now: str) -> list[Change]:
    running = list(db.query(
        "SELECT * FROM programme_steps WHERE event_id = ? AND id != ? AND started_at IS NOT NULL "
        "AND finished_at IS NULL", [event_id, step_id]))
    changes = []
    for other in running:
        update_versioned(db, "programme_steps", other, actor, now, finished_at=max(moment, other["started_at"]))
        changes.append(_audit(db, other, actor, now, "finished_at", None, moment))
    return changes



def _audit(db: Database, row: dict[str, Any], actor: Actor, now: str, field: str,
           before: Any, after: Any) -> Change:
    db.execute(
        "INSERT INTO history (at, actor, actor_agency_id, event_id, entity, entity_id, action, "
        "field, before, after) VALUES (?, ?, ?, ?, 'programme_step', ?, 'update', ?, ?, ?)",
        [now, actor.name, actor.agency_id, row["event_id"], row["id"], field,
         None if before is None else str(before), None if after is None else str(after)],
    )
    return Change("programme_step", row["id"], field,
                  None if before is None else str(before),
                  None if after is None else str(after), row["version"] + 1)
