"""OCOP products as data: groups, producer kinds, stars, expiry, and matching what people type."""

from __future__ import annotations

import calendar
import difflib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

VALID_MONTHS = 36  # an OCOP certificate is valid 36 months from its decision
STARS = (3, 4, 5)


class ProducerKind(StrEnum):
    """The 'chủ thể OCOP' kinds (stored as this value)."""

    ENTERPRISE = "doanh_nghiep"
    COOPERATIVE = "htx"
    COOP_GROUP = "to_hop_tac"
    HOUSEHOLD = "ho_kinh_doanh"


PRODUCER_LABELS: dict[ProducerKind, tuple[str, str]] = {
    ProducerKind.ENTERPRISE: ("Doanh nghiệp", "Enterprise"),
    ProducerKind.COOPERATIVE: ("Hợp tác xã", "Cooperative"),
    ProducerKind.COOP_GROUP: ("Tổ hợp tác", "Cooperative group"),
    ProducerKind.HOUSEHOLD: ("Hộ kinh doanh", "Household business"),
}

# Quyết định 148/QĐ-TTg (24/02/2023): the six product groups.
GROUPS: dict[str, tuple[str, str]] = {
    "I": ("Thực phẩm", "Food"),
    "II": ("Đồ uống", "Drinks"),
    "III": ("Dược liệu và sản phẩm từ dược liệu", "Medicinal herbs and herbal products"),
    "IV": ("Hàng thủ công mỹ nghệ", "Handicrafts"),
    "V": ("Sinh vật cảnh", "Ornamental plants and animals"),
    "VI": ("Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
           "Community tourism, eco-tourism and destinations"),
}
_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV", "5": "V", "6": "VI"}
_COMMUNE_PREFIX = re.compile(r"^(x[aã]|th[iị] tr[aấ]n|tt\.?|phường|p\.)\s+", re.IGNORECASE)


def norm(text: object) -> str:
    """NFC, case-folded, single-spaced: how two spellings of the same words compare."""
    value = unicodedata.normalize("NFC", str(text or ""))
    return re.sub(r"\s+", " ", value).strip().casefold()


def strip_marks(text: str) -> str:
    """'Xuân Thới Đông' -> 'xuan thoi dong' (đ has no combining mark, so it is mapped)."""
    decomposed = unicodedata.normalize("NFD", norm(text)).replace("đ", "d")
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def has_marks(text: str) -> bool:
    """True when the text carries any Vietnamese diacritic."""
    return strip_marks(text) != norm(text)


def match_key(name: str, producer: str) -> str:
    """Two rows are the same product when name and producer match after NFC + case-folding."""
    return f"{norm(name)}|{norm(producer)}"


def add_months(day: date, months: int) -> date:
    """Calendar month arithmetic; a day missing in the target month becomes its last day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def expiry(decision_date: date | None) -> date | None:
    """The certificate's expiry: 36 months after the decision (31/01 -> 31/01, 29/02 -> 28/02)."""
    return add_months(decision_date, VALID_MONTHS) if decision_date else None


def group_code(value: object) -> str | None:
    """'I', '1', 'Thực phẩm', 'I - Thực phẩm', 'nhóm II' -> the Roman code, or None."""
    text = norm(value)
    text = re.sub(r"^nh[oó]m\s+", "", text)
    head = re.split(r"[\s.:\-–]+", text, maxsplit=1)[0] if text else ""
    if head.upper() in GROUPS:
        return head.upper()
    if head in _ROMAN:
        return _ROMAN[head]
    for code, (vi, en) in GROUPS.items():
        if text in (norm(vi), norm(en)) or strip_marks(text) == strip_marks(vi):
            return code
    return None


def producer_kind(value: object, producer: str = "") -> ProducerKind | None:
    """The kind from its label or stored value; when blank, guessed from the producer's name."""
    text = strip_marks(str(value or ""))
    for kind, (vi, en) in PRODUCER_LABELS.items():
        if text and text in (kind.value, strip_marks(vi), norm(en)):
            return kind
    aliases = {"dn": ProducerKind.ENTERPRISE, "cong ty": ProducerKind.ENTERPRISE,
               "hkd": ProducerKind.HOUSEHOLD, "tht": ProducerKind.COOP_GROUP}
    if text in aliases:
        return aliases[text]
    return _guess_kind(producer) if not text else None


def _guess_kind(producer: str) -> ProducerKind | None:
    name = strip_marks(producer)
    prefixes = (
        (("htx", "hop tac xa"), ProducerKind.COOPERATIVE),
        (("to hop tac", "tht"), ProducerKind.COOP_GROUP),
        (("ho kinh doanh", "hkd"), ProducerKind.HOUSEHOLD),
        (("cong ty", "doanh nghiep", "dntn", "cty"), ProducerKind.ENTERPRISE),
    )
    for starts, kind in prefixes:
        if name.startswith(starts):
            return kind
    return None


def stars(value: object) -> int | None:
    """3, '4', '5 sao', 4.0 -> the star count; anything else (or outside 3–5) -> None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    match = re.fullmatch(r"\s*(\d+)\s*(sao|★+)?\s*", str(value if value is not None else ""))
    number = int(match.group(1)) if match else None
    return number if number in STARS else None


def parse_day(value: object) -> date | None:
    """A date from a cell: a date, 'dd/mm/yyyy', 'dd-mm-yyyy' or ISO; ValueError if unreadable."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    match = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return date(year, month, day)
    return date.fromisoformat(text[:10])


def yes(value: object) -> bool:
    """'x', 'có', 'yes', '1', True -> True."""
    return strip_marks(str(value or "")) in {"x", "co", "yes", "y", "1", "true", "moi", "dung"}


@dataclass(frozen=True)
class CommuneMatch:
    """The commune a typed name resolves to, or why it does not, with suggestions."""

    commune_id: int | None
    name: str | None
    exact: bool = True
    suggestions: tuple[str, ...] = ()


def _bare(name: str) -> str:
    return _COMMUNE_PREFIX.sub("", norm(name)).strip()


def match_commune(typed: str, communes: list[dict]) -> CommuneMatch:
    """Resolve a typed commune: exact after NFC + case-folding, or unambiguous without marks."""
    wanted = _bare(typed)
    if not wanted:
        return CommuneMatch(None, None)
    for commune in communes:
        if wanted in (norm(commune["name"]), _bare(commune["name"])):
            return CommuneMatch(commune["id"], commune["name"])
    plain = strip_marks(wanted)
    same = [c for c in communes if strip_marks(_bare(c["name"])) == plain]
    if len(same) == 1 and not has_marks(wanted):
        # Typed without any accents and only one commune reads that way: safe to take.
        return CommuneMatch(same[0]["id"], same[0]["name"], exact=False)
    return CommuneMatch(None, None, suggestions=_suggest(plain, communes))


def _suggest(plain: str, communes: list[dict]) -> tuple[str, ...]:
    """Communes the typed text may mean: those it starts, then the closest spellings."""
    bare = {strip_marks(_bare(c["name"])): c["name"] for c in communes}
    starts = [name for key, name in bare.items() if key.startswith(plain) or plain in key]
    close = [bare[k] for k in difflib.get_close_matches(plain, list(bare), n=3, cutoff=0.6)]
    return tuple(dict.fromkeys(starts + close))[:4]
