"""Delegates (II.3): invitation states, text keys for duplicates and search, pure arithmetic."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

import pandas as pd


class Invitation(StrEnum):
    """Where an invitation stands (stored as this value)."""

    NOT_SENT = "chua_gui"
    SENT = "da_gui"
    CONFIRMED = "da_xac_nhan"
    DECLINED = "tu_choi"


class Channel(StrEnum):
    """How the invitation went out."""

    LETTER = "giay_moi"
    PHONE = "dien_thoai"
    ZALO = "zalo"
    EMAIL = "email"


INVITED = (Invitation.SENT, Invitation.CONFIRMED, Invitation.DECLINED)  # an invitation went out
INVITATION_ICONS = {
    Invitation.NOT_SENT: "⚪", Invitation.SENT: "📨", Invitation.CONFIRMED: "✅",
    Invitation.DECLINED: "✖️",
}
NAME_LIMIT = 120
TEXT_LIMIT = 200
SPACES = re.compile(r"\s+")


def clean(text: object) -> str:
    """NFC, single spaces, trimmed: Excel files mix NFC/NFD and stray spaces."""
    if text is None or (isinstance(text, float) and pd.isna(text)):
        return ""
    return SPACES.sub(" ", unicodedata.normalize("NFC", str(text))).strip()


def fold(text: str) -> str:
    """Lower case without diacritics, đ -> d: 'Nguyễn Văn Đức' -> 'nguyen van duc'."""
    lowered = clean(text).casefold().replace("đ", "d")
    stripped = "".join(
        c for c in unicodedata.normalize("NFD", lowered) if not unicodedata.combining(c)
    )
    return stripped


def person_key(name: str, unit: str) -> str:
    """Same person = same name and unit, case and spacing aside (diacritics kept: Hùng ≠ Hưng)."""
    return f"{clean(name).casefold()}|{clean(unit).casefold()}"


def search_key(name: str, unit: str, title: str = "") -> str:
    """What the reception desk search matches: name, unit and title, folded."""
    return " ".join(fold(part) for part in (name, unit, title) if part)


def normalise_phone(text: object) -> str | None:
    """'+84 903-123-456' -> '0903123456'; '' stays ''; None when it cannot be a phone number."""
    raw = clean(text)
    if raw.endswith(".0") and raw[:-2].isdigit():  # Excel stored the number as a float
        raw = raw[:-2]
    digits = re.sub(r"[\s.\-()]", "", raw)
    if not digits:
        return ""
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    elif digits.startswith("84") and len(digits) == 11:
        digits = "0" + digits[2:]
    elif not digits.startswith("0") and len(digits) == 9:
        digits = "0" + digits  # Excel drops the leading zero of a number cell
    if not digits.isdigit() or not 10 <= len(digits) <= 11 or not digits.startswith("0"):
        return None
    return digits


def matches(keys: pd.Series, query: str) -> pd.Series:
    """Rows whose folded key holds every word of the query ('nguyen van' finds 'Nguyễn Văn')."""
    words = fold(query).split()
    mask = pd.Series(True, index=keys.index)
    for word in words:
        mask &= keys.str.contains(word, regex=False)
    return mask


@dataclass(frozen=True)
class Totals:
    """The 150 against what is allocated, invited, confirmed and arrived."""

    expected: int
    quota_allocated: int
    groups_without_quota: int
    invited: int
    confirmed: int
    declined: int
    arrived: int
    walk_ins: int

    @property
    def remainder(self) -> int:
        """Seats of the expected total not yet allocated to a group (negative = over)."""
        return self.expected - self.quota_allocated

    @property
    def over_allocated(self) -> bool:
        """Quotas add up to more than the expected attendance."""
        return self.quota_allocated > self.expected


def per_group(groups: pd.DataFrame, invitees: pd.DataFrame, counts: pd.DataFrame) -> pd.DataFrame:
    """One row per group: quota, listed, invited, confirmed, declined, arrived (names + counts)."""
    named = invitees.assign(
        listed=~invitees["walk_in"].astype(bool),
        invited=invitees["status"].isin([str(s) for s in INVITED]),
        confirmed=invitees["status"] == Invitation.CONFIRMED,
        declined=invitees["status"] == Invitation.DECLINED,
        arrived=invitees["arrived_at"].notna(),
    )
    columns = ["listed", "invited", "confirmed", "declined", "arrived"]
    by_name = named.groupby("group_id")[columns].sum()
    by_count = counts.groupby("group_id")[["invited", "confirmed", "arrived"]].sum()
    out = groups[["id", "name", "position", "quota", "per_unit", "note", "version"]].copy()
    for column in columns:
        from_names = out["id"].map(by_name[column]).fillna(0)
        from_counts = out["id"].map(by_count[column]).fillna(0) if column in by_count else 0
        out[column] = (from_names + from_counts).astype(int)
    out["counted"] = out["id"].map(by_count["invited"]).fillna(0).astype(int)
    return out.sort_values("position", ignore_index=True)


def totals(table: pd.DataFrame, invitees: pd.DataFrame, expected: int) -> Totals:
    """Event totals from the per-group table."""
    quotas = table["quota"].dropna()
    return Totals(
        expected=int(expected),
        quota_allocated=int(quotas.sum()),
        groups_without_quota=int(table["quota"].isna().sum()),
        invited=int(table["invited"].sum()),
        confirmed=int(table["confirmed"].sum()),
        declined=int(table["declined"].sum()),
        arrived=int(table["arrived"].sum()),
        walk_ins=int(invitees["walk_in"].astype(bool).sum()),
    )


def status_section(table: pd.DataFrame, total: Totals) -> dict[str, object]:
    """The `attendees` section of status --json."""
    return {
        "expected": total.expected,
        "quota_allocated": total.quota_allocated,
        "invited": total.invited,
        "confirmed": total.confirmed,
        "declined": total.declined,
        "arrived": total.arrived,
        "groups": [
            {
                "name": row.name,
                "quota": None if pd.isna(row.quota) else int(row.quota),
                "invited": int(row.invited),
                "confirmed": int(row.confirmed),
                "arrived": int(row.arrived),
            }
            for row in table.itertuples(index=False)
        ],
    }
