"""Build the corpus's Word and PDF plans from their text (run again after editing a source).

    .venv/bin/python -m tests.plans.make_files

- 14-…docx: a Word plan with the usual two-column header table (issuer | national motto);
  18-…docx: plan 05 (lettered "Giao X chủ trì, phối hợp với Y" items) as Word paragraphs.
- 15-…pdf, 16-…pdf: text-layer PDFs printed by headless Chromium from plans 04 and 02.
- 17-ban-quet.pdf: a scanned plan, an image only (Pillow), which the reader must refuse.
The generated files are committed: tests read them, they do not build them.
"""

from __future__ import annotations

import html
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
PAGE_CSS = (
    "@page { size: A4; margin: 18mm 16mm; }"
    "body { font-family: 'DejaVu Serif', serif; font-size: 10.5pt; }"
    "p { margin: 0 0 4pt 0; } p.head { text-align: center; font-weight: bold; }"
)


HEADER_Q12 = (("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
              ("QUẬN 12", "Độc lập - Tự do - Hạnh phúc"))


def make_docx(source: Path, target: Path, header: tuple[tuple[str, str], ...] = ()) -> None:
    """A Word plan: the header table if any, then one paragraph per line of the source."""
    import docx

    document = docx.Document()
    if header:
        table = document.add_table(rows=len(header), cols=2)
        for row, texts in zip(table.rows, header, strict=True):
            for cell, text in zip(row.cells, texts, strict=True):
                cell.text = text
    for line in source.read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    document.save(str(target))


def make_pdf(source: Path, target: Path) -> None:
    """A text-layer PDF of the source, one paragraph per line, printed by Chromium."""
    lines = source.read_text(encoding="utf-8").splitlines()
    body = "\n".join(
        f'<p class="head">{html.escape(t)}</p>' if t.isupper() else f"<p>{html.escape(t)}</p>"
        for t in lines if t.strip())
    page = f"<!doctype html><meta charset='utf-8'><style>{PAGE_CSS}</style>{body}"
    with tempfile.TemporaryDirectory() as folder:
        page_path = Path(folder) / "plan.html"
        page_path.write_text(page, encoding="utf-8")
        subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", f"--print-to-pdf={target}",
                        page_path.as_uri()], check=True, capture_output=True, timeout=120)


def make_scan(target: Path) -> None:
    """An image-only PDF: a grey page with dark bars where a scanner would see text."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (1240, 1754), 235)
    draw = ImageDraw.Draw(image)
    for row in range(40):
        draw.rectangle((120, 150 + row * 36, 1120 - (row % 5) * 90, 168 + row * 36), fill=40)
    image.save(target, "PDF", resolution=150)


def main() -> None:
    make_docx(HERE / "14-tuan-le-ocop-quan.source.txt", HERE / "14-tuan-le-ocop-quan.docx",
              HEADER_Q12)
    make_docx(HERE / "05-giao-chu-tri-phoi-hop.txt", HERE / "18-giao-chu-tri-phoi-hop.docx")
    make_pdf(HERE / "04-ke-hoach-chi-tiet.txt", HERE / "15-ke-hoach-chi-tiet.pdf")
    make_pdf(HERE / "02-thong-bao-chu-tich-giao.txt", HERE / "16-thong-bao-chu-tich.pdf")
    make_scan(HERE / "17-ban-quet.pdf")


if __name__ == "__main__":
    main()
