"""In a real browser: a unit changes a booth and a delegate quota and takes each back with
"undo my last change"; the admin undoes a programme change from the change feed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ocop_tracker.accounts import users as accounts
from ocop_tracker.core import queries
from ocop_tracker.core.db import open_db
from ocop_tracker.delegates import queries as dq
from ocop_tracker.programme import commands as pc
from ocop_tracker.programme import queries as programme
from tests.harness import Server, login, streamlit_server, wait_idle

pytestmark = pytest.mark.browser

NOW = "2024-09-18T09:00"
SLOW = 30_000


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    from ocop_tracker.fixtures import build_demo_db

    folder = tmp_path_factory.mktemp("undo")
    path = folder / "demo.db"
    build_demo_db(path).close()
    with streamlit_server(path, folder, now=NOW) as running:
        yield running


def _open(browser, server: Server, path: str, username: str):
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.set_default_timeout(SLOW)
    page.goto(f"{server.url}/{path}")
    wait_idle(page, 60_000)
    login(page, username, accounts.DEMO_PASSWORD)
    return page


def _undo_own_last(page) -> None:
    """Press the Undo beside "Thay đổi gần nhất của bạn" and wait for the confirmation."""
    page.get_by_text("Thay đổi gần nhất của bạn:").wait_for()
    page.get_by_role("button", name="Hoàn tác", exact=True).click()
    page.get_by_text("Đã hoàn tác").first.wait_for()
    wait_idle(page)


def _undone(db, entity: str, entity_id: int) -> bool:
    return db.execute("SELECT count(*) FROM history WHERE entity = ? AND entity_id = ? "
                      "AND undoes IS NOT NULL", [entity, entity_id]).fetchone()[0] == 1


def test_a_unit_undoes_its_booth_tick_and_its_quota_change(browser, server):
    db = open_db(server.db_path)
    booth = next(db.query("SELECT * FROM booths WHERE number = 5"))
    page = _open(browser, server, "gian-hang", "phong-kt")
    card = page.locator(".st-key-booth-5")
    card.scroll_into_view_if_needed()
    items = [b for b in card.get_by_role("button").all() if b.inner_text().strip()]
    untick = next(b for b in items if not b.inner_text().startswith("✓"))  # a checklist item
    item = untick.inner_text()
    untick.click()
    page.get_by_text("Đã lưu gian 5.").wait_for()
    wait_idle(page)
    ticked = next(db.query("SELECT * FROM booths WHERE id = ?", [booth["id"]]))
    assert ticked["version"] == booth["version"] + 1, item
    _undo_own_last(page)
    back = next(db.query("SELECT * FROM booths WHERE id = ?", [booth["id"]]))
    checks = ("space_ready", "products_delivered", "staffed", "standee_in_place")
    assert [back[c] for c in checks] == [booth[c] for c in checks]
    assert _undone(db, "booth", booth["id"])
    page.close()

    group = dq.groups(db, queries.current_event_id(db)).iloc[4]
    page = _open(browser, server, "dai-bieu", "phong-kt")
    page.get_by_role("tab", name="Định mức").click()
    wait_idle(page)
    field = page.locator(f".st-key-quota-{int(group['id'])}-v{int(group['version'])} input")
    field.fill(str(int(group["quota"]) + 3))
    field.press("Tab")
    page.get_by_role("button", name="Lưu định mức").click()
    page.get_by_text("Đã lưu định mức").wait_for()
    wait_idle(page)
    quota = "SELECT quota FROM delegate_groups WHERE id = ?"
    assert db.execute(quota, [int(group["id"])]).fetchone()[0] == int(group["quota"]) + 3
    _undo_own_last(page)
    assert db.execute(quota, [int(group["id"])]).fetchone()[0] == int(group["quota"])
    assert _undone(db, "delegate_group", int(group["id"]))
    page.close()
    db.close()


def test_the_admin_undoes_a_programme_change_from_the_feed(browser, server):
    db = open_db(server.db_path)
    admin = accounts.authenticate(db, "admin", accounts.DEMO_PASSWORD).actor()
    step = programme.steps_frame(db, queries.current_event_id(db)).iloc[3]
    pc.update_step(db, int(step["id"]), int(step["version"]), admin, title=step["title"],
                   start=None, duration_min=int(step["duration_min"]) + 5,
                   owner_agency_id=int(step["owner_agency_id"]), cue=step["cue"],
                   task_codes=[c for c in step["task_codes"].split(",") if c])
    page = _open(browser, server, "", "admin")  # Quản trị is listed once signed in as admin
    page.locator('[data-testid="stSidebarNav"]').get_by_text("Quản trị").click()
    wait_idle(page)
    page.get_by_role("tab", name="Lịch sử thay đổi").click()
    wait_idle(page)
    shown = page.locator(".st-key-undo_pick").evaluate(
        "el => el.querySelector('input')?.value || el.textContent")
    minutes = int(step["duration_min"])
    assert str(step["title"]) in shown, shown  # the newest change is offered first, in words
    assert f"{minutes} phút → {minutes + 5} phút" in shown, shown
    page.get_by_role("button", name="Hoàn tác thay đổi đã chọn").click()
    page.get_by_text("Đã hoàn tác").first.wait_for()
    length = "SELECT duration_min FROM programme_steps WHERE id = ?"
    assert db.execute(length, [int(step["id"])]).fetchone()[0] == int(step["duration_min"])
    assert _undone(db, "programme_step", int(step["id"]))
    page.close()
    db.close()
