"""Invitee lists in and out: CSV/.xlsx import with a per-line error list, Excel/CSV export."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import TypeVar

import pandas as pd
from sqlite_utils import Database

from ocop_tracker.core import clock, exports, fmt, uploads
from ocop_tracker.core.errors import UserFacingError, ValidationError
from ocop_tracker.core.strings import t
from ocop_tracker.delegates import queries as delegate_queries
from ocop_tracker.delegates.commands import InviteeInput, check_invitee
from ocop_tracker.delegates.model import Channel, Invitation, clean, fold

MAX_BYTES = uploads.MAX_UPLOAD_BYTES
MAX_ROWS = 5000
MAX_COLS = 64  # the export has 10 columns; an office's own list has a few more
Table = list[tuple[int, list[str]]]  # (line in the file, cells), blank lines left out
HEADERS = {  # folded header text -> field
    "nhom": "group", "nhom dai bieu": "group", "thanh phan": "group", "group": "group",
    "ho ten": "name", "ho va ten": "name", "ho ten dai bieu": "name", "ten": "name",
    "name": "name", "dai bieu": "name",
    "chuc vu": "title", "title": "title",
    "don vi": "unit", "co quan": "unit", "co quan/don vi": "unit", "unit": "unit",
    "dien thoai": "phone", "so dien thoai": "phone", "sdt": "phone", "dt": "phone",
    "phone": "phone",
    "tinh trang": "status", "tinh trang moi": "status", "trang thai": "status", "status": "status",
    "hinh thuc": "channel", "hinh thuc moi": "channel", "kenh": "channel", "channel": "channel",
}
STATUS_WORDS = {"chua gui": Invitation.NOT_SENT, "da gui": Invitation.SENT,
                "da xac nhan": Invitation.CONFIRMED, "xac nhan": Invitation.CONFIRMED,
                "tu choi": Invitation.DECLINED}
CHANNEL_WORDS = {"giay moi": Channel.LETTER, "dien thoai": Channel.PHONE, "zalo": Channel.ZALO,
                 "thu dien tu": Channel.EMAIL, "email": Channel.EMAIL, "e-mail": Channel.EMAIL}
Word = TypeVar("Word", bound=StrEnum)  # Invitation or Channel


class ImportFileError(UserFacingError):
    """The whole file is unusable (too big, binary, no header)."""


@dataclass
class Preview:
    """What an upload would add, and every line's problem, before anything is written."""

    people: list[tuple[int, InviteeInput]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Nothing wrong: the commit button may be offered."""
        return bool(self.people) and not self.errors


def preview(db: Database, event_id: int, filename: str, data: bytes,
            default_group_id: int | None = None, lang: str = "vi") -> Preview:
    """Read an uploaded file and check every line against the groups and the current list."""
    try:
        rows = list(read_rows(filename, data))
    except ImportFileError as exc:
        return Preview(errors=[exc.message(lang)])
    groups = delegate_queries.groups(db, event_id)
    existing = list(db.query("SELECT name, unit, phone, person_key FROM invitees "
                             "WHERE event_id = ?", [event_id]))
    return check_rows(rows, groups, existing, default_group_id, lang)


def read_rows(filename: str, data: bytes) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, {field: text}) for each non-blank line under the header."""
    if len(data) > MAX_BYTES:
        raise ImportFileError("dimp.too_big", size=fmt.vn_number(len(data) / 1024 / 1024, 1))
    if not data.strip():
        raise ImportFileError("dimp.empty")
    lower = filename.lower()
    if lower.endswith(".xlsx"):
        table = _xlsx_table(filename, data)
    elif lower.endswith((".csv", ".txt")):
        table = _csv_table(filename, data)
    else:
        raise ImportFileError("dimp.bad_type", name=filename)
    if not table:
        raise ImportFileError("dimp.empty")
    (_, header), *body = table
    columns = [HEADERS.get(fold(cell)) for cell in header]
    if "name" not in columns:
        raise ImportFileError("dimp.no_name_column",
                              columns=", ".join(clean(c) for c in header if clean(c)) or "—")
    if len(body) > MAX_ROWS:
        raise ImportFileError("dimp.too_many_rows", limit=MAX_ROWS)
    for line, cells in body:
        record = {col: clean(cell) for col, cell in zip(columns, cells, strict=False) if col}
        if any(record.values()):
            yield line, record


def _csv_table(filename: str, data: bytes) -> Table:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFileError("dimp.bad_csv", name=filename) from None
    if "\x00" in text:
        raise ImportFileError("dimp.bad_csv", name=filename)
    first = text.splitlines()[0] if text.splitlines() else ""
    # Excel in a Vietnamese locale writes ';' between columns
    delimiter = ";" if first.count(";") > first.count(",") else ","
    dialect = csv.excel if delimiter == "," else _Semicolon
    try:
        return uploads.read_csv(text, MAX_ROWS, MAX_COLS, dialect)
    except uploads.UploadRefused as refused:
        raise ImportFileError(refused.key, **refused.values) from None


class _Semicolon(csv.excel):
    delimiter = ";"


def _xlsx_table(filename: str, data: bytes) -> Table:
    try:
        rows = uploads.read_sheet(data, MAX_ROWS, MAX_COLS)
    except uploads.UploadRefused as refused:
        if refused.key == "upload.not_office":
            raise ImportFileError("dimp.bad_xlsx", name=filename) from None
        raise ImportFileError(refused.key, **refused.values) from None
    return [(line, [_cell_text(v) for v in cells]) for line, cells in rows]


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a phone typed as a number
    return str(value)


def check_rows(rows: list[tuple[int, dict[str, str]]], groups: pd.DataFrame,
               existing: list[dict], default_group_id: int | None, lang: str = "vi") -> Preview:
    """Validate each line; duplicates are looked for in the file and in the database."""
    out = Preview()
    by_key = {r["person_key"]: r for r in existing}
    by_phone = {r["phone"]: r for r in existing if r["phone"]}
    seen_key: dict[str, int] = {}
    seen_phone: dict[str, int] = {}
    if not rows:
        out.errors.append(t("dimp.empty", lang))
    for line, record in rows:
        try:
            person = _person(record, groups, default_group_id, lang)
        except UserFacingError as exc:
            out.errors.append(t("dimp.line", lang, line=line, message=exc.message(lang)))
            continue
        except ValueError as exc:
            out.errors.append(t("dimp.line", lang, line=line, message=str(exc)))
            continue
        problem = _duplicate(person, line, seen_key, seen_phone, by_key, by_phone, lang)
        if problem:
            out.errors.append(t("dimp.line", lang, line=line, message=problem))
            continue
        out.people.append((line, person))
    return out


def _person(record: dict[str, str], groups: pd.DataFrame, default_group_id: int | None,
            lang: str) -> InviteeInput:
    group_id = _group_id(record.get("group", ""), groups, default_group_id, lang)
    status = _word(record.get("status", ""), STATUS_WORDS, Invitation, "dlg.bad_status")
    channel = _word(record.get("channel", ""), CHANNEL_WORDS, Channel, "dlg.bad_channel")
    return check_invitee(group_id, record.get("name"), record.get("title", ""),
                         record.get("unit", ""), record.get("phone", ""), status, channel)


def _word(value: str, words: dict[str, Word], kind: type[Word], error_key: str) -> str | None:
    if not value:
        return None
    if value in {str(v) for v in kind}:
        return value
    found = words.get(fold(value))
    if found is None:
        raise ValidationError(error_key, value=value)
    return str(found)


def _group_id(value: str, groups: pd.DataFrame, default_group_id: int | None, lang: str) -> int:
    if not value:
        if default_group_id is None:
            raise ValueError(t("dimp.no_group_column", lang))
        return default_group_id
    if value.isdigit() and 1 <= int(value) <= len(groups):
        return int(groups.iloc[int(value) - 1]["id"])
    wanted = fold(value)
    folded = [fold(name) for name in groups["name"]]
    exact = [i for i, name in enumerate(folded) if name == wanted]
    partial = [i for i, name in enumerate(folded) if wanted in name]
    chosen = exact or (partial if len(partial) == 1 else [])
    if not chosen:
        raise ValueError(t("dimp.unknown_group", lang, value=value))
    return int(groups.iloc[chosen[0]]["id"])


def _duplicate(person: InviteeInput, line: int, seen_key: dict[str, int],
               seen_phone: dict[str, int], by_key: dict, by_phone: dict, lang: str) -> str | None:
    rule_person, rule_phone = t("dimp.rule_person", lang), t("dimp.rule_phone", lang)
    if person.person_key in seen_key:
        return t("dimp.dup_in_file", lang, other=seen_key[person.person_key], rule=rule_person)
    if person.phone and person.phone in seen_phone:
        return t("dimp.dup_in_file", lang, other=seen_phone[person.phone], rule=rule_phone)
    if person.person_key in by_key:
        return t("dimp.dup_in_db", lang, other=by_key[person.person_key]["name"], rule=rule_person)
    if person.phone and person.phone in by_phone:
        return t("dimp.dup_in_db", lang, other=by_phone[person.phone]["name"], rule=rule_phone)
    seen_key[person.person_key] = line
    if person.phone:
        seen_phone[person.phone] = line
    return None


# ---------------------------------------------------------------- export


def export_frame(invitees: pd.DataFrame, lang: str = "vi") -> pd.DataFrame:
    """The list as the reception desk and the name-card printer read it."""
    columns = t("exp.columns", lang).split("|")
    rows = []
    for number, row in enumerate(invitees.itertuples(index=False), start=1):
        status = t("exp.walk_in", lang) if row.walk_in else t(f"dlg.inv.{row.status}", lang)
        rows.append([
            number, row.group_name, row.name, row.title, row.unit, row.phone, status,
            t(f"dlg.ch.{row.channel}", lang) if isinstance(row.channel, str) else "",
            _when(row.sent_at, date_only=True), _when(row.arrived_at),
        ])
    return pd.DataFrame(rows, columns=columns)


def _when(value: object, date_only: bool = False) -> str:
    if not isinstance(value, str) or not value:
        return ""
    moment: datetime = clock.parse_iso(value)
    return fmt.vn_date(moment) if date_only else fmt.vn_datetime(moment)


def to_csv(frame: pd.DataFrame) -> bytes:
    """CSV UTF-8 with BOM: Excel on Windows then shows Vietnamese letters correctly."""
    return exports.csv_bytes(frame)


def to_xlsx(frame: pd.DataFrame, counts: pd.DataFrame | None = None, lang: str = "vi") -> bytes:
    """An .xlsx with the list (and the counted groups on a second sheet)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.worksheet.worksheet import Worksheet

    book = Workbook()
    sheet = book.active
    assert isinstance(sheet, Worksheet)  # a new workbook opens on one worksheet
    sheet.title = "Danh sách" if lang == "vi" else "List"
    sheet.append(list(frame.columns))
    for row in frame.itertuples(index=False):
        sheet.append([int(row[0]), *[str(v) for v in row[1:]]])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for letter, width in zip("ABCDEFGHIJ", (5, 40, 26, 26, 32, 13, 16, 12, 12, 17), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    if counts is not None and not counts.empty:
        extra = book.create_sheet("Theo số lượng" if lang == "vi" else "Counts")
        extra.append([t("dlg.f_label", lang), t("dlg.f_invited", lang),
                      t("dlg.f_confirmed", lang), t("dlg.f_arrived", lang)])
        for row in counts.itertuples(index=False):
            extra.append([str(row.label), int(row.invited), int(row.confirmed),
                          int(row.arrived)])
    return exports.xlsx_bytes(book)
