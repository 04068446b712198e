"""The Hội quán OCOP's weekend log: every Saturday and Sunday after the ceremony the duty unit
records that the club was open, visitors and products shown and the issues raised; an issue
is escalated to Phòng Kinh tế, which forwards it to the Standing Committee for sign-off."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pandas as pd
from sqlite_utils import Database

from ocop_tracker.core import audit, clock, fmt, permissions
from ocop_tracker.core import queries as core_queries
from ocop_tracker.core.db import write_transaction
from ocop_tracker.core.errors import ValidationError
from ocop_tracker.core.models import Actor, Change
from ocop_tracker.core.strings import t
from ocop_tracker.signoff import approvals  # issues go up through the sign-off flow

WEEKEND = (5, 6)  # Saturday, Sunday (date.weekday())
COUNT_LIMIT = 100_000
TEXT_LIMIT = 1000


def ceremony_day(db: Database, event_id: int) -> date:
    """The day of the ceremony: the weekends after it are the club's."""
    return date.fromisoformat(core_queries.event(db, event_id)["event_date"])


def weekend_days(first_after: date, until: date) -> list[date]:
    """Saturdays and Sundays after `first_after` up to and including `until`."""
    days, day = [], first_after + timedelta(days=1)
    while day <= until:
        if day.weekday() in WEEKEND:
            days.append(day)
        day += timedelta(days=1)
    return days


def due_days(db: Database, event_id: int, now: datetime) -> list[date]:
    """Weekend days already over (a log is due by the end of its day)."""
    return weekend_days(ceremony_day(db, event_id), clock.to_vn(now).date() - timedelta(days=1))


def duty_agency_id(db: Database, event_id: int) -> int | None:
    """The unit that keeps the club running: the lead of the plan's weekly duty (III.1.1)."""
    found = db.execute("SELECT lead_agency_id FROM tasks WHERE event_id = ? AND recurrence "
                       "IS NOT NULL ORDER BY position LIMIT 1", [event_id]).fetchone()
    return found[0] if found else permissions.organiser_agency_id(db)


def _count(value: int | str, field: str) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValidationError("club.bad_count", field=field) from None
    if not 0 <= number <= COUNT_LIMIT:
        raise ValidationError("club.bad_count", field=field)
    return number


def log_weekend(db: Database, event_id: int, day: date, is_open: bool, visitors: int | str,
                products: int | str, note: str, issues: list[str], actor: Actor,
                at: str | None = None) -> Change:
    """Record one Saturday or Sunday (once; the issues raised become open issues)."""
    if day.weekday() not in WEEKEND or day <= ceremony_day(db, event_id):
        raise ValidationError("club.not_a_weekend", day=day.strftime("%d/%m/%Y"))
    counts = _count(visitors, "visitors"), _count(products, "products")
    issues = [i.strip() for i in issues if i.strip()]
    if len(note) > TEXT_LIMIT or any(len(i) > TEXT_LIMIT for i in issues):
        raise ValidationError("club.text_long", limit=TEXT_LIMIT)
    with write_transaction(db):
        agency = duty_agency_id(db, event_id)
        permissions.check_actor(actor, permissions.EDIT, agency)
        if db.execute("SELECT 1 FROM club_weekends WHERE event_id = ? AND day = ?",
                      [event_id, day.isoformat()]).fetchone():
            raise ValidationError("club.already_logged", day=day.strftime("%d/%m/%Y"))
        now = at or clock.now().isoformat()
        cursor = db.execute(
            "INSERT INTO club_weekends (event_id, day, agency_id, is_open, visitors, products, "
            "note, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [event_id, day.isoformat(), agency, int(is_open), *counts, note.strip(), now, now,
             actor.name])
        weekend_id = int(cursor.lastrowid or 0)
        row = {"id": weekend_id, "event_id": event_id, "version": 0}
        for text in issues:
            _add_issue(db, event_id, weekend_id, text, actor, now)
        return audit.change(db, actor, "club_weekend", row, "day", None, day.isoformat(),
                            action="create", now=now)


def _add_issue(db: Database, event_id: int, weekend_id: int, text: str, actor: Actor,
               now: str) -> None:
    cursor = db.execute(
        "INSERT INTO club_issues (event_id, weekend_id, text, created_at, updated_at, "
        "updated_by) VALUES (?, ?, ?, ?, ?, ?)", [event_id, weekend_id, text, now, now,
                                                   actor.name])
    audit.record(db, actor, "club_issue", int(cursor.lastrowid or 0), "text", None, text,
                 event_id=event_id, action="create", at=now)


def escalate(db: Database, issue_id: int, expected_version: int, actor: Actor) -> Change:
    """The duty unit escalates an open issue to Phòng Kinh tế."""
    with write_transaction(db):
        row = _issue(db, issue_id, expected_version)
        permissions.check_actor(actor, permissions.EDIT, duty_agency_id(db, row["event_id"]))
        if row["state"] != "open":
            raise ValidationError("club.not_open")
        return _set_state(db, row, actor, "escalated")


def forward(db: Database, issue_id: int, expected_version: int, approver_id: int,
            actor: Actor) -> Change:
    """Phòng Kinh tế forwards an escalated issue to the Standing Committee (to sign off)."""
    with write_transaction(db):
        row = _issue(db, issue_id, expected_version)
        if row["state"] != "escalated":
            raise ValidationError("club.not_escalated")
    approvals.require_approval(db, "club_issue", issue_id, approver_id, actor)
    found = approvals.for_subject(db, "club_issue", issue_id)
    assert found is not None
    return approvals.submit(db, int(found["id"]), int(found["version"]), actor)


