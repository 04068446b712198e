"""What the plan reader returns: frozen dataclasses, its error, and the JSON shape."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")


class PlanParseError(ValueError):
    """The plan cannot be read at all; the message says why, in Vietnamese."""


@dataclass(frozen=True)
class PlanWarning:
    """Something missing or doubtful in a readable plan, with the line it comes from."""

    code: str
    message: str
    line: int | None = None


@dataclass
class Notes:
    """Warnings collected while reading one plan (each said once)."""

    items: list[PlanWarning] = field(default_factory=list)

    def add(self, code: str, message: str, line: int | None = None) -> None:
        """Record a warning unless the same one is already there."""
        warning = PlanWarning(code, message, line)
        if warning not in self.items:
            self.items.append(warning)


@dataclass(frozen=True)
class Session:
    """A timed part of the event (exhibition, ceremony)."""

    name: str
    start: datetime
    venue: str | None
    line: int


@dataclass(frozen=True)
class Booth:
    """A group of exhibition booths."""

    count: int
    description: str
    line: int


@dataclass(frozen=True)
class PlanTask:
    """One assignment: lead unit, what to do, by when, and where in the plan it is written."""

    agency: str
    text: str
    deadline: datetime | None
    deadline_stated: bool
    weekdays: frozenset[int]
    supporting: tuple[str, ...]
    section: str
    lines: tuple[int, ...]
    sentence: str

    @property
    def recurring(self) -> bool:
        """True for a weekly duty."""
        return bool(self.weekdays)


@dataclass(frozen=True)
class FoundDate:
    """A date or date range written somewhere in the plan."""

    text: str
    start: date | datetime
    end: date | datetime
    is_deadline: bool
    line: int


@dataclass(frozen=True)
class ParsedPlan:
    """Everything the importer takes from a plan, plus what is missing or doubtful."""

    title: str | None
    organiser: str | None
    event_date: date | None
    sessions: tuple[Session, ...]
    venue: str | None
    attendees_expected: int | None
    booths: tuple[Booth, ...]
    programme: tuple[str, ...]
    tasks: tuple[PlanTask, ...]
    dates: tuple[FoundDate, ...]
    warnings: tuple[PlanWarning, ...] = ()

    def to_json_dict(self) -> dict[str, object]:
        """The shape printed by `python -m ocop_tracker import-plan FILE --json`."""
        return {
            "title": self.title,
            "organiser": self.organiser,
            "event": {
                "date": iso(self.event_date),
                "sessions": [{"name": s.name, "start": iso(s.start)} for s in self.sessions],
                "venue": self.venue,
            },
            "attendees_expected": self.attendees_expected,
            "booths": [{"count": b.count, "description": b.description} for b in self.booths],
            "programme": list(self.programme),
            "tasks": [_task_json(t) for t in self.tasks],
            "dates": [
                {"text": d.text, "start": iso(d.start), "end": iso(d.end)} for d in self.dates
            ],
            "warnings": [
                {"code": w.code, "message": w.message, "line": w.line} for w in self.warnings
            ],
        }


def vn(value: date | datetime) -> date | datetime:
    """A date-time put in Vietnam time; a plain date unchanged."""
    return value.replace(tzinfo=VN_TZ) if isinstance(value, datetime) else value


def iso(value: date | datetime | None) -> str | None:
    """ISO text, date-times with their +07:00 offset."""
    return None if value is None else vn(value).isoformat()


def _task_json(task: PlanTask) -> dict[str, object]:
    """One task in the import JSON."""
    return {
        "agency": task.agency,
        "text": task.text,
        "deadline": iso(task.deadline),
        "recurring": task.recurring,
        "supporting": list(task.supporting),
        "section": task.section,
        "line": task.lines[0],
    }
