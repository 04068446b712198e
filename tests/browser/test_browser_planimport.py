"""In a real browser: a new user pastes the plan, corrects two tasks, imports, sees them."""

from __future__ import annotations

import pytest

from ocop_tracker.core import queries
from ocop_tracker.core.db import open_db
from tests.conftest import PLAN_TEXT
from tests.harness import add_admin, login_admin, streamlit_server, wait_idle

pytestmark = pytest.mark.browser

LEADS = "Chịu trách nhiệm chính tổ chức triển khai thực hiện kế hoạch"  # task 12, Phòng KT
SECURITY = "Phân công lực lượng đảm bảo an ninh trật tự"  # task 32, Công an huyện


def test_paste_correct_import_then_see_the_tasks(browser, db_path, tmp_path):
    add_admin(db_path)
    with streamlit_server(db_path, tmp_path, now="2024-09-18T09:00") as server:
        page = browser.new_page(viewport={"width": 1366, "height": 768})
        page.goto(server.url)
        wait_idle(page)
        page.goto(f"{server.url}/nhap-ke-hoach")
        wait_idle(page)
        page.get_by_role("tab", name="Dán văn bản").click()
        page.get_by_label("Nội dung kế hoạch").fill(PLAN_TEXT.read_text(encoding="utf-8"))
        page.keyboard.press("Control+Enter")
        page.get_by_text("Nhiệm vụ đọc được (34)").wait_for(timeout=60_000)
        wait_idle(page)
        body = page.locator('[data-testid="stMain"]')
        assert "Thứ Bảy, 28/09/2024" in body.inner_text()
        assert "Nhiệm vụ đọc được (34)" in body.inner_text()

        # The deadline of a Phòng Kinh tế task: 22/09/2024 instead of the ceremony.
        card = page.locator(".st-key-imp-task-12")
        card.scroll_into_view_if_needed()
        assert LEADS in card.inner_text() and "dòng 111" in card.inner_text()
        # The date field is dd/mm/yyyy in segments: type the day, leave the field to commit.
        day = card.locator('[data-testid="stDateInput"] [role="spinbutton"][data-type="day"]')
        assert card.locator('[data-testid="stDateInput"]').inner_text().replace("\n", "") == (
            "Hạn (trước ngày)28/09/2024")
        day.click()
        page.keyboard.type("22")
        page.keyboard.press("Tab")
        page.keyboard.press("Tab")
        page.keyboard.press("Tab")
        page.get_by_text("Bạn đã sửa 1 nhiệm vụ.").wait_for(timeout=60_000)
        wait_idle(page)
        # The lead of the security task: Phòng Kinh tế instead of Công an huyện.
        card = page.locator(".st-key-imp-task-32")
        card.scroll_into_view_if_needed()
        card.locator('[data-testid="stSelectbox"]').click()
        page.get_by_role("option", name="Phòng Kinh tế", exact=True).click()
        page.get_by_text("Bạn đã sửa 2 nhiệm vụ.").wait_for(timeout=60_000)
        wait_idle(page)

        login_admin(page)
        page.keyboard.press("Enter")
        button = page.get_by_role("button", name="Nhập", exact=True)
        page.wait_for_function("b => !b.disabled", arg=button.element_handle(), timeout=60_000)
        wait_idle(page)
        button.click()
        page.wait_for_selector('[data-testid="stAlertContentSuccess"]', timeout=30_000)
        assert "Đã nhập" in body.inner_text() and "sự kiện hiện tại" in body.inner_text()

        page.get_by_text("Xem các nhiệm vụ ở trang Nhiệm vụ").click()
        page.wait_for_selector('[class*="st-key-unit-"]', timeout=60_000)
        wait_idle(page)
        text = page.locator('[data-testid="stMain"]').inner_text()
        assert "Nhiệm vụ chủ trì (13)" in text  # the 12 of section III.2 + the moved one
        lead_card = page.locator('[class*="st-key-task-"]', has_text=LEADS)
        assert "Hạn: trước 22/09/2024" in lead_card.inner_text()
        assert page.locator('[class*="st-key-task-"]', has_text=SECURITY).count() == 1

    db = open_db(db_path)
    try:
        event_id = queries.current_event_id(db)
        assert event_id != 1  # a new event, not the hand-checked plan.toml one
        frame = queries.tasks(db, event_id).set_index("title")
        assert frame.loc[LEADS, "due_at"].isoformat() == "2024-09-22T00:00:00+07:00"
        security = frame.loc[[t for t in frame.index if t.startswith(SECURITY)][0]]
        assert security["lead_short"] == "Phòng KT"
    finally:
        db.close()
