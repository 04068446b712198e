"""The bundled plan (data/plan.toml) -> rows in the database, idempotently."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from ocop_tracker.booths import queries as booths
from ocop_tracker.core import audit, clock
from ocop_tracker.core.db import PROJECT_ROOT, get_setting, set_setting, write_transaction
from ocop_tracker.core.errors import PlanDataError
from ocop_tracker.core.models import Actor, Role
from ocop_tracker.core.strings import t
from ocop_tracker.delegates.commands import upsert_groups
from ocop_tracker.programme import queries as programme

DEFAULT_PLAN = PROJECT_ROOT / "data" / "plan.toml"


def system_actor() -> Actor:
    """Who installs the bundled plan from the command line (no account: nobody logged in)."""
    return Actor(name=t("plan.system_actor"), role=Role.ADMIN)


@dataclass(frozen=True)
class TaskSpec:
    """One assignment of the plan."""

    code: str
    section: str
    lead: str
    title: str
    source: str
    due: date | datetime | None = None  # a date means 00:00 of it ("trước ngày …")
    recurrence: str | None = None
    supporting: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlanSpec:
    """The whole plan file, checked."""

    event: dict[str, Any]
    sessions: tuple[tuple[str, time | datetime], ...]
    agencies: tuple[dict[str, Any], ...]
    communes: tuple[dict[str, Any], ...]
    tasks: tuple[TaskSpec, ...]
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def starts_at(self) -> datetime:
        """The first session of the event day, Vietnam time."""
        return min(self.session_moment(start) for _, start in self.sessions)

    def session_moment(self, start: time | datetime) -> datetime:
        """A session's start: a time of the event day, or (imported plans) a full moment."""
        if isinstance(start, datetime):
            return clock.to_vn(start)
        return datetime.combine(self.event["date"], start, clock.VN_TZ)


def load_plan(path: Path = DEFAULT_PLAN) -> PlanSpec:
    """Read and check a plan TOML file."""
    try:
        raw = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PlanDataError(f"Không đọc được tệp kế hoạch {path}: {exc}") from exc
    return _check(raw)


def _check(raw: dict[str, Any]) -> PlanSpec:
    event = raw.get("event") or {}
    for key in ("slug", "title", "organiser", "venue", "date"):
        if key not in event:
            raise PlanDataError(f"Thiếu trường event.{key} trong tệp kế hoạch.")
    if not isinstance(event["date"], date):
        raise PlanDataError("event.date phải là một ngày dạng 2024-09-28.")
    agencies = tuple(raw.get("agencies", []))
    keys = {a["key"] for a in agencies}
    tasks = tuple(_task_spec(t, keys) for t in raw.get("tasks", []))
    _check_unique([t.code for t in tasks], "mã nhiệm vụ")
    sessions = tuple(_session(s) for s in event.get("sessions", []))
    if not sessions:
        raise PlanDataError("Kế hoạch cần ít nhất một phiên (event.sessions).")
    if event["organiser"] not in keys:
        raise PlanDataError(f"Đơn vị tổ chức '{event['organiser']}' không có trong [[agencies]].")
    known = {"event", "agencies", "communes", "tasks"}
    extra = {k: v for k, v in raw.items() if k not in known}
    return PlanSpec(event, sessions, agencies, tuple(raw.get("communes", [])), tasks, extra)


def _task_spec(raw: dict[str, Any], agency_keys: set[str]) -> TaskSpec:
    code = raw.get("code", "?")
    for unit in [raw.get("lead"), *raw.get("supporting", [])]:
        if unit not in agency_keys:
            raise PlanDataError(f"Nhiệm vụ {code}: đơn vị '{unit}' không có trong [[agencies]].")
    due = raw.get("due")
    if due is not None and not isinstance(due, date):
        raise PlanDataError(f"Nhiệm vụ {code}: hạn '{due}' phải là ngày dạng 2024-09-20.")
    return TaskSpec(
        code=code,
        section=raw["section"],
        lead=raw["lead"],
        title=raw["title"],
        source=raw.get("source", ""),
        due=due,
        recurrence=raw.get("recurrence"),
        supporting=tuple(raw.get("supporting", [])),
    )


def _session(raw: dict[str, Any]) -> tuple[str, time]:
    try:
        return raw["name"], time.fromisoformat(raw["start"])
    except (KeyError, ValueError) as exc:
        raise PlanDataError(f"Phiên '{raw}' cần name và start dạng 07:00.") from exc


def _check_unique(values: list[str], what: str) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise PlanDataError(f"Trùng {what}: {value}")
        seen.add(value)


def install_plan(db: Database, plan: PlanSpec, actor: Actor | None = None) -> int:
    """Write the plan into the database in one transaction; progress already made is kept."""
    with write_transaction(db):
        event_id = write_plan(db, plan, actor or system_actor())
        if get_setting(db, "current_event_id") is None:
            set_setting(db, "current_event_id", str(event_id))
    return event_id


