"""In a real browser: the projector follows a change without reloading; the day's now/next
marker."""

from __future__ import annotations

import time

import pytest

from ocop_tracker.core.db import open_db
from ocop_tracker.core.models import Actor
from ocop_tracker.programme import queries as programme
from ocop_tracker.tasks import commands
from tests.conftest import task_by_code
from tests.harness import add_admin, login_admin, streamlit_server, wait_idle

pytestmark = pytest.mark.browser

MIN_FONT = """() => {
  let smallest = 1000, where = '';
  for (const el of document.querySelectorAll('.pj *, .pj')) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own || !el.offsetParent) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < smallest) { smallest = size; where = el.className + ': ' + el.textContent; }
  }
  return [smallest, where];
}"""


def test_projector_updates_without_reload_and_reads_from_the_back(browser, db_path, tmp_path):
    add_admin(db_path)
    with streamlit_server(db_path, tmp_path, now="2024-09-18T09:00") as server:
        page = browser.new_page(viewport={"width": 1920, "height": 1080})
        page.goto(f"{server.url}/trinh-chieu?panel=units&refresh=3")
        wait_idle(page, 60_000)
        figure = page.locator(".pj-done-figure")
        assert figure.inner_text() == "0/35"
        assert page.locator('[data-testid="stSidebar"]').is_hidden()
        assert "cập nhật lúc" in page.locator(".pj-foot").inner_text()
        page.evaluate("window.__notReloaded = 'still here'")

        # A unit ticks a task from another screen: the same write path, the same DB file.
        db = open_db(db_path)
        task = task_by_code(db, "III.2-02")
        commands.set_task_status(db, task["id"], "hoan_thanh", task["version"],
                                 Actor("Lan", int(task["lead_agency_id"])))
        db.close()
        # One refresh period (3 s) plus time for the fragment run on a shared, busy 2-core box.
        started = time.monotonic()
        page.wait_for_function(
            "document.querySelector('.pj-done-figure')?.textContent === '1/35'", timeout=8_000)
        assert time.monotonic() - started < 8
        assert page.evaluate("window.__notReloaded") == "still here"

        smallest, where = page.evaluate(MIN_FONT)
        assert smallest >= 28, where
        headline = page.evaluate(
            "parseFloat(getComputedStyle(document.querySelector('.pj-done-figure')).fontSize)")
        assert headline >= 3 * 28


def test_programme_page_marks_now_next_and_a_late_finish_shifts_the_end(browser, db, db_path,
                                                                      event_id, tmp_path):
    steps = programme.steps_frame(db, event_id)
    opening = int(steps[steps["title"].str.startswith("Tuyên bố")].iloc[0]["id"])
    add_admin(db_path)
    with streamlit_server(db_path, tmp_path, now="2024-09-28T08:20") as server:
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        page.goto(server.url)  # the first run of a server also fills its caches
        wait_idle(page, 60_000)
        page.goto(f"{server.url}/chuong-trinh")
        wait_idle(page, 60_000)
        assert "Trình chiếu video clip" in page.locator(".st-key-now-card").inner_text()
        assert "Trao quyết định" in page.locator(".st-key-next-card").inner_text()
        assert "Dự kiến kết thúc 09:30, đúng giờ." in page.inner_text("body")

        login_admin(page)
        page.locator(f".st-key-start-{opening} button").click()
        page.wait_for_selector(".st-key-now-card:has-text('Tuyên bố lý do')", timeout=45_000)
        wait_idle(page, 60_000)
        assert "09:50: TRỄ 20 phút" in page.inner_text("body")

        page.locator(f".st-key-finish-{opening} button").click()
        page.wait_for_selector("text=09:40: TRỄ 10 phút", timeout=45_000)
        wait_idle(page, 60_000)
        assert "Phát biểu khai mạc" in page.locator(".st-key-next-card").inner_text()
        row = next(db.query("SELECT * FROM programme_steps WHERE id = ?", [opening]))
        assert row["finished_at"] == "2024-09-28T08:20:00+07:00"
        assert row["updated_by"] == "Quản trị (Phòng Kinh tế)"
