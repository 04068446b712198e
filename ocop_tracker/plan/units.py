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
        ("Phòng Văn hóa và Thông tin", "Phòng Văn hóa – Thông tin huyện", "Phòng VHTT",
         "Phòng VH&TT"),
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
            "UBMTTQ",
            "Ủy ban MTTQ huyện",
        ),
    ),
    Unit("Phòng Tài chính - Kế hoạch", "Phòng TC-KH",
         ("Phòng Tài chính – Kế hoạch huyện", "Phòng TCKH")),
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
    # Province departments and bodies named by plans of other authorities.
    Unit(
        "Sở Nông nghiệp và Phát triển nông thôn",
        "Sở NN&PTNT",
        ("Sở NNPTNT", "Sở Nông nghiệp và PTNT", "Sở Nông nghiệp & PTNT", "Sở NN và PTNT"),
    ),
    Unit(
        "Sở Văn hóa, Thể thao và Du lịch",
        "Sở VHTTDL",
        ("Sở VH-TT-DL", "Sở VHTT&DL", "Sở VH-TT&DL", "Sở Văn hóa - Thể thao và Du lịch",
         "Sở Văn hóa Thể thao và Du lịch"),
    ),
    Unit("Sở Tài chính", "Sở TC"),
    Unit("Sở Kế hoạch và Đầu tư", "Sở KH&ĐT", ("Sở KHĐT", "Sở Kế hoạch - Đầu tư")),
    Unit("Sở Thông tin và Truyền thông", "Sở TT&TT", ("Sở TTTT", "Sở Thông tin - Truyền thông")),
    Unit("Sở Y tế", "Sở YT"),
    Unit("Sở Khoa học và Công nghệ", "Sở KH&CN", ("Sở KHCN",)),
    Unit("Công an tỉnh", "Công an tỉnh"),
    Unit(
        "Phòng Nông nghiệp và Phát triển nông thôn",
        "Phòng NN&PTNT",
        ("Phòng Nông nghiệp và PTNT", "Phòng NNPTNT", "Phòng NN và PTNT"),
    ),
    Unit("Phòng Giáo dục và Đào tạo", "Phòng GD&ĐT", ("Phòng GDĐT",)),
    Unit("Phòng Tài nguyên và Môi trường", "Phòng TN&MT", ("Phòng TNMT",)),
    Unit("Phòng Y tế", "Phòng YT", ("Phòng Y tế huyện",)),
    Unit("Trung tâm Y tế huyện", "TTYT huyện", ("Trung tâm Y tế",)),
    Unit("Ban Chỉ huy Quân sự huyện", "BCH Quân sự huyện", ("Ban CHQS huyện",)),
    Unit("Ban Tổ chức", "BTC", ("Ban tổ chức",)),
    Unit("Tổ giúp việc", "Tổ giúp việc", ("Tổ giúp việc Ban Tổ chức",)),
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


@lru_cache(maxsize=512)
def fold(text: str) -> str:
    """NFC, new-style tone marks, '-' for every dash; same length as the NFC text.

    Cached: a paragraph is folded once for every unit looked for in it."""
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
def _matcher() -> tuple[re.Pattern[str], tuple[Unit, ...]]:
    """One regex of every spelling, longest first so 'Văn phòng Ủy ban…' wins over 'Ủy ban…';
    the group that matched names the unit."""
    spellings = sorted(((s, u) for u in UNITS for s in u.spellings), key=lambda p: -len(p[0]))
    alternatives = "|".join(f"({_pattern(s)})" for s, _ in spellings)
    return (re.compile(f"(?:{alternatives})(?!\\w)", re.IGNORECASE),
            tuple(u for _, u in spellings))


_LEADS = re.compile(r"^(?:đề\s+nghị|giao|nhờ)\s+", re.IGNORECASE)


def plain(text: str) -> str:
    """Without diacritics ('Phòng Văn hóa' -> 'Phong Van hoa'), for matching typed names."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _by_plain_key() -> dict[str, Unit]:
    """Every spelling's key without diacritics -> its unit (only keys one unit owns)."""
    table: dict[str, Unit | None] = {}
    for key, unit in _by_key().items():
        bare = plain(key)
        table[bare] = unit if table.get(bare, unit) == unit else None
    return {k: u for k, u in table.items() if u is not None}


@lru_cache(maxsize=2048)
def resolve_unit(text: str) -> Unit | None:
    """The known unit text names ('Phòng KT', 'Đề nghị Hội Nông dân huyện', 'phong kinh te'),
    else None: case, old or new tone placement and, failing that, diacritics are ignored."""
    key = _key(_LEADS.sub("", fold(text).strip()))
    candidates = (key, key.removesuffix(" huyện"), key + " huyện")
    for table, keys in ((_by_key(), candidates), (_by_plain_key(), map(plain, candidates))):
        for candidate in keys:
            if candidate in table:
                return table[candidate]
    return None


def match_unit_at(text: str, pos: int) -> tuple[Unit, int] | None:
    """The known unit written at text[pos:] and where it ends (text NFC, as plans are read)."""
    rx, units = _matcher()
    m = rx.match(fold(text), pos)
    if m is None or m.lastindex is None:
        return None
    return units[m.lastindex - 1], m.end()