def write_plan(
    db: Database, plan: PlanSpec, actor: Actor, action: str = "install_plan"
) -> int:
    """install_plan's writes, inside the caller's transaction (the plan importer shares them)."""
    agency_ids = _upsert_agencies(db, plan.agencies)
    _upsert_communes(db, plan.communes)
    event_id = _upsert_event(db, plan, agency_ids)
    _upsert_tasks(db, event_id, plan, agency_ids)
    programme.install_steps(db, event_id, plan, agency_ids)
    booths.install_booths(db, event_id, plan.extra)
    upsert_groups(db, event_id, plan.extra.get("delegate_groups", []))
    # Not an "update": a plan is taken back by installing or importing its previous version.
    audit.record(db, actor, "event", event_id, "tasks", None, len(plan.tasks),
                 event_id=event_id, action=action)
    return event_id


def _upsert_agencies(db: Database, agencies: tuple[dict[str, Any], ...]) -> dict[str, int]:
    ids: dict[str, int] = {}
    for agency in agencies:
        db.execute(
            "INSERT INTO agencies (name, short_name, level) VALUES (?, ?, ?) "
            "ON CONFLICT(name) DO UPDATE SET short_name = excluded.short_name, "
            "level = excluded.level",
            [agency["name"], agency["short"], agency.get("level", "huyen")],
        )
        row = db.execute("SELECT id FROM agencies WHERE name = ?", [agency["name"]]).fetchone()
        ids[agency["key"]] = row[0]
    return ids


def _upsert_communes(db: Database, communes: tuple[dict[str, Any], ...]) -> None:
    for position, commune in enumerate(communes, start=1):
        db.execute(
            "INSERT INTO communes (name, kind, position) VALUES (?, ?, ?) "
            "ON CONFLICT(name) DO UPDATE SET kind = excluded.kind, position = excluded.position",
            [commune["name"], commune["kind"], position],
        )


def _upsert_event(db: Database, plan: PlanSpec, agency_ids: dict[str, int]) -> int:
    event = plan.event
    organiser = db.execute(
        "SELECT name FROM agencies WHERE id = ?", [agency_ids[event["organiser"]]]
    ).fetchone()[0]
    values = [
        event["title"],
        organiser,
        event["venue"],
        event["date"].isoformat(),
        plan.starts_at.isoformat(),
        int(event.get("attendees_expected", 0)),
        event.get("source_file"),
    ]
    db.execute(
        "INSERT INTO events (slug, title, organiser, venue, event_date, starts_at, "
        "attendees_expected, source_file, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(slug) DO UPDATE SET title = excluded.title, organiser = excluded.organiser, "
        "venue = excluded.venue, event_date = excluded.event_date, starts_at = excluded.starts_at, "
        "attendees_expected = excluded.attendees_expected, source_file = excluded.source_file",
        [event["slug"], *values, clock.now().isoformat()],
    )
    event_id = db.execute("SELECT id FROM events WHERE slug = ?", [event["slug"]]).fetchone()[0]
    _replace_sessions(db, event_id, plan)
    _replace_event_agencies(db, event_id, plan.agencies, agency_ids)
    return event_id


def _replace_sessions(db: Database, event_id: int, plan: PlanSpec) -> None:
    db.execute("DELETE FROM sessions WHERE event_id = ?", [event_id])
    for position, (name, start) in enumerate(plan.sessions, start=1):
        starts_at = plan.session_moment(start).isoformat()
        db.execute(
            "INSERT INTO sessions (event_id, name, starts_at, position) VALUES (?, ?, ?, ?)",
            [event_id, name, starts_at, position],
        )


def _replace_event_agencies(
    db: Database, event_id: int, agencies: tuple[dict[str, Any], ...], ids: dict[str, int]
) -> None:
    db.execute("DELETE FROM event_agencies WHERE event_id = ?", [event_id])
    for agency in agencies:
        for role in agency.get("roles", []):
            db.execute(
                "INSERT INTO event_agencies (event_id, agency_id, role) VALUES (?, ?, ?)",
                [event_id, ids[agency["key"]], role],
            )


def _due_at(task: TaskSpec, plan: PlanSpec) -> str:
    if task.due is None:
        return plan.starts_at.isoformat()
    if isinstance(task.due, datetime):  # an imported deadline with its own time of day
        return clock.to_vn(task.due).isoformat()
    return datetime.combine(task.due, time(0, 0), clock.VN_TZ).isoformat()


def _upsert_tasks(db: Database, event_id: int, plan: PlanSpec, ids: dict[str, int]) -> None:
    # Keyed by (event, code): a second load updates wording and deadlines but keeps
    # status, notes and version, so progress survives a corrected plan file.
    for position, task in enumerate(plan.tasks, start=1):
        db.execute(
            "INSERT INTO tasks (event_id, code, section, title, source_text, lead_agency_id, "
            "due_at, recurrence, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(event_id, code) DO UPDATE SET section = excluded.section, "
            "title = excluded.title, source_text = excluded.source_text, "
            "lead_agency_id = excluded.lead_agency_id, due_at = excluded.due_at, "
            "recurrence = excluded.recurrence, position = excluded.position",
            [event_id, task.code, task.section, task.title, task.source, ids[task.lead],
             _due_at(task, plan), task.recurrence, position],
        )
        task_id = db.execute(
            "SELECT id FROM tasks WHERE event_id = ? AND code = ?", [event_id, task.code]
        ).fetchone()[0]
        db.execute("DELETE FROM task_supporters WHERE task_id = ?", [task_id])
        for key in task.supporting:
            db.execute(
                "INSERT INTO task_supporters (task_id, agency_id) VALUES (?, ?)",
                [task_id, ids[key]],
            )
