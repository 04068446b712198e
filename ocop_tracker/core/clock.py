"""'Now' in Vietnam time, fixed by OCOP_NOW for rehearsals and tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime
from zoneinfo import ZoneInfo

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
NOW_ENV = "OCOP_NOW"
_override: ContextVar[datetime | None] = ContextVar("ocop_now_override", default=None)


class ClockError(ValueError):
    """OCOP_NOW holds something that is not a date-time."""


def to_vn(moment: datetime) -> datetime:
    """Read a naive date-time as Vietnam time; convert an aware one to it."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=VN_TZ)
    return moment.astimezone(VN_TZ)


def parse_iso(text: str) -> datetime:
    """An ISO date-time in Vietnam time (naive input is taken as Vietnam time)."""
    try:
        return to_vn(datetime.fromisoformat(text.strip()))
    except ValueError as exc:
        raise ClockError(f"Thời điểm không hợp lệ: {text!r} (cần dạng 2024-09-18T09:00)") from exc


def now() -> datetime:
    """The current moment in Vietnam time; OCOP_NOW overrides it (rehearsal clock)."""
    pinned = _override.get()
    if pinned is not None:
        return pinned
    fixed = os.environ.get(NOW_ENV, "").strip()
    if fixed:
        return parse_iso(fixed)
    return datetime.now(VN_TZ)


def is_rehearsal() -> bool:
    """True when OCOP_NOW fixes the clock."""
    return bool(os.environ.get(NOW_ENV, "").strip())


@contextmanager
def frozen_at(moment: datetime) -> Iterator[datetime]:
    """Pin 'now' inside this block (demo data written 'in the past', tests)."""
    token = _override.set(to_vn(moment))
    try:
        yield to_vn(moment)
    finally:
        _override.reset(token)
