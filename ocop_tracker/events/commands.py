"""Several events: the list, the current one, archive, and clone to a new date (with history)."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import pandas as pd
from sqlite_utils import Database

from ocop_tracker.core import clock, permissions, queries
from ocop_tracker.core.audit import update_versioned
from ocop_tracker.core.db import get_setting, set_setting, write_transaction
from ocop_tracker.core.errors import NotFoundError, StaleEditError, ValidationError
from ocop_tracker.core.models import Actor, Change

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
    rows = list(db.query("SELECT * FROM events WHERE id = ?", [event_id]))
    if not rows:
        raise NotFoundError("events.not_found", event_id=event_id)
    return rows[0]


# ------------------------------------------------------------------ writes

def set_current_event(db: Database, event_id: int, actor: Actor) -> Change:
    """Make event_id the one the whole app (and status/export) shows."""
    permissions.check_actor(actor, permissions.ADMIN)
    with write_transaction(db):
        row = _event_row(db, event_id)
        if row["archived"]:
            raise ValidationError("events.archived_not_current", title=row["title"])
        before = get_setting(db, "current_event_id")
        set_setting(db, "current_event_id", str(event_id))
        now = clock.now().isoformat()
        _audit(db, event_id, actor, now, "set_current", "current_event_id", before, str(event_id))
    return Change("event", event_id, "current_event_id", before, str(event_id), row["version"])


def set_archived(db: Database, event_id: int, archived: bool, expected_version: int,
                 actor: Actor) -> Change:
    """Archive a past event (read-only in lists) or bring it back."""
    permissions.check_actor(actor, permissions.ADMIN)
    with write_transaction(db):
        row = _current_event(db, event_id, expected_version)
        if bool(row["archived"]) == archived:
            return Change("event", event_id, "archived", str(row["archived"]),
                          str(row["archived"]), row["version"])
        if archived and str(event_id) == get_setting(db, "current_event_id"):
            raise ValidationError("events.current_not_archived")
        now = clock.now().isoformat()
        update_versioned(db, "events", row, actor, now, archived=int(archived))
        _audit(db, event_id, actor, now, "archive" if archived else "unarchive", "archived",
               str(row["archived"]), str(int(archived)))
    return Change("event", event_id, "archived", str(row["archived"]), str(int(archived)),
                  row["version"] + 1)


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
        _audit(db, new_id, actor, now, "clone", "cloned_from", None, str(source_id))
        _audit(db, new_id, actor, now, "clone", "tasks", None, str(count))
    return new_id


# ------------------------------------------------------------------ helpers


def _current_event(db: Database, event_id: int, expected_version: int) -> dict[str, Any]:
    row = _event_row(db, event_id)
    if row["version"] != expected_version:
        raise StaleEditError("events.stale", current=row, title=row["title"],
                             who=row["updated_by"] or "người khác")
    return row



def _audit(db: Database, event_id: int, actor: Actor, now: str, action: str, field_name: str,
           before: str | None, after: str | None) -> None:
    db.execute(
        "INSERT INTO history (at, actor, actor_agency_id, event_id, entity, entity_id, action, "
        "field, before, after) VALUES (?, ?, ?, ?, 'event', ?, ?, ?, ?, ?)",
        [now, actor.name, actor.agency_id, event_id, event_id, action, field_name, before, after],
    )


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
    return cursor.lastrowid


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
        params = [v for c, v in zip(columns, values)
                  if not (c in RESET_COLUMNS and defaults[c] is not None)]
        quoted = ", ".join(f"[{c}]" for c in columns)
        cursor = db.execute(f"INSERT INTO [{spec.table}] ({quoted}) VALUES ({placeholders})",
                            params)
        if has_id:
            mapping[row["id"]] = cursor.lastrowid
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
