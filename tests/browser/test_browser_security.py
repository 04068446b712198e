"""In a real browser: a unit sees no way to change another unit's task; user text stays text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ocop_tracker.accounts import users as accounts
from ocop_tracker.core.models import Role
from tests.conftest import task_by_code
from tests.harness import Server, login, shared_server, wait_idle

pytestmark = pytest.mark.browser

SCRIPT_NOTE = "<script>alert(1)</script>"


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory, plan_template: Path) -> Iterator[Server]:
    """One server for the module: each test signs in with an account of its own; only the
    note test writes (on III.2-04), and the other checks that it itself changes nothing."""
    with shared_server(tmp_path_factory, plan_template, now="2024-09-18T09:00") as server:
        yield server


def _agency(db, short_name):
    return db.execute("SELECT id FROM agencies WHERE short_name = ?", [short_name]).fetchone()[0]


def _warm_up(page, url):
    # The first run of a fresh server also fills its caches: open the main page first, so
    # what the test times is the page under test.
    page.goto(url)
    wait_idle(page)


def _snapshot(db):
    return db.execute("SELECT group_concat(id || status || note || version) FROM tasks").fetchone()


def test_phong_vhtt_finds_no_way_to_change_a_phong_kinh_te_task(browser, app, app_db):
    db, server = app_db, app
    kt, vhtt = _agency(db, "Phòng KT"), _agency(db, "Phòng VH-TT")
    accounts.create_account(db, "phong-vh-tt", "Phòng Văn hóa và Thông tin", Role.UNIT, vhtt,
                            "mat-khau-vhtt", accounts.SYSTEM)
    kt_tasks = list(db.query(
        "SELECT t.id, t.code, EXISTS (SELECT 1 FROM task_supporters s WHERE s.task_id = t.id "
        "AND s.agency_id = ?) AS supported FROM tasks t WHERE lead_agency_id = ?", [vhtt, kt]))
    before = _snapshot(db)
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    _warm_up(page, server.url)
    page.goto(f"{server.url}/nhiem-vu?unit={kt}")
    login(page, "phong-vh-tt", "mat-khau-vhtt")
    assert "Đang đăng nhập: Phòng Văn hóa và Thông tin" in page.inner_text("body")
    assert "Quản trị" not in page.locator('[data-testid="stSidebarNav"]').inner_text()
    # Still on Phòng Kinh tế's board (the bookmark), every task visible, none changeable.
    assert page.get_by_text(f"Nhiệm vụ chủ trì ({len(kt_tasks)})").is_visible()
    for task in kt_tasks:
        card = page.locator(f".st-key-task-{task['id']}")
        assert card.locator('[data-testid="stSelectbox"]').count() == 0, task["code"]
        assert "Chỉ xem" in card.inner_text()
        card.get_by_role("button", name="Ghi chú").click()
        popover = page.locator('[data-testid="stPopoverBody"]')
        # The popover's content is drawn by the rerun that opening it starts.
        popover.get_by_text("Lịch sử thay đổi").wait_for(timeout=20_000)
        wait_idle(page)
        # A supporting unit may add a note (the plan's rule); it never sets the status.
        assert popover.locator("textarea").count() == (1 if task["supported"] else 0)
        page.keyboard.press("Escape")
        popover.wait_for(state="detached")
    assert page.locator("textarea").count() == 0
    assert page.locator('[data-testid="stSelectbox"]').count() == 1  # the unit picker only
    page.goto(f"{server.url}/quan-tri")
    wait_idle(page)
    assert "Thay đổi cần hoàn tác" not in page.inner_text("body")
    assert _snapshot(db) == before


def test_a_script_note_shows_as_text_and_runs_nothing(browser, app, app_db):
    db, server = app_db, app
    task = task_by_code(db, "III.2-04")
    # The display name goes into Markdown captions: HTML or links there must stay text too.
    accounts.create_account(db, "lan", "Lan <img src=x onerror=alert(2)> [bấm](http://x)",
                            Role.UNIT, task["lead_agency_id"], "mat-khau-cua-lan",
                            accounts.SYSTEM)
    dialogs = []
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    _warm_up(page, server.url)
    page.goto(f"{server.url}/nhiem-vu")
    login(page, "lan", "mat-khau-cua-lan")
    card = page.locator(f".st-key-task-{task['id']}")
    card.get_by_role("button", name="Ghi chú").click()
    popover = page.locator('[data-testid="stPopoverBody"]')
    popover.locator("textarea").wait_for(timeout=20_000)  # drawn by the opening rerun
    wait_idle(page)
    popover.locator("textarea").fill(SCRIPT_NOTE)
    popover.get_by_role("button", name="Lưu ghi chú").click()
    page.wait_for_selector('[data-testid="stAlertContentSuccess"]', timeout=20_000)
    wait_idle(page)
    assert task_by_code(db, "III.2-04")["note"] == SCRIPT_NOTE
    card = page.locator(f".st-key-task-{task['id']}")
    assert SCRIPT_NOTE in card.inner_text()  # the note under the task, as typed
    assert "Lan <img src=x onerror=alert(2)> [bấm](http://x)" in card.inner_text()
    body = page.inner_text("body")
    assert f"ghi chú ∅ → {SCRIPT_NOTE}" in body  # the undo line
    popover = page.locator('[data-testid="stPopoverBody"]')
    if not popover.count():  # the popover may still be open after the save
        card.get_by_role("button", name="Ghi chú").click()
    popover.get_by_text("Lịch sử thay đổi").wait_for(timeout=20_000)
    wait_idle(page)
    assert SCRIPT_NOTE in popover.inner_text()  # the task's history
    page.wait_for_timeout(500)
    html = page.content()
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert page.locator('a[href="http://x"]').count() == 0
    assert dialogs == []
