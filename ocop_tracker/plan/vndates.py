"""Vietnamese date and time expressions -> Python values, by the project's own rules.

We do not use dateparser: it reads "giờ" as "hours ago" and fails on "trước ngày …".
Everything works on `normalise(text)`; positions and matched text refer to that form.
Weekdays are Python's numbering (Monday = 0 … Sunday = 6).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time


class VnDateError(ValueError):
    """A date or time in the text that cannot exist, or that cannot be read without guessing."""


@dataclass(frozen=True)
class DateMatch:
    """One date or date range found in a text (naive values: Vietnam wall-clock time)."""

    text: str
    start: date | datetime
    end: date | datetime
    is_deadline: bool
    span: tuple[int, int]
    # "chậm nhất ngày X": day X itself still counts; "trước ngày X": it does not
    inclusive: bool = False

    @property
    def has_time(self) -> bool:
        """True when the text put a time next to the date."""
        return isinstance(self.start, datetime)


WEEKDAY_NAMES = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
_WEEKDAY_WORDS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5}
_WEEKDAY_WORDS |= {str(n): n - 2 for n in range(2, 8)}

_PLAIN = str.maketrans(
    dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-")
    | dict.fromkeys("\u00a0\u2007\u202f\t", " ")
    | {"*": None}
)

# Building blocks. Day/month accept any 1-2 digits where the form is unambiguous, so that
# "31/9/2024" or "ngày 32 tháng 9" is reported instead of silently skipped.
_N2 = r"[0-9]{1,2}"
_Y4 = r"[0-9]{4}"
_DAY = r"(?:0?[1-9]|[12][0-9]|3[01])"
_MON = r"(?:0?[1-9]|1[0-2])"
_L, _R = r"(?<![0-9./-])", r"(?![0-9]|[./-][0-9])"
_WD = r"(?<!\w)(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|(?-i:CN))(?!\w)"
_TIME = (
    r"(?<![0-9])(?:[0-9]{1,2}:[0-9]{2}"
    r"|[0-9]{1,2}\s*(?:giờ|h)(?:\s*[0-9]{1,2}\s*phút|\s*[0-9]{2})?)(?![0-9]|\w)"
)
_TEXT_DATE = (
    rf"(?:ngày\s+{_N2}\s+tháng\s+{_N2}(?:\s+năm\s+{_Y4})?|{_N2}\s+tháng\s+{_N2}\s+năm\s+{_Y4})"
)
_NUM_CORE = rf"(?:{_N2}/{_N2}/{_Y4}|{_N2}-{_N2}-{_Y4}|{_N2}\.{_N2}\.{_Y4}|{_DAY}/{_MON})"
_NUM_DATE = rf"(?:{_L}{_NUM_CORE}{_R})"
_DATE = rf"(?:(?:ngày\s+)?{_NUM_DATE}|{_TEXT_DATE})"
_DEADLINE = r"(?<!\w)(?:hoàn\s+thành\s+)?(?:trước|chậm\s+nhất(?:\s+là)?|hạn\s+chót(?:\s+là)?)"

_TO = r"\s*(?:-|đến|tới)\s*"
# A time, or a time range "từ 7 giờ 00 đến 11 giờ 00", before or after the date.
# Each pattern opens with a lookahead of the words it can start with: the scan then skips
# most positions of a sentence at once (the patterns are tried at every character).
_STARTS = r"(?=[0-9]|từ|ngày|trước|chậm|hạn|hoàn|thứ|chủ|CN)"
_SINGLE = re.compile(
    rf"{_STARTS}(?P<dl>{_DEADLINE}\s+)?"
    rf"(?:(?:(?<!\w)từ\s+)?(?:(?P<t0>{_TIME}){_TO})?(?P<t1>{_TIME})\s*,?\s*)?"
    rf"(?:(?P<wd1>{_WD})\s*,?\s*)?(?P<date>{_DATE})(?:\s*\(?\s*(?P<wd2>{_WD})\s*\)?)?"
    rf"(?:\s*,?\s*(?:(?:vào\s+)?lúc|từ)\s+(?P<t2>{_TIME})(?:{_TO}(?P<t3>{_TIME}))?)?",
    re.IGNORECASE,
)
_RANGE = re.compile(
    rf"(?=[0-9]|từ|ngày)(?:(?<!\w)từ\s+)?(?P<a>{_DATE})\s*(?:đến|tới|-)\s*(?P<b>{_DATE})",
    re.IGNORECASE
)
# "từ 14-20 tháng 12 năm 2023", "7 - 11/10/2023": the first day borrows month and year.
_SHORT_RANGE = re.compile(
    rf"(?=[0-9]|từ|ngày)(?:(?<!\w)từ\s+(?:ngày\s+)?|(?<!\w)ngày\s+)?"
    rf"(?<![0-9./-])(?P<d1>{_N2})\s*-\s*"
    rf"(?P<b>{_N2}\s+tháng\s+{_N2}(?:\s+năm\s+{_Y4})?|{_NUM_CORE}{_R})",
    re.IGNORECASE,
)
# "từ ngày 5 đến 9-11", "từ ngày 12-6 đến ngày 15-6-2023": the start borrows what it omits.
_DM_DASH = rf"{_DAY}-{_MON}(?![0-9]|[./-][0-9])"
_LOOSE_RANGE = re.compile(
    rf"(?<!\w)từ\s+(?:ngày\s+)?(?<![0-9])(?P<a>{_N2}(?:[/-]{_N2})?)(?![0-9]|[/-][0-9])"
    rf"\s*(?:đến|tới|-)\s*(?:ngày\s+)?(?P<b>{_DATE}|{_DM_DASH})",
    re.IGNORECASE,
)
# "3/6-5/6/2023": a dash range with no spaces, the start without its year.
_TIGHT_RANGE = re.compile(
    rf"(?<![0-9./-])(?P<a>{_DAY}/{_MON})-(?P<b>{_N2}/{_N2}/{_Y4})(?![0-9])", re.IGNORECASE
)
_DIGIT = re.compile(r"[0-9]")
_TIME_FULL = re.compile(rf"\s*{_TIME}\s*", re.IGNORECASE)
_WEEKLY = re.compile(r"(?<!\w)(?:hàng|hằng|mỗi)\s+tuần(?!\w)", re.IGNORECASE)
_WD_TOKEN = r"(?:hai|ba|tư|năm|sáu|bảy|[2-7])(?!\w)"
_WD_LIST = re.compile(
    rf"(?<!\w)thứ\s+({_WD_TOKEN}(?:\s*(?:,|và)\s*(?:thứ\s+)?{_WD_TOKEN})*)", re.IGNORECASE
)
_SUNDAY = re.compile(r"(?<!\w)(?:chủ\s+nhật|(?-i:CN))(?!\w)", re.IGNORECASE)


_NEEDS_PLAIN = re.compile("[\u2010-\u2015\u2212\u00a0\u2007\u202f\t*]")


def normalise(text: str) -> str:
    """NFC, plain '-' for every dash, plain spaces, markdown '*' emphasis removed."""
    text = unicodedata.normalize("NFC", text)
    return text.translate(_PLAIN) if _NEEDS_PLAIN.search(text) else text


def format_vn_date(value: date | datetime) -> str:
    """20/09/2024."""
    return value.strftime("%d/%m/%Y")


def format_vn_datetime(value: datetime) -> str:
    """07:00 28/09/2024."""
    return value.strftime("%H:%M %d/%m/%Y")


def weekday_name(value: date) -> str:
    """Thứ Bảy for 28/9/2024."""
    return WEEKDAY_NAMES[value.weekday()]


def parse_time(text: str) -> time:
    """'07 giờ 00', '7h00', '7h', '7 giờ 30 phút', '07:00' -> time."""
    clean = normalise(text)
    if not _TIME_FULL.fullmatch(clean):
        raise VnDateError(f"Không nhận ra giờ: {clean.strip()}")
    return _time_from(clean)


def parse_date(text: str, default_year: int | None = None) -> date:
    """The (first) date written in text; default_year fills in a date with no year."""
    matches = find_dates(text, default_year)
    if not matches:
        raise VnDateError(f"Không nhận ra ngày: {normalise(text).strip()}")
    return _as_date(matches[0].start)


def find_deadline(sentence: str, default_year: int | None = None) -> date | None:
    """The date of the first 'trước ngày …' style deadline in sentence, if any."""
    for match in find_dates(sentence, default_year):
        if match.is_deadline:
            return _as_date(match.start)
    return None


def find_weekly_recurrence(sentence: str) -> frozenset[int] | None:
    """Weekdays of a weekly duty ('các thứ 7, chủ nhật hàng tuần' -> {5, 6}), else None."""
    clean = normalise(sentence)
    if not _WEEKLY.search(clean):
        return None
    days: set[int] = set()
    for listed in _WD_LIST.finditer(clean):
        words = re.findall(_WD_TOKEN, listed.group(1), re.IGNORECASE)
        days.update(_WEEKDAY_WORDS[w.lower()] for w in words)
    if _SUNDAY.search(clean):
        days.add(6)
    return frozenset(days) or None


def find_dates(text: str, default_year: int | None = None) -> list[DateMatch]:
    """Every date or date range in text, in order; impossible dates raise VnDateError."""
    clean = normalise(text)
    if not _DIGIT.search(clean):
        return []  # every date form has digits: skip the costly scan for most sentences
    found = [(m.start(), m.end(), kind, m) for kind, rx in _PATTERNS for m in rx.finditer(clean)]
    found.sort(key=lambda f: (f[0], -f[1]))
    result, last_end = [], 0
    for start, end, kind, m in found:
        if start >= last_end:
            result.append(_BUILDERS[kind](m, default_year))
            last_end = end
    return result


def _single(m: re.Match[str], default_year: int | None) -> DateMatch:
    """DateMatch for one day, with its time and weekday checked."""
    day = _piece_date(m.group("date"), default_year)
    for weekday in (m.group("wd1"), m.group("wd2")):
        _check_weekday(day, weekday, m.group(0))
    if m.group("t0"):
        first, last = m.group("t0"), m.group("t1")
    else:
        first, last = m.group("t1") or m.group("t2"), m.group("t3")
    start, end = _times_on(day, first, last)
    if end < start:
        raise VnDateError(f"Giờ kết thúc trước giờ bắt đầu: {m.group(0)}")
    deadline = m.group("dl") or ""
    inclusive = bool(deadline) and not re.search(r"trước", deadline, re.IGNORECASE)
    return DateMatch(m.group(0), start, end, bool(deadline), m.span(), inclusive)


def _times_on(
    day: date, first: str | None, last: str | None
) -> tuple[date | datetime, date | datetime]:
    """(start, end) on day: the plain day, one moment, or a span of hours."""
    if first is None:
        return day, day
    start = datetime.combine(day, _time_from(first))
    return start, datetime.combine(day, _time_from(last)) if last else start


def _range(m: re.Match[str], default_year: int | None) -> DateMatch:
    """DateMatch for 'từ ngày A đến ngày B'; A without a year takes B's year."""
    end = _piece_date(m.group("b"), default_year)
    start = _piece_date(m.group("a"), end.year)
    if start > end and not _has_year(m.group("a")):
        start = _piece_date(m.group("a"), end.year - 1)  # "28/12 - 3/1/2025" crosses new year
    return _checked_range(m, start, end)


