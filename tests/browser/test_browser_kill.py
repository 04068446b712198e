"""SIGKILL the running app in the middle of people's writes: nothing reported saved is lost."""

from __future__ import annotations

import os
import signal

import pytest

from ocop_tracker.accounts import users as accounts
from ocop_tracker.core.db import open_db
from ocop_tracker.core.models import Role
from tests.harness import into_view, login, streamlit_server, wait_idle

pytestmark = pytest.mark.browser

CHOICES = ("Đang thực hiện", "Hoàn thành")
STORED = {"Đang thực hiện": "dang_thuc_hien", "Hoàn thành": "hoan_thanh"}


def _choose(page, task_id: int, choice: str) -> None:
    """Pick a status in the task's select; retry the opening click if a rerun swallowed it."""
    option = page.get_by_role("option", name=choice)
    for _ in range(4):
        wait_idle(page)
        select = page.locator(f".st-key-task-{task_id} [data-testid='stSelectbox']")
        into_view(page, select)
        select.click()
        try:
            option.wait_for(timeout=4000)
            break
        except Exception:  # noqa: BLE001 - the list did not open: try again
            page.keyboard.press("Escape")
    option.click()


def test_killing_the_app_mid_write_keeps_every_saved_change(browser, db, db_path, tmp_path):
    accounts.create_account(db, "quan-tri", "Quản trị", Role.ADMIN, None, "mat-khau-qt-01",
                            accounts.SYSTEM)
    tasks = list(db.query("SELECT id, title FROM tasks WHERE lead_agency_id = 2 ORDER BY id"))
    db.close()
    reported = []  # (task id, stored status) for every change the screen said was saved
    with streamlit_server(db_path, tmp_path, now="2024-09-18T09:00") as server:
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        page.goto(server.url)
        wait_idle(page)
        page.goto(f"{server.url}/nhiem-vu?unit=2")
        login(page, "quan-tri", "mat-khau-qt-01")
        for i, task in enumerate(tasks[:7]):
            choice = CHOICES[i % 2]
            _choose(page, task["id"], choice)
            if i == 6:
                os.kill(server.process.pid, signal.SIGKILL)  # this write is in flight
                break
            # the card says it (a toast repeats it): the card's message is the one that stays
            page.get_by_test_id("stAlertContentSuccess").get_by_text(
                f"Đã lưu: {task['title']} → {choice}").wait_for(timeout=20_000)
            reported.append((task["id"], STORED[choice]))
            wait_idle(page)
    assert len(reported) == 6
    db = open_db(db_path)
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    for task_id, status in reported:
        stored = db.execute("SELECT status FROM tasks WHERE id = ?", [task_id]).fetchone()[0]
        assert stored == status
        assert db.execute("SELECT count(*) FROM history WHERE entity = 'task' AND entity_id = ? "
                          "AND after = ?", [task_id, status]).fetchone()[0] == 1
