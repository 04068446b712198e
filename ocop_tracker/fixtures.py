"""The one seeded writer of sample data: demo database, tests and benchmarks all use it."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from sqlite_utils import Database

from ocop_tracker import accounts, booth_demo, clock, commands, queries
from ocop_tracker.db import open_db, set_setting, write_transaction
from ocop_tracker.models import Actor, Status
from ocop_tracker.plandata import DEFAULT_PLAN, install_plan, load_plan

DEMO_AS_OF = datetime(2024, 9, 18, 9, 0, tzinfo=clock.VN_TZ)
DEMO_SEED = 2024

# Realistic progress ten days before the ceremony: most paperwork done, the trailer and
# standees under way, one task blocked, a few not started.
DEMO_PROGRESS: dict[str, tuple[Status, str]] = {
    "III.1-01": (Status.DONE, "Đã gửi văn bản đến các đoàn thể ngày 12/9."),
    "III.1-02": (Status.IN_PROGRESS, ""),
    "III.1.1-01": (Status.DONE, "Dự thảo quyết định thành lập CLB đã trình."),
    "III.1.1-03": (Status.IN_PROGRESS, "9/12 xã – thị trấn đã đăng ký chủ thể tham gia."),
    "III.1.1-05": (Status.IN_PROGRESS, "Đã dựng bản nháp trailer 45 giây, chờ góp ý."),
    "III.1.2-01": (Status.BLOCKED, "Chờ bàn giao mặt bằng Hội quán."),
    "III.1.3-02": (Status.IN_PROGRESS, ""),
    "III.2-01": (Status.IN_PROGRESS, ""),
    "III.2-02": (Status.DONE, ""),
    "III.2-03": (Status.IN_PROGRESS, ""),
    "III.2-04": (Status.IN_PROGRESS, "Kịch bản bản 2 đang lấy ý kiến."),
    "III.2-05": (Status.DONE, "Cử đ/c Trần Minh Tâm dẫn chương trình."),
    "III.2-07": (Status.DONE, ""),
    "III.2-08": (Status.DONE, ""),
    "III.2-09": (Status.DONE, ""),
    "III.2-10": (Status.DONE, "Dự toán đã gửi Phòng TC-KH ngày 10/9."),
    "III.2-11": (Status.IN_PROGRESS, ""),
    "III.2-12": (Status.IN_PROGRESS, ""),
    "III.2-13": (Status.IN_PROGRESS, "Đã có 9/14 bản thiết kế standee."),
    "III.3-01": (Status.DONE, ""),
    "III.3-03": (Status.IN_PROGRESS, ""),
    "III.4-01": (Status.DONE, ""),
    "III.5-01": (Status.DONE, "Đã trình UBND huyện duyệt kinh phí."),
    "III.6-01": (Status.DONE, ""),
    "III.7-01": (Status.IN_PROGRESS, ""),
    "III.8-01": (Status.IN_PROGRESS, ""),
    "III.8-02": (Status.IN_PROGRESS, ""),
}

DEMO_PEOPLE = (
    "Nguyễn Thị Lan", "Trần Minh Tâm", "Lê Văn Hùng", "Phạm Thu Hà", "Võ Quốc Bảo",
)


def build_plan_db(path: str | Path, plan_path: Path = DEFAULT_PLAN) -> Database:
    """A database at path holding the bundled plan (no progress)."""
    db = open_db(path)
    install_plan(db, load_plan(plan_path))
    return db


def build_demo_db(path: str | Path, as_of: datetime = DEMO_AS_OF, seed: int = DEMO_SEED) -> Database:
    """The training database: the plan plus realistic progress as of `as_of`."""
    db = build_plan_db(path)
    with write_transaction(db):
        set_setting(db, "demo", "1")
    event_id = queries.current_event_id(db)
    write_progress(db, event_id, as_of, seed)
    accounts.create_demo_accounts(db, task_unit_ids(db, event_id))
    booth_demo.write_booth_demo(db, event_id, as_of, seed)
    return db


def task_unit_ids(db: Database, event_id: int) -> list[int]:
    """Units that lead or support a task of the event: each gets a demo account."""
    return [r[0] for r in db.execute(
        "SELECT lead_agency_id FROM tasks WHERE event_id = ? UNION "
        "SELECT s.agency_id FROM task_supporters s JOIN tasks t ON t.id = s.task_id "
        "WHERE t.event_id = ? ORDER BY 1", [event_id, event_id]).fetchall()]


def write_progress(db: Database, event_id: int, as_of: datetime, seed: int = DEMO_SEED) -> int:
    """Apply DEMO_PROGRESS through the write path, dated in the week before `as_of`."""
    rng = random.Random(seed)
    tasks = queries.tasks(db, event_id).set_index("code")
    planned = [
        (_office_hours_before(as_of, rng), code, status, note)
        for code, (status, note) in DEMO_PROGRESS.items()
        if code in tasks.index
    ]
    for moment, code, status, note in sorted(planned):  # history reads in time order
        actor = Actor(rng.choice(DEMO_PEOPLE), int(tasks.at[code, "lead_agency_id"]))
        _apply(db, int(tasks.at[code, "id"]), status, note, moment, actor)
    return len(planned)


def _office_hours_before(as_of: datetime, rng: random.Random) -> datetime:
    """A moment between 07:30 and 16:30 on one of the eight days before as_of."""
    day = as_of.date() - timedelta(days=rng.randint(1, 8))
    minutes = rng.randint(7 * 60 + 30, 16 * 60 + 30)
    return datetime.combine(day, datetime.min.time(), clock.VN_TZ) + timedelta(minutes=minutes)


def _apply(db: Database, task_id: int, status: Status, note: str, moment: datetime,
           actor: Actor) -> None:
    with clock.frozen_at(moment):
        version = _version(db, task_id)
        commands.set_task_status(db, task_id, status, version, actor)
        if note:
            commands.set_task_note(db, task_id, note, _version(db, task_id), actor)


def _version(db: Database, task_id: int) -> int:
    return db.execute("SELECT version FROM tasks WHERE id = ?", [task_id]).fetchone()[0]


def build_scaled_db(path: str | Path, events: int = 100, seed: int = DEMO_SEED) -> Database:
    """A city-scale database: `events` copies of the plan, each with demo progress."""
    db = build_plan_db(path)
    plan = load_plan(DEFAULT_PLAN)
    first = queries.current_event_id(db)
    write_progress(db, first, DEMO_AS_OF, seed)
    for number in range(2, events + 1):
        copy = replace(plan, event={**plan.event, "slug": f"{plan.event['slug']}-{number:03d}",
                                    "title": f"{plan.event['title']} ({number})"})
        event_id = install_plan(db, copy)
        write_progress(db, event_id, DEMO_AS_OF, seed + number)
    return db