def _short_range(m: re.Match[str], default_year: int | None) -> DateMatch:
    """DateMatch for '14-20 tháng 12 năm 2023' or '7 - 11/10/2023'."""
    end = _piece_date(m.group("b"), default_year)
    first = int(m.group("d1"))
    try:
        start = end.replace(day=first)
    except ValueError:
        raise VnDateError(f"Ngày không hợp lệ: {first}/{end.month}/{end.year}") from None
    return _checked_range(m, start, end)


def _checked_range(m: re.Match[str], start: date, end: date) -> DateMatch:
    """A range whose end is not before its start."""
    if end < start:
        raise VnDateError(
            f"Khoảng ngày không hợp lệ (ngày kết thúc trước ngày bắt đầu): {m.group(0)}"
        )
    return DateMatch(m.group(0), start, end, False, m.span())


def _loose_range(m: re.Match[str], default_year: int | None) -> DateMatch:
    """DateMatch for a range whose start omits its month or year: they come from its end."""
    end = _piece_date(m.group("b"), default_year)
    numbers = [int(n) for n in re.findall(r"[0-9]+", m.group("a"))]
    month = numbers[1] if len(numbers) > 1 else end.month
    try:
        start = date(end.year, month, numbers[0])
    except ValueError:
        raise VnDateError(f"Ngày không hợp lệ: {m.group('a')}") from None
    return _checked_range(m, start, end)


