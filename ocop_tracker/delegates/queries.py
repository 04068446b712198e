"""Read-only SQL for delegates -> DataFrames, and the `attendees` section of status --json."""

from __future__ import annotations

from typing import Any

import pandas as pd
from sqlite_utils import Database

from ocop_tracker.delegates import model as delegates

GROUP_COLUMNS = ["id", "name", "position", "per_unit", "note", "quota", "updated_at",
                 "updated_by", "version"]
INVITEE_COLUMNS = ["id", "group_id", "group_name", "group_position", "name", "title", "unit",
                   "phone", "search_key", "status", "channel", "sent_at", "walk_in",
                   "arrived_at", "arrived_by", "updated_at", "updated_by", "version"]
COUNT_COLUMNS = ["id", "group_id", "label", "invited", "confirmed", "arrived", "updated_at",
                 "updated_by", "version"]


def groups(db: Database, event_id: int) -> pd.DataFrame:
    """The event's delegate groups in the plan's order (quota NULL = not set)."""
    rows = db.query(
        f"SELECT {', '.join(GROUP_COLUMNS)} FROM delegate_groups WHERE event_id = ? "
        "ORDER BY position", [event_id])
    frame = pd.DataFrame(list(rows), columns=GROUP_COLUMNS)
    frame["quota"] = frame["quota"].astype("Int64")
    frame["per_unit"] = frame["per_unit"].astype("Int64")
    return frame


def invitees(db: Database, event_id: int) -> pd.DataFrame:
    """Every named invitee (and walk-in) with the group's name, in group then list order."""
    rows = db.query(
        """
        SELECT i.id, i.group_id, g.name AS group_name, g.position AS group_position, i.name,
               i.title, i.unit, i.phone, i.search_key, i.status, i.channel, i.sent_at,
               i.walk_in, i.arrived_at, i.arrived_by, i.updated_at, i.updated_by, i.version
        FROM invitees i JOIN delegate_groups g ON g.id = i.group_id
        WHERE i.event_id = ?
        ORDER BY g.position, i.id
        """,
        [event_id],
    )
    return pd.DataFrame(list(rows), columns=INVITEE_COLUMNS)


def counts(db: Database, event_id: int) -> pd.DataFrame:
    """Groups tracked by numbers alone (e.g. 10 members of Đoàn Thanh niên)."""
    rows = db.query(
        f"SELECT {', '.join(COUNT_COLUMNS)} FROM delegate_counts WHERE event_id = ? ORDER BY id",
        [event_id])
    return pd.DataFrame(list(rows), columns=COUNT_COLUMNS)


def expected(db: Database, event_id: int) -> int:
    """Attendees the plan expects (II.3.2: 150)."""
    return db.execute("SELECT attendees_expected FROM events WHERE id = ?",
                      [event_id]).fetchone()[0]


def overview(db: Database, event_id: int) -> tuple[pd.DataFrame, delegates.Totals]:
    """Per-group table and event totals."""
    people = invitees(db, event_id)
    table = delegates.per_group(groups(db, event_id), people, counts(db, event_id))
    return table, delegates.totals(table, people, expected(db, event_id))


def attendees_status(db: Database, event_id: int) -> dict[str, Any]:
    """status --json "attendees"."""
    table, total = overview(db, event_id)
    return delegates.status_section(table, total)


def invitee(db: Database, invitee_id: int) -> dict[str, Any] | None:
    """One invitee row, or None."""
    rows = list(db.query("SELECT * FROM invitees WHERE id = ?", [invitee_id]))
    return rows[0] if rows else None
