"""The event's budget (dự toán): lines drawn up by Phòng Kinh tế, signed off through the
approval flow (appraised by Phòng TC-KH), then what was actually spent."""

from __future__ import annotations

import re
from typing import Any

import pandas as pd
from sqlite_utils import Database

from ocop_tracker.core import audit, clock, fmt, permissions
from ocop_tracker.core.db import write_transaction
from ocop_tracker.core.errors import ValidationError
from ocop_tracker.core.models import Actor, Change
from ocop_tracker.core.strings import t

ENTITY = "budget_line"
LIMIT = 100_000_000_000  # 100 tỷ đồng: far above any district event, below any typo in zeros
ITEM_LIMIT = 200


def vnd(amount: int | None) -> str:
    """1234567 -> '1.234.567 đ' (empty for nothing)."""
    return "" if amount is None or pd.isna(amount) else fmt.vnd(int(amount))


def parse_amount(text: str | int) -> int:
    """'1.234.567', '1 234 567 đ' or 1234567 -> 1234567; ValidationError in Vietnamese."""
    if isinstance(text, int):
        value = text
    else:
        digits = re.sub(r"[.\s]|(?:\u0111|vn\u0111|vnd)$", "", str(text).strip().lower())
        if not digits.isdigit():
            raise ValidationError("bud.bad_amount", value=str(text)[:40])
        value = int(digits)
    if value < 0 or value > LIMIT:
        raise ValidationError("bud.out_of_range", value=vnd(value) if value >= 0 else value)
    return value


def add_line(db: Database, event_id: int, item: str, estimate: int | str,
             actor: Actor) -> Change:
    """A new line of the estimate (Phòng KT draws it up)."""
    item = item.strip()
    if not item or len(item) > ITEM_LIMIT:
        raise ValidationError("bud.bad_item", limit=ITEM_LIMIT)
    amount = parse_amount(estimate)
    with write_transaction(db):
        permissions.check_actor(actor, permissions.EDIT, permissions.organiser_agency_id(db))
        now = clock.now().isoformat()
        position = db.execute("SELECT coalesce(max(position), 0) + 1 FROM budget_lines "
                              "WHERE event_id = ?", [event_id]).fetchone()[0]
        cursor = db.execute(
            "INSERT INTO budget_lines (event_id, item, position, estimate, created_at, "
            "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [event_id, item, position, amount, now, now, actor.name])
        row = {"id": cursor.lastrowid, "event_id": event_id, "version": 0}
        return audit.change(db, actor, ENTITY, row, "estimate", None, amount, action="create",
                            now=now)


def set_estimate(db: Database, line_id: int, estimate: int | str, expected_version: int,
                 actor: Actor) -> Change:
    """Change a line's estimate while it is not waiting for or past sign-off."""
    amount = parse_amount(estimate)
    with write_transaction(db):
        row = _current(db, line_id, expected_version, actor)
        state = _approval_state(db, line_id)
        if state in ("waiting", "approved"):
            raise ValidationError(f"bud.locked.{state}")
        return _write(db, row, actor, "estimate", amount)


def set_spent(db: Database, line_id: int, spent: int | str, expected_version: int,
              actor: Actor) -> Change:
    """Enter what was actually spent on an approved line (quyết toán)."""
    amount = parse_amount(spent)
    with write_transaction(db):
        row = _current(db, line_id, expected_version, actor)
        if _approval_state(db, line_id) != "approved":
            raise ValidationError("bud.spent_before_approval")
        return _write(db, row, actor, "spent", amount)


def _current(db: Database, line_id: int, expected_version: int, actor: Actor) -> dict[str, Any]:
    row = audit.current(db, "budget_lines", line_id, expected_version,
                        missing_key="bud.missing", stale_key="bud.stale",
                        details=lambda r: {"item": r["item"]})
    permissions.check_actor(actor, permissions.EDIT, permissions.organiser_agency_id(db))
    return row


def _write(db: Database, row: dict[str, Any], actor: Actor, field: str, value: int) -> Change:
    if row[field] == value:
        return audit.unchanged(ENTITY, row, field)
    now = clock.now().isoformat()
    audit.update_versioned(db, "budget_lines", row, actor, now, **{field: value})
    return audit.change(db, actor, ENTITY, row, field, row[field], value, now=now)


def _approval_state(db: Database, line_id: int) -> str | None:
    found = db.execute("SELECT state FROM approvals WHERE entity = ? AND entity_id = ?",
                       [ENTITY, line_id]).fetchone()
    return found[0] if found else None


def undo_line_change(db: Database, entry: dict[str, Any], actor: Actor, now: str) -> Change:
    """Put an estimate, approved amount or spending back (inside the undo's lock)."""
    return audit.undo_field(db, entry, actor, now, table="budget_lines",
                            owner_agency_id=permissions.organiser_agency_id(db),
                            stale_key="bud.stale",
                            stored=lambda v: None if v is None else int(v),
                            shown=lambda r: {"item": r["item"]})


COLUMNS = ["id", "item", "estimate", "approved", "spent", "state", "approval_id",
           "approval_version", "approver", "comment", "version"]


def lines(db: Database, event_id: int) -> pd.DataFrame:
    """Every line with its sign-off state: draft, waiting, returned, approved or spent."""
    rows = db.execute(
        "SELECT b.id, b.item, b.estimate, b.approved, b.spent, "
        "CASE WHEN b.spent IS NOT NULL THEN 'spent' ELSE coalesce(ap.state, 'draft') END, "
        "ap.id, ap.version, u.display_name, ap.comment, b.version FROM budget_lines b "
        "LEFT JOIN approvals ap ON ap.entity = 'budget_line' AND ap.entity_id = b.id "
        "LEFT JOIN users u ON u.id = ap.approver_id WHERE b.event_id = ? "
        "ORDER BY b.position, b.id", [event_id]).fetchall()
    frame = pd.DataFrame(rows, columns=COLUMNS)
    for column in ("approved", "spent", "approval_id", "approval_version"):
        frame[column] = frame[column].astype("Int64")
    return frame


def totals(db: Database, event_id: int) -> dict[str, int]:
    """status --json "budget": estimate, approved and spent in total (integers, VND)."""
    found = db.execute("SELECT coalesce(sum(estimate), 0), coalesce(sum(approved), 0), "
                       "coalesce(sum(spent), 0) FROM budget_lines WHERE event_id = ?",
                       [event_id]).fetchone()
    return {"estimate": int(found[0]), "approved": int(found[1]), "spent": int(found[2])}


def line_subjects(db: Database, ids: list[int]) -> dict[int, str]:
    """A budget line named in the feed."""
    marks = ",".join("?" * len(ids))
    return {r[0]: t("bud.subject", "vi", item=r[1]) for r in db.execute(
        f"SELECT id, item FROM budget_lines WHERE id IN ({marks})", ids)}
