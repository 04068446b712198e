"""What a readable plan leaves missing or doubtful, each said with the line it comes from.

A plan is never refused for these: the reader returns what it found and these warnings; the
import page asks for the missing pieces and the command line refuses to write until they are
given. Required to import: title, organiser, event date and start time, venue.
"""

from __future__ import annotations

from datetime import date, timedelta

from ocop_tracker.plan.model import Notes, PlanTask, Session
from ocop_tracker.plan.vndates import format_vn_date, format_vn_datetime

REQUIRED = ("title", "organiser", "date", "venue")
MISSING = {
    "title": "Chưa tìm thấy tên kế hoạch (dòng sau “KẾ HOẠCH”, “V/v …” hoặc “về việc …”).",
    "organiser": "Chưa tìm thấy cơ quan tổ chức (“Danh nghĩa tổ chức:”, “Cơ quan tổ chức:” "
    "hoặc cơ quan ban hành ở đầu văn bản).",
    "date": "Chưa tìm thấy ngày tổ chức sự kiện.",
    "time": "Có ngày tổ chức nhưng chưa có giờ bắt đầu.",
    "venue": "Chưa tìm thấy địa điểm tổ chức.",
}
YEAR = timedelta(days=366)


def missing_fields(
    title: str | None, organiser: str | None, event_date: date | None,
    sessions: tuple[Session, ...], venue: str | None,
) -> list[str]:
    """Names of the required fields a draft still lacks ('date' covers its start time)."""
    have = {
        "title": bool(title and title.strip()),
        "organiser": bool(organiser and organiser.strip()),
        "date": event_date is not None and bool(sessions),
        "venue": bool(venue and venue.strip()),
    }
    return [name for name in REQUIRED if not have[name]]


def check_event(
    notes: Notes, title: str | None, organiser: str | None, event_date: date | None,
    sessions: tuple[Session, ...], venue: str | None, untimed_line: int | None,
) -> None:
    """Warnings for the event's missing facts and its sessions at the same moment."""
    for name in missing_fields(title, organiser, event_date, sessions, venue):
        if name == "date" and event_date is not None:
            notes.add("missing_time", MISSING["time"], untimed_line)
        else:
            notes.add(f"missing_{name}", MISSING[name])
    seen: dict[object, Session] = {}
    for session in sessions:
        if (other := seen.get(session.start)) is not None:
            notes.add("same_time", f"Dòng {session.line}: “{session.name}” trùng giờ với "
                      f"“{other.name}” (dòng {other.line}), "
                      f"lúc {_when(session)}.", session.line)
        seen[session.start] = session


def _when(session: Session) -> str:
    """'08:00 ngày 18/05/2024'."""
    return format_vn_datetime(session.start).replace(" ", " ngày ", 1)


def check_tasks(notes: Notes, tasks: tuple[PlanTask, ...], sessions: tuple[Session, ...]
                ) -> None:
    """Warnings for tasks with no lead or a deadline that does not fit the event."""
    if not tasks:
        notes.add("no_tasks", "Chưa tìm thấy nhiệm vụ nào được giao cho đơn vị.")
    start = min((s.start for s in sessions), default=None)
    for task in tasks:
        line = task.lines[0]
        if not task.agency.strip():
            notes.add("no_lead", f"Dòng {line}: nhiệm vụ chưa có đơn vị chủ trì.", line)
        if start is None or task.deadline is None or not task.deadline_stated:
            continue
        due = format_vn_date(task.deadline)
        if task.deadline > start:
            notes.add("deadline_after_event", f"Dòng {line}: hạn {due} sau ngày tổ chức "
                      f"{format_vn_date(start)}.", line)
        elif task.deadline < start - YEAR:
            notes.add("deadline_too_early", f"Dòng {line}: hạn {due} sớm hơn ngày tổ chức "
                      f"{format_vn_date(start)} quá một năm (có thể ghi nhầm năm).", line)
