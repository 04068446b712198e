"""In a real browser: a department ticks a task, the overview shows the higher percentage."""

from __future__ import annotations

import pytest

from ocop_tracker.accounts import users as accounts
from ocop_tracker.core.models import Role
from tests.conftest import task_by_code
from tests.harness import choose_option, login, streamlit_server, wait_charts, wait_idle

pytestmark = pytest.mark.browser


def _metric(page, label: str) -> str:
    metric = page.locator('[data-testid="stMetric"]', has_text=label).first
    return metric.locator('[data-testid="stMetricValue"]').inner_text()


def test_ticking_a_phong_kinh_te_task_raises_the_overview_percentage(browser, db, db_path,
                                                                     tmp_path):
    task = task_by_code(db, "III.2-02")
    accounts.create_account(db, "lan", "Nguyễn Thị Lan", Role.UNIT, task["lead_agency_id"],
                            "mat-khau-cua-lan", accounts.SYSTEM)
    with streamlit_server(db_path, tmp_path, now="2024-09-18T09:00") as server:
        page = browser.new_page(viewport={"width": 1366, "height": 768})
        page.goto(server.url)
        wait_idle(page)
        wait_charts(page)
        assert _metric(page, "Hoàn thành") == "0/35"
        assert "35 nhiệm vụ, 0 đã tới hạn, 0 hoàn thành (0%), 0 quá hạn" in page.inner_text("body")
        assert "9 ngày 22 giờ" in _metric(page, "Còn đến giờ khai mạc")

        page.goto(f"{server.url}/nhiem-vu?unit={task['lead_agency_id']}")
        wait_idle(page)
        login(page, "lan", "mat-khau-cua-lan")
        # The select is keyed by task and version (a rerun may briefly show both versions).
        select = page.locator(f".st-key-status-{task['id']}-v{task['version']} "
                              '[data-testid="stSelectbox"]')
        choose_option(page, select, "Hoàn thành").click()
        page.wait_for_selector('[data-testid="stAlertContentSuccess"]', timeout=15_000)
        wait_idle(page)
        assert task_by_code(db, "III.2-02")["status"] == "hoan_thanh"
        assert task_by_code(db, "III.2-02")["updated_by"] == "Nguyễn Thị Lan"

        page.goto(server.url)
        wait_idle(page)
        assert _metric(page, "Hoàn thành") == "1/35"
        assert "1 hoàn thành (2,9%)" in page.inner_text("body")


def test_a_bookmarked_page_opens_cleanly_as_the_first_visit_to_a_new_server(browser, db_path,
                                                                            tmp_path):
    with streamlit_server(db_path, tmp_path, now="2024-09-18T09:00") as server:
        page = browser.new_page(viewport={"width": 1366, "height": 768})
        page.goto(f"{server.url}/nhiem-vu")  # nobody has opened any page of this server yet
        wait_idle(page)
        page.get_by_text("Nhiệm vụ chủ trì").first.wait_for(timeout=20_000)
        page.wait_for_timeout(1000)  # the dialog, when it came, came after the page
        assert page.locator('[role="dialog"]').count() == 0
        assert "Page not found" not in page.inner_text("body")
