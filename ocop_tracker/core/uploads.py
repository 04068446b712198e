"""Reading an uploaded file without letting it take the server.

Every importer passes the bytes it was given through here before parsing them: the size, then
(for .docx and .xlsx, which are zip files) the container's declared sizes and every XML part,
streamed through expat with counters, before python-docx or openpyxl builds anything. A refusal
is an UploadRefused with a Vietnamese (and English) message; nothing has been written.

Why declared sizes can be trusted: Python's zipfile never inflates a member beyond the size its
directory declares (the rest is cut off and the CRC then fails), and python-docx and openpyxl
both read through zipfile.
"""

from __future__ import annotations

import csv
import io
import re
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from xml.parsers import expat

from ocop_tracker.core.errors import UserFacingError

MB = 1024 * 1024
MAX_UPLOAD_BYTES = 5 * MB
# server.maxUploadSize in .streamlit/config.toml: above every limit the app checks itself
# (imports 5 MB here, evidence files 10 MB), so that a file a little over is refused in
# Vietnamese by our own check rather than by Streamlit's English hover text.
STREAMLIT_UPLOAD_MB = 11
CHUNK = 256 * 1024
ROW_TAG, CELL_TAG, SHARED_STRING_TAG = "row", "c", "si"
# Word's paragraphs and table cells: python-docx takes about 0.3 ms for each one it reads
BLOCK_TAGS = frozenset({"p", "tc"})
VALUE_TAGS = frozenset({"v", "is", "f"})
_COLUMN = re.compile(r"[A-Z]{1,3}")


@dataclass(frozen=True)
class Budget:
    """How much one upload may cost: what the container and its XML may hold, and the time."""

    max_members: int = 500
    max_total: int = 40 * MB  # all members, uncompressed (pictures included)
    max_xml: int = 16 * MB  # XML members, uncompressed: what the parsers hold in memory
    max_ratio: int = 100  # uncompressed / compressed, for members big enough to matter
    ratio_floor: int = MB
    max_elements: int = 800_000  # a 100-page plan has about 200,000
    max_shared_strings: int = 200_000
    max_blocks: int = 5_000  # a 100-page plan has about 3,000 paragraphs
    max_cells: int = 100_000  # 5,000 delegates x 10 columns is half of it
    seconds: float = 4.0


DEFAULT_BUDGET = Budget()


class UploadRefused(UserFacingError, ValueError):
    """The file is not read: too big, too deep, too wide or not what it says it is."""


def check_size(data: bytes, limit: int = MAX_UPLOAD_BYTES) -> None:
    """Refuse an empty file or one over the upload limit (before anything reads it)."""
    if len(data) > limit:
        raise UploadRefused("upload.too_big", size=megabytes(len(data)), limit=megabytes(limit))
    if not data.strip():
        raise UploadRefused("upload.empty")


def megabytes(size: int) -> str:
    """5,5 (MB), written the Vietnamese way."""
    return f"{size / MB:.1f}".replace(".", ",").replace(",0", "")


@dataclass(frozen=True)
class SheetLimits:
    """What a spreadsheet's first sheet may hold: rows with a value, and the last column."""

    max_rows: int
    max_cols: int


def check_container(data: bytes, budget: Budget = DEFAULT_BUDGET,
                    sheet: SheetLimits | None = None, deadline: float | None = None) -> None:
    """Refuse a .docx/.xlsx whose zip or XML would cost more than the budget to parse."""
    deadline = deadline or time.monotonic() + budget.seconds
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return  # not a zip: nothing to inflate, and each reader refuses it in its own words
    with archive:
        members = archive.infolist()
        _check_members(members, budget)
        xml = [info for info in members if _is_xml(archive, info)]
        _check_xml_size(xml, budget)
        scan = _Scan(budget, sheet, deadline)
        for info in xml:
            scan.member(archive, info)


def _check_members(members: list[zipfile.ZipInfo], budget: Budget) -> None:
    if len(members) > budget.max_members:
        raise UploadRefused("upload.too_many_parts", n=len(members), limit=budget.max_members)
    total = sum(m.file_size for m in members)
    if total > budget.max_total:
        raise UploadRefused("upload.inflates", size=megabytes(total),
                            limit=megabytes(budget.max_total))
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > budget.ratio_floor and ratio > budget.max_ratio:
            raise UploadRefused("upload.ratio", part=member.filename, ratio=int(ratio))


