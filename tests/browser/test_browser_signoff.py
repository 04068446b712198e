"""In a real browser: Phòng KT attaches a standee draft and submits it; the Standing
Committee's approver returns it with a comment; Phòng KT sees the comment, attaches a new
version and resubmits; the approver approves; the overview and `status --json` count it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ocop_tracker import features
from ocop_tracker.accounts import users as accounts
from ocop_tracker.core import clock, queries
from ocop_tracker.core.db import open_db
from ocop_tracker.signoff.demo import draft_image
from tests.harness import Server, login, streamlit_server, wait_idle

pytestmark = pytest.mark.browser

NOW = "2024-09-18T09:00"
SLOW = 30_000
COMMENT = "Chữ tên sản phẩm quá nhỏ, đọc không rõ từ xa"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    from ocop_tracker.fixtures import build_demo_db

    folder = tmp_path_factory.mktemp("signoff")
    path = folder / "demo.db"
    build_demo_db(path).close()
    with streamlit_server(path, folder, now=NOW) as running:
        yield running


def _load(browser, server: Server):
    """Start loading the Trình duyệt page (the browser goes on while the test does more)."""
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.set_default_timeout(SLOW)
    page.goto(f"{server.url}/trinh-duyet", wait_until="commit")
    return page


def _sign_in(page, username: str):
    wait_idle(page, 60_000)
    login(page, username, accounts.DEMO_PASSWORD)
    return page


def _status(db) -> dict:
    """What `status --json` prints (the command is this call plus json.dumps)."""
    return features.full_status(db, queries.current_event_id(db), clock.parse_iso(NOW))


def _again(page) -> None:
    """Open the Trình duyệt page again in the same session (a reload would sign out)."""
    page.locator('[data-testid="stSidebarNav"]').get_by_text("Trình duyệt").click()
    wait_idle(page)


def _attach(page, card, path) -> None:
    card.locator('input[type="file"]').set_input_files(str(path))
    card.get_by_text(path.name).wait_for()
    card.get_by_role("button", name="Đính kèm tệp").click()
    page.get_by_text("Đã đính kèm").first.wait_for()
    wait_idle(page)


def _submit(page, card, label: str) -> None:
    card.get_by_role("button", name=label, exact=True).click()
    page.get_by_text("Đã trình duyệt").first.wait_for()
    wait_idle(page)


def test_a_standee_draft_is_returned_resubmitted_and_approved(browser, server, tmp_path):
    db = open_db(server.db_path)
    standee, name = db.execute(
        "SELECT s.id, p.name FROM standees s JOIN products p ON p.id = s.product_id WHERE s.id "
        "NOT IN (SELECT entity_id FROM approvals WHERE entity = 'standee') ORDER BY s.id"
    ).fetchone()
    before = _status(db)
    drafts = []
    for version in (1, 2):
        drafts.append(tmp_path / f"standee-v{version}.png")
        drafts[-1].write_bytes(draft_image(name, version))

    unit = _load(browser, server)
    chief = _load(browser, server)  # loads while Phòng KT works
    _sign_in(unit, "phong-kt")
    unit.get_by_text("Yêu cầu phê duyệt").click()
    form = unit.locator('[data-testid="stForm"]', has_text="Tạo hồ sơ trình duyệt")
    shown = form.locator(".st-key-appr-subject").evaluate(
        "el => el.querySelector('input')?.value || el.textContent")
    assert name in shown, shown  # the first standee still without a sign-off is offered
    form.get_by_role("button", name="Tạo hồ sơ trình duyệt").click()
    unit.get_by_text("Đã tạo hồ sơ").wait_for()
    wait_idle(unit)
    approval = db.execute("SELECT id FROM approvals WHERE entity = 'standee' AND entity_id = ?",
                          [standee]).fetchone()[0]
    card = unit.locator(f".st-key-own-{approval}")
    _attach(unit, card, drafts[0])
    _submit(unit, card, "Trình duyệt")

    _sign_in(chief, "thuong-truc")
    card = chief.locator(f".st-key-queue-{approval}")
    assert "standee-v1.png" in card.inner_text()
    card.get_by_label("Góp ý (cần chỉnh sửa gì)").fill(COMMENT)
    card.get_by_role("button", name="Trả lại, yêu cầu chỉnh sửa").click()
    chief.get_by_text("Đã trả lại").first.wait_for()

    _again(unit)
    card = unit.locator(f".st-key-own-{approval}")
    card.get_by_text(COMMENT).wait_for()  # drawn by the new run: wait for it to finish
    wait_idle(unit)
    _attach(unit, card, drafts[1])
    _submit(unit, card, "Trình lại")
    unit.close()

    _again(chief)
    card = chief.locator(f".st-key-queue-{approval}")
    card.get_by_text("standee-v2.png").wait_for()
    wait_idle(chief)
    card.get_by_role("button", name="Duyệt", exact=True).click()
    chief.get_by_text("Đã duyệt:").first.wait_for()
    chief.locator('[data-testid="stSidebarNav"]').get_by_text("Tổng quan").click()
    wait_idle(chief)
    approved = before["booths"]["standees_approved"] + 1
    chief.get_by_text(f"{approved}/14").first.wait_for()
    chief.get_by_text("Đã duyệt", exact=True).first.wait_for()
    chief.close()

    after = _status(db)
    assert after["approvals"]["approved"] == before["approvals"]["approved"] + 1
    assert after["approvals"]["waiting"] == before["approvals"]["waiting"]
    assert after["booths"]["standees_approved"] == approved
    states = [r[0] for r in db.execute(
        "SELECT after FROM history WHERE entity = 'approval' AND entity_id = ? AND field = "
        "'state' ORDER BY id", [approval])]
    assert states == ["waiting", "returned", "waiting", "approved"]
    db.close()
