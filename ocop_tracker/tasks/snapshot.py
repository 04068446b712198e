"""The readiness picture of one event at one moment: what the overview and `status --json` show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pandas as pd
from sqlite_utils import Database

from ocop_tracker.core import clock, queries
from ocop_tracker.tasks import readiness


@dataclass(frozen=True)
class Snapshot:
    """Everything the overview draws, computed once per data revision and minute."""

    event: dict[str, Any]
    now: datetime
    tasks: pd.DataFrame  # annotated
    summary: readiness.Summary
    agencies: pd.DataFrame
    deadlines: pd.DataFrame
    waiting: tuple[dict[str, Any], ...] = ()  # submissions waiting for sign-off, oldest first

    @property
    def starts_at(self) -> datetime:
        """The first session of the event, Vietnam time."""
        return clock.parse_iso(self.event["starts_at"])

    @property
    def phase(self) -> readiness.Phase:
        """Before, during or after the event day."""
        day = date.fromisoformat(self.event["event_date"])
        return readiness.phase(self.now, self.starts_at, day)

    @property
    def countdown_seconds(self) -> float:
        """Seconds to the first session (negative after it)."""
        return readiness.seconds_until(self.now, self.starts_at)


def snapshot(db: Database, event_id: int, now: datetime | None = None) -> Snapshot:
    """Read the event and compute its readiness as of now (Vietnam time)."""
    moment = clock.to_vn(now) if now else clock.now()
    event = queries.event(db, event_id)
    annotated = readiness.annotate(queries.tasks(db, event_id), moment)
    start = clock.parse_iso(event["starts_at"])
    return Snapshot(
        event=event,
        now=moment,
        tasks=annotated,
        summary=readiness.summary(annotated),
        agencies=readiness.by_agency(annotated),
        deadlines=readiness.deadlines(annotated, start, moment),
        waiting=tuple(queries.waiting_approvals(db, event_id)),
    )


def status_json(snap: Snapshot) -> dict[str, Any]:
    """The machine-readable summary printed by `python -m ocop_tracker status --json`."""
    s = snap.summary
    return {
        "event": {
            "title": snap.event["title"],
            "start": snap.starts_at.isoformat(),
            "venue": snap.event["venue"],
        },
        "now": snap.now.isoformat(timespec="seconds"),
        "phase": str(snap.phase),
        "countdown_seconds": int(snap.countdown_seconds),
        "tasks": {
            "total": s.total,
            "due": s.due,
            "done": s.done,
            "overdue": s.overdue,
            "due_within_1_day": s.due_within_1_day,
            "due_within_3_days": s.due_within_3_days,
            "due_within_7_days": s.due_within_7_days,
            "percent_done": s.percent_done,
            "recurring": s.recurring,
        },
        "agencies": [
            {
                "name": row.lead_name,
                "short_name": row.lead_short,
                "total": int(row.total),
                "done": int(row.done),
                "overdue": int(row.overdue),
            }
            for row in snap.agencies.itertuples(index=False)
        ],
        "deadlines": [
            {"due": due.isoformat(), "total": int(total), "done": int(done)}
            for due, total, done in zip(
                snap.deadlines["due_at"], snap.deadlines["total"], snap.deadlines["done"],
                strict=True
            )
        ],
    }
