"""In a real browser: quotas to 150, a 60-row import, confirmations, check-in typed without
accents."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from ocop_tracker.core.db import open_db
from ocop_tracker.delegates import queries as dq
from tests.harness import add_admin, login_admin, streamlit_server, wait_charts
from tests.harness import wait_idle as _wait_idle

pytestmark = pytest.mark.browser

SLOW = 120_000  # the shared 2-core machine can take a minute to render under load


def wait_idle(page) -> None:
    _wait_idle(page, timeout=SLOW)

QUOTAS = [3, 3, 2, 2, 10, 25, 36, 10, 24, 30, 5]  # adds up to 150
GUEST = ("Nguyễn Văn Đức", "Chủ tịch UBND", "UBND xã Đông Thạnh")


def invitee_file(path) -> None:
    """60 invented invitees in groups 5-9, one of them the guest the desk will look for."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Nhóm", "Họ và tên", "Chức vụ", "Đơn vị", "Điện thoại"])
    for i in range(59):
        sheet.append([5 + i % 5, f"Trần Thị Mẫu {i + 1}", "Cán bộ", f"Đơn vị mẫu {i % 9}",
                      f"09000020{i:02d}"])
    sheet.append([7, *GUEST, "0900002999"])
    out = io.BytesIO()
    book.save(out)
    path.write_bytes(out.getvalue())


def _success(page, text: str) -> None:
    page.locator('[data-testid="stAlertContentSuccess"]', has_text=text).wait_for(timeout=SLOW)
    wait_idle(page)


def _choose(page, combo, option: str) -> None:
    """Open a selectbox (a click can land while the list is still closing) and pick option."""
    combo.click()
    if combo.get_attribute("aria-expanded") != "true":
        combo.press("ArrowDown")
    page.get_by_role("option", name=option).click()


def _metric(page, label: str) -> str:
    metric = page.locator('[data-testid="stMetric"]', has_text=label).first
    return metric.locator('[data-testid="stMetricValue"]').inner_text()


def test_a_new_user_fills_quotas_imports_confirms_and_checks_in(browser, db, db_path, tmp_path):
    groups = dq.groups(db, 1)
    upload = tmp_path / "dai-bieu.xlsx"
    invitee_file(upload)
    add_admin(db_path)
    with streamlit_server(db_path, tmp_path, now="2024-09-28T07:35") as server:
        page = browser.new_page(viewport={"width": 1366, "height": 768})
        page.set_default_timeout(SLOW)
        # the root first: the first run of a server also fills its caches
        page.goto(server.url)
        wait_idle(page)
        page.goto(f"{server.url}/dai-bieu")
        wait_idle(page)
        wait_charts(page, timeout=SLOW)
        login_admin(page)

        page.get_by_role("tab", name="Định mức").click()
        wait_idle(page)
        for gid, quota in zip(groups["id"], QUOTAS, strict=True):
            field = page.locator(f".st-key-quota-{gid}-v1 input")
            field.fill(str(quota))
            field.press("Tab")
        page.get_by_role("button", name="Lưu định mức").click()
        _success(page, "Đã lưu định mức (11 nhóm).")
        assert _metric(page, "Đã phân bổ định mức") == "150/150"
        assert _metric(page, "Còn chưa phân bổ") == "0"
        assert "Tổng định mức vừa đủ 150 người." in page.inner_text("body")

        page.get_by_role("tab", name="Nhập / xuất tệp").click()
        wait_idle(page)
        page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(upload))
        page.get_by_text("Xem trước: 60 đại biểu hợp lệ").wait_for(timeout=SLOW)
        wait_idle(page)
        page.get_by_role("button", name="Nhập 60 đại biểu").click()
        _success(page, "Đã nhập 60 đại biểu.")
        people = dq.invitees(db, 1)
        assert len(people) == 60

        assert "Xem trước" not in page.inner_text("body")  # the uploader was emptied
        page.get_by_role("tab", name="Danh sách mời").click()
        wait_idle(page)
        for invitee_id in people["id"].head(3):
            row = page.locator(f".st-key-inv-{invitee_id}")
            _choose(page, row.get_by_role("combobox").first, "Đã xác nhận")
            _success(page, "→ Đã xác nhận")
        statuses = dq.invitees(db, 1).set_index("id")["status"]
        assert statuses.value_counts()["da_xac_nhan"] == 3
        assert _metric(page, "Đã xác nhận") == "3/150"

        page.goto(f"{server.url}/don-tiep")  # a new session: the desk types its name
        wait_idle(page)
        login_admin(page)
        page.get_by_label("Họ tên hoặc đơn vị").fill("nguyen van duc")
        page.keyboard.press("Enter")
        wait_idle(page)
        # The card may draw its lines over two deltas: wait for the unit line, then assert.
        card = page.locator('[class*="st-key-ci-"]', has_text="Nguyễn Văn Đức")
        card.filter(has_text="UBND xã Đông Thạnh").wait_for(timeout=SLOW)
        assert "UBND xã Đông Thạnh" in card.inner_text()
        card.get_by_role("button", name="Đánh dấu đã đến").click()
        _success(page, "Đã đón Nguyễn Văn Đức lúc 07:35.")
        assert "Đã đến: 1/150" in page.inner_text("body")
        assert "Đã đến lúc 07:35 (Quản trị (Phòng Kinh tế))" in page.inner_text("body")

    check = open_db(db_path)
    guest = check.execute("SELECT arrived_at, arrived_by FROM invitees WHERE name = ?",
                          [GUEST[0]]).fetchone()
    assert guest == ("2024-09-28T07:35:00+07:00", "Quản trị (Phòng Kinh tế)")
