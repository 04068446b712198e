"""The .xlsx report, the CSVs and the print page agree with `status --json` for the same clock."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import unicodedata
from datetime import datetime
from io import BytesIO
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from ocop_tracker.core import clock, queries
from ocop_tracker.core.db import open_db
from ocop_tracker.reports import content as reports
from ocop_tracker.reports import csv_export, printable
from ocop_tracker.reports import xlsx as xlsx_report
from tests.conftest import ROOT

NOW = "2024-09-26T09:00"  # after the 20/9 and 25/9 deadlines: some tasks are overdue


def _cli(*args: str, now: str = NOW) -> subprocess.CompletedProcess:
    env = {**os.environ, "OCOP_NOW": now}
    return subprocess.run([sys.executable, "-m", "ocop_tracker", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=True)


def _rows(ws) -> list[tuple]:
    return list(ws.iter_rows(values_only=True))


def _find(ws, label: str) -> tuple:
    return next(r for r in _rows(ws) if len(r) > 1 and r[1] == label)


@pytest.mark.parametrize("now", [NOW, "2024-09-18T09:00"])
def test_exported_xlsx_figures_equal_status_json(demo_path, tmp_path, now):
    out = tmp_path / "bao-cao.xlsx"
    _cli("export", "--db", str(demo_path), "--format", "xlsx", "--out", str(out), now=now)
    expected = json.loads(_cli("status", "--json", "--db", str(demo_path), now=now).stdout)
    tasks = expected["tasks"]

    wb = openpyxl.load_workbook(out)
    summary = wb.worksheets[0]
    assert summary.title == "Tổng hợp"
    headline = summary["A4"].value
    percent = f"{tasks['percent_done']:.1f}".replace(".", ",").replace(",0", "") + "%"
    assert headline == (f"{tasks['total']} nhiệm vụ, {tasks['due']} đã tới hạn, {tasks['done']} "
                        f"hoàn thành ({percent}), {tasks['overdue']} quá hạn")
    as_of = clock.parse_iso(now)
    assert summary["A3"].value == (
        f"Số liệu tính đến {as_of:%H:%M} ngày {as_of:%d/%m/%Y} (giờ Việt Nam)")

    total = _find(summary, "Tổng cộng")
    assert total[3:6] == (tasks["total"], tasks["done"], tasks["overdue"])
    assert round(total[6] * 100, 1) == tasks["percent_done"]
    for label, key in [("Đã đến hạn", "due"), ("Quá hạn", "overdue"),
                       ("Đến hạn trong 3 ngày", "due_within_3_days"),
                       ("Đến hạn trong 7 ngày", "due_within_7_days"),
                       ("Nhiệm vụ định kỳ", "recurring")]:
        assert _find(summary, label)[3] == tasks[key], label

    header = _rows(summary)[4]
    assert header == ("STT", "Đơn vị chủ trì", "Viết tắt", "Số nhiệm vụ", "Hoàn thành",
                      "Quá hạn", "Tỷ lệ hoàn thành")
    units = [r for r in _rows(summary)[5:] if isinstance(r[0], int)]
    assert [(r[1], r[3], r[4], r[5]) for r in units] == [
        (a["name"], a["total"], a["done"], a["overdue"]) for a in expected["agencies"]]
    assert summary.freeze_panes == "A6"

    attention = wb["Quá hạn - sắp đến hạn"]
    groups = [r[1] for r in _rows(attention)[5:] if r[1]]
    assert groups.count("Quá hạn") == tasks["overdue"]
    assert groups.count("Đến hạn trong 7 ngày") == tasks["due_within_7_days"]
    assert attention.freeze_panes == "A6"


def test_xlsx_reads_like_a_report(demo_path):
    db = open_db(demo_path)
    wb = openpyxl.load_workbook(BytesIO(xlsx_report.workbook_bytes(
        db, queries.current_event_id(db), clock.parse_iso(NOW))))
    attention = wb["Quá hạn - sắp đến hạn"]
    late = [r for r in _rows(attention)[5:] if r[1] == "Quá hạn"]
    # The trailer (due before 20/9) is late at 26/9; its lead unit is named in full.
    trailer = next(r for r in late if r[2] == "III.1.1-05")
    assert trailer[4] == "Hội Nông dân huyện"
    assert trailer[6] == datetime(2024, 9, 20, 0, 0)
    assert trailer[8].startswith("Quá hạn")
    due_cell = next(c for c in attention["G"] if c.value == datetime(2024, 9, 20))
    assert due_cell.number_format == "dd/mm/yyyy"
    assert attention.column_dimensions["D"].width >= 50
    tasks_sheet = wb["Danh sách nhiệm vụ"]
    listed = [r for r in _rows(tasks_sheet)[5:] if r[0]]
    assert len(listed) == 36  # 35 one-off tasks and the weekend duty
    assert [r[8].startswith("Định kỳ") for r in listed].count(True) == 1
    start_cell = next(c for c in tasks_sheet["G"][5:] if c.value == datetime(2024, 9, 28, 7))
    assert start_cell.number_format == "hh:mm dd/mm/yyyy"
    assert wb.sheetnames[:3] == ["Tổng hợp", "Quá hạn - sắp đến hạn", "Danh sách nhiệm vụ"]


def test_booth_and_product_sheets_read_in_vietnamese(demo_path):
    db = open_db(demo_path)
    event_id = queries.current_event_id(db)
    wb = openpyxl.load_workbook(BytesIO(xlsx_report.workbook_bytes(db, event_id)))
    assert {"Gian hàng", "Sản phẩm"} <= set(wb.sheetnames)
    booth_rows = _rows(wb["Gian hàng"])
    header = next(r for r in booth_rows if r and "Số gian" in r)
    assert {"Loại gian", "Xã – thị trấn", "Sẵn sàng"} <= set(header)
    assert sum(1 for r in booth_rows if r and r[1] in range(1, 22)) == 21
    assert "gian-hang" in csv_export.exports(db, event_id)


def test_csv_has_bom_and_diacritics_round_trip(demo_path, tmp_path):
    _cli("export", "--db", str(demo_path), "--format", "csv", "--out", str(tmp_path / "csv"))
    raw = (tmp_path / "csv" / "nhiem-vu.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(tmp_path / "csv" / "nhiem-vu.csv", encoding="utf-8-sig")
    assert list(frame.columns)[:3] == ["Mục", "Nội dung nhiệm vụ", "Đơn vị chủ trì"]
    row = frame[frame["Mục"] == "III.1.1-03"].iloc[0]
    assert row["Ghi chú"] == "9/12 xã – thị trấn đã đăng ký chủ thể tham gia."
    assert unicodedata.is_normalized("NFC", row["Ghi chú"])
    assert row["Đơn vị phối hợp"] == "UBND xã – TT"
    history = pd.read_csv(tmp_path / "csv" / "lich-su.csv", encoding="utf-8-sig")
    assert (tmp_path / "csv" / "lich-su.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert "Nguyễn Thị Lan" in set(history["Người thực hiện"])
    assert "Hoàn thành" in set(history["Giá trị mới"])


def test_print_page_escapes_user_text_and_has_a4_stylesheet(db, event_id):
    db.execute("UPDATE tasks SET title = '<script>alert(1)</script> Trailer' "
               "WHERE code = 'III.1.1-05'")
    db.conn.commit()
    html = printable.status_html(db, event_id, clock.parse_iso(NOW))
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Trailer" in html
    assert "@page { size: A4 portrait" in html and "@media print" in html
    assert "Số liệu tính đến 09:00 ngày 26/09/2024 (giờ Việt Nam)" in html
    assert "Nhiệm vụ quá hạn (5)" in html  # no progress: all five dated tasks are late


def test_print_page_is_one_a4_status_page_then_the_features_sections(demo_path, tmp_path):
    if not Path(printable.CHROMIUM).exists() or not shutil.which("pdfinfo"):
        pytest.skip("chromium or poppler-utils missing")
    out = tmp_path / "tinh-hinh.pdf"
    # 26/9: four overdue tasks and the longest unit table: still one page
    _cli("export", "--db", str(demo_path), "--format", "pdf", "--out", str(out))
    assert out.read_bytes().startswith(b"%PDF")
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "A4" in info
    first, annex = (subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(out), "-"],
                                   capture_output=True, text=True).stdout for n in (1, 2))
    assert "In từ hệ thống" in first and "Gian hàng" not in first  # the status, whole
    assert annex.lstrip().startswith("Gian hàng")
    for title in ("Sản phẩm", "Đại biểu", "Chương trình"):
        assert title in subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                                       text=True).stdout


def test_headline_is_the_overview_sentence(demo_path):
    db = open_db(demo_path)
    from ocop_tracker.tasks.snapshot import snapshot

    snap = snapshot(db, queries.current_event_id(db), clock.parse_iso("2024-09-18T09:00"))
    assert reports.headline(snap) == "35 nhiệm vụ, 0 đã tới hạn, 12 hoàn thành (34,3%), 0 quá hạn"


def test_the_csv_names_the_page_lists_are_the_files_it_writes(demo_path):
    db = open_db(demo_path)
    assert csv_export.export_names() == list(csv_export.exports(db, queries.current_event_id(db)))
    db.close()