# --- units not in the list: names as written, and their short forms ----------------------

# A unit name starts with its kind, capitalised as offices write it.
_KIND = (
    r"(?:Sở|Phòng|Ban|Trung\s+tâm|Ủy\s+ban|UBND|Công\s+chức|Hội|Đoàn|Công\s+an|Văn\s+phòng"
    r"|Chi\s+cục|Tổ|Đài|Bưu\s+điện|Điện\s+lực|Mặt\s+trận|Liên\s+đoàn|Bộ\s+Chỉ\s+huy|Cục"
    r"|Liên\s+minh|Đội|Thường\s+trực|Báo|Trường|Công\s+ty|Ngân\s+hàng)(?!\w)"
)
# Words that end a unit name: the verb or preposition that follows it (lower-case on purpose:
# "Ban Tổ chức" is a name, "tổ chức" a verb).
_NAME_STOP = re.compile(
    r"\s*(?:[,;:.()\[\]]|(?<!\w)(?:chủ\s+trì|phối\s+hợp|hỗ\s+trợ|cùng|thực\s+hiện"
    r"|tổ\s+chức|chuẩn\s+bị|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|tham\s+mưu|xây\s+dựng"
    r"|bố\s+trí|đảm\s+bảo|bảo\s+đảm|triển\s+khai|phụ\s+trách|theo|để|là|trước|trong|tại|về"
    r"|với|vận\s+động|tuyên\s+truyền|lập|cử|mời|gửi|báo\s+cáo|hướng\s+dẫn|rà\s+soát|kiểm\s+tra"
    r"|đăng|in|quay|trang\s+trí|dẫn|nghiên\s+cứu|thiết\s+kế|và\s+(?=" + _KIND + r")|các|được"
    r"|sẽ|cung\s+cấp|đón|phục\s+vụ|hoàn\s+thành|tiếp\s+nhận|lắp\s+đặt|đưa\s+tin|ghi\s+hình"
    r"|tổng\s+hợp|nhận|giới\s+thiệu|quảng\s+bá|trưng\s+bày|vệ\s+sinh|huy\s+động|phân\s+luồng"
    r"|điều\s+tiết|giữ|chăm\s+sóc|bán|làm|lựa\s+chọn|thẩm\s+định|ghi|xây|sắp\s+xếp)(?!\w))"
)
_KIND_AT = re.compile(_KIND)
# "Hội Nông dân xã": a known name followed by another place is another unit.
_OTHER_PLACE = re.compile(r"\s+(?:xã|phường|thị\s+trấn|tỉnh|quận|thành\s+phố)(?!\w)")
_WORD = re.compile(r"\s*[^\s,;:.()\[\]]+")


def unit_at(text: str, pos: int) -> tuple[str, int] | None:
    """(name, end) of the unit written at text[pos:]: a known one (canonical), else as written."""
    known = match_unit_at(text, pos)
    if known is not None and not _OTHER_PLACE.match(text, known[1]):
        return known[0].name, known[1]
    if not _KIND_AT.match(text, pos):
        return None
    end, words = pos, 0
    while words < 12 and not _NAME_STOP.match(text, end) and (w := _WORD.match(text, end)):
        end, words = w.end(), words + 1
    name = text[pos:end].strip()
    return (name, end) if words >= 2 else None


def is_unit_name(text: str) -> bool:
    """True when text, as a whole, names a unit (known, or 'Sở …', 'UBND xã …')."""
    text = _LEADS.sub("", text.strip()).rstrip(" .:")
    if resolve_unit(text) is not None:
        return True
    found = unit_at(text, 0)
    return found is not None and found[1] >= len(text.rstrip())


def unit_name(text: str) -> str:
    """Canonical unit name when known, else the text without 'Đề nghị' / 'Giao'."""
    unit = resolve_unit(text)
    return unit.name if unit else _LEADS.sub("", text.strip()).rstrip(" .:")


_SHORT_KIND = (
    ("Ủy ban nhân dân", "UBND"),
    ("Trung tâm", "TT"),
    ("Văn phòng", "VP"),
    ("Ban Chỉ huy", "BCH"),
)
_PLACE = re.compile(r"(?<!\w)(?:xã|phường|thị\s+trấn|huyện|quận|tỉnh|thành\s+phố|thị\s+xã)\s")


def short_name(name: str) -> str:
    """The usual short form: 'Sở Giao thông vận tải' -> 'Sở GTVT', 'UBND xã Tân Hiệp' kept."""
    unit = resolve_unit(name)
    if unit is not None:
        return unit.short
    for long, short in _SHORT_KIND:
        if name.startswith(long):
            name = short + name[len(long):]
    if len(name) <= 24 or _PLACE.search(name):
        return name
    kind, _, rest = name.partition(" ")
    parts = [p for p in re.split(r"\s+và\s+|\s*,\s*|\s+-\s+", rest) if p]
    initials = ["".join(w[0].upper() for w in p.split() if w[0].isalpha()) for p in parts]
    return f"{kind} {'&'.join(initials)}" if all(initials) else name
