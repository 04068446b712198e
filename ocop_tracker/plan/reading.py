"""Plan files -> text: .txt/.md (UTF-8 or UTF-16), .docx, text-layer .pdf; .doc is refused.

The size is checked before anything is read. Every failure is a PlanParseError whose
Vietnamese message says what the user can do.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

from ocop_tracker.plan.model import PlanParseError

MAX_FILE_BYTES = 5 * 1024 * 1024
# pypdf bounds each stream it inflates (75 MB); the page count bounds how many it inflates.
MAX_PDF_PAGES = 300
SUFFIXES = (".txt", ".md", ".docx", ".pdf", ".doc")
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # old Word (.doc), Excel (.xls): compound documents
PDF_MAGIC = b"%PDF"
OLD_WORD = (
    "Tệp Word cũ (.doc) không đọc được trực tiếp: hãy mở bằng Word, chọn "
    "lưu thành (Save As) định dạng .docx, rồi tải lên tệp .docx."
)
SCANNED_PDF = (
    "Tệp PDF này là bản quét (chỉ có hình ảnh, không có lớp chữ) nên không đọc được nội dung. "
    "Hãy dùng tệp .docx hoặc PDF xuất trực tiếp từ Word, hoặc dán nội dung văn bản."
)


def unsupported(name: str) -> PlanParseError:
    """The error for a file type the reader does not take."""
    return PlanParseError(
        f"Định dạng tệp không được hỗ trợ: {name} (chỉ nhận .txt, .md, .docx, .pdf)."
    )


def too_large(size: int) -> PlanParseError:
    """The error for a file over the limit."""
    return PlanParseError(f"Tệp quá lớn ({size / 1048576:.1f} MB); giới hạn là 5 MB.")


def read_plan_file(path: str | Path) -> str:
    """The text of a plan file; size is checked before anything is read."""
    file = Path(path)
    if file.suffix.lower() not in SUFFIXES:
        raise unsupported(file.suffix or file.name)
    try:
        size = file.stat().st_size
    except OSError as exc:
        raise PlanParseError(f"Không mở được tệp: {file.name}.") from exc
    if size > MAX_FILE_BYTES:
        raise too_large(size)
    if size == 0:
        raise PlanParseError("Tệp kế hoạch trống.")
    return read_plan_bytes(file.name, _read_bytes(file))


def read_plan_bytes(name: str, data: bytes) -> str:
    """The text of a plan given as bytes (an upload, or a file already read)."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        raise unsupported(suffix or name)
    if len(data) > MAX_FILE_BYTES:
        raise too_large(len(data))
    if not data:
        raise PlanParseError("Tệp kế hoạch trống.")
    if data.startswith(OLE_MAGIC) or suffix == ".doc":
        raise PlanParseError(OLD_WORD)
    if suffix == ".docx":
        return read_docx(data, name)
    if suffix == ".pdf" or data.startswith(PDF_MAGIC):
        return read_pdf(data, name)
    return decode(data)


def _read_bytes(file: Path) -> bytes:
    """The file's bytes, with OS errors turned into PlanParseError."""
    try:
        return file.read_bytes()
    except OSError as exc:
        raise PlanParseError(f"Không đọc được tệp: {file.name}.") from exc


def decode(data: bytes) -> str:
    """UTF-8 (or BOM-marked UTF-16) text; anything else is refused as binary."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    elif b"\x00" not in data:
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            pass
    raise PlanParseError("Tệp không phải văn bản (có byte nhị phân hoặc không phải mã UTF-8).")


def read_docx(data: bytes, name: str) -> str:
    """Paragraphs (and table cells) of a Word file, in document order, one per line."""
    import docx  # imported here: only .docx imports need python-docx

    from ocop_tracker.core import uploads

    uploads.check_docx(data)  # sizes and XML counted before python-docx inflates
    try:
        document = docx.Document(io.BytesIO(data))
        return "\n".join(_docx_blocks(document))
    except Exception as exc:  # python-docx raises zipfile, KeyError, lxml errors … on bad files
        raise PlanParseError(f"Tệp .docx bị hỏng hoặc không phải tệp Word: {name}.") from exc


def _docx_blocks(document: object) -> list[str]:
    """Text blocks of a python-docx Document; tables read row by row."""
    blocks: list[str] = []
    for item in document.iter_inner_content():  # type: ignore[attr-defined]
        if hasattr(item, "rows"):
            for row in item.rows:
                cells = [c.text for c in row.cells]
                blocks.extend(c for i, c in enumerate(cells) if i == 0 or c != cells[i - 1])
        else:
            blocks.append(item.text)
    return blocks


def read_pdf(data: bytes, name: str) -> str:
    """The text layer of a PDF, page by page in reading order; a scan is refused by name."""
    from pypdf import PdfReader  # imported here: only PDF imports need pypdf

    # pypdf logs what it repairs to stderr; the user is told in Vietnamese instead.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(io.BytesIO(data))
        if len(reader.pages) > MAX_PDF_PAGES:
            raise PlanParseError(f"Tệp PDF dài {len(reader.pages)} trang, quá giới hạn "
                                 f"{MAX_PDF_PAGES} trang của một kế hoạch: {name}.")
        pages = [page.extract_text() or "" for page in reader.pages]
    except PlanParseError:
        raise
    except Exception as exc:  # pypdf raises its own and zlib/struct errors on bad files
        raise PlanParseError(f"Tệp PDF bị hỏng hoặc không đọc được: {name}.") from exc
    text = "\n".join(pages)
    if not text.strip():
        raise PlanParseError(SCANNED_PDF)
    return text
