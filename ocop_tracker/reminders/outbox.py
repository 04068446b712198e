"""A reminder run: record each digest and its deliveries first, then send what is owed.

Exactly once per unit and address per day: a digest row (event, unit, day) and one delivery
row per address are written in one transaction before anything is sent; a delivery is
claimed before sending and marked delivered or failed (with why) after. A failed one is
retried by the next run; a delivered one is never sent again, however often the run is
repeated (cron every 15 minutes is safe).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime
from html import escape
from typing import Any

from sqlite_utils import Database

from ocop_tracker.core import clock, queries
from ocop_tracker.core.db import write_transaction
from ocop_tracker.core.strings import t
from ocop_tracker.reminders import render, send
from ocop_tracker.reminders.digest import Digest, build_digests

# A delivery claimed this long ago and never marked was interrupted (crash, kill): retry it.
ABANDONED_AFTER_S = 15 * 60


def _retriable(alias: str = "") -> str:
    """Owed: waiting, failed, or claimed by a run that never came back."""
    return (f"({alias}state IN ('pending', 'failed') "
            f"OR ({alias}state = 'sending' AND {alias}claimed_epoch < ?))")


@dataclass(frozen=True)
class Outcome:
    """What happened to one delivery in this run."""

    unit: str
    address: str
    state: str
    error: str | None


@dataclass
class RunResult:
    """A run: today's digests and every delivery tried."""

    day: str
    digests: list[Digest]
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def failed(self) -> list[Outcome]:
        """Deliveries that failed in this run (to retry next time)."""
        return [o for o in self.outcomes if o.state == "failed"]

    def as_json(self, dry_run: bool) -> dict[str, Any]:
        """The --json shape: the date, each digest, and (when sent) each delivery."""
        out: dict[str, Any] = {"date": self.day, "digests": [d.as_json() for d in self.digests]}
        if not dry_run:
            out["deliveries"] = [o.__dict__ for o in self.outcomes]
        return out


def preview(db: Database, now: datetime | None = None,
            agency_id: int | None = None) -> RunResult:
    """What a run would send now; writes nothing."""
    moment = clock.to_vn(now) if now else clock.now()
    event_id = queries.require_event_id(db)
    return RunResult(moment.date().isoformat(), build_digests(db, event_id, moment, agency_id))


def run(db: Database, now: datetime | None = None, agency_id: int | None = None) -> RunResult:
    """Record today's digests, then send every delivery owed (today's and earlier failures)."""
    result = preview(db, now, agency_id)
    moment = clock.to_vn(now) if now else clock.now()
    event_id = queries.require_event_id(db)
    for digest in result.digests:
        if digest.recipients:
            record(db, event_id, digest)
    cancel_removed(db)
    for delivery in _owed(db, event_id, agency_id):
        result.outcomes.append(_attempt(db, delivery, moment))
    return result


def record(db: Database, event_id: int, digest: Digest) -> None:
    """The digest (once per unit and day) and one pending delivery per address, in one go."""
    with write_transaction(db):
        cursor = db.execute(
            "INSERT OR IGNORE INTO reminder_digests (event_id, agency_id, day, created_at, "
            "subject, body_text, body_html) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [event_id, digest.agency_id, digest.day.isoformat(), digest.now.isoformat(),
             render.subject(digest), render.text(digest), render.html(digest)])
        digest_id = db.execute(
            "SELECT id FROM reminder_digests WHERE event_id = ? AND agency_id = ? AND day = ?",
            [event_id, digest.agency_id, digest.day.isoformat()]).fetchone()[0]
        if cursor.rowcount:
            # Today's digest says everything an older undelivered one said, up to date.
            db.execute(
                "UPDATE reminder_deliveries SET state = 'superseded' WHERE state IN "
                "('pending', 'failed') AND digest_id IN (SELECT id FROM reminder_digests "
                "WHERE event_id = ? AND agency_id = ? AND id != ?)",
                [event_id, digest.agency_id, digest_id])
        for address in digest.recipients:  # an address added later today gets today's too
            db.execute("INSERT OR IGNORE INTO reminder_deliveries (digest_id, address) "
                       "VALUES (?, ?)", [digest_id, address])


def cancel_removed(db: Database) -> None:
    """A delivery still owed to an address the unit no longer has is not retried."""
    with write_transaction(db):
        db.execute(
            "UPDATE reminder_deliveries SET state = 'cancelled' WHERE state IN "
            "('pending', 'failed') AND NOT EXISTS (SELECT 1 FROM reminder_contacts c "
            "JOIN reminder_digests g ON g.agency_id = c.agency_id "
            "WHERE g.id = reminder_deliveries.digest_id "
            "AND c.address = reminder_deliveries.address AND c.active = 1)")


def _owed(db: Database, event_id: int, agency_id: int | None) -> list[dict[str, Any]]:
    where, params = ("AND g.agency_id = ?", [agency_id]) if agency_id is not None else ("", [])
    return list(db.query(
        "SELECT d.id, d.state, d.address, g.subject, g.body_text, g.body_html, "
        "a.short_name AS unit FROM reminder_deliveries d "
        "JOIN reminder_digests g ON g.id = d.digest_id JOIN agencies a ON a.id = g.agency_id "
        f"WHERE g.event_id = ? AND {_retriable('d.')} {where} ORDER BY d.id",
        [event_id, time.time() - ABANDONED_AFTER_S, *params]))


def _claim(db: Database, delivery_id: int, at: str) -> bool:
    """Take a delivery for this run; False when another run took it first."""
    with write_transaction(db):
        cursor = db.execute(
            "UPDATE reminder_deliveries SET state = 'sending', claimed_epoch = ?, "
            f"attempts = attempts + 1, last_attempt_at = ? WHERE id = ? AND {_retriable()}",
            [time.time(), at, delivery_id, time.time() - ABANDONED_AFTER_S])
        return cursor.rowcount == 1


def _attempt(db: Database, delivery: dict[str, Any], moment: datetime) -> Outcome:
    at = moment.isoformat()
    if not _claim(db, int(delivery["id"]), at):
        return Outcome(delivery["unit"], delivery["address"], "sending", None)
    try:
        send.deliver(delivery["address"], delivery["subject"], delivery["body_text"],
                     delivery["body_html"])
    except send.DeliveryError as exc:
        _mark(db, int(delivery["id"]), "failed", str(exc), None)
        send.LOG.warning("reminder to %s failed: %s", delivery["unit"], exc)
        return Outcome(delivery["unit"], delivery["address"], "failed", str(exc))
    _mark(db, int(delivery["id"]), "delivered", None, at)
    return Outcome(delivery["unit"], delivery["address"], "delivered", None)


def _mark(db: Database, delivery_id: int, state: str, error: str | None,
          delivered_at: str | None) -> None:
    with write_transaction(db):
        db.execute("UPDATE reminder_deliveries SET state = ?, error = ?, delivered_at = ?, "
                   "claimed_epoch = NULL WHERE id = ?", [state, error, delivered_at, delivery_id])


def send_test(unit: str, address: str) -> None:
    """A test message to one address (nothing recorded); DeliveryError when it fails."""
    body = t("rem.test_body", unit=unit)
    send.deliver(address, t("rem.test_subject"), body, f"<p>{escape(body)}</p>")
