"""Helpers shared by the booth tests: clearly fictional products written through the commands."""

from __future__ import annotations

from datetime import date

from ocop_tracker.booths import commands as booth_commands
from ocop_tracker.booths.product_import import ProductInput
from ocop_tracker.core import queries
from ocop_tracker.core.models import Actor, Role

HA = Actor("Phạm Thu Hà", role=Role.ADMIN)
BAO = Actor("Võ Quốc Bảo", role=Role.ADMIN)


def commune_id(db, name: str) -> int:
    return next(c["id"] for c in queries.communes(db) if c["name"] == name)


def add(db, event_id, name="Sản phẩm thử", commune="Bà Điểm", producer="HTX Thử nghiệm",
        stars=3, decided=date(2023, 5, 10), actor=HA) -> int:
    product = ProductInput(name, producer, "htx", commune_id(db, commune), "I", stars, "1/QĐ-THỬ",
                           decided)
    return booth_commands.add_product(db, event_id, product, actor).entity_id


def booth(db, event_id, number: int) -> dict:
    return next(db.query("SELECT * FROM booths WHERE event_id = ? AND number = ?",
                         [event_id, number]))
