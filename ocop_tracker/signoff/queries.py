"""Reads of the sign-off feature: the approvers' queue and the figures every surface shows."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from ocop_tracker.signoff import evidence, subjects

QUEUE_SQL = """
SELECT ap.id, ap.entity, ap.entity_id, ap.state, ap.comment, ap.due_at, ap.submitted_at,
       ap.decided_at, ap.version, ap.approver_id, u.display_name AS approver,
       ag.short_name AS unit, ap.owner_agency_id
FROM approvals ap
JOIN agencies ag ON ag.id = ap.owner_agency_id
LEFT JOIN users u ON u.id = ap.approver_id
WHERE ap.event_id = ?
"""


def _named(db: Database, rows: list[dict[str, Any]], event_id: int) -> list[dict[str, Any]]:
    names = subjects.names(db, [(r["entity"], r["entity_id"]) for r in rows])
    files = evidence.counts(db, event_id)
    for row in rows:
        key = (row["entity"], row["entity_id"])
        row["subject"] = names.get(key, f"#{row['entity_id']}")
        row["evidence"] = files.get(key, 0)
    return rows


def queue(db: Database, event_id: int, approver_id: int | None = None) -> list[dict[str, Any]]:
    """What waits for sign-off (for one approver, or all), oldest submission first."""
    extra, params = ("AND ap.approver_id = ?", [approver_id]) if approver_id else ("", [])
    rows = list(db.query(f"{QUEUE_SQL} AND ap.state = 'waiting' {extra} "
                         "ORDER BY ap.submitted_at, ap.id", [event_id, *params]))
    return _named(db, rows, event_id)


def of_unit(db: Database, event_id: int, agency_id: int | None) -> list[dict[str, Any]]:
    """Every approval a unit has asked for (all, for the organiser's admin), returned first."""
    extra, params = ("AND ap.owner_agency_id = ?", [agency_id]) if agency_id else ("", [])
    rows = list(db.query(
        f"{QUEUE_SQL} {extra} ORDER BY CASE ap.state WHEN 'returned' THEN 0 WHEN 'draft' "
        "THEN 1 WHEN 'waiting' THEN 2 ELSE 3 END, ap.due_at, ap.id", [event_id, *params]))
    return _named(db, rows, event_id)


def status_section(db: Database, event_id: int) -> dict[str, Any]:
    """status --json "approvals": counts per state and who has what waiting since when."""
    counts = dict(db.execute("SELECT state, count(*) FROM approvals WHERE event_id = ? "
                             "GROUP BY state", [event_id]).fetchall())
    waiting = [{"approver": r[0], "count": r[1], "oldest": r[2]} for r in db.execute(
        "SELECT u.display_name, count(*), min(ap.submitted_at) FROM approvals ap "
        "JOIN users u ON u.id = ap.approver_id WHERE ap.event_id = ? AND ap.state = 'waiting' "
        "GROUP BY ap.approver_id ORDER BY min(ap.submitted_at)", [event_id])]
    return {"waiting": int(counts.get("waiting", 0)), "approved": int(counts.get("approved", 0)),
            "returned": int(counts.get("returned", 0)), "waiting_by_approver": waiting}
