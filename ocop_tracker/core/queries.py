"""Read-only SQL -> plain values and DataFrames."""

from __future__ import annotations

from typing import Any

import pandas as pd
from sqlite_utils import Database

from ocop_tracker.core import audit
from ocop_tracker.core.db import get_setting
from ocop_tracker.core.errors import NotFoundError

TASK_COLUMNS = [
    "id", "code", "section", "title", "source_text", "lead_agency_id", "lead_name",
    "lead_short", "supporter_ids", "supporters", "due_at", "recurrence", "status", "note",
    "completed_at", "updated_at", "updated_by", "version", "position",
    "dropped_at",  # set when a re-imported plan no longer names the task
    "approval",  # the state of the sign-off the task requires, None if it requires none
]


def data_revision(db: Database) -> int:
    """Grows with every audited write: a cheap key for caches shared by all sessions."""
    return db.execute("SELECT coalesce(max(id), 0) FROM history").fetchone()[0]


def is_demo(db: Database) -> bool:
    """True for the training database made by `init --demo`."""
    return get_setting(db, "demo") == "1"


def current_event_id(db: Database) -> int | None:
    """The event the app shows: the one chosen in settings, else the newest not archived."""
    chosen = get_setting(db, "current_event_id")
    if chosen is not None:
        return int(chosen)
    row = db.execute("SELECT id FROM events WHERE archived = 0 ORDER BY id DESC LIMIT 1").fetchone()
    return row[0] if row else None


def require_event_id(db: Database) -> int:
    """The current event's id; a refusal that says to load the plan when there is none."""
    event_id = current_event_id(db)
    if event_id is None:
        raise NotFoundError("error.no_event")
    return event_id


def event(db: Database, event_id: int) -> dict[str, Any]:
    """The event row with its sessions in order."""
    row = next(db.query("SELECT * FROM events WHERE id = ?", [event_id]))
    row["sessions"] = list(
        db.query(
            "SELECT name, starts_at FROM sessions WHERE event_id = ? ORDER BY position", [event_id]
        )
    )
    return row


def tasks(db: Database, event_id: int) -> pd.DataFrame:
    """Every task of the event with lead and supporting units, deadlines as aware date-times."""
    rows = list(
        db.query(
            """
            SELECT t.id, t.code, t.section, t.title, t.source_text, t.lead_agency_id,
                   a.name AS lead_name, a.short_name AS lead_short,
                   group_concat(s.agency_id, ',') AS supporter_ids,
                   group_concat(sa.short_name, ', ') AS supporters,
                   t.due_at, t.recurrence, t.status, t.note, t.completed_at,
                   t.updated_at, t.updated_by, t.version, t.position, t.dropped_at,
                   (SELECT ap.state FROM approvals ap
                    WHERE ap.entity = 'task' AND ap.entity_id = t.id) AS approval
            FROM tasks t
            JOIN agencies a ON a.id = t.lead_agency_id
            LEFT JOIN task_supporters s ON s.task_id = t.id
            LEFT JOIN agencies sa ON sa.id = s.agency_id
            WHERE t.event_id = ?
            GROUP BY t.id
            ORDER BY t.position
            """,
            [event_id],
        )
    )
    frame = pd.DataFrame(rows, columns=TASK_COLUMNS)
    for column in ("due_at", "completed_at", "updated_at"):
        frame[column] = pd.to_datetime(frame[column], format="ISO8601", utc=True).dt.tz_convert(
            "Asia/Ho_Chi_Minh"
        )
    for column in ("supporters", "supporter_ids", "updated_by", "note", "dropped_at"):
        frame[column] = frame[column].fillna("")
    return frame


def agencies(db: Database, event_id: int) -> pd.DataFrame:
    """Units named in the event's plan with their roles, in a stable order."""
    rows = db.query(
        """
        SELECT a.id, a.name, a.short_name, a.level, group_concat(ea.role, ',') AS roles
        FROM agencies a JOIN event_agencies ea ON ea.agency_id = a.id
        WHERE ea.event_id = ?
        GROUP BY a.id ORDER BY a.id
        """,
        [event_id],
    )
    return pd.DataFrame(list(rows), columns=["id", "name", "short_name", "level", "roles"])


def task_history(db: Database, task_id: int, limit: int = 20) -> list[dict[str, Any]]:
    """The latest changes to one task, newest first."""
    return list(
        db.query(
            "SELECT id, at, actor, field, before, after, undoes FROM history "
            "WHERE entity = 'task' AND entity_id = ? ORDER BY id DESC LIMIT ?",
            [task_id, limit],
        )
    )


def communes(db: Database) -> list[dict[str, Any]]:
    """The district's commune-level units in their usual order."""
    return list(db.query("SELECT id, name, kind FROM communes ORDER BY position"))


def recent_task_history(db: Database, event_id: int, per_task: int = 8) -> dict[int, list[dict]]:
    """The latest changes of every task of the event, newest first, in one query."""
    rows = db.query(
        """
        SELECT * FROM (
            SELECT h.*, row_number() OVER (PARTITION BY entity_id ORDER BY id DESC) AS n
            FROM history h WHERE h.event_id = ? AND h.entity = 'task'
        ) WHERE n <= ? ORDER BY entity_id, id DESC
        """,
        [event_id, per_task],
    )
    grouped: dict[int, list[dict]] = {}
    for row in rows:
        row.pop("n")
        grouped.setdefault(row["entity_id"], []).append(row)
    return grouped


def waiting_approvals(db: Database, event_id: int) -> list[dict[str, Any]]:
    """What waits for sign-off, oldest submission first, each named by its feature."""
    rows = list(db.query(
        "SELECT ap.entity, ap.entity_id, ap.due_at, ap.submitted_at, u.display_name AS approver, "
        "ag.short_name AS unit FROM approvals ap LEFT JOIN users u ON u.id = ap.approver_id "
        "JOIN agencies ag ON ag.id = ap.owner_agency_id "
        "WHERE ap.event_id = ? AND ap.state = 'waiting' ORDER BY ap.submitted_at, ap.id",
        [event_id]))
    return audit.name_subjects(db, rows)