_PATTERNS = (("single", _SINGLE), ("range", _RANGE), ("short", _SHORT_RANGE),
             ("loose", _LOOSE_RANGE), ("tight", _TIGHT_RANGE))
_BUILDERS = {"single": _single, "range": _range, "short": _short_range, "loose": _loose_range,
             "tight": _loose_range}


def _has_year(piece: str) -> bool:
    """True when the date piece writes its year."""
    return len(re.findall(r"[0-9]+", piece)) >= 3


def _piece_date(piece: str, default_year: int | None) -> date:
    """'ngày 20 tháng 9 năm 2024' / '20/9/2024' / '20/9' -> date, never guessing."""
    numbers = [int(n) for n in re.findall(r"[0-9]+", piece)]
    shown = re.sub(r"^ngày\s+", "", piece.strip(), flags=re.IGNORECASE)
    year = numbers[2] if len(numbers) >= 3 else default_year
    if year is None:
        raise VnDateError(f"Ngày không ghi năm, không rõ năm nào: {shown}")
    try:
        return date(year, numbers[1], numbers[0])
    except ValueError:
        raise VnDateError(f"Ngày không hợp lệ: {shown}") from None


def _time_from(text: str) -> time:
    """Hours and minutes out of a matched time expression."""
    numbers = [int(n) for n in re.findall(r"[0-9]+", text)]
    hour, minute = numbers[0], numbers[1] if len(numbers) > 1 else 0
    if hour > 23 or minute > 59:
        raise VnDateError(f"Giờ không hợp lệ: {text.strip()}")
    return time(hour, minute)


def _check_weekday(day: date, written: str | None, context: str) -> None:
    """Refuse '28/9/2024 (thứ hai)': a wrong weekday means the date itself may be wrong."""
    if written is None:
        return
    key = written.split()[-1].lower()
    expected = 6 if key in ("nhật", "cn") else _WEEKDAY_WORDS[key]
    if day.weekday() != expected:
        actual = f"{format_vn_date(day)} là {weekday_name(day)}"
        raise VnDateError(f"Thứ không khớp với ngày: {context.strip()} ({actual})")


def _as_date(value: date | datetime) -> date:
    """The calendar day of a date or date-time."""
    return value.date() if isinstance(value, datetime) else value
