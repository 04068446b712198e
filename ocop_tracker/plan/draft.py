"""A draft plan completed by its reader: missing facts filled in, new units accepted or mapped.

The page (and tests) call these before importing; nothing here touches the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time

from sqlite_utils import Database

from ocop_tracker.plan.checks import missing_fields
from ocop_tracker.plan.model import ParsedPlan, PlanTask, Session
from ocop_tracker.plan.units import fold, plain, resolve_unit, short_name

FILLED_CODES = {
    "title": ("missing_title", "title_guessed"),
    "organiser": ("missing_organiser",),
    "date": ("missing_date", "missing_time"),
    "venue": ("missing_venue",),
}


def missing(parsed: ParsedPlan) -> list[str]:
    """Required fields the draft still lacks: 'title', 'organiser', 'date', 'venue'."""
    return missing_fields(parsed.title, parsed.organiser, parsed.event_date, parsed.sessions,
                          parsed.venue)


def fill(
    parsed: ParsedPlan,
    title: str | None = None,
    organiser: str | None = None,
    start: datetime | None = None,
    venue: str | None = None,
) -> ParsedPlan:
    """The draft with the given facts put in (a value left None keeps what was read)."""
    done = {name for name, value in (("title", title), ("organiser", organiser),
                                     ("date", start), ("venue", venue)) if value}
    plan = replace(
        parsed,
        title=(title or "").strip() or parsed.title,
        organiser=(organiser or "").strip() or parsed.organiser,
        venue=(venue or "").strip() or parsed.venue,
    )
    if start is not None:
        plan = _with_start(plan, start)
    dropped = {code for name in done for code in FILLED_CODES[name]}
    return replace(plan, warnings=tuple(w for w in plan.warnings if w.code not in dropped))


def _with_start(plan: ParsedPlan, start: datetime) -> ParsedPlan:
    """The event starting at start: one session, and undated tasks due then."""
    line = plan.sessions[0].line if plan.sessions else 0
    session = Session(plan.title or "Sự kiện", start, plan.venue, line)
    tasks = tuple(t if t.deadline_stated else replace(t, deadline=start) for t in plan.tasks)
    return replace(plan, event_date=start.date(), sessions=(session,), tasks=tasks)


def unit_names(parsed: ParsedPlan) -> list[str]:
    """Every unit the plan names (organiser, leads, supporters), each once, in order."""
    names = [parsed.organiser or ""]
    for task in parsed.tasks:
        names += [task.agency, *task.supporting]
    return list(dict.fromkeys(n for n in names if n.strip()))


def new_units(db: Database | None, parsed: ParsedPlan) -> list[tuple[str, str]]:
    """(name, proposed short name) of units neither known nor already in the database."""
    existing = set()
    if db is not None:
        existing = {_key(r["name"]) for r in db.query("SELECT name FROM agencies")}
    return [(name, short_name(name)) for name in unit_names(parsed)
            if resolve_unit(name) is None and _key(name) not in existing]


def _key(name: str) -> str:
    return plain(" ".join(fold(name).casefold().split()))


def map_units(parsed: ParsedPlan, mapping: dict[str, str]) -> ParsedPlan:
    """The draft with units renamed (a new unit mapped to an existing one)."""
    if not mapping:
        return parsed

    def name(value: str) -> str:
        return mapping.get(value, value)

    def task(t: PlanTask) -> PlanTask:
        helpers = tuple(dict.fromkeys(name(s) for s in t.supporting if name(s) != name(t.agency)))
        return replace(t, agency=name(t.agency), supporting=helpers)

    organiser = name(parsed.organiser) if parsed.organiser else None
    return replace(parsed, organiser=organiser, tasks=tuple(task(t) for t in parsed.tasks))


@dataclass(frozen=True)
class Guesses:
    """Best guesses for the required facts a draft lacks (None: no guess)."""

    title: str | None
    organiser: str | None
    day: date | None
    start: time | None
    venue: str | None


_AUTHORITY = re.compile(
    r"(?:Ủy\s+ban\s+nhân\s+dân|UBND)\s+(?:huyện|xã|phường|tỉnh|quận|thành\s+phố|thị\s+xã)"
    r"(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ0-9][\w]*)+"
)
_PLACE = re.compile(r"(?<!\w)tại\s+(?P<v>[A-ZĐ][^.;,]{3,80})")
_TITLE_LINE = re.compile(r"^(?:Tổ\s+chức|Lễ|Hội\s+chợ|Ngày\s+hội|Tuần\s+lễ|Triển\s+lãm|Chương"
                         r"\s+trình)\b.{5,200}$", re.IGNORECASE)


# A sentence that says when or where is not a title.
_SAYS_WHEN = re.compile(r"[0-9]+\s*(?:giờ|/)|(?<!\w)(?:vào|tại|được)(?!\w)")


def guesses(parsed: ParsedPlan, text: str) -> Guesses:
    """What the page offers in the fields of a missing fact."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    title = parsed.title or next(
        (x for x in lines if _TITLE_LINE.match(x) and not _SAYS_WHEN.search(x)), None)
    found = _AUTHORITY.search(text)
    organiser = parsed.organiser or (" ".join(found.group(0).split()) if found else None)
    dated = [d for d in parsed.dates if not d.is_deadline]
    first = dated[0].start if dated else None
    day = parsed.event_date or (first.date() if isinstance(first, datetime) else first)
    start = parsed.sessions[0].start.time() if parsed.sessions else (
        first.time() if isinstance(first, datetime) else None)
    place = _PLACE.search(text)
    venue = parsed.venue or (place.group("v").strip() if place else None)
    return Guesses(title, organiser, day, start, venue)
