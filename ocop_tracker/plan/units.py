"""The units (đơn vị) that plans name, with the short forms and aliases offices write."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Unit:
    """A unit: canonical full name, usual short form, other spellings met in plans."""

    name: str
    short: str
    aliases: tuple[str, ...] = ()

    @property
    def spellings(self) -> tuple[str, ...]:
        """Every way of writing the unit, canonical first."""
        return (self.name, self.short, *self.aliases)


UNITS: tuple[Unit, ...] = (
    Unit("Phòng Kinh tế", "Phòng KT", ("Phòng Kinh tế huyện",)),
    Unit(
        "Phòng Văn hóa – Thông tin",
        "Phòng VH-TT",
        ("Phòng Văn hóa và Thông tin", "Phòng Văn hóa – Thông tin huyện", "Phòng VHTT"),
    ),
    Unit(
        "Văn phòng Hội đồng nhân dân - Ủy ban nhân dân huyện",
        "VP HĐND-UBND",
        (
            "Văn phòng Ủy ban nhân dân huyện",
            "Văn phòng HĐND và UBND huyện",
            "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện",
            "Văn phòng HĐND-UBND huyện",
            "VP.HĐND-UBND huyện",
            "VP HĐND-UBND huyện",
            "Văn phòng UBND huyện",
        ),
    ),
    Unit(
        "Trung tâm Văn hóa – Thể thao và Truyền thông huyện",
        "TTVH-TT&TT",
        ("Trung tâm Văn hóa – Thể thao và Truyền thông", "TTVH-TT&TT huyện"),
    ),
    Unit("Hội Nông dân huyện", "Hội ND", ("Hội Nông dân", "Hội ND huyện")),
    Unit("Hội Doanh nghiệp huyện", "Hội DN", ("Hội Doanh nghiệp", "Hội DN huyện")),
    Unit(
        "Đoàn Thanh niên huyện",
        "Đoàn TN",
        ("Huyện đoàn", "Đoàn Thanh niên", "Đoàn TNCS Hồ Chí Minh huyện"),
    ),
    Unit("Công an huyện", "Công an huyện"),
    Unit(
        "Ủy ban nhân dân xã – thị trấn",
        "UBND các xã – thị trấn",
        (
            "Ủy ban nhân dân các xã – thị trấn",
            "UBND xã – thị trấn",
            "UBND các xã, thị trấn",
            "UBND xã, thị trấn",
            "Ủy ban nhân dân các xã, thị trấn",
        ),
    ),
    Unit(
        "Mặt trận Tổ quốc và các đoàn thể huyện",
        "UBMTTQ huyện",
        (
            "Ủy ban Mặt trận Tổ quốc Việt Nam huyện",
            "Ủy ban Mặt trận Tổ quốc huyện",
            "Mặt trận Tổ quốc huyện",
            "UBMTTQVN huyện",
        ),
    ),
    Unit("Phòng Tài chính - Kế hoạch", "Phòng TC-KH", ("Phòng Tài chính – Kế hoạch huyện",)),
    Unit("Thường trực Ủy ban nhân dân huyện", "Thường trực UBND huyện", ("TT UBND huyện",)),
    Unit("Ủy ban nhân dân huyện", "UBND huyện", ("Ủy ban nhân dân huyện Hóc Môn",)),
    Unit("Sở Công Thương", "Sở CT", ("Sở Công thương",)),
    Unit("Sở Du lịch", "Sở DL"),
    Unit(
        "Văn phòng Điều phối nông thôn mới thành phố",
        "VP Điều phối NTM TP",
        ("Văn phòng Điều phối NTM TP", "Văn phòng điều phối nông thôn mới thành phố"),
    ),
    Unit(
        "Chi cục Phát triển nông thôn thành phố",
        "Chi cục PTNT",
        ("Chi cục Phát triển nông thôn", "Chi cục PTNT thành phố"),
    ),
)


# Old-style tone placement ("Uỷ", "hoá") is common in office text; map it to the new
# style. Each swap is two characters for two, so positions found in the folded text
# are valid in the original.
def _tone_swaps() -> dict[str, str]:
    """'oá' -> 'óa', 'uỷ' -> 'ủy', and their capitals."""
    swaps = {}
    for lead, marks, base in (("o", "áàảãạ", "a"), ("u", "ýỳỷỹỵ", "y")):
        for mark in marks:
            tone = unicodedata.normalize("NFD", mark)[1:]
            moved = unicodedata.normalize("NFC", lead + tone)
            swaps[lead + mark] = moved + base
            swaps[lead.upper() + mark] = moved.upper() + base
    return swaps


_TONE_SWAPS = _tone_swaps()
_TONE_RE = re.compile("|".join(_TONE_SWAPS))
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")


def fold(text: str) -> str:
    """NFC, new-style tone marks, '-' for every dash; same length as the NFC text."""
    text = unicodedata.normalize("NFC", text).translate(_DASHES)
    return _TONE_RE.sub(lambda m: _TONE_SWAPS[m.group(0)], text)


def _key(text: str) -> str:
    """Comparison key: folded, case-folded, one space, no spaces round dashes or commas."""
    text = re.sub(r"\s+", " ", fold(text).casefold()).strip(" .,;:")
    return re.sub(r"\s*([-,&])\s*", r"\1", text)


def _pattern(spelling: str) -> str:
    """Regex for a spelling that tolerates extra spaces and any dash."""
    parts = re.split(r"\s*-\s*", fold(spelling))
    words = (r"\s+".join(map(re.escape, part.split())) for part in parts)
    return r"\s*-\s*".join(words).replace(",", r"\s*,")


@lru_cache(maxsize=1)
def _by_key() -> dict[str, Unit]:
    """Every spelling's key -> its unit."""
    return {_key(s): unit for unit in UNITS for s in unit.spellings}


@lru_cache(maxsize=1)
def _matchers() -> tuple[tuple[re.Pattern[str], Unit], ...]:
    """Spelling regexes, longest first so 'Văn phòng Ủy ban…' wins over 'Ủy ban…'."""
    spellings = sorted(((s, u) for u in UNITS for s in u.spellings), key=lambda p: -len(p[0]))
    return tuple((re.compile(_pattern(s) + r"(?!\w)", re.IGNORECASE), u) for s, u in spellings)


_LEADS = re.compile(r"^(?:đề\s+nghị|giao|nhờ)\s+", re.IGNORECASE)


def resolve_unit(text: str) -> Unit | None:
    """The known unit text names ('Phòng KT', 'Đề nghị Hội Nông dân huyện'), else None."""
    key = _key(_LEADS.sub("", fold(text).strip()))
    table = _by_key()
    for candidate in (key, key.removesuffix(" huyện"), key + " huyện"):
        if candidate in table:
            return table[candidate]
    return None


def match_unit_at(text: str, pos: int) -> tuple[Unit, int] | None:
    """The known unit written at text[pos:] and where it ends (text NFC, as plans are read)."""
    folded = fold(text)
    for rx, unit in _matchers():
        m = rx.match(folded, pos)
        if m:
            return unit, m.end()
    return None
