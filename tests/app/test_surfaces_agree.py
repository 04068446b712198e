"""On the demo database, the booths and delegates figures are the same everywhere people read
them: status --json, the overview, the projector, the Excel report and the feature pages."""

from __future__ import annotations

import re
from html import unescape

import pytest
from streamlit.testing.v1 import AppTest

from ocop_tracker import features
from ocop_tracker.core import clock, queries, registry
from ocop_tracker.core.db import open_db
from ocop_tracker.core.registry import PanelView
from ocop_tracker.reports import xlsx
from tests.conftest import ROOT, sign_in

NOW = "2024-09-18T09:00"


@pytest.fixture
def figures(demo_path):
    """status --json, the overview's figures, the projector panels' text and the workbook."""
    db = open_db(demo_path)
    event_id = queries.current_event_id(db)
    now = clock.parse_iso(NOW)
    status = features.full_status(db, event_id, now)
    overview = {f.key: {m.label: m.value for m in metrics}
                for f, metrics in registry.overview_figures(db, event_id, now, "vi")}
    panels = {p.key: _text(p.render(PanelView(p.load(db, event_id, now), now)))
              for p in registry.projector_panels()}
    book = xlsx.build_workbook(db, event_id, now)
    db.close()
    return status, overview, panels, book


def _text(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def _sheet_rows(book, title: str) -> list[dict[str, object]]:
    sheet = book[title]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=xlsx.HEADER_ROW)]
    header, body = rows[0], rows[1:]
    return [dict(zip(header, row, strict=True)) for row in body if row[0] is not None]


def test_booths_agree_on_every_surface(figures):
    status, overview, panels, book = figures
    booths = status["booths"]
    assigned = f"{booths['assigned']}/{booths['total']}"
    communes = f"{booths['communes_covered']}/{booths['communes_total']}"
    standees = f"{booths['standees_approved']}/{booths['standees_total']}"
    assert (assigned, communes, standees) == ("15/21", "10/12", "3/14")
    assert list(overview["booths"].values()) == [assigned, communes, standees]
    for figure in (assigned, communes, standees):
        assert figure in panels["booths"], figure
    for name in booths["communes_missing"]:
        assert name in panels["booths"]
    sheet = _sheet_rows(book, "Gian hàng")
    assert len(sheet) == booths["total"]
    assert sum(r["Xã – thị trấn"] != "(chưa phân)" for r in sheet) == booths["assigned"]
    assert sum(r["Sẵn sàng"] == "Có" for r in sheet) == booths["ready"]


def test_delegates_agree_on_every_surface(figures):
    status, overview, panels, book = figures
    people = status["attendees"]
    confirmed = f"{people['confirmed']}/{people['expected']}"
    assert confirmed == "45/150"
    assert list(overview["delegates"].values())[0] == confirmed
    assert confirmed in panels["delegates"]
    sheet = _sheet_rows(book, "Đại biểu")
    assert len(sheet) == len(people["groups"])
    numbers = [[v for v in row.values() if isinstance(v, int)] for row in sheet]
    by_group = [[g["invited"], g["confirmed"], g["arrived"]] for g in people["groups"]]
    for row, group in zip(numbers, by_group, strict=True):
        assert all(n in row for n in group), (row, group)
    confirmed_column = next(k for k in sheet[0] if "xác nhận" in str(k).lower())
    assert sum(r[confirmed_column] for r in sheet) == people["confirmed"]


def test_the_feature_pages_show_the_same_figures(monkeypatch, demo_path, figures):
    status = figures[0]
    monkeypatch.setenv("OCOP_DB", str(demo_path))
    monkeypatch.setenv("OCOP_NOW", NOW)
    pages = {}
    for page in ("pages/booths.py", "pages/delegates.py"):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        sign_in(at, demo_path, "admin")
        at.run()
        at.switch_page(page).run()
        assert not at.exception
        pages[page] = {m.label: m.value for m in at.metric}
    booths, people = status["booths"], status["attendees"]
    assert f"{booths['assigned']}/{booths['total']}" in pages["pages/booths.py"].values()
    assert f"{booths['communes_covered']}/{booths['communes_total']}" in (
        pages["pages/booths.py"].values())
    assert f"{people['confirmed']}/{people['expected']}" in pages["pages/delegates.py"].values()
