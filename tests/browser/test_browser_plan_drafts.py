"""In a real browser: a plan with no title line and no organiser is completed on the preview
and imported; a scanned PDF is refused in Vietnamese."""

from __future__ import annotations

import pytest

from ocop_tracker.core import queries
from ocop_tracker.core.db import open_db
from tests.harness import add_admin, login_admin, streamlit_server, wait_idle
from tests.plans.corpus import HERE

pytestmark = pytest.mark.browser

DRAFT = HERE / "08-khong-tieu-de-khong-co-quan.txt"
SCAN = HERE / "17-ban-quet.pdf"
TASK = "chuẩn bị danh sách nông sản an toàn tham gia Ngày hội"


def test_fill_what_the_plan_lacks_import_then_a_scan_is_refused(browser, db_path, tmp_path):
    add_admin(db_path)
    with streamlit_server(db_path, tmp_path, now="2024-10-18T09:00") as server:
        page = browser.new_page(viewport={"width": 1366, "height": 768})
        page.set_default_timeout(60_000)
        page.goto(f"{server.url}/nhap-ke-hoach")
        wait_idle(page, 60_000)
        login_admin(page)
        uploader = page.locator('[data-testid="stFileUploaderDropzoneInput"]')
        uploader.set_input_files(str(DRAFT))
        page.get_by_text("Bổ sung thông tin còn thiếu").wait_for()
        wait_idle(page)
        main = page.locator('[data-testid="stMain"]')
        assert "Chưa nhập được: còn thiếu tên kế hoạch, cơ quan tổ chức." in main.inner_text()
        button = page.get_by_role("button", name="Nhập", exact=True)
        assert button.is_disabled()

        missing = page.locator(".st-key-draft-missing")
        missing.get_by_label("Tên kế hoạch").fill("Ngày hội nông sản an toàn Tân Xuân")
        missing.get_by_label("Đơn vị tổ chức").fill("Ủy ban nhân dân huyện Hóc Môn")
        page.keyboard.press("Enter")
        page.get_by_text("Chưa nhập được: còn thiếu").wait_for(state="detached")
        wait_idle(page)
        page.wait_for_function("b => !b.disabled", arg=button.element_handle())
        button.click()
        page.wait_for_selector('[data-testid="stAlertContentSuccess"]')
        assert "Đã nhập" in main.inner_text()

        page.get_by_text("Xem các nhiệm vụ ở trang Nhiệm vụ").click()
        page.wait_for_selector('[class*="st-key-task-"]')
        wait_idle(page)
        assert page.locator('[class*="st-key-task-"]', has_text=TASK).count() == 1

        page.goto(f"{server.url}/nhap-ke-hoach")
        wait_idle(page, 60_000)
        page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(SCAN))
        page.wait_for_selector("text=bản quét", timeout=30_000)
        assert "không có lớp chữ" in page.locator('[data-testid="stMain"]').inner_text()

    db = open_db(db_path)
    try:
        event_id = queries.current_event_id(db)
        title, organiser = db.execute(
            "SELECT title, organiser FROM events WHERE id = ?", [event_id]).fetchone()
        assert (title, organiser) == ("Ngày hội nông sản an toàn Tân Xuân",
                                      "Ủy ban nhân dân huyện Hóc Môn")
        assert len(queries.tasks(db, event_id)) == 4
    finally:
        db.close()
