"""Facts about the event: title, organiser, venue, attendees, booths, programme."""

from __future__ import annotations

import re

from ocop_tracker.plan.model import Booth
from ocop_tracker.plan.structure import BULLET, Lines, heading_text, numbered, unbullet
from ocop_tracker.plan.units import resolve_unit

# "Danh nghĩa tổ chức:", "Cơ quan tổ chức:", "Đơn vị tổ chức:", "Cơ quan chủ trì:"
ORGANISER = re.compile(
    r"^(?:Danh\s+nghĩa|Cơ\s+quan|Đơn\s+vị)\s+(?:tổ\s+chức|chủ\s+trì)\s*:\s*(?P<v>.+)$",
    re.IGNORECASE,
)
# "Thời gian:", "Thời gian tổ chức:", "Thời gian và địa điểm: …"
TIME_LINE = re.compile(r"^Thời\s+gian\b[^:]{0,40}:\s*(?P<v>.*)$", re.IGNORECASE)
PLACE_LINE = re.compile(r"^Địa\s+điểm\b[^:]{0,30}:\s*(?P<v>.+)$", re.IGNORECASE)
# Bullets that state a fact about the event, never a task.
FACT_LINE = re.compile(
    r"^(?:Thời\s+gian|Địa\s+điểm|Thành\s+phần|Quy\s+mô|Số\s+lượng|Khai\s+mạc|Bế\s+mạc"
    r"|Danh\s+nghĩa|Cơ\s+quan\s+tổ\s+chức|Đơn\s+vị\s+tổ\s+chức|Hình\s+thức)\b[^:]{0,40}:",
    re.IGNORECASE,
)
_ATTENDEES = re.compile(
    r"(?:dự\s+kiến|khoảng|gồm|với|có|tối\s+đa)\s+(?:khoảng\s+|là\s+)?"
    r"(?P<n>[0-9]{1,3}(?:\.[0-9]{3})*)\s+(?:người|đại\s+biểu|khách)",
    re.IGNORECASE,
)
_BOOTHS = re.compile(r"^(?P<n>[0-9]{1,3})\s+(?P<d>gian\s+hàng\b.*)$", re.IGNORECASE)
_BOOTHS_ANYWHERE = re.compile(r"(?<![0-9.])(?P<n>[0-9]{1,3})\s+(?P<d>gian\s+hàng\b[^.;,]*)",
                              re.IGNORECASE)
_PROGRAMME_TITLES = (
    "chương trình",
    "chương trình buổi lễ",
    "chương trình lễ",
    "nội dung chương trình",
)
_PLAN_WORD = re.compile(r"^KẾ\s+HOẠCH(?:\s+CHI\s+TIẾT)?(?:\s*[:.-]?\s+(?P<rest>\S.*))?$")
_DOC_KIND = re.compile(r"^(?:THÔNG\s+BÁO|CÔNG\s+VĂN)$")
_ABOUT = re.compile(r"^(?:V/v|Về\s+việc)\s*:?\s*(?P<v>\S.+)$", re.IGNORECASE)
_CITED = re.compile(
    r"Kế\s+hoạch\s+số\s+[0-9]+/[^\s,]+(?:\s+ngày\s+[0-9/.\-]+)?[^.;]*?\s+về\s+việc\s+"
    r"(?P<v>[^.;:]+?)(?=,\s+(?:Ủy\s+ban|UBND|Phòng|Sở|các|đề\s+nghị)|[.;:]|$)", re.IGNORECASE)
_ABOUT_INSIDE = re.compile(r"(?<!\w)về\s+việc\s+(?P<v>.+)$", re.IGNORECASE)
_VENUE = re.compile(r"(?<!\w)tại\s+(?P<v>[^;]+?)(?:\.(?:\s|$)|;|$)")
_LEADING_TAI = re.compile(r"^tại\s+", re.IGNORECASE)


def first_value(lines: Lines, rx: re.Pattern[str]) -> tuple[str, int] | None:
    """(value, line) of the first line rx matches, without its closing full stop."""
    for no, text in lines:
        m = rx.search(heading_text(text))
        if m and (value := m.group("v").strip().rstrip(".").strip()):
            return value, no
    return None


# --- title -------------------------------------------------------------------------------


def title(lines: Lines) -> tuple[str | None, bool]:
    """(title, is it only a guess): the plan heading, a 'V/v' line, else a cited plan."""
    for i, (_, text) in enumerate(lines):
        if text.casefold() in ("kế hoạch", "kế hoạch chi tiết"):
            text = text.upper()
        m = _PLAN_WORD.match(text)
        if m and m.group("rest") and not m.group("rest").upper().startswith("SỐ"):
            return _sentence_case(m.group("rest")), False
        if m or _DOC_KIND.match(text):
            following = _wrapped_line(lines, i + 1)
            if following:
                about = _ABOUT_INSIDE.search(following) if not m else None
                return _capital(about.group("v") if about else following).rstrip("."), False
    for _, text in lines:  # raw lines: "V/v" would read as the roman numeral V
        if subject := _ABOUT.match(text):
            return _capital(subject.group("v").rstrip(".")), False
    for _, text in lines:
        if cited := _CITED.search(text):
            return _capital(cited.group("v").strip()), True
    return None, False


def _wrapped_line(lines: Lines, start: int) -> str | None:
    """The first non-empty line from start, with the lines that continue it (lower-case)."""
    texts = [t for _, t in lines[start : start + 6] if t]
    if not texts:
        return None
    joined = texts[0]
    for text in texts[1:]:
        if not text[:1].islower() or joined.endswith((".", ":", ";")):
            break
        joined = f"{joined} {text}"
    return joined


