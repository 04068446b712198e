"""Several events: the list, the current one, archive, and clone to a new date (with history)."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import pandas as pd
from sqlite_utils import Database

from ocop_tracker.core import audit, clock, permissions, queries
from ocop_tracker.core.audit import update_versioned
from ocop_tracker.core.db import get_setting, set_setting, write_transaction
from ocop_tracker.core.errors import StaleEditError, ValidationError
from ocop_tracker.core.models import Actor, Change

ENTITY = "event"
CURRENT_KEY = "current_event_id"
TITLE_LIMIT = 300
EVENT_COLUMNS = [
    "id", "slug", "title", "event_date", "starts_at", "venue", "archived", "version",
    "cloned_from", "tasks", "done", "is_current",
]


@dataclass(frozen=True)
class CloneSpec:
    """A feature table copied when an event is cloned (only if the table exists)."""

    table: str
    # column -> table cloned earlier whose ids it refers to (e.g. products.booth_id -> booths)
    remap: dict[str, str] = field(default_factory=dict)


# Other features add their event-scoped tables here (one line each), parents before children.
# Layout, quotas and programme are kept; progress columns (RESET_COLUMNS) start afresh.
# Products, their booth places and standees are not carried: a new year certifies new products.
CLONE_TABLES: list[CloneSpec] = [
    CloneSpec("programme_steps"),
    CloneSpec("booths"),
]
RESET_COLUMNS = frozenset({
    "status", "note", "notes", "checked_in", "checked_in_at", "arrived_at", "completed_at",
    "confirmed", "confirmed_at", "updated_at", "updated_by", "version",
    "started_at", "finished_at",
    "space_ready", "products_delivered", "staffed", "standee_in_place",
})
# Moments that are not named *_at but move with the event date all the same.
SHIFT_COLUMNS = frozenset({"pinned_start"})
KEEP_TIME_COLUMNS = frozenset({"created_at"})


# ------------------------------------------------------------------ reads

def list_events(db: Database) -> pd.DataFrame:
    """Every event, newest first, with one-off task totals and which one is current."""
    rows = list(db.query(
        """
        SELECT e.id, e.slug, e.title, e.event_date, e.starts_at, e.venue, e.archived, e.version,
               e.cloned_from, count(t.id) AS tasks,
               coalesce(sum(t.status = 'hoan_thanh'), 0) AS done
        FROM events e
        -- one-off tasks only, as the overview counts them (recurring duties excluded)
        LEFT JOIN tasks t ON t.event_id = e.id AND t.recurrence IS NULL
        GROUP BY e.id ORDER BY e.event_date DESC, e.id DESC
        """
    ))
    frame = pd.DataFrame(rows, columns=EVENT_COLUMNS[:-1])
    frame["is_current"] = frame["id"] == queries.current_event_id(db)
    return frame


def _event_row(db: Database, event_id: int) -> dict[str, Any]:
    return audit.fetch(db, "events", event_id, "events.not_found")


# ------------------------------------------------------------------ writes

def set_current_event(db: Database, event_id: int, actor: Actor) -> Change:
    """Make event_id the one the whole app (and status/export) shows."""
    permissions.check_actor(actor, permissions.ADMIN)
    with write_transaction(db):
        row = _event_row(db, event_id)
        if row["archived"]:
            raise ValidationError("events.archived_not_current", title=row["title"])
        before = get_setting(db, CURRENT_KEY)
        set_setting(db, CURRENT_KEY, str(event_id))
        audit.record(db, actor, ENTITY, event_id, CURRENT_KEY, before, event_id,
                     event_id=event_id, at=clock.now().isoformat())
    return Change(ENTITY, event_id, CURRENT_KEY, before, str(event_id), row["version"])


def set_archived(db: Database, event_id: int, archived: bool, expected_version: int,
                 actor: Actor) -> Change:
    """Archive a past event (read-only in lists) or bring it back."""
    permissions.check_actor(actor, permissions.ADMIN)
    with write_transaction(db):
        row = _current_event(db, event_id, expected_version)
        if bool(row["archived"]) == archived:
            return audit.unchanged(ENTITY, row, "archived")
        if archived and str(event_id) == get_setting(db, CURRENT_KEY):
            raise ValidationError("events.current_not_archived")
        return _write_archived(db, row, int(archived), actor, clock.now().isoformat())


def clone_event(db: Database, source_id: int, new_date: date, actor: Actor,
                title: str | None = None) -> int:
    """Copy an event to new_date: deadlines keep their distance, progress starts afresh."""
    permissions.check_actor(actor, permissions.ADMIN)
    title = (title or "").strip()
    if len(title) > TITLE_LIMIT:
        raise ValidationError("events.title_too_long", limit=TITLE_LIMIT)
    with write_transaction(db):
        source = _event_row(db, source_id)
        shift = new_date - date.fromisoformat(source["event_date"])
        slug = _new_slug(db, source["slug"], new_date)
        now = clock.now().isoformat()
        new_id = _insert_event(db, source, new_date, shift, slug, title or source["title"], now)
        _copy_sessions(db, source_id, new_id, shift)
        db.execute(
            "INSERT INTO event_agencies (event_id, agency_id, role) "
            "SELECT ?, agency_id, role FROM event_agencies WHERE event_id = ?",
            [new_id, source_id],
        )
        count = _copy_tasks(db, source_id, new_id, shift)
        id_maps: dict[str, dict[int, int]] = {}
        for spec in CLONE_TABLES:
            if db[spec.table].exists():
                try:
                    id_maps[spec.table] = _copy_rows(db, spec, source_id, new_id, shift,
                                                     id_maps, now)
                except sqlite3.IntegrityError as exc:
                    # e.g. a feature table unique across events: refuse cleanly, nothing written
                    raise ValidationError("events.clone_failed", table=spec.table,
                                          error=str(exc)) from exc
        # "clone", not "update": a new event is removed by archiving it, not by an undo.
        audit.record(db, actor, ENTITY, new_id, "cloned_from", None, source_id,
                     event_id=new_id, action="clone", at=now)
        audit.record(db, actor, ENTITY, new_id, "tasks", None, count, event_id=new_id,
                     action="clone", at=now)
    return new_id


# ------------------------------------------------------------------ helpers


def _current_event(db: Database, event_id: int, expected_version: int) -> dict[str, Any]:
    return audit.current(db, "events", event_id, expected_version,
                         missing_key="events.not_found", stale_key="events.stale",
                         details=lambda r: {"title": r["title"]})


def _write_archived(db: Database, row: dict[str, Any], archived: int, actor: Actor, now: str,
                    undoes: int | None = None) -> Change:
    update_versioned(db, "events", row, actor, now, archived=archived)
    # An event's own changes belong to that event in the history (its event_id is its id).
    return audit.change(db, actor, ENTITY, {**row, "event_id": row["id"]}, "archived",
                        row["archived"], archived, undoes=undoes, now=now)


# ------------------------------------------------------------------ undo


def undo_event_change(db: Database, entry: dict[str, Any], actor: Actor, now: str) -> Change:
    """Put back an archive/unarchive or the choice of the current event (admin only)."""
    permissions.check_actor(actor, permissions.ADMIN)
    row = _event_row(db, int(entry["entity_id"]))
    if entry["field"] == "archived":
        if audit.text(row["archived"]) != entry["after"] or audit.changed_since(db, entry):
            raise _undo_stale(row)
        archived = int(entry["before"] or 0)
        if archived and str(row["id"]) == get_setting(db, CURRENT_KEY):
            raise ValidationError("events.current_not_archived")
        return _write_archived(db, row, archived, actor, now, undoes=int(entry["id"]))
    if entry["field"] == CURRENT_KEY:
        return _undo_current(db, entry, actor, now, row)
    raise ValidationError("undo.not_undoable")


def _undo_current(db: Database, entry: dict[str, Any], actor: Actor, now: str,
                  row: dict[str, Any]) -> Change:
    later = db.execute("SELECT 1 FROM history WHERE entity = ? AND field = ? AND id > ? LIMIT 1",
                       [ENTITY, CURRENT_KEY, entry["id"]]).fetchone()
    if get_setting(db, CURRENT_KEY) != entry["after"] or later:
        raise _undo_stale(row)
    before = entry["before"]
    if before is None:  # no choice was stored: the app goes back to the newest open event
        db.execute("DELETE FROM settings WHERE key = ?", [CURRENT_KEY])
    else:
        previous = _event_row(db, int(before))
        if previous["archived"]:
            raise ValidationError("events.archived_not_current", title=previous["title"])
        set_setting(db, CURRENT_KEY, before)
    audit.record(db, actor, ENTITY, row["id"], CURRENT_KEY, entry["after"], before,
                 event_id=row["id"], undoes=int(entry["id"]), at=now)
    return Change(ENTITY, row["id"], CURRENT_KEY, entry["after"], before, row["version"])


def _undo_stale(row: dict[str, Any]) -> StaleEditError:
    return StaleEditError("events.undo_stale", current=row, title=row["title"],
                          **audit.stale_details(row))


def event_subjects(db: Database, ids: list[int]) -> dict[int, str]:
    """Events named by their title in the history feed."""
    marks = ",".join("?" * len(ids))
    return {r[0]: r[1] for r in db.execute(
        f"SELECT id, title FROM events WHERE id IN ({marks})", ids)}


def status_summary(db: Database) -> dict[str, Any]:
    """The `events` section of `status --json`: how many, how many archived, which is shown."""
    total, archived = db.execute(
        "SELECT count(*), coalesce(sum(archived != 0), 0) FROM events").fetchone()
    return {"total": total, "archived": archived, "current_id": queries.current_event_id(db)}


def shift_iso(text: str | None, shift: timedelta) -> str | None:
    """Move an ISO date-time by whole days in Vietnam time: 00:00 stays 00:00, 07:00 stays 07:00."""
    if not text:
        return text
    return (clock.parse_iso(text) + shift).isoformat()


def _new_slug(db: Database, slug: str, new_date: date) -> str:
    base = re.sub(r"(19|20)\d{2}", str(new_date.year), slug)
    if base == slug:
        base = f"{slug}-{new_date.year}"
    candidate, n = base, 2
    while db.execute("SELECT 1 FROM events WHERE slug = ?", [candidate]).fetchone():
        candidate = f"{base}-{n}"
        n += 1
    return candidate


def _insert_event(db: Database, source: dict[str, Any], new_date: date, shift: timedelta,
                  slug: str, title: str, now: str) -> int:
    cursor = db.execute(
        "INSERT INTO events (slug, title, organiser, venue, event_date, starts_at, "
        "attendees_expected, archived, source_file, created_at, cloned_from) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)",
        [slug, title, source["organiser"], source["venue"], new_date.isoformat(),
         shift_iso(source["starts_at"], shift), source["attendees_expected"],
         source["source_file"], now, source["id"]],
    )
    return int(cursor.lastrowid or 0)


def _copy_sessions(db: Database, source_id: int, new_id: int, shift: timedelta) -> None:
    for row in db.query("SELECT * FROM sessions WHERE event_id = ? ORDER BY position",
                        [source_id]):
        db.execute(
            "INSERT INTO sessions (event_id, name, starts_at, position) VALUES (?, ?, ?, ?)",
            [new_id, row["name"], shift_iso(row["starts_at"], shift), row["position"]],
        )


def _copy_tasks(db: Database, source_id: int, new_id: int, shift: timedelta) -> int:
    """Same plan, same units, deadlines moved with the event; status, notes, versions reset."""
    rows = list(db.query("SELECT * FROM tasks WHERE event_id = ? ORDER BY position", [source_id]))
    for row in rows:
        cursor = db.execute(
            "INSERT INTO tasks (event_id, code, section, title, source_text, lead_agency_id, "
            "due_at, recurrence, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [new_id, row["code"], row["section"], row["title"], row["source_text"],
             row["lead_agency_id"], shift_iso(row["due_at"], shift), row["recurrence"],
             row["position"]],
        )
        db.execute(
            "INSERT INTO task_supporters (task_id, agency_id) "
            "SELECT ?, agency_id FROM task_supporters WHERE task_id = ?",
            [cursor.lastrowid, row["id"]],
        )
    return len(rows)


def _copy_rows(db: Database, spec: CloneSpec, source_id: int, new_id: int, shift: timedelta,
               id_maps: dict[str, dict[int, int]], now: str) -> dict[int, int]:
    """Copy one feature table's rows of the event; progress columns back to their defaults."""
    info = list(db.query(f"PRAGMA table_info([{spec.table}])"))
    names = [c["name"] for c in info]
    if "event_id" not in names:
        return {}
    defaults = {c["name"]: c["dflt_value"] for c in info}
    has_id = "id" in names
    columns = [n for n in names if n != "id"]
    mapping: dict[int, int] = {}
    for row in db.query(f"SELECT * FROM [{spec.table}] WHERE event_id = ?", [source_id]):
        values = [_cloned_value(db, spec, c, row[c], defaults[c], new_id, shift, id_maps, now)
                  for c in columns]
        placeholders = ", ".join(
            f"({defaults[c]})" if c in RESET_COLUMNS and defaults[c] is not None else "?"
            for c in columns
        )
        params = [v for c, v in zip(columns, values, strict=True)
                  if not (c in RESET_COLUMNS and defaults[c] is not None)]
        quoted = ", ".join(f"[{c}]" for c in columns)
        cursor = db.execute(f"INSERT INTO [{spec.table}] ({quoted}) VALUES ({placeholders})",
                            params)
        if has_id:
            mapping[row["id"]] = int(cursor.lastrowid or 0)
    return mapping


def _cloned_value(db: Database, spec: CloneSpec, column: str, value: Any, default: Any,
                  new_id: int, shift: timedelta, id_maps: dict[str, dict[int, int]],
                  now: str) -> Any:
    if column == "event_id":
        return new_id
    if column in spec.remap and value is not None:
        return id_maps.get(spec.remap[column], {}).get(value)
    if column in RESET_COLUMNS:
        return None  # nullable progress column without a default
    if column == "created_at":
        return now
    if (column.endswith("_at") or column in SHIFT_COLUMNS) and isinstance(value, str):
        try:
            return shift_iso(value, shift)
        except clock.ClockError:
            return value
    return value
