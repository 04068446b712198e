"""Deadline calendars (.ics, RFC 5545) with the `icalendar` library: Vietnam time, reminders."""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta
from typing import Any

import pandas as pd
from icalendar import Alarm, Calendar, Event
from sqlite_utils import Database

from ocop_tracker.core import clock, fmt, queries
from ocop_tracker.core.errors import NotFoundError
from ocop_tracker.core.strings import t
from ocop_tracker.tasks import readiness
from ocop_tracker.tasks.snapshot import Snapshot, snapshot

PRODID = "-//UBND huyen Hoc Mon//Theo doi chuan bi Le OCOP//VI"
DEADLINE_LENGTH = timedelta(minutes=30)
LAST_SESSION_LENGTH = timedelta(hours=3)
UID_DOMAIN = "ocop-tracker.hocmon"


def calendar_bytes(db: Database, event_id: int, agency: str | None = None,
                   now: datetime | None = None, lang: str = "vi") -> bytes:
    """One calendar for everything, or (agency = name or short name) for one unit."""
    return build_calendar(db, event_id, agency, now, lang).to_ical()


def build_calendar(db: Database, event_id: int, agency: str | None = None,
                   now: datetime | None = None, lang: str = "vi") -> Calendar:
    """Sessions of the event plus the deadlines of all tasks (or of one unit's tasks)."""
    snap = snapshot(db, event_id, now)
    tasks = readiness.one_off(snap.tasks)
    name = t("ics.calendar_name", lang, event=_short_title(snap))
    if agency:
        unit = find_agency(db, event_id, agency)
        tasks = tasks[(tasks["lead_agency_id"] == unit["id"])
                      | tasks["supporter_ids"].map(lambda s: str(unit["id"]) in s.split(","))]
        name = t("ics.unit_calendar_name", lang, unit=unit["short_name"])
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Asia/Ho_Chi_Minh")
    for event in _session_events(snap):
        cal.add_component(event)
    for event in _deadline_events(snap, tasks, lang):
        cal.add_component(event)
    cal.add_missing_timezones()  # VTIMEZONE for Asia/Ho_Chi_Minh, so TZID resolves anywhere
    return cal


def find_agency(db: Database, event_id: int, name: str) -> dict:
    """The unit whose name or short name matches (case, accents' Unicode form ignored)."""
    wanted = _norm(name)
    for row in queries.agencies(db, event_id).itertuples(index=False):
        if wanted in (_norm(row.name), _norm(row.short_name)):
            return {"id": int(row.id), "name": row.name, "short_name": row.short_name}
    raise NotFoundError("ics.no_unit", name=name)


def agency_slug(short_name: str) -> str:
    """ASCII file-name part for a unit: 'Phòng KT' -> 'phong-kt'."""
    plain = unicodedata.normalize("NFD", short_name.replace("Đ", "D").replace("đ", "d"))
    ascii_only = "".join(c for c in plain if c.isascii() and (c.isalnum() or c in " -"))
    return "-".join(ascii_only.lower().split()) or "don-vi"


def _norm(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold().strip()


def _short_title(snap: Snapshot) -> str:
    return f"{snap.event['title'][:60]} {fmt.vn_date(snap.starts_at)}"


def _stamp(event: Event, snap: Snapshot) -> None:
    event.add("dtstamp", snap.now.astimezone(clock.VN_TZ))


def _session_events(snap: Snapshot) -> list[Event]:
    sessions = snap.event["sessions"]
    starts = [clock.parse_iso(s["starts_at"]) for s in sessions]
    events = []
    for i, session in enumerate(sessions):
        end = starts[i + 1] if i + 1 < len(starts) else starts[i] + LAST_SESSION_LENGTH
        event = Event()
        event.add("uid", f"session-{snap.event['slug']}-{i + 1}@{UID_DOMAIN}")
        _stamp(event, snap)
        event.add("summary", session["name"])
        event.add("dtstart", starts[i])
        event.add("dtend", end)
        event.add("location", snap.event["venue"])
        event.add("description", snap.event["title"])
        for days in (1,):
            event.add_component(_alarm(timedelta(days=days), session["name"]))
        events.append(event)
    return events


def _deadline_events(snap: Snapshot, tasks: pd.DataFrame, lang: str) -> list[Event]:
    """A dated deadline is one event per task; 'before the ceremony' is one event per unit."""
    start = snap.starts_at
    dated = tasks[tasks["due_at"] != start]
    events = [_task_event(snap, row, lang) for row in dated.itertuples(index=False)]
    at_start = tasks[tasks["due_at"] == start]
    for (lead, short), group in at_start.groupby(["lead_name", "lead_short"], sort=False):
        events.append(_group_event(snap, short, lead, group, lang))
    return events


def _task_event(snap: Snapshot, row: Any, lang: str) -> Event:
    due = clock.to_vn(row.due_at.to_pydatetime())
    summary = t("ics.deadline", lang, task=f"{row.title} ({row.lead_short})")
    lines = [t("ics.due_text", lang, due=fmt.vn_deadline(due, lang)),
             t("ics.lead", lang, unit=row.lead_name)]
    if row.supporters:
        lines.append(t("ics.supporting", lang, units=row.supporters))
    lines.append(f"{row.code}: {row.source_text or row.title}")
    event = _deadline_event(snap, f"task-{snap.event['slug']}-{row.code}", summary, due, lines)
    return event


def _group_event(snap: Snapshot, short: str, lead: str, group: pd.DataFrame,
                 lang: str) -> Event:
    summary = t("ics.deadline_group", lang, unit=short, n=len(group))
    lines = [t("ics.lead", lang, unit=lead),
             t("ics.due_text", lang, due=fmt.vn_deadline(snap.starts_at, lang))]
    lines += [f"- {r.code}: {r.title}" for r in group.itertuples(index=False)]
    uid = f"before-start-{snap.event['slug']}-{agency_slug(short)}"
    return _deadline_event(snap, uid, summary, snap.starts_at, lines)


def _deadline_event(snap: Snapshot, uid: str, summary: str, due: datetime,
                    lines: list[str]) -> Event:
    event = Event()
    event.add("uid", f"{uid}@{UID_DOMAIN}")
    _stamp(event, snap)
    event.add("summary", summary)
    event.add("dtstart", due)
    event.add("dtend", due + DEADLINE_LENGTH)
    event.add("description", "\n".join(lines))
    event.add("categories", ["OCOP"])
    event.add("transp", "TRANSPARENT")  # a deadline, not a meeting: does not block time
    for days in readiness.WARNING_DAYS:
        event.add_component(_alarm(timedelta(days=days), summary))
    return event


def _alarm(before: timedelta, summary: str) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", -before)
    alarm.add("description", t("ics.reminder", days=before.days, summary=summary))
    return alarm
