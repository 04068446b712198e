"""In a real browser, with every page behind a login: the projector runs through its kiosk
link until the admin revokes it, and an open page whose account was disabled cannot write."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from ocop_tracker.accounts import kiosk
from ocop_tracker.accounts import users as accounts
from ocop_tracker.core.db import open_db
from tests.harness import Server, login, streamlit_server, wait_idle

pytestmark = pytest.mark.browser

SLOW = 30_000


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("kiosk")
    path = folder / "demo.db"
    shutil.copyfile(demo_template, path)
    with streamlit_server(path, folder, now="2024-09-18T09:00",
                          extra_env={"OCOP_REQUIRE_LOGIN": "1"}) as running:
        yield running


def test_the_projector_runs_through_its_kiosk_link_until_revoked(browser, server):
    db = open_db(server.db_path)
    token_id, secret = kiosk.create_link(db, "Máy chiếu phòng họp", accounts.SYSTEM)
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    page.set_default_timeout(SLOW)
    page.goto(f"{server.url}/trinh-chieu")
    page.get_by_text("Cần đăng nhập để xem các trang").wait_for()
    assert not page.locator(".pj").count()
    page.goto(f"{server.url}/trinh-chieu?kiosk={secret}&refresh=3")
    page.locator(".pj .pj-body").first.wait_for()
    page.screenshot(path=str(server.log.parent / "kiosk.png"))
    kiosk.revoke(db, token_id, accounts.SYSTEM)
    # The open screen stops at its next refresh, and the link no longer opens it.
    page.get_by_text("đã bị thu hồi").wait_for(timeout=20_000)
    page.goto(f"{server.url}/trinh-chieu?kiosk={secret}")
    page.get_by_text("Liên kết trình chiếu này đã bị thu hồi").wait_for()
    assert not page.locator(".pj").count()


def test_a_disabled_accounts_open_page_cannot_write(browser, server):
    db = open_db(server.db_path)
    booth = next(db.query("SELECT * FROM booths WHERE number != 5 AND (space_ready = 0 OR "
                          "products_delivered = 0 OR staffed = 0 OR standee_in_place = 0)"))
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.set_default_timeout(SLOW)
    page.goto(f"{server.url}/gian-hang")
    wait_idle(page, 60_000)
    login(page, "phong-kt", accounts.DEMO_PASSWORD)
    card = page.locator(f".st-key-booth-{booth['number']}")
    card.scroll_into_view_if_needed()
    accounts.set_disabled(db, "phong-kt", True, accounts.SYSTEM)  # while the page is open
    card.get_by_role("button").first.wait_for()
    items = [b for b in card.get_by_role("button").all() if b.inner_text().strip()]
    next(b for b in items if not b.inner_text().startswith("✓")).click()
    page.get_by_text("đã bị vô hiệu hóa").first.wait_for()
    wait_idle(page)
    after = next(db.query("SELECT * FROM booths WHERE id = ?", [booth["id"]]))
    assert after["version"] == booth["version"]  # nothing written
    assert page.get_by_role("button", name="Đăng nhập").is_visible()  # signed out
    assert "Đang đăng nhập:" not in page.inner_text("body")
    page.screenshot(path=str(server.log.parent / "signed-out.png"))