def _capital(text: str) -> str:
    """First letter upper-case."""
    return text[:1].upper() + text[1:]


def _sentence_case(text: str) -> str:
    """An all-capitals heading line as a sentence; mixed case left as written."""
    if not text.isupper():
        return text
    words = text.lower().split()
    keep = {"ocop": "OCOP", "ubnd": "UBND", "hđnd": "HĐND"}
    return _capital(" ".join(keep.get(w, w) for w in words))


# --- organiser ----------------------------------------------------------------------------

_ISSUER = re.compile(
    r"^(?P<v>(?:ỦY\s+BAN\s+NHÂN\s+DÂN|UBND|SỞ|BAN\s+TỔ\s+CHỨC|BAN\s+CHỈ\s+ĐẠO|PHÒNG|TRUNG\s+TÂM"
    r"|HỘI|ỦY\s+BAN)(?:\s+[^\s|]+)*?)\s*(?:\||CỘNG\s+HÒA|CỘNG\s+HOÀ|$)"
)
_PLACE_LINE_CAPS = re.compile(r"^(?:HUYỆN|TỈNH|XÃ|PHƯỜNG|QUẬN|THÀNH\s+PHỐ|THỊ\s+XÃ|THỊ\s+TRẤN)\s")
_HEADER_SPLIT = re.compile(r"\s*(?:\||CỘNG\s+HÒA|Độc\s+lập)")
_PLACE_WORDS = ("huyện", "tỉnh", "xã", "phường", "quận", "thành phố", "thị xã", "thị trấn")
_TYPE_CASE = {
    "ủy ban nhân dân": "Ủy ban nhân dân",
    "ubnd": "Ủy ban nhân dân",
    "ban tổ chức": "Ban Tổ chức",
    "ban chỉ đạo": "Ban Chỉ đạo",
}


def organiser(lines: Lines) -> tuple[str, int] | None:
    """The organiser line, else the issuing authority in the document header."""
    if found := first_value(lines, ORGANISER):
        return found
    head = [(no, t) for no, t in lines[:15] if t]
    for i, (no, text) in enumerate(head):
        m = _ISSUER.match(text)
        if not m or not text[:1].isupper() or not m.group("v").isupper():
            continue
        name = m.group("v").strip()
        if name in ("ỦY BAN NHÂN DÂN", "UBND"):  # the place is on a line below
            place = next((t for _, t in head[i + 1 : i + 4] if _PLACE_LINE_CAPS.match(t)), None)
            if place is None:
                continue
            name = f"{name} {_HEADER_SPLIT.split(place)[0].strip()}"
        return issuer_name(name), no
    return None


def issuer_name(caps: str) -> str:
    """'ỦY BAN NHÂN DÂN HUYỆN CỦ CHI' -> 'Ủy ban nhân dân huyện Củ Chi'."""
    unit = resolve_unit(caps)
    if unit is not None:
        return unit.name
    low = caps.lower()
    for place in _PLACE_WORDS:
        m = re.search(rf"(?<!\w){place}\s+(?P<n>.+)$", low)
        if m:
            name = " ".join(w.capitalize() for w in m.group("n").split())
            return f"{_type_case(low[: m.start('n')].strip())} {name}"
    return _type_case(low)


def _type_case(low: str) -> str:
    """The unit type with its usual capitals; what it organises capitalised, places not."""
    for words, cased in _TYPE_CASE.items():
        if low.startswith(words):
            rest = low[len(words) :].strip()
            if rest and not rest.startswith(_PLACE_WORDS):
                rest = _capital(rest)
            return f"{cased} {rest}".strip().replace("ocop", "OCOP")
    return _capital(low).replace("ocop", "OCOP")


# --- venue, attendees, booths, programme ----------------------------------------------------


def venue_of(value: str) -> str:
    """A venue as written, without a leading 'tại' or a closing full stop."""
    return _LEADING_TAI.sub("", value.strip()).rstrip(". ").strip()


def venue_in_text(text: str) -> str | None:
    """'… vào ngày 14/6/2024, tại Nhà văn hóa xã Tân Thông Hội.' -> the place."""
    m = _VENUE.search(text)
    return venue_of(m.group("v")) if m else None


def attendees(lines: Lines) -> int | None:
    """'dự kiến 150 người', 'khoảng 250 đại biểu' -> the number."""
    for _, text in lines:
        m = _ATTENDEES.search(text)
        if m:
            return int(m.group("n").replace(".", ""))
    return None


def booths(lines: Lines) -> tuple[Booth, ...]:
    """'- 14 gian hàng …' bullets; else 'N gian hàng' written anywhere in a line."""
    found = []
    for no, text in lines:
        m = _BOOTHS.match(unbullet(text)) if BULLET.match(text) else None
        if m:
            found.append(Booth(int(m.group("n")), m.group("d").rstrip(" .;"), no))
    if found:
        return tuple(found)
    for no, text in lines:
        if m := _BOOTHS_ANYWHERE.search(text):
            return (Booth(int(m.group("n")), m.group("d").rstrip(" .;"), no),)
    return ()


def programme(lines: Lines) -> tuple[str, ...]:
    """The bullets under the 'Chương trình' heading."""
    for i, (_, text) in enumerate(lines):
        head = numbered(text)
        name = (head[1] if head else text).rstrip(" :").casefold()
        if name in _PROGRAMME_TITLES:
            return _bullets_after(lines, i + 1)
    return ()


def _bullets_after(lines: Lines, start: int) -> tuple[str, ...]:
    """Consecutive bullet lines (blank lines allowed between) from start."""
    items = []
    for _, text in lines[start:]:
        if not text:
            continue
        if not BULLET.match(text):
            break
        items.append(unbullet(text))
    return tuple(items)
