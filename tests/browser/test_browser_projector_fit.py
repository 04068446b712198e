"""In a real browser: every projector panel fits a 1920×1080 wall screen and a 1366×768 laptop
without scrolling or running off the edge, with the plan's 11 units and with 20."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ocop_tracker import features
from ocop_tracker.core import registry
from ocop_tracker.core.db import open_db, write_transaction
from ocop_tracker.core.queries import current_event_id
from tests.harness import Server, streamlit_server, wait_idle

pytestmark = pytest.mark.browser

SIZES = [(1920, 1080), (1366, 768)]
EXTRA_UNITS = 9  # the demo's 11 lead units + 9 = 20: the units panel needs a second page
OVERFLOW = """() => {
  const box = document.querySelector('.pj').getBoundingClientRect();
  return {scroll: document.scrollingElement.scrollHeight, height: window.innerHeight,
          width: window.innerWidth, bottom: box.bottom, right: box.right,
          rows: document.querySelectorAll('.pj-unit').length};
}"""


def _add_units(path: Path, count: int) -> None:
    """More lead units, each with one open task (a plan of a bigger district)."""
    db = open_db(path)
    event_id = current_event_id(db)
    with write_transaction(db):
        for i in range(count):
            agency = db.execute(
                "INSERT INTO agencies (name, short_name, level) VALUES (?, ?, 'xa')",
                [f"Ủy ban nhân dân xã Thử Nghiệm {i + 1}", f"UBND xã TN{i + 1}"]).lastrowid
            db.execute(
                "INSERT INTO tasks (event_id, code, section, title, lead_agency_id, due_at, "
                "position) VALUES (?, ?, 'III.9', ?, ?, '2024-09-25T00:00:00+07:00', ?)",
                [event_id, f"III.9-{i + 1:02d}", f"Chuẩn bị gian hàng số {i + 1}", agency,
                 900 + i])
    db.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    from ocop_tracker.fixtures import build_demo_db

    folder = tmp_path_factory.mktemp("projector")
    path = folder / "demo.db"
    build_demo_db(path).close()
    _add_units(path, EXTRA_UNITS)
    with streamlit_server(path, folder, now="2024-09-18T09:00") as running:
        yield running


def _panel_keys() -> list[str]:
    features.all_features()
    return [panel.key for panel in registry.projector_panels()]


@pytest.mark.parametrize("width,height", SIZES)
def test_every_panel_fits_the_screen(browser, server, width, height):
    page = browser.new_page(viewport={"width": width, "height": height})
    for key in _panel_keys():
        page.goto(f"{server.url}/trinh-chieu?panel={key}&refresh=600")
        wait_idle(page, 60_000)
        page.locator(f".pj-panel-{key}").wait_for(timeout=30_000)
        found = page.evaluate(OVERFLOW)
        assert found["scroll"] <= found["height"], (key, found)
        assert found["bottom"] <= found["height"] and found["right"] <= found["width"], (key, found)
    page.close()


@pytest.mark.parametrize("width,height", SIZES)
def test_twenty_units_rotate_as_two_pages_that_each_fit(browser, server, width, height):
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(f"{server.url}/trinh-chieu?panel=units&refresh=3")
    wait_idle(page, 60_000)
    page.get_by_text("trang 1/2").wait_for(timeout=30_000)
    first = page.evaluate(OVERFLOW)
    page.get_by_text("trang 2/2").wait_for(timeout=20_000)
    second = page.evaluate(OVERFLOW)
    assert (first["rows"], second["rows"]) == (11, 20 - 11)
    for found in (first, second):
        assert found["scroll"] <= found["height"], found
        assert found["bottom"] <= found["height"], found
    page.close()