def _issue(db: Database, issue_id: int, expected_version: int) -> dict[str, Any]:
    return audit.current(db, "club_issues", issue_id, expected_version,
                         missing_key="club.no_issue", stale_key="club.stale_issue")


def _set_state(db: Database, row: dict[str, Any], actor: Actor, state: str) -> Change:
    now = clock.now().isoformat()
    audit.update_versioned(db, "club_issues", row, actor, now, state=state)
    return audit.change(db, actor, "club_issue", row, "state", row["state"], state, now=now)


def undo_issue_change(db: Database, entry: dict[str, Any], actor: Actor, now: str) -> Change:
    """Take an escalation back (inside the undo's lock)."""
    row = audit.fetch(db, "club_issues", int(entry["entity_id"]), "undo.gone")
    return audit.undo_field(db, entry, actor, now, table="club_issues",
                            owner_agency_id=duty_agency_id(db, row["event_id"]),
                            stale_key="club.stale_issue")


WEEK_COLUMNS = ["day", "logged", "is_open", "visitors", "products", "note", "issues", "unit"]


def weeks(db: Database, event_id: int, now: datetime) -> pd.DataFrame:
    """Every weekend day due so far (and any logged ahead), logged or missing."""
    logged = {r["day"]: r for r in db.query(
        "SELECT w.*, a.short_name AS unit, (SELECT count(*) FROM club_issues i "
        "WHERE i.weekend_id = w.id) AS issues FROM club_weekends w "
        "LEFT JOIN agencies a ON a.id = w.agency_id WHERE w.event_id = ?", [event_id])}
    today = clock.to_vn(now).date().isoformat()
    days = sorted({d.isoformat() for d in due_days(db, event_id, now)}
                  | {d for d in logged if d <= today})
    rows = []
    for day in days:
        log = logged.get(day)
        rows.append([date.fromisoformat(day), log is not None,
                     bool(log["is_open"]) if log else None, log["visitors"] if log else 0,
                     log["products"] if log else 0, log["note"] if log else "",
                     log["issues"] if log else 0, log["unit"] if log else ""])
    return pd.DataFrame(rows, columns=WEEK_COLUMNS)


def issues(db: Database, event_id: int) -> list[dict[str, Any]]:
    """Every issue raised, open ones first, with its weekend."""
    return list(db.query(
        "SELECT i.*, w.day FROM club_issues i JOIN club_weekends w ON w.id = i.weekend_id "
        "WHERE i.event_id = ? ORDER BY i.state = 'resolved', w.day, i.id", [event_id]))


def status_section(db: Database, event_id: int, now: datetime) -> dict[str, int]:
    """status --json "clubhouse": weekend days due, logged (of those), issues not resolved."""
    due = [d.isoformat() for d in due_days(db, event_id, now)]
    logged = {r[0] for r in db.execute("SELECT day FROM club_weekends WHERE event_id = ?",
                                       [event_id])}
    open_issues = db.execute(
        "SELECT count(*) FROM club_issues i JOIN club_weekends w ON w.id = i.weekend_id "
        "WHERE i.event_id = ? AND i.state != 'resolved' AND w.day <= ?",
        [event_id, clock.to_vn(now).date().isoformat()]).fetchone()[0]
    return {"weekends_due": len(due), "weekends_logged": len(logged & set(due)),
            "open_issues": int(open_issues)}


def missing_days(db: Database, event_id: int, now: datetime) -> list[date]:
    """Weekend days over with no log: overdue on the overview."""
    logged = {r[0] for r in db.execute("SELECT day FROM club_weekends WHERE event_id = ?",
                                       [event_id])}
    return [d for d in due_days(db, event_id, now) if d.isoformat() not in logged]


def monthly(db: Database, event_id: int, now: datetime) -> pd.DataFrame:
    """Per month: weekend days due and logged, days open, visitors, products, issues."""
    frame = weeks(db, event_id, now)
    if frame.empty:
        return pd.DataFrame(columns=["month", "due", "logged", "open", "visitors", "products",
                                     "issues"])
    frame["month"] = [f"{d.month:02d}/{d.year}" for d in frame["day"]]
    frame["open_day"] = frame["is_open"].fillna(False).astype(bool)
    return frame.groupby("month", sort=False).agg(
        due=("day", "size"), logged=("logged", "sum"), open=("open_day", "sum"),
        visitors=("visitors", "sum"), products=("products", "sum"),
        issues=("issues", "sum")).reset_index()


def weekend_subjects(db: Database, ids: list[int]) -> dict[int, str]:
    """A weekend's log named in the feed by its day."""
    marks = ",".join("?" * len(ids))
    return {r[0]: t("club.subject", "vi", day=fmt.vn_date(date.fromisoformat(r[1])))
            for r in db.execute(
        f"SELECT id, day FROM club_weekends WHERE id IN ({marks})", ids)}


def issue_subjects(db: Database, ids: list[int]) -> dict[int, str]:
    """An issue named in the feed by its text."""
    marks = ",".join("?" * len(ids))
    return {r[0]: r[1][:60] for r in db.execute(
        f"SELECT id, text FROM club_issues WHERE id IN ({marks})", ids)}
