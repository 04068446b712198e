"""Booths by commune: the plan's booths, reading products/booths/standees, coverage rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any, TypedDict

import pandas as pd
from sqlite_utils import Database

from ocop_tracker.core import clock, queries
from ocop_tracker.core.db import get_setting, set_setting
from ocop_tracker.core.errors import PlanDataError


class Standees(TypedDict):
    """The plan's standee order: how many, and when the drafts are due."""

    count: int
    drafts_due: date


BOOTH_KINDS = ("ocop_3_sao", "moi_cong_nhan")
DEFAULT_STANDEES: Standees = {"count": 14, "drafts_due": date(2024, 9, 25)}  # III.2 of the plan
APPROVED = ("da_duyet", "da_in", "da_dat")  # approved, and everything after it
SUBMITTED = ("da_trinh", *APPROVED)
CHECKS = ("space_ready", "products_delivered", "staffed", "standee_in_place")


def install_booths(db: Database, event_id: int, extra: dict[str, Any]) -> int:
    """Create the plan's numbered booths (inside the caller's transaction); keeps assignments."""
    kinds = extra.get("booth_kinds") or []
    number = 0
    for spec in kinds:
        kind, count = spec.get("kind"), spec.get("count")
        if kind not in BOOTH_KINDS or not isinstance(count, int) or count < 0:

            raise PlanDataError(f"[[booth_kinds]] không hợp lệ: {spec!r}")
        for _ in range(count):
            number += 1
            db.execute(
                "INSERT INTO booths (event_id, number, kind) VALUES (?, ?, ?) "
                "ON CONFLICT(event_id, number) DO UPDATE SET kind = excluded.kind",
                [event_id, number, kind],
            )
    standees = {**DEFAULT_STANDEES, **(extra.get("standees") or {})}
    set_setting(db, f"standees.count.{event_id}", str(int(standees["count"])))
    set_setting(db, f"standees.drafts_due.{event_id}", standees["drafts_due"].isoformat())
    return number


def standee_target(db: Database, event_id: int) -> int:
    """How many standees the plan asks for (14)."""
    return int(get_setting(db, f"standees.count.{event_id}") or DEFAULT_STANDEES["count"])


def standee_deadline(db: Database, event_id: int) -> datetime:
    """'trước ngày 25/9/2024': due at 00:00 of that day, Vietnam time (as the tasks are)."""
    text = get_setting(db, f"standees.drafts_due.{event_id}")
    day = date.fromisoformat(text) if text else DEFAULT_STANDEES["drafts_due"]
    return datetime.combine(day, time(0, 0), clock.VN_TZ)


# ------------------------------------------------------------------ reads

PRODUCT_COLUMNS = [
    "id", "name", "producer", "producer_kind", "commune_id", "commune", "product_group", "stars",
    "decision_no", "decision_date", "expires_on", "newly_recognised", "booth_id", "booth_number",
    "standee_id", "version",
]


def products(db: Database, event_id: int) -> pd.DataFrame:
    """Every product of the event with its commune, booth and standee."""
    rows = db.query(
        """
        SELECT p.id, p.name, p.producer, p.producer_kind, p.commune_id, c.name AS commune,
               p.product_group, p.stars, p.decision_no, p.decision_date, p.expires_on,
               p.newly_recognised, bp.booth_id, b.number AS booth_number, s.id AS standee_id,
               p.version
        FROM products p JOIN communes c ON c.id = p.commune_id
        LEFT JOIN booth_products bp ON bp.product_id = p.id
        LEFT JOIN booths b ON b.id = bp.booth_id
        LEFT JOIN standees s ON s.product_id = p.id
        WHERE p.event_id = ? ORDER BY c.position, p.name
        """, [event_id])
    return pd.DataFrame(list(rows), columns=PRODUCT_COLUMNS)


BOOTH_COLUMNS = ["id", "number", "kind", "commune_id", "commune", *CHECKS, "version",
                 "updated_by", "updated_at", "product_ids", "product_names", "not_new"]


def booths(db: Database, event_id: int) -> pd.DataFrame:
    """The numbered booths with commune, checklist and the products they show."""
    rows = list(db.query(
        """
        SELECT b.id, b.number, b.kind, b.commune_id, c.name AS commune, b.space_ready,
               b.products_delivered, b.staffed, b.standee_in_place, b.version, b.updated_by,
               b.updated_at
        FROM booths b LEFT JOIN communes c ON c.id = b.commune_id
        WHERE b.event_id = ? ORDER BY b.number
        """, [event_id]))
    shown = list(db.query(
        "SELECT bp.booth_id, p.id, p.name, p.newly_recognised FROM booth_products bp "
        "JOIN products p ON p.id = bp.product_id JOIN booths b ON b.id = bp.booth_id "
        "WHERE b.event_id = ? ORDER BY p.name", [event_id]))
    for row in rows:
        mine = [s for s in shown if s["booth_id"] == row["id"]]
        row["product_ids"] = [s["id"] for s in mine]
        row["product_names"] = [s["name"] for s in mine]
        # The 7 "mới công nhận" booths are for products recognised at this ceremony (II.4.1.2).
        row["not_new"] = [s["name"] for s in mine
                          if row["kind"] == "moi_cong_nhan" and not s["newly_recognised"]]
    return annotate_booths(pd.DataFrame(rows, columns=BOOTH_COLUMNS))


