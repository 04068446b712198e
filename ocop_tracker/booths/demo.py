"""Demo booths: clearly fictional products and assignments, written through the write path."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from sqlite_utils import Database

from ocop_tracker.booths import commands as booth_commands
from ocop_tracker.booths import queries as booths
from ocop_tracker.booths.product_import import ProductInput
from ocop_tracker.core import clock, queries
from ocop_tracker.core.models import Actor, Role

# Every name says "(mẫu)": the real 2024 list is not public and must never be mistaken for it.
DEMO_ITEMS = (
    ("Thị trấn Hóc Môn", "I", "Bánh tráng mẫu A"), ("Thị trấn Hóc Môn", "II", "Trà thảo mộc mẫu B"),
    ("Bà Điểm", "I", "Bánh mẫu C"), ("Bà Điểm", "I", "Mứt mẫu D"),
    ("Đông Thạnh", "I", "Sữa chua mẫu E"), ("Đông Thạnh", "II", "Sữa tươi mẫu F"),
    ("Nhị Bình", "V", "Cây kiểng mẫu G"),
    ("Tân Hiệp", "I", "Nấm mẫu H"), ("Tân Hiệp", "III", "Cao dược liệu mẫu I"),
    ("Tân Thới Nhì", "I", "Rau mầm mẫu K"), ("Tân Thới Nhì", "IV", "Giỏ đan mẫu L"),
    ("Thới Tam Thôn", "I", "Dưa lưới mẫu M"), ("Thới Tam Thôn", "V", "Lan mẫu N"),
    ("Trung Chánh", "I", "Chả giò mẫu O"),
    ("Xuân Thới Đông", "II", "Nước ép mẫu P"), ("Xuân Thới Đông", "I", "Bánh phồng mẫu Q"),
    ("Xuân Thới Sơn", "I", "Rau an toàn mẫu R"), ("Xuân Thới Sơn", "VI", "Điểm du lịch mẫu S"),
    ("Xuân Thới Thượng", "I", "Mật ong mẫu T"), ("Xuân Thới Thượng", "II", "Cà phê mẫu U"),
)
# Booth number -> index into DEMO_ITEMS; Tân Xuân has no product and Nhị Bình's is not
# displayed, so the demo shows the III.8 flag for two communes.
DEMO_BOOTHS = {1: [0], 2: [2], 3: [4], 4: [7], 5: [9], 6: [11], 7: [13], 8: [14], 9: [16],
               10: [18], 11: [3], 12: [5], 15: [1], 16: [10], 17: [17]}
DEMO_STANDEE_STATUS = ("da_duyet", "da_duyet", "da_trinh", "da_trinh", "da_trinh", "du_thao",
                       "du_thao", "da_duyet", "du_thao", "da_trinh")
PEOPLE = ("Phạm Thu Hà", "Võ Quốc Bảo", "Nguyễn Thị Lan")


def write_booth_demo(db: Database, event_id: int, as_of: datetime, seed: int = 2024) -> int:
    """Products, booth assignments, checklist ticks and standees as of `as_of`; returns writes."""
    rng = random.Random(seed)
    moment = as_of - timedelta(days=6)
    step = timedelta(minutes=17)
    communes = {c["name"]: c["id"] for c in queries.communes(db)}
    ids = []
    for i, (commune, group, name) in enumerate(DEMO_ITEMS):
        product = ProductInput(
            name=f"{name} (mẫu)", producer=f"HTX mẫu số {i + 1:02d}", producer_kind="htx",
            commune_id=communes[commune], group=group, stars=4 if i % 7 == 0 else 3,
            decision_no=f"{100 + i}/QĐ-MẪU",
            decision_date=date(2021 if i == 12 else 2022 + i % 2, 1 + i % 12, 28),
            newly_recognised=i in (1, 10, 17))
        moment += step
        with clock.frozen_at(moment):
            ids.append(booth_commands.add_product(db, event_id, product, _who(rng)).entity_id)
    frame = booths.booths(db, event_id).set_index("number")
    for number, items in DEMO_BOOTHS.items():
        moment += step
        commune = communes[DEMO_ITEMS[items[0]][0]]
        with clock.frozen_at(moment):
            booth_commands.assign_booth(db, int(frame.at[number, "id"]), commune,
                                        [ids[i] for i in items], 1, _who(rng))
    moment = _ticks(db, event_id, moment, step, rng)
    _standees(db, event_id, ids, moment, step, rng)
    return len(ids) + len(DEMO_BOOTHS)


def _ticks(db: Database, event_id: int, moment: datetime, step: timedelta,
           rng: random.Random) -> datetime:
    for number in range(1, 9):
        items = booths.CHECKS if number <= 4 else booths.CHECKS[:2]
        for item in items:
            moment += step
            version = _version(db, "booths", event_id, number)
            with clock.frozen_at(moment):
                booth_commands.set_booth_check(db, _booth_id(db, event_id, number), item, True,
                                               version, _who(rng))
    return moment


def _standees(db: Database, event_id: int, ids: list[int], moment: datetime, step: timedelta,
              rng: random.Random) -> None:
    shown = [ids[items[0]] for items in DEMO_BOOTHS.values()][: len(DEMO_STANDEE_STATUS)]
    with clock.frozen_at(moment + step):
        changes = booth_commands.add_standees(db, event_id, shown, _who(rng))
    for change, status in zip(changes, DEMO_STANDEE_STATUS, strict=True):
        moment += step * 3
        if status != "du_thao":
            with clock.frozen_at(moment):
                booth_commands.set_standee_status(db, change.entity_id, status, 1, _who(rng))


def _who(rng: random.Random) -> Actor:
    return Actor(rng.choice(PEOPLE), role=Role.ADMIN)  # Phòng KT staff run the booths


def _booth_id(db: Database, event_id: int, number: int) -> int:
    return db.execute("SELECT id FROM booths WHERE event_id = ? AND number = ?",
                      [event_id, number]).fetchone()[0]


def _version(db: Database, table: str, event_id: int, number: int) -> int:
    return db.execute(f"SELECT version FROM {table} WHERE event_id = ? AND number = ?",
                      [event_id, number]).fetchone()[0]
