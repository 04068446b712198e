"""Reads: units by name, contacts, deliveries and the summary status --json gives."""

from __future__ import annotations

import unicodedata
from typing import Any

from sqlite_utils import Database

from ocop_tracker.core.errors import NotFoundError
from ocop_tracker.reminders import addresses

Row = dict[str, Any]


def fold(text: str) -> str:
    """Lower case without diacritics, đ -> d, spaces squeezed: for finding a unit by name."""
    lowered = " ".join(unicodedata.normalize("NFC", text).casefold().replace("đ", "d").split())
    return "".join(c for c in unicodedata.normalize("NFD", lowered)
                   if not unicodedata.combining(c))


def find_unit(db: Database, name: str) -> Row:
    """The unit whose full or short name is `name` (case and diacritics aside)."""
    wanted = fold(name)
    for row in db.query("SELECT id, name, short_name FROM agencies ORDER BY id"):
        if wanted and wanted in (fold(row["name"]), fold(row["short_name"])):
            return row
    raise NotFoundError("rem.no_unit", unit=name)


def contacts(db: Database, agency_id: int | None = None) -> list[Row]:
    """Active contacts (of one unit, or all) with their unit's names, by unit then address."""
    where, params = ("AND c.agency_id = ?", [agency_id]) if agency_id is not None else ("", [])
    return list(db.query(
        "SELECT c.id, c.agency_id, a.name AS unit, a.short_name AS unit_short, c.address, "
        "c.created_at, c.updated_at, c.updated_by, c.version FROM reminder_contacts c "
        f"JOIN agencies a ON a.id = c.agency_id WHERE c.active = 1 {where} "
        "ORDER BY a.id, c.address", params))


def contact_subjects(db: Database, ids: list[int]) -> dict[int, str]:
    """'Phòng KT · phong-kt@ocop.example' for the history feed (a chat URL's token masked)."""
    marks = ",".join("?" * len(ids))
    return {r["id"]: f"{r['short_name']} · {addresses.shown(r['address'])}" for r in db.query(
        "SELECT c.id, a.short_name, c.address FROM reminder_contacts c "
        f"JOIN agencies a ON a.id = c.agency_id WHERE c.id IN ({marks})", ids)}


def deliveries(db: Database, limit: int = 100) -> list[Row]:
    """The latest deliveries tried or waiting, newest first, with unit and subject."""
    return list(db.query(
        "SELECT d.id, d.address, d.state, d.attempts, d.error, d.last_attempt_at, "
        "d.delivered_at, g.day, g.subject, g.created_at, a.short_name AS unit "
        "FROM reminder_deliveries d JOIN reminder_digests g ON g.id = d.digest_id "
        "JOIN agencies a ON a.id = g.agency_id "
        "ORDER BY coalesce(d.last_attempt_at, g.created_at) DESC, d.id DESC LIMIT ?", [limit]))


def status_summary(db: Database, event_id: int) -> dict[str, Any]:
    """status --json: the last run, deliveries by state, contacts."""
    counts = dict(db.execute(
        "SELECT d.state, count(*) FROM reminder_deliveries d "
        "JOIN reminder_digests g ON g.id = d.digest_id WHERE g.event_id = ? GROUP BY d.state",
        [event_id]).fetchall())
    last = db.execute("SELECT max(last_attempt_at) FROM reminder_deliveries").fetchone()[0]
    return {
        "last_run": last,
        "delivered": counts.get("delivered", 0),
        "failed": counts.get("failed", 0),
        "pending": counts.get("pending", 0) + counts.get("sending", 0),
        "contacts": db.execute(
            "SELECT count(*) FROM reminder_contacts WHERE active = 1").fetchone()[0],
    }


def last_digest_at(db: Database, event_id: int, agency_id: int, before_day: str) -> str | None:
    """When the unit's previous digest was made (its 'what changed' starts there)."""
    return db.execute(
        "SELECT max(created_at) FROM reminder_digests WHERE event_id = ? AND agency_id = ? "
        "AND day < ?", [event_id, agency_id, before_day]).fetchone()[0]