def annotate_booths(frame: pd.DataFrame) -> pd.DataFrame:
    """Add assigned / ready flags: the rules the page and status --json share."""
    out = frame.copy()
    out["assigned"] = out["commune_id"].notna()
    out["checks_done"] = out[list(CHECKS)].astype(bool).sum(axis=1).astype(int)
    out["ready"] = out["assigned"] & (out["product_ids"].map(len) > 0) & (out["checks_done"] == 4)
    return out


STANDEE_COLUMNS = ["id", "product_id", "product", "commune", "booth_number", "status", "version",
                   "updated_by", "updated_at"]


def standees(db: Database, event_id: int) -> pd.DataFrame:
    """Standees with the product and booth they belong to, in booth order."""
    rows = db.query(
        """
        SELECT s.id, s.product_id, p.name AS product, c.name AS commune, b.number AS booth_number,
               s.status, s.version, s.updated_by, s.updated_at
        FROM standees s JOIN products p ON p.id = s.product_id
        JOIN communes c ON c.id = p.commune_id
        LEFT JOIN booth_products bp ON bp.product_id = p.id LEFT JOIN booths b ON b.id = bp.booth_id
        WHERE s.event_id = ? ORDER BY b.number IS NULL, b.number, p.name
        """, [event_id])
    return pd.DataFrame(list(rows), columns=STANDEE_COLUMNS)


def product_keys(db: Database, event_id: int) -> set[str]:
    """The duplicate keys already stored (an import is checked against them)."""
    return {r[0] for r in db.execute("SELECT match_key FROM products WHERE event_id = ?",
                                     [event_id])}


# ------------------------------------------------------------------ coverage (III.8)


def coverage(communes: list[dict[str, Any]], booth_frame: pd.DataFrame,
             product_frame: pd.DataFrame) -> pd.DataFrame:
    """Per commune: booths, products registered, products on display; covered = ≥ 1 on display."""
    rows = []
    for commune in communes:
        mine = product_frame[product_frame["commune_id"] == commune["id"]]
        rows.append({
            "commune_id": commune["id"],
            "commune": commune["name"],
            "booths": int((booth_frame["commune_id"] == commune["id"]).sum()),
            "products": len(mine),
            "on_display": int(mine["booth_id"].notna().sum()),
        })
    frame = pd.DataFrame(rows, columns=["commune_id", "commune", "booths", "products",
                                        "on_display"])
    # III.8: "Ít nhất 01 sản phẩm đặc trưng/đơn vị" — a commune counts once a product of
    # its own is in a booth; a booth without products or products left at home do not.
    frame["covered"] = frame["on_display"] >= 1
    frame["gap"] = [_gap(r) for r in frame.itertuples(index=False)]
    return frame


def _gap(row: Any) -> str:
    """Why a commune is not covered yet (a strings key suffix), '' when it is."""
    if row.on_display:
        return ""
    if row.products == 0:
        return "no_products"
    return "no_booth" if row.booths == 0 else "not_displayed"


@dataclass(frozen=True)
class BoothData:
    """Everything the Gian hàng page and the overview draw, read once per data revision."""

    booths: pd.DataFrame
    products: pd.DataFrame
    standees: pd.DataFrame
    coverage: pd.DataFrame
    communes: list[dict[str, Any]]
    standee_target: int
    standee_deadline: datetime


def load(db: Database, event_id: int) -> BoothData:
    """Read the whole feature for one event."""
    communes = queries.communes(db)
    booth_frame, product_frame = booths(db, event_id), products(db, event_id)
    return BoothData(booth_frame, product_frame, standees(db, event_id),
                     coverage(communes, booth_frame, product_frame), communes,
                     standee_target(db, event_id), standee_deadline(db, event_id))


def status_section(db: Database, event_id: int, now: datetime | None = None) -> dict[str, Any]:
    """The "booths" key of status --json."""
    return figures(load(db, event_id), now)


def figures(data: BoothData, now: datetime | None = None) -> dict[str, Any]:
    """The feature's headline figures: status --json, the projector and the overview share them."""
    moment = clock.to_vn(now) if now else clock.now()
    cov = data.coverage
    return {
        "total": len(data.booths),
        "assigned": int(data.booths["assigned"].sum()),
        "ready": int(data.booths["ready"].sum()),
        "communes_total": len(cov),
        "communes_covered": int(cov["covered"].sum()),
        "communes_missing": cov.loc[~cov["covered"], "commune"].tolist(),
        "products": len(data.products),
        "products_on_display": int(data.products["booth_id"].notna().sum()),
        "standees_total": data.standee_target,
        "standees_created": len(data.standees),
        "standees_submitted": int(data.standees["status"].isin(SUBMITTED).sum()),
        "standees_approved": int(data.standees["status"].isin(APPROVED).sum()),
        "standee_drafts_due": data.standee_deadline.isoformat(),
        "standee_drafts_seconds_left": int((data.standee_deadline - moment).total_seconds()),
    }
