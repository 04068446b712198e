"""What every .xlsx and .csv export passes through: user text never becomes a live formula.

A cell starting with = + - @ (or a tab or carriage return, which some spreadsheet programs skip
before looking) is run as a formula when the file is opened; a task note like
`=HYPERLINK("http://…","click")` would then be a link in the district's report. Text is written
as text (Excel) or with a leading apostrophe (CSV); numbers, dates and booleans stay as they are.
"""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    from openpyxl import Workbook

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_text(value: object) -> object:
    """A CSV cell: text a spreadsheet would run gets an apostrophe; anything else unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of frame whose text cells are safe to open in a spreadsheet."""
    safe = frame.copy()
    for column in safe.columns:
        if not pd.api.types.is_numeric_dtype(safe[column]):
            safe[column] = [csv_text(v) for v in safe[column]]
    return safe


def csv_bytes(frame: pd.DataFrame, encoding: str = "utf-8-sig",
              lineterminator: str = "\r\n") -> bytes:
    """frame as CSV (BOM and Windows line ends by default: what Excel expects), made safe."""
    return csv_frame(frame).to_csv(index=False, lineterminator=lineterminator).encode(encoding)


def neutralise(book: Workbook) -> Workbook:
    """Every text cell that would run as a formula is stored as text, shown as typed."""
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                value = cell.value
                if isinstance(value, str) and value.startswith(FORMULA_START):
                    cell.data_type = "s"  # openpyxl marks text starting with = as a formula
                    cell.quotePrefix = True  # Excel keeps it text even when the cell is edited
    return book


def xlsx_bytes(book: Workbook) -> bytes:
    """The workbook as .xlsx bytes, neutralised first."""
    out = BytesIO()
    neutralise(book).save(out)
    return out.getvalue()
