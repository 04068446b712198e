"""In a real browser: the Báo cáo page hands over an .xlsx and a PDF that match the screen."""

from __future__ import annotations

import json
import subprocess

import openpyxl
import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from ocop_tracker.accounts import users as accounts
from tests.harness import login, streamlit_server, wait_idle
from tests.unit.test_reports import _cli

pytestmark = pytest.mark.browser

NOW = "2024-09-26T09:00"


def test_download_the_excel_report_and_the_a4_pdf(browser, demo_path, tmp_path):
    expected = json.loads(_cli("status", "--json", "--db", str(demo_path), now=NOW).stdout)
    with streamlit_server(demo_path, tmp_path, now=NOW) as server:
        page = browser.new_page(viewport={"width": 1366, "height": 900}, accept_downloads=True)
        # Open the root first, as the foundation's browser test does: the first run of a
        # server also fills its caches.
        page.goto(server.url)
        wait_idle(page)
        page.goto(f"{server.url}/bao-cao")
        wait_idle(page)
        # Signed out, only the calendars: the report and print page name who updated tasks.
        assert not page.get_by_role("button", name="Tải báo cáo .xlsx").count()
        login(page, "lanh-dao", accounts.DEMO_PASSWORD)
        body = page.inner_text("body")
        assert "35 nhiệm vụ, 5 đã tới hạn, 12 hoàn thành (34,3%), 4 quá hạn" in body
        # The PDF first: its button does not rerun the page (on_click="ignore"), while the
        # .xlsx one does, and a click that lands during that rerun can be lost.
        pdf = tmp_path / "status.pdf"
        for attempt in range(2):
            try:
                with page.expect_download(timeout=75_000) as info:
                    page.get_by_role("button", name="Tải bản PDF (A4)").click()
                info.value.save_as(pdf)
                break
            except PlaywrightTimeout:
                if attempt:
                    raise
                wait_idle(page)
        with page.expect_download(timeout=90_000) as info:
            page.get_by_role("button", name="Tải báo cáo .xlsx").click()
        download = info.value
        assert download.suggested_filename == "bao-cao-tien-do-2024-09-28.xlsx"
        xlsx = tmp_path / download.suggested_filename
        download.save_as(xlsx)

    summary = openpyxl.load_workbook(xlsx).worksheets[0]
    total = next(r for r in summary.iter_rows(values_only=True) if r[1] == "Tổng cộng")
    tasks = expected["tasks"]
    assert total[3:6] == (tasks["total"], tasks["done"], tasks["overdue"])
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "A4" in info
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"],
                           capture_output=True, text=True).stdout
    assert "In từ hệ thống" in first  # the status is page 1 whole; the sections follow
