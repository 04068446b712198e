"""Plan text (Kế hoạch, Thông báo, công văn) -> ParsedPlan: no database, no Streamlit.

A readable plan is never refused: what cannot be found or looks wrong becomes a warning
(see checks.py), and the importer asks for the required pieces. Only what cannot be read at
all (empty, binary, not Vietnamese, too large, a scanned PDF) raises PlanParseError.

The work is split by concern: reading.py (files), structure.py (lines, headings,
paragraphs), facts.py and sessions.py (the event), assign.py (tasks), checks.py (warnings).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from ocop_tracker.plan import checks, facts
from ocop_tracker.plan.assign import Context, read_tasks
from ocop_tracker.plan.dates import all_dates, plan_year
from ocop_tracker.plan.model import (
    Booth,
    FoundDate,
    Notes,
    ParsedPlan,
    PlanParseError,
    PlanTask,
    PlanWarning,
    Session,
)
from ocop_tracker.plan.reading import (
    MAX_FILE_BYTES,
    SUFFIXES,
    read_plan_bytes,
    read_plan_file,
)
from ocop_tracker.plan.sessions import read_sessions
from ocop_tracker.plan.structure import assignment_bounds, check_text, split_lines
from ocop_tracker.plan.vndates import VnDateError

__all__ = [
    "MAX_FILE_BYTES",
    "SUFFIXES",
    "Booth",
    "FoundDate",
    "ParsedPlan",
    "PlanParseError",
    "PlanTask",
    "PlanWarning",
    "Session",
    "parse_plan",
    "parse_plan_file",
    "read_plan_bytes",
    "read_plan_file",
]

NO_HEADING = (
    "Không thấy đề mục phân công (PHÂN CÔNG THỰC HIỆN, TỔ CHỨC THỰC HIỆN, …): đã đọc các "
    "đoạn giao việc cho đơn vị trong toàn văn bản."
)


def parse_plan_file(path: str | Path) -> ParsedPlan:
    """read_plan_file then parse_plan."""
    return parse_plan(read_plan_file(path))


def parse_plan(text: str) -> ParsedPlan:
    """Plan text -> ParsedPlan; only an unreadable text raises (PlanParseError, Vietnamese)."""
    try:
        return _parse(text)
    except PlanParseError:
        raise
    except VnDateError as exc:
        raise PlanParseError(str(exc)) from exc
    except Exception as exc:  # contract: the UI and CLI only ever handle PlanParseError
        raise PlanParseError(
            f"Không đọc được kế hoạch (lỗi nội bộ: {type(exc).__name__})."
        ) from exc


def _parse(text: str) -> ParsedPlan:
    """parse_plan without the error wrapping."""
    check_text(text)
    notes = Notes()
    lines = split_lines(text)
    bounds = assignment_bounds(lines)
    if bounds.head is None:
        notes.add("no_assignment_heading", NO_HEADING)
    year = plan_year(lines)
    # The lead-in line ("… về việc X, Ủy ban nhân dân xã phân công như sau:") still tells facts.
    before = lines[: bounds.head + 1] if bounds.head is not None else lines[: bounds.end]
    title, guessed = facts.title(before)
    organiser = facts.organiser(before)
    timing = read_sessions(before, year, title or "Sự kiện", notes)
    if not timing.sessions and bounds.head is not None:
        # "1. Ngày hội tổ chức vào ngày 15/6/2024, tại …" as the first item of the assignments
        later = read_sessions(lines[: bounds.end], year, title or "Sự kiện", notes)
        timing = later if later.sessions or later.untimed else timing
    sessions = timing.sessions
    event_date = _event_date(sessions, timing.untimed)
    default = _event_start(sessions, event_date)
    body_from = bounds.head + 1 if bounds.head is not None else 0
    facts_at = {s.line for s in sessions} | ({timing.untimed[1]} if timing.untimed else set())
    ctx = Context(bounds.roman, year, default, bounds.head is None, notes, frozenset(facts_at))
    tasks = read_tasks(lines[body_from : bounds.end], ctx)
    venue = _venue(sessions, before, timing.venue)
    if guessed:
        notes.add("title_guessed", "Tên kế hoạch lấy từ câu trích dẫn một kế hoạch khác: "
                  "cần kiểm tra lại.")
    checks.check_event(notes, title, organiser[0] if organiser else None, event_date, sessions,
                       venue, timing.untimed[1] if timing.untimed else None)
    checks.check_tasks(notes, tasks, sessions)
    found_dates = all_dates(lines, year, notes)
    return ParsedPlan(
        title=title,
        organiser=organiser[0] if organiser else None,
        event_date=event_date,
        sessions=sessions,
        venue=venue,
        attendees_expected=facts.attendees(before),
        booths=facts.booths(before),
        programme=facts.programme(before),
        tasks=tasks,
        dates=found_dates,
        warnings=tuple(notes.items),
    )


def _event_date(sessions: tuple[Session, ...], untimed: tuple[date, int] | None) -> date | None:
    """The first session's day, else a day written without a time."""
    if sessions:
        return min(s.start for s in sessions).date()
    return untimed[0] if untimed else None


def _venue(sessions: tuple[Session, ...], before: list[tuple[int, str]],
           said: str | None) -> str | None:
    """The first session's venue, else an 'Địa điểm:' line, else a place in running text."""
    if venue := next((s.venue for s in sessions if s.venue), None):
        return venue
    if line := facts.first_value(before, facts.PLACE_LINE):
        return facts.venue_of(line[0])
    return said


def _event_start(sessions: tuple[Session, ...], event_date: date | None) -> datetime | None:
    """Earliest session start on the event day: the default deadline of every task."""
    starts = [s.start for s in sessions if s.start.date() == event_date]
    return min(starts) if starts else None
