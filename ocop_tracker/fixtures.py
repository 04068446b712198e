"""The one seeded writer of sample data: demo database, tests and benchmarks all use it."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from sqlite_utils import Database

from ocop_tracker.accounts import users as accounts
from ocop_tracker.booths import demo as booth_demo
from ocop_tracker.core import clock, queries
from ocop_tracker.core.db import open_db, set_setting, write_transaction
from ocop_tracker.core.models import Actor, Role, Status
from ocop_tracker.core.strings import t
from ocop_tracker.delegates import commands as delegate_commands
from ocop_tracker.delegates import queries as delegate_queries
from ocop_tracker.plan.data import DEFAULT_PLAN, install_plan, load_plan
from ocop_tracker.reminders import commands as reminder_commands
from ocop_tracker.reminders import queries as reminder_queries
from ocop_tracker.signoff import demo as signoff_demo
from ocop_tracker.tasks import commands

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
    db = open_db(path, create=True)
    install_plan(db, load_plan(plan_path))
    return db


def build_demo_db(path: str | Path, as_of: datetime = DEMO_AS_OF,
                  seed: int = DEMO_SEED) -> Database:
    """The training database: the plan plus realistic progress as of `as_of`."""
    db = build_plan_db(path)
    with write_transaction(db):
        set_setting(db, "demo", "1")
    event_id = queries.require_event_id(db)
    write_progress(db, event_id, as_of, seed)
    accounts.create_demo_accounts(db, task_unit_ids(db, event_id))
    booth_demo.write_booth_demo(db, event_id, as_of, seed)
    write_delegates(db, event_id, as_of, seed)
    write_reminder_contacts(db, event_id)
    write_reception_account(db)
    signoff_demo.write_signoff_demo(db, event_id, as_of)
    return db


DEMO_RECEPTION = "le-tan"


def write_reception_account(db: Database) -> None:
    """The reception desk's training account: it checks guests in and may change nothing else."""
    with write_transaction(db):
        db.execute(
            "INSERT INTO users (username, display_name, role, agency_id, password_hash, "
            "created_at) VALUES (?, ?, ?, NULL, ?, ?)",
            [DEMO_RECEPTION, t("acc.reception_name"), str(Role.RECEPTION),
             accounts.hash_password(accounts.DEMO_PASSWORD), clock.now().isoformat()])


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
    """A city-scale database: the demo event plus `events - 1` copies of the plan, each with
    its progress, booths, delegates and history written by the same demo writers."""
    db = build_demo_db(path, seed=seed)
    plan = load_plan(DEFAULT_PLAN)
    for number in range(2, events + 1):
        copy = replace(plan, event={**plan.event, "slug": f"{plan.event['slug']}-{number:03d}",
                                    "title": f"{plan.event['title']} ({number})"})
        event_id = install_plan(db, copy)
        write_progress(db, event_id, DEMO_AS_OF, seed + number)
        booth_demo.write_booth_demo(db, event_id, DEMO_AS_OF, seed + number)
        write_delegates(db, event_id, DEMO_AS_OF, seed + number)
    return db


# ---------------------------------------------------------------- delegates
# Demo quotas (the plan fixes only the 150 and "10 người/đơn vị"): training figures, not real.
DEMO_QUOTAS = (2, 2, 2, 2, 8, 20, 36, 10, 33, 30, 5)
# Invented people: common Vietnamese name parts combined at random, phones in the unused
# 0900 000 xxx range. Nobody real.
DEMO_SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ")
DEMO_MIDDLES = ("Văn", "Thị", "Minh", "Thanh", "Quốc", "Ngọc", "Hoàng", "Đức")
DEMO_GIVEN = ("An", "Bình", "Châu", "Dũng", "Giang", "Hải", "Khánh", "Linh", "Mai", "Nam",
              "Phúc", "Quang", "Sơn", "Thảo", "Uyên", "Vy", "Yến", "Đạt", "Tâm", "Hiếu")
DEMO_INVITEES = {  # group position -> (how many, title, unit choices)
    1: (2, "Phó Giám đốc", ("Sở Công Thương",)),
    2: (2, "Trưởng phòng", ("Sở Du lịch",)),
    5: (6, "Phó Chủ tịch", ("Huyện ủy Hóc Môn", "HĐND huyện", "UBND huyện", "UBMTTQ huyện")),
    6: (14, "Trưởng phòng", ("Phòng Kinh tế", "Phòng VH-TT", "Phòng TC-KH", "Hội Nông dân huyện",
                             "Đoàn Thanh niên huyện", "Hội LHPN huyện")),
    7: (24, "Chủ tịch UBND", ("Bà Điểm", "Đông Thạnh", "Nhị Bình", "Tân Hiệp", "Tân Xuân",
                              "Thới Tam Thôn", "Trung Chánh", "Xuân Thới Sơn")),
    9: (12, "Giám đốc", ("HTX Mẫu Xuân Thới", "Hộ kinh doanh Mẫu Tân Hiệp", "Cơ sở Mẫu Nhị Bình")),
}
DEMO_COUNTS = (("Đoàn viên Đoàn Thanh niên huyện", 10, 6), ("Hội viên Hội Nông dân huyện", 10, 8),
               ("Hội viên Hội Liên hiệp Phụ nữ huyện", 10, 5))


