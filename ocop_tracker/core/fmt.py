"""Dates, times, numbers and spans written the way Vietnamese offices write them."""

from __future__ import annotations

from datetime import date, datetime

from ocop_tracker.core.clock import to_vn
from ocop_tracker.core.strings import t, weekday_name


def vn_date(value: date | datetime) -> str:
    """28/09/2024 (a date-time is first put in Vietnam time)."""
    if isinstance(value, datetime):
        value = to_vn(value).date()
    return value.strftime("%d/%m/%Y")


def vn_time(value: datetime) -> str:
    """07:00, 24-hour, Vietnam time."""
    return to_vn(value).strftime("%H:%M")


def vn_datetime(value: datetime) -> str:
    """07:00 28/09/2024."""
    return f"{vn_time(value)} {vn_date(value)}"


def vn_deadline(value: datetime, lang: str = "vi") -> str:
    """'trước 20/09/2024' for a midnight deadline, 'trước 07:00 28/09/2024' otherwise."""
    local = to_vn(value)
    when = vn_date(local) if (local.hour, local.minute) == (0, 0) else vn_datetime(local)
    return t("time.before", lang, when=when)


def vn_weekday_date(value: date | datetime, lang: str = "vi") -> str:
    """Thứ Bảy, 28/09/2024."""
    day = to_vn(value).date() if isinstance(value, datetime) else value
    return f"{weekday_name(day.weekday(), lang)}, {vn_date(day)}"


def vn_number(value: float, decimals: int = 0) -> str:
    """1.234.567,5: dot for thousands, comma for decimals."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def vn_percent(fraction: float, lang: str = "vi") -> str:
    """61,1% in Vietnamese, 61.1% in English."""
    if lang == "en":
        return f"{fraction * 100:.1f}%".replace(".0%", "%")
    return (vn_number(fraction * 100, 1) + "%").replace(",0%", "%")


def span(seconds: float, lang: str = "vi") -> str:
    """A length of time in days and hours (or hours and minutes when under a day)."""
    total_minutes = int(abs(seconds) // 60)
    days, rest = divmod(total_minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return t("time.days_hours", lang, d=days, h=hours)
    if hours:
        return t("time.hours_minutes", lang, h=hours, m=minutes)
    return t("time.minutes", lang, m=minutes)


def time_left(seconds: float, lang: str = "vi") -> str:
    """'còn 1 ngày 15 giờ' or 'quá hạn 2 giờ 5 phút'."""
    key = "time.left" if seconds >= 0 else "time.late"
    return t(key, lang, span=span(seconds, lang))


def vnd(amount: float | None) -> str:
    """1234567 -> '1.234.567 đ' (Vietnamese money: dot thousands); nothing for no amount."""
    if amount is None or amount != amount:  # None or NaN/NA
        return ""
    return f"{int(amount):,} đ".replace(",", ".")
