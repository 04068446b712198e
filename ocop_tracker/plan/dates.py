"""Dates in a plan, line by line: the plan's year, every date found, impossible ones flagged."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from ocop_tracker.plan.model import VN_TZ, FoundDate, Notes, vn
from ocop_tracker.plan.structure import Lines
from ocop_tracker.plan.vndates import DateMatch, VnDateError, find_dates

_YEAR_IN_DATE = re.compile(
    r"(?:tháng\s+[0-9]{1,2}\s+năm\s+|(?<![0-9])[0-9]{1,2}([/.-])[0-9]{1,2}\1)([0-9]{4})(?![0-9])",
    re.IGNORECASE,
)
# "khai mạc lúc … ngày 2/12/2024 và bế mạc vào 21 giờ 00, ngày 8/12/2024": one range.
_OPEN_CLOSE = re.compile(r"khai\s+mạc.*bế\s+mạc", re.IGNORECASE)


def plan_year(lines: Lines) -> int | None:
    """The year dates without one belong to: the event's ('Thời gian:' lines), else the first."""
    timed = [t for _, t in lines if t.lower().lstrip("-–+• ").startswith("thời gian")]
    for text in [*timed, *(t for _, t in lines)]:
        m = _YEAR_IN_DATE.search(text)
        if m:
            return int(m.group(2))
    return None


def dates_in(text: str, line: int, year: int | None, notes: Notes) -> list[DateMatch]:
    """find_dates; a date that cannot exist is a warning on its line, and is skipped."""
    try:
        return find_dates(text, year)
    except VnDateError as exc:
        notes.add("bad_date", f"Dòng {line}: {exc}", line)
        return []


def all_dates(lines: Lines, year: int | None, notes: Notes) -> tuple[FoundDate, ...]:
    """Every date written in the document, line by line; open-and-close lines as one range."""
    found: list[FoundDate] = []
    for no, text in lines:
        matches = dates_in(text, no, year, notes)
        if len(matches) == 2 and _OPEN_CLOSE.search(text) and matches[0].start <= matches[1].end:
            first, last = matches
            whole = text[first.span[0] : last.span[1]]
            found.append(FoundDate(whole, vn(first.start), vn(last.end), False, no))
            continue
        found.extend(
            FoundDate(text[slice(*m.span)], vn(m.start), vn(m.end), m.is_deadline, no)
            for m in matches
        )
    return tuple(found)


def at_start_of(value: date | datetime) -> datetime:
    """A Vietnam-time date-time; a plain date means its 00:00."""
    if not isinstance(value, datetime):
        value = datetime.combine(value, time(0, 0))
    return value.replace(tzinfo=VN_TZ)
