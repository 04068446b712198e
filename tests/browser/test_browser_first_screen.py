"""In a real browser at 1366x768 on the demo at 18/09/2024 09:00: the overview answers without
scrolling, a unit ticks a task in one click and sees it saved where it clicked, and only the
reception desk's account (not the Office's) can check a guest in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ocop_tracker.accounts import users as accounts
from tests.conftest import task_by_code
from tests.harness import Server, login, shared_server, wait_charts, wait_idle

pytestmark = pytest.mark.browser

NOW = "2024-09-18T09:00"
VIEWPORT = {"width": 1366, "height": 768}
SLOW = 30_000
# Streamlit's own words that must not reach a Vietnamese screen (icons' ligature names aside).
ENGLISH = ("Upload", "Download", "Search", "Show", "Choose", "Browse", "Drag and drop",
           "per file", "Limit")


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Iterator[Server]:
    with shared_server(tmp_path_factory, demo_template, now=NOW) as server:
        yield server


def _in_view(locator) -> bool:
    box = locator.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= VIEWPORT["height"]


def _open(browser, app: Server, path: str = "", username: str | None = None):
    page = browser.new_page(viewport=VIEWPORT)
    page.set_default_timeout(SLOW)
    page.goto(f"{app.url}/{path}")
    wait_idle(page, 60_000)
    if username:
        login(page, username, accounts.DEMO_PASSWORD)
    return page


def _visible_text(page) -> str:
    """What a person reads: the page's text without Material icons' ligature names."""
    return page.evaluate("""() => {
        document.querySelectorAll('[data-testid="stIconMaterial"]').forEach(e => e.remove());
        return document.body.innerText; }""")


def test_the_first_screen_shows_readiness_and_what_is_due_on_20_09_with_owners(browser, app):
    page = _open(browser, app)
    wait_charts(page)
    chart = page.locator('[data-testid="stPlotlyChart"]').first
    assert _in_view(chart), chart.bounding_box()
    for task, unit in [("Thiết kế trailer giới thiệu chương trình", "Hội ND"),
                       ("Hỗ trợ Hội Nông dân huyện thiết kế trailer", "Đoàn TN")]:
        item = page.locator("li", has_text=task).first
        assert _in_view(item) and unit in item.inner_text()
    assert _in_view(page.get_by_text("Hạn trước 20/09/2024").first)
    text = _visible_text(page)
    assert not [word for word in ENGLISH if word.casefold() in text.casefold()], text


def test_a_unit_marks_a_task_done_in_one_click_and_sees_it_saved_in_view(browser, app, ):
    from ocop_tracker.core.db import open_db

    page = _open(browser, app, username="phong-vh-tt")  # lands on its own board
    page.wait_for_url("**/nhiem-vu?don-vi=phong-vh-tt")
    db = open_db(app.db_path)
    task = task_by_code(db, "III.3-02")
    card = page.locator(f".st-key-task-{task['id']}")
    card.get_by_role("button", name="Đánh dấu hoàn thành").click()
    saved = card.get_by_text("Đã lưu").first
    saved.wait_for()
    assert _in_view(saved)
    assert task_by_code(db, "III.3-02")["status"] == "hoan_thanh"


def test_only_the_reception_account_checks_a_guest_in(browser, app):
    from ocop_tracker.core.db import open_db

    office = _open(browser, app, "don-tiep", "vp-hdnd-ubnd")
    office.get_by_text("không được đánh dấu khách đã đến").wait_for()
    _search(office, "nguyen van")
    buttons = office.get_by_role("button", name="Đánh dấu đã đến")
    assert buttons.count() > 0 and all(b.is_disabled() for b in buttons.all())

    desk = _open(browser, app, "don-tiep", "le-tan")
    _search(desk, "nguyen van")
    card = desk.locator('[class*="st-key-ci-"]').filter(
        has=desk.get_by_role("button", name="Đánh dấu đã đến")).first
    name = card.locator("strong").first.inner_text()
    card.get_by_role("button", name="Đánh dấu đã đến").click()
    desk.get_by_text(f"Đã đón {name} lúc 09:00.").wait_for()
    db = open_db(app.db_path)
    assert db.execute("SELECT arrived_by FROM invitees WHERE name = ?",
                      [name]).fetchone()[0] == "Bàn đón tiếp"


def _search(page, query: str) -> None:
    page.get_by_label("Họ tên hoặc đơn vị").fill(query)
    page.keyboard.press("Enter")
    wait_idle(page)
    page.get_by_role("button", name="Đánh dấu đã đến").first.wait_for()