def _is_xml(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Whether a part is XML by its first bytes (a part's name does not say what reads it)."""
    try:
        with archive.open(info) as stream:
            start = stream.read(64)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
        raise UploadRefused("upload.not_office") from None
    return start.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")


def _check_xml_size(parts: list[zipfile.ZipInfo], budget: Budget) -> None:
    xml = sum(info.file_size for info in parts)
    if xml > budget.max_xml:
        raise UploadRefused("upload.inflates", size=megabytes(xml),
                            limit=megabytes(budget.max_xml))


class _Scan:
    """Counts what the XML parts hold, refusing as soon as a limit is passed."""

    def __init__(self, budget: Budget, sheet: SheetLimits | None, deadline: float) -> None:
        self.budget, self.sheet, self.deadline = budget, sheet, deadline
        self.elements = self.shared = self.cells = self.blocks = 0
        self.rows = self.column = 0
        self.row_has_value = self.in_sheet = False

    def member(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
        """Stream one XML part through expat; a DOCTYPE (entities) is refused outright."""
        self.in_sheet = "worksheets/" in info.filename
        self.rows = 0
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.StartDoctypeDeclHandler = _refuse_doctype
        parser.EntityDeclHandler = _refuse_doctype
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        try:
            with archive.open(info) as stream:
                while chunk := stream.read(CHUNK):
                    parser.Parse(chunk, False)
                    self.on_time()
                parser.Parse(b"", True)
        except (expat.ExpatError, zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            if isinstance(exc, UploadRefused):
                raise
            raise UploadRefused("upload.not_office") from None

    def on_time(self) -> None:
        """Refuse once the upload has used its time."""
        if time.monotonic() > self.deadline:
            raise UploadRefused("upload.too_slow", seconds=int(self.budget.seconds))

    def start(self, name: str, attrs: dict[str, str]) -> None:
        """Count an element (and, in a sheet, its rows and cells)."""
        self.elements += 1
        if self.elements > self.budget.max_elements:
            raise UploadRefused("upload.too_complex", limit=self.budget.max_elements)
        tag = name.rsplit(" ", 1)[-1]
        if tag == SHARED_STRING_TAG:
            self.shared += 1
            if self.shared > self.budget.max_shared_strings:
                raise UploadRefused("upload.too_complex", limit=self.budget.max_shared_strings)
        elif tag in BLOCK_TAGS:
            self.blocks += 1
            if self.blocks > self.budget.max_blocks:
                raise UploadRefused("upload.too_long", limit=self.budget.max_blocks)
        if not self.in_sheet:
            return
        if tag == ROW_TAG:
            self.column, self.row_has_value = 0, False
        elif tag == CELL_TAG:
            self.cell(attrs.get("r", ""))
        elif tag in VALUE_TAGS and self.sheet and self.column > self.sheet.max_cols:
            raise UploadRefused("upload.too_wide", limit=self.sheet.max_cols)
        elif tag in VALUE_TAGS:
            self.row_has_value = True

    def cell(self, reference: str) -> None:
        """Where a cell is: its reference's column, or the one after the previous cell."""
        self.cells += 1
        if self.cells > self.budget.max_cells:
            raise UploadRefused("upload.too_complex", limit=self.budget.max_cells)
        found = _COLUMN.match(reference)
        self.column = _column_number(found.group()) if found else self.column + 1

    def end(self, name: str) -> None:
        """A row with a value is one more data row."""
        if not (self.in_sheet and self.sheet and name.rsplit(" ", 1)[-1] == ROW_TAG):
            return
        if self.row_has_value:
            self.rows += 1
        if self.rows > self.sheet.max_rows:
            raise UploadRefused("upload.too_many_rows", limit=self.sheet.max_rows - 1)


def _refuse_doctype(*_: Any) -> None:
    raise UploadRefused("upload.entities")


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def check_docx(data: bytes) -> None:
    """A Word upload: the size, then the container (before python-docx opens it)."""
    check_size(data)
    check_container(data)


def read_sheet(data: bytes, max_rows: int, max_cols: int,
               budget: Budget = DEFAULT_BUDGET) -> list[tuple[int, list[Any]]]:
    """(row number, values) of the first sheet's rows that hold a value, header included.

    max_rows counts the data rows under the header; max_cols is the last column read.
    """
    check_size(data)
    limits = SheetLimits(max_rows + 1, max_cols)
    deadline = time.monotonic() + budget.seconds  # one budget for the checks and the reading
    check_container(data, budget, limits, deadline)
    try:
        return list(_sheet_rows(data, limits, deadline, budget))
    except UploadRefused:
        raise
    except Exception:  # noqa: BLE001 - openpyxl raises many types for a damaged file
        raise UploadRefused("upload.not_office") from None


def _sheet_rows(data: bytes, limits: SheetLimits, deadline: float,
                budget: Budget) -> Iterator[tuple[int, list[Any]]]:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        found = 0
        # max_col also stops openpyxl padding every row to the width the file claims
        rows = book.worksheets[0].iter_rows(max_col=limits.max_cols, values_only=True)
        for number, row in enumerate(rows, start=1):
            if number % 100 == 0 and time.monotonic() > deadline:
                raise UploadRefused("upload.too_slow", seconds=int(budget.seconds))
            if any(v is not None and str(v).strip() for v in row):
                found += 1
                if found > limits.max_rows:
                    raise UploadRefused("upload.too_many_rows", limit=limits.max_rows - 1)
                yield number, list(row)
    finally:
        book.close()


def read_csv(text: str, max_rows: int, max_cols: int,
             dialect: type[csv.Dialect] | csv.Dialect = csv.excel
             ) -> list[tuple[int, list[str]]]:
    """(line, cells) of a CSV's non-blank lines, header included; stops at the limits."""
    reader = csv.reader(io.StringIO(text), dialect)
    found: list[tuple[int, list[str]]] = []
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > max_cols and any(cell.strip() for cell in row[max_cols:]):
            raise UploadRefused("upload.too_wide", limit=max_cols)
        if len(found) > max_rows:
            raise UploadRefused("upload.too_many_rows", limit=max_rows)
        found.append((reader.line_num, row[:max_cols]))
    return found
