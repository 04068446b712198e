"""What each unit's daily digest says: overdue, due within 7 days, what changed, the duty."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import pandas as pd
from sqlite_utils import Database

from ocop_tracker.core import clock, queries
from ocop_tracker.core.models import Status
from ocop_tracker.reminders import queries as rq

PUBLIC_URL_ENV = "OCOP_PUBLIC_URL"
DEFAULT_PUBLIC_URL = "http://localhost:8501"
HORIZON_DAYS = 7  # the follow-up tools warn at 7, 3 and 1 days before a deadline
WINDOWS = (1, 3, 7)
FIRST_CHANGES_SINCE = timedelta(days=1)  # a unit's first digest tells what changed since yesterday
CHANGE_FIELDS = ("status", "note")


@dataclass(frozen=True)
class Item:
    """One task in a digest: its deadline and, for a supporting unit, that it supports."""

    code: str
    title: str
    deadline: datetime
    days_left: int  # whole days, rounded up (negative: days overdue)
    supporting: bool
    lead: str  # the lead unit's short name (a supporting unit is told whom it supports)


@dataclass(frozen=True)
class TaskChange:
    """One change to a unit's task since its last digest."""

    code: str
    field: str
    after: str | None
    actor: str
    at: datetime


@dataclass(frozen=True)
class Digest:
    """One unit's digest for one day."""

    agency_id: int
    unit: str
    unit_short: str
    day: date
    now: datetime
    event_title: str
    recipients: list[str]
    overdue: list[Item]
    due: list[Item]
    changes: list[TaskChange]
    first: bool  # no earlier digest: the changes are those of the last 24 hours
    duty: tuple[str, date] | None
    link: str

    def worth_sending(self) -> bool:
        """Nothing due, nothing overdue and nothing changed: the unit gets nothing."""
        return bool(self.overdue or self.due or self.changes)

    def due_within(self, days: int) -> list[Item]:
        """Due items with at most `days` days left."""
        return [i for i in self.due if i.days_left <= days]

    def as_json(self) -> dict[str, Any]:
        """The --dry-run --json shape."""
        return {
            "unit": self.unit,
            "recipients": self.recipients,
            "overdue": [{"code": i.code, "title": i.title,
                         "deadline": i.deadline.isoformat()} for i in self.overdue],
            "due": [{"code": i.code, "title": i.title, "deadline": i.deadline.isoformat(),
                     "days_left": i.days_left} for i in self.due],
            "changed": len(self.changes),
        }


def public_link(agency_id: int) -> str:
    """The unit's own board: OCOP_PUBLIC_URL + the tasks page with the unit chosen."""
    base = (os.environ.get(PUBLIC_URL_ENV) or DEFAULT_PUBLIC_URL).strip().rstrip("/")
    return f"{base}/nhiem-vu?unit={agency_id}"


def build_digests(db: Database, event_id: int, now: datetime,
                  agency_id: int | None = None) -> list[Digest]:
    """The digests worth sending today (or the one unit's), by unit."""
    now = clock.to_vn(now)
    tasks = _live_tasks(queries.tasks(db, event_id))
    title = queries.event(db, event_id)["title"]
    units = {r["id"]: r for r in db.query("SELECT id, name, short_name FROM agencies")}
    digests = []
    for unit_id in _units_of(tasks):
        if agency_id is not None and unit_id != agency_id:
            continue
        digest = _digest(db, event_id, tasks, units[unit_id], title, now)
        if digest.worth_sending():
            digests.append(digest)
    return digests


def _live_tasks(tasks: pd.DataFrame) -> pd.DataFrame:
    # A task the latest plan no longer names is nobody's reminder.
    return tasks[tasks["dropped_at"].fillna("") == ""]


def _units_of(tasks: pd.DataFrame) -> list[int]:
    ids = set(tasks["lead_agency_id"].astype(int))
    for supporters in tasks["supporter_ids"]:
        ids.update(_ids(supporters))
    return sorted(ids)


def _unit_tasks(tasks: pd.DataFrame, unit_id: int) -> pd.DataFrame:
    supports = [unit_id in _ids(s) for s in tasks["supporter_ids"]]
    mine = tasks[(tasks["lead_agency_id"] == unit_id) | pd.Series(supports, index=tasks.index)]
    return mine.assign(supporting=mine["lead_agency_id"] != unit_id)


def _ids(supporters: object) -> set[int]:
    return {int(i) for i in supporters.split(",") if i} if isinstance(supporters, str) else set()


def _digest(db: Database, event_id: int, tasks: pd.DataFrame, unit: dict[str, Any],
            title: str, now: datetime) -> Digest:
    mine = _unit_tasks(tasks, int(unit["id"]))
    since = rq.last_digest_at(db, event_id, int(unit["id"]), now.date().isoformat())
    one_off = mine[mine["recurrence"].isna() & (mine["status"] != Status.DONE)]
    items = sorted((_item(r, now) for r in one_off.itertuples(index=False)),
                   key=lambda i: i.deadline)
    return Digest(
        agency_id=int(unit["id"]), unit=unit["name"], unit_short=unit["short_name"],
        day=now.date(), now=now, event_title=title,
        recipients=[c["address"] for c in rq.contacts(db, int(unit["id"]))],
        overdue=[i for i in items if i.deadline <= now],
        due=[i for i in items if now < i.deadline <= now + timedelta(days=HORIZON_DAYS)],
        changes=_changes(db, event_id, mine, since, now),
        first=since is None,
        duty=_next_duty(mine, now),
        link=public_link(int(unit["id"])),
    )


def _item(row: Any, now: datetime) -> Item:
    seconds = (row.due_at - now).total_seconds()
    days = math.ceil(seconds / 86_400) if seconds > 0 else -math.ceil(-seconds / 86_400)
    return Item(row.code, row.title, row.due_at, days, bool(row.supporting), row.lead_short)


def _changes(db: Database, event_id: int, mine: pd.DataFrame, since: str | None,
             now: datetime) -> list[TaskChange]:
    start = since or (now - FIRST_CHANGES_SINCE).isoformat()
    codes = dict(zip(mine["id"].astype(int), mine["code"], strict=True))
    if not codes:
        return []
    marks = ",".join("?" * len(codes))
    rows = db.query(
        "SELECT entity_id, field, after, actor, at FROM history WHERE entity = 'task' "
        f"AND entity_id IN ({marks}) AND at > ? AND at <= ? ORDER BY at, id",
        [*codes, start, now.isoformat()])
    return [TaskChange(codes[r["entity_id"]], r["field"], r["after"], r["actor"],
                       clock.parse_iso(r["at"]))
            for r in rows if r["field"] in CHANGE_FIELDS]


def _next_duty(mine: pd.DataFrame, now: datetime) -> tuple[str, date] | None:
    """The recurring duty's next day: from its start, on the weekdays it names (weekly:6,7)."""
    for row in mine[mine["recurrence"].notna()].itertuples(index=False):
        kind, _, days = str(row.recurrence).partition(":")
        weekdays = {int(d) for d in days.split(",") if d.strip().isdigit()}
        if kind != "weekly" or not weekdays:
            continue
        day = max(now.date(), clock.to_vn(row.due_at).date())
        while day.isoweekday() not in weekdays:
            day += timedelta(days=1)
        return row.title, day
    return None
