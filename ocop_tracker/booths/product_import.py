"""Product lists from CSV or .xlsx -> a checked preview (no DB writes); downloadable templates."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ocop_tracker.booths import products as p
from ocop_tracker.core import exports, uploads

MAX_BYTES = uploads.MAX_UPLOAD_BYTES
MAX_ROWS = 2000
MAX_COLS = 64  # the template has 9; room for STT, notes and a few of the office's own
XLSX_MAGIC = b"PK\x03\x04"

# (field, header in the template, other headers organisers use); required fields first.
COLUMNS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("name", "Tên sản phẩm", ("sản phẩm", "tên sp")),
    ("producer", "Chủ thể", ("chủ thể ocop", "tên chủ thể", "cơ sở sản xuất")),
    ("commune", "Xã – thị trấn", ("xã", "xã thị trấn", "xã/thị trấn", "địa phương", "đơn vị")),
    ("group", "Nhóm sản phẩm", ("nhóm", "nhóm sp", "bộ sản phẩm")),
    ("stars", "Số sao", ("hạng sao", "sao", "xếp hạng")),
    ("producer_kind", "Loại chủ thể", ("loại hình chủ thể", "loại hình")),
    ("decision_no", "Số quyết định", ("quyết định", "số qđ", "qđ công nhận")),
    ("decision_date", "Ngày quyết định", ("ngày qđ", "ngày công nhận", "ngày cấp")),
    ("newly", "Mới công nhận", ("mới", "mới công nhận tại lễ", "công nhận mới")),
)
REQUIRED = ("name", "producer", "commune", "group", "stars")
IGNORED_HEADERS = {"stt", "tt", "so tt", "ghi chu"}
Message = tuple[str, dict[str, Any]]  # a strings.py key and its values


@dataclass(frozen=True)
class ProductInput:
    """One product as a person or a file gives it, checked by the command before writing."""

    name: str
    producer: str
    producer_kind: str
    commune_id: int
    group: str
    stars: int
    decision_no: str = ""
    decision_date: date | None = None
    newly_recognised: bool = False


@dataclass
class ImportRow:
    """One data line of the file: what it becomes, or why it cannot."""

    line: int
    raw: dict[str, str]
    product: ProductInput | None = None
    commune_name: str = ""
    errors: list[Message] = field(default_factory=list)
    notes: list[Message] = field(default_factory=list)


@dataclass
class ImportPreview:
    """The whole file checked: a file-level error, or rows with their per-line errors."""

    filename: str
    file_error: Message | None = None
    rows: list[ImportRow] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def good(self) -> list[ImportRow]:
        """Rows that can be written."""
        return [r for r in self.rows if not r.errors]

    @property
    def bad(self) -> list[ImportRow]:
        """Rows with at least one error."""
        return [r for r in self.rows if r.errors]


def preview(filename: str, data: bytes, communes: list[dict], existing_keys: Iterable[str]
            ) -> ImportPreview:
    """Read and check a product file against the communes and the products already stored."""
    result = ImportPreview(filename)
    try:
        table = read_table(filename, data)
        mapping, result.ignored_columns = map_headers(table[0] if table else [])
    except FileProblem as problem:
        result.file_error = (problem.key, problem.values)
        return result
    seen: dict[str, int] = {}
    existing = set(existing_keys)
    for line, cells in table[1:]:
        raw = {name: _cell(cells, index) for name, index in mapping.items()}
        if not any(v.strip() for v in raw.values()):
            continue
        row = check_row(line, raw, communes)
        _check_duplicate(row, seen, existing)
        result.rows.append(row)
    if not result.rows:
        result.file_error = ("imp.no_rows", {})
    return result


class FileProblem(Exception):
    """The file as a whole cannot be read: one message, no rows."""

    def __init__(self, key: str, **values: Any) -> None:
        super().__init__(key)
        self.key, self.values = key, values


def read_table(filename: str, data: bytes) -> list[Any]:
    """[header_cells, (line, cells), (line, cells), ...] from a .csv or .xlsx file."""
    if len(data) > MAX_BYTES:
        raise FileProblem("imp.too_big", size=uploads.megabytes(len(data)),
                          limit=uploads.megabytes(MAX_BYTES))
    if not data:
        raise FileProblem("imp.empty")
    suffix = filename.lower().rsplit(".", 1)[-1] if "." in filename else ""
    if suffix == "xlsx":
        lines = _xlsx_lines(data)
    elif suffix == "csv":
        lines = _csv_lines(data)
    else:
        raise FileProblem("imp.bad_type", name=filename)
    lines = [(n, cells) for n, cells in lines if any(c.strip() for c in cells)]
    if not lines:
        raise FileProblem("imp.empty")
    if len(lines) > MAX_ROWS + 1:
        raise FileProblem("imp.too_many", limit=MAX_ROWS)
    return [lines[0][1], *lines[1:]]


def _xlsx_lines(data: bytes) -> list[tuple[int, list[str]]]:
    if not data.startswith(XLSX_MAGIC):
        raise FileProblem("imp.not_xlsx")
    try:
        rows = uploads.read_sheet(data, MAX_ROWS, MAX_COLS)
    except uploads.UploadRefused as refused:
        raise _refusal(refused) from None
    return [(line, [_text(v) for v in cells]) for line, cells in rows]


def _refusal(refused: uploads.UploadRefused) -> FileProblem:
    """A damaged workbook keeps this importer's own words; a limit says which one."""
    if refused.key == "upload.not_office":
        return FileProblem("imp.not_xlsx")
    return FileProblem(refused.key, **refused.values)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _csv_lines(data: bytes) -> list[tuple[int, list[str]]]:
    if b"\x00" in data[:4096]:
        raise FileProblem("imp.not_csv")
    for encoding in ("utf-8-sig", "cp1258"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise FileProblem("imp.not_csv")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return uploads.read_csv(text, MAX_ROWS, MAX_COLS, dialect)
    except uploads.UploadRefused as refused:
        raise _refusal(refused) from None


def _header_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", p.strip_marks(text)).strip()


def map_headers(header: list[str]) -> tuple[dict[str, int], list[str]]:
    """Column positions by field; missing required columns are a file-level error."""
    known: dict[str, str] = {}
    for name, title, aliases in COLUMNS:
        for alias in (title, *aliases):
            known[_header_key(alias)] = name
    mapping: dict[str, int] = {}
    ignored: list[str] = []
    for index, title in enumerate(header):
        key = _header_key(title)
        found = known.get(key)
        if found is None:
            if key and key not in IGNORED_HEADERS:
                ignored.append(title.strip())
            continue
        if found in mapping:
            raise FileProblem("imp.duplicate_column", column=title.strip())
        mapping[found] = index
    missing = [title for name, title, _ in COLUMNS if name in REQUIRED and name not in mapping]
    if missing:
        found = ", ".join(f"“{h.strip()}”" for h in header if h.strip()) or "—"
        raise FileProblem("imp.missing_columns", missing=", ".join(missing), found=found,
                          template=", ".join(title for _, title, _ in COLUMNS))
    return mapping, ignored


def _cell(cells: list[str], index: int) -> str:
    return cells[index].strip() if index < len(cells) and cells[index] is not None else ""


def check_row(line: int, raw: dict[str, str], communes: list[dict]) -> ImportRow:
    """Turn one line into a ProductInput, collecting every problem it has."""
    row = ImportRow(line, raw)
    get = raw.get
    name, producer = get("name", "").strip(), get("producer", "").strip()
    if not name:
        row.errors.append(("imp.no_name", {}))
    if not producer:
        row.errors.append(("imp.no_producer", {}))
    commune = _commune(row, get("commune", ""), communes)
    group = p.group_code(get("group", ""))
    if group is None:
        row.errors.append(("imp.bad_group", {"value": get("group", "")}))
    stars = p.stars(get("stars", ""))
    if stars is None:
        row.errors.append(("imp.bad_stars", {"value": get("stars", "")}))
    kind = p.producer_kind(get("producer_kind", ""), producer)
    if kind is None:
        row.errors.append(("imp.bad_kind", {"value": get("producer_kind", "") or producer}))
    decided = _decision_date(row, get("decision_date", ""))
    if row.errors:
        return row
    # Each of these is None only when an error was recorded above, and there is none.
    assert commune is not None and group is not None and stars is not None and kind is not None
    row.product = ProductInput(
        name=name, producer=producer, producer_kind=str(kind), commune_id=commune,
        group=group, stars=stars, decision_no=get("decision_no", "").strip(),
        decision_date=decided, newly_recognised=p.yes(get("newly", "")))
    return row


def _commune(row: ImportRow, typed: str, communes: list[dict]) -> int | None:
    if not typed.strip():
        row.errors.append(("imp.no_commune", {}))
        return None
    found = p.match_commune(typed, communes)
    if found.commune_id is None:
        hint = ", ".join(found.suggestions) or ", ".join(c["name"] for c in communes)
        key = "imp.commune_no_marks" if not p.has_marks(typed) else "imp.unknown_commune"
        row.errors.append((key, {"value": typed, "suggestion": hint}))
        return None
    assert found.name is not None  # match_commune names every commune it finds
    row.commune_name = found.name
    if not found.exact:
        row.notes.append(("imp.commune_read_as", {"value": typed, "name": found.name}))
    return found.commune_id


def _decision_date(row: ImportRow, typed: str) -> date | None:
    try:
        return p.parse_day(typed)
    except ValueError:
        row.errors.append(("imp.bad_date", {"value": typed}))
        return None


def _check_duplicate(row: ImportRow, seen: dict[str, int], existing: set[str]) -> None:
    key = p.match_key(row.raw.get("name", ""), row.raw.get("producer", ""))
    if not row.raw.get("name", "").strip():
        return
    if key in seen:
        row.errors.append(("imp.dup_in_file", {"other": seen[key]}))
    elif key in existing:
        row.errors.append(("imp.dup_in_db", {}))
    seen.setdefault(key, row.line)


def template_xlsx() -> bytes:
    """The empty template, with a second sheet explaining each column and the allowed values."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.worksheet.worksheet import Worksheet

    book = Workbook()
    sheet = book.active
    assert isinstance(sheet, Worksheet)  # a new workbook opens on one worksheet
    sheet.title = "San pham OCOP"
    sheet.append([title for _, title, _ in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column, width in zip("ABCDEFGHI", (36, 36, 20, 26, 9, 16, 18, 16, 14), strict=True):
        sheet.column_dimensions[column].width = width
    guide = book.create_sheet("Huong dan")
    for line in template_guide():
        guide.append(line)
    guide.column_dimensions["A"].width = 22
    guide.column_dimensions["B"].width = 110
    return exports.xlsx_bytes(book)


def template_csv() -> bytes:
    """The empty template as UTF-8 CSV with a BOM, so Excel opens the diacritics correctly."""
    out = io.StringIO()
    csv.writer(out).writerow([title for _, title, _ in COLUMNS])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def template_guide() -> list[list[str]]:
    """What each template column takes (Vietnamese, as the organisers read it)."""
    groups = "; ".join(f"{code} – {vi}" for code, (vi, _) in p.GROUPS.items())
    kinds = "; ".join(vi for vi, _ in p.PRODUCER_LABELS.values())
    return [
        ["Cột", "Cách ghi"],
        ["Tên sản phẩm", "Bắt buộc. Mỗi sản phẩm một dòng."],
        ["Chủ thể", "Bắt buộc. Tên doanh nghiệp, HTX, tổ hợp tác hoặc hộ kinh doanh."],
        ["Xã – thị trấn", "Bắt buộc. Một trong 12 xã – thị trấn của huyện, ghi có dấu "
                          "(ví dụ: Xuân Thới Sơn, Thị trấn Hóc Môn)."],
        ["Nhóm sản phẩm", f"Bắt buộc, theo Quyết định 148/QĐ-TTg: {groups}. "
                          "Ghi số La Mã hoặc tên nhóm."],
        ["Số sao", "Bắt buộc: 3, 4 hoặc 5."],
        ["Loại chủ thể", f"{kinds}. Để trống nếu tên chủ thể bắt đầu bằng HTX, Công ty, "
                         "Hộ kinh doanh…"],
        ["Số quyết định", "Số quyết định công nhận, ví dụ 1234/QĐ-UBND."],
        ["Ngày quyết định", "Dạng dd/mm/yyyy. Hạn giấy chứng nhận = ngày quyết định + 36 tháng."],
        ["Mới công nhận", "Ghi “x” nếu sản phẩm được công nhận tại Lễ lần này."],
    ]