def write_delegates(db: Database, event_id: int, as_of: datetime, seed: int = DEMO_SEED) -> int:
    """Demo quotas, fictional invitees and their invitation replies, through the write path."""
    rng = random.Random(seed + 4)
    groups = delegate_queries.groups(db, event_id)
    ids = dict(zip(groups["position"].astype(int), groups["id"].astype(int), strict=False))
    organiser = Actor("Nguyễn Thị Lan", role=Role.ADMIN)
    with clock.frozen_at(as_of - timedelta(days=9)):
        delegate_commands.set_quotas(
            db, {gid: (DEMO_QUOTAS[pos - 1], 1) for pos, gid in ids.items()}, organiser)
        people = _demo_people(ids, rng)
        changes = delegate_commands.add_invitees(db, event_id, people, organiser)
        for label, invited, confirmed in DEMO_COUNTS:
            delegate_commands.add_count_block(db, event_id, ids[10], label, invited, confirmed,
                                              organiser)
    _demo_replies(db, [c.entity_id for c in changes], as_of, rng)
    return len(people)


def _demo_people(ids: dict[int, int], rng: random.Random) -> list[delegate_commands.InviteeInput]:
    people: list[delegate_commands.InviteeInput] = []
    names: set[str] = set()
    phone = 100
    for position, (count, title, units) in DEMO_INVITEES.items():
        for index in range(count):
            name = _demo_name(rng, names)
            people.append(delegate_commands.check_invitee(
                ids[position], name, title, units[index % len(units)], f"0900000{phone}"))
            phone += 1
    return people


def _demo_name(rng: random.Random, taken: set[str]) -> str:
    while True:
        name = f"{rng.choice(DEMO_SURNAMES)} {rng.choice(DEMO_MIDDLES)} {rng.choice(DEMO_GIVEN)}"
        if name not in taken:
            taken.add(name)
            return name


def _demo_replies(db: Database, invitee_ids: list[int], as_of: datetime,
                  rng: random.Random) -> None:
    """Most invitations sent a week before as_of; about half confirmed since, a few declined."""
    sender = Actor("Phạm Thu Hà", role=Role.ADMIN)
    channels = ("giay_moi", "giay_moi", "zalo", "dien_thoai", "email")
    for invitee_id in invitee_ids[: int(len(invitee_ids) * 0.85)]:
        with clock.frozen_at(_office_hours_before(as_of - timedelta(days=5), rng)):
            version = _invitee_version(db, invitee_id)
            delegate_commands.set_invitation(db, invitee_id, "da_gui", rng.choice(channels),
                                             version, sender)
    for invitee_id in invitee_ids[: int(len(invitee_ids) * 0.5)]:
        reply = "tu_choi" if rng.random() < 0.1 else "da_xac_nhan"
        with clock.frozen_at(as_of - timedelta(hours=rng.randint(2, 90))):
            delegate_commands.set_invitation(db, invitee_id, reply, None,
                                             _invitee_version(db, invitee_id), sender)


def _invitee_version(db: Database, invitee_id: int) -> int:
    return db.execute("SELECT version FROM invitees WHERE id = ?", [invitee_id]).fetchone()[0]


DEMO_MAIL_DOMAIN = "ocop.example"  # reserved (RFC 2606): nothing leaves a trainer's machine


def write_reminder_contacts(db: Database, event_id: int) -> None:
    """Each unit with a task gets a contact at the reserved domain, for a local mail catcher."""
    actor = Actor("Dữ liệu mẫu", role=Role.ADMIN)
    with clock.frozen_at(DEMO_AS_OF - timedelta(days=7)):
        for unit_id in task_unit_ids(db, event_id):
            short = db.execute("SELECT short_name FROM agencies WHERE id = ?",
                               [unit_id]).fetchone()[0]
            reminder_commands.set_contact(db, short, f"{_mailbox(short)}@{DEMO_MAIL_DOMAIN}",
                                          actor)


def _mailbox(name: str) -> str:
    """'Phòng KT' -> 'phong-kt', 'TTVH-TT&TT' -> 'ttvh-tt-tt'."""
    return "-".join(re.findall(r"[a-z0-9]+", reminder_queries.fold(name)))
