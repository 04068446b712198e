"""Hostile .docx and .xlsx files, made by the tests (nothing binary is committed).

Each is a real Office file whose one part was swapped for something a probe of the app used:
a part that inflates to hundreds of MB, a million rows, a sheet 16,384 columns wide, an XML
entity bomb.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator

SHEET_OPEN = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              b'<dimension ref="A1:XFD1048576"/><sheetData>')
SHEET_CLOSE = b"</sheetData></worksheet>"
DOC_OPEN = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            b"<w:body>")
DOC_CLOSE = b"</w:body></w:document>"
Parts = Callable[[], Iterator[bytes]]


def base_xlsx() -> bytes:
    """A small genuine workbook: a header row and one product."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Tên sản phẩm", "Chủ thể", "Xã – thị trấn", "Nhóm sản phẩm", "Số sao"])
    sheet.append(["Trà mãng cầu", "HTX Xuân Thới Sơn", "Xuân Thới Sơn", "I", 3])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def base_docx() -> bytes:
    """A small genuine Word file."""
    import docx

    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH Tổ chức Lễ công bố sản phẩm OCOP")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def replace_part(base: bytes, name: str, chunks: Parts) -> bytes:
    """base with part `name` rewritten from chunks (streamed: never whole in memory)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for info in source.infolist():
            if info.filename == name:
                with target.open(name, "w", force_zip64=True) as part:
                    for chunk in chunks():
                        part.write(chunk)
            else:
                target.writestr(info, source.read(info))
    return out.getvalue()


def _repeat(head: bytes, unit: bytes, count: int, tail: bytes) -> Parts:
    def chunks() -> Iterator[bytes]:
        yield head
        block = unit * max(1, (1 << 20) // len(unit))
        per_block = (1 << 20) // len(unit) or 1
        for _ in range(count // per_block):
            yield block
        yield unit * (count % per_block)
        yield tail
    return chunks


def zip_bomb_docx(megabytes: int = 320) -> bytes:
    """A Word file whose document.xml inflates to `megabytes` MB of empty paragraphs."""
    unit = b"<w:p/>"
    return replace_part(base_docx(), "word/document.xml",
                        _repeat(DOC_OPEN, unit, megabytes * (1 << 20) // len(unit), DOC_CLOSE))


def zip_bomb_xlsx(megabytes: int = 320) -> bytes:
    """A workbook whose first sheet inflates to `megabytes` MB of empty rows."""
    unit = b"<row/>"
    return replace_part(base_xlsx(), "xl/worksheets/sheet1.xml",
                        _repeat(SHEET_OPEN, unit, megabytes * (1 << 20) // len(unit),
                                SHEET_CLOSE))


def million_rows_xlsx(rows: int = 1_000_000) -> bytes:
    """A header then a million one-cell rows (the file stays well under 5 MB)."""
    def chunks() -> Iterator[bytes]:
        yield SHEET_OPEN + b'<row><c t="inlineStr"><is><t>T\xc3\xaan s\xe1\xba\xa3n ph\xe1\xba\xa9m'
        yield b"</t></is></c></row>"
        line = b"<row><c><v>1</v></c></row>"
        block = line * 10_000
        for _ in range(rows // 10_000):
            yield block
        yield SHEET_CLOSE
    return replace_part(base_xlsx(), "xl/worksheets/sheet1.xml", chunks)


def wide_xlsx(columns: int = 16_384, rows: int = 20) -> bytes:
    """Rows of 16,384 filled cells (the widest sheet Excel allows), each addressed."""
    from openpyxl.utils import get_column_letter

    letters = [get_column_letter(i).encode() for i in range(1, columns + 1)]

    def chunks() -> Iterator[bytes]:
        yield SHEET_OPEN
        for r in range(1, rows + 1):
            yield b"<row>" + b"".join(b'<c r="%s%d"><v>%d</v></c>' % (col, r, i * r)
                                      for i, col in enumerate(letters)) + b"</row>"
        yield SHEET_CLOSE
    return replace_part(base_xlsx(), "xl/worksheets/sheet1.xml", chunks)


def entity_xlsx() -> bytes:
    """A workbook whose sheet declares an entity bomb (the "billion laughs") and uses it."""
    entities = [b'<!ENTITY a0 "ha">'] + [
        b'<!ENTITY a%d "%s">' % (i, b"&a%d;" % (i - 1) * 10) for i in range(1, 10)]
    head = (b'<?xml version="1.0"?>\n<!DOCTYPE worksheet [' + b"".join(entities) + b"]>"
            + SHEET_OPEN.split(b"\n", 1)[1])
    cell = b'<row r="1"><c r="A1" t="inlineStr"><is><t>&a9;</t></is></c></row>'
    return replace_part(base_xlsx(), "xl/worksheets/sheet1.xml",
                        lambda: iter([head, cell, SHEET_CLOSE]))


def entity_docx() -> bytes:
    """A Word file whose document.xml declares an entity bomb."""
    doc = (b'<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY a "hahahahaha">]>'
           + DOC_OPEN.split(b"\n", 1)[1] + b"<w:p><w:r><w:t>&a;</w:t></w:r></w:p>" + DOC_CLOSE)
    return replace_part(base_docx(), "word/document.xml", lambda: iter([doc]))


# Every column a person types into (directly, or through a plan or a list they import).
FREE_TEXT = {
    "tasks": ("title", "note", "section", "updated_by"),
    "products": ("name", "producer", "decision_no", "updated_by"),
    "invitees": ("name", "title", "unit", "phone", "arrived_by"),
    "delegate_groups": ("name", "note"),
    "delegate_counts": ("label",),
    "programme_steps": ("title", "cue"),
    "events": ("title", "organiser", "venue"),
    "agencies": ("name", "short_name"),
    "communes": ("name",),
    "history": ("actor", "before", "after"),
}


def poison(db: object, payloads: tuple[str, ...]) -> None:
    """Start every free-text value with a payload (the columns take turns), keeping it unique."""
    turn = 0
    for table, columns in FREE_TEXT.items():
        for column in columns:
            db.execute(  # type: ignore[attr-defined]
                f"UPDATE {table} SET {column} = ? || ' ' || rowid WHERE {column} IS NOT NULL",
                [payloads[turn % len(payloads)]])
            turn += 1
    db.conn.commit()  # type: ignore[attr-defined]
