"""The projector's task panels speak the bars' language: a blocked unit is called blocked, the
bars have a legend in words, a cut list says how many more, and before the day the deadlines
panel names the tasks due next."""

from __future__ import annotations

from ocop_tracker.core import clock
from ocop_tracker.core.db import open_db
from ocop_tracker.core.registry import PanelView
from ocop_tracker.tasks import projector, snapshot


def _view(demo_path, now: str) -> PanelView:
    db = open_db(demo_path)
    moment = clock.parse_iso(now + ":00+07:00")
    return PanelView(snapshot.snapshot(db, 1, moment), moment, "vi")


def test_a_blocked_unit_gets_the_blocked_word_and_the_bars_a_legend(demo_path):
    html = projector.units_panel(_view(demo_path, "2024-09-18T09:00"))
    row = html[html.index(">Hội DN<"):]
    row = row[:row.index("pj-unit") if "pj-unit" in row else None]
    assert "1 VƯỚNG MẮC" in row and "ĐÚNG TIẾN ĐỘ" not in row
    assert 'class="pj-legend"' in html and "Vướng mắc" in html and "Quá hạn" in html


def test_before_the_day_the_deadlines_panel_names_the_next_tasks_and_counts_the_rest(demo_path):
    html = projector.deadlines_panel(_view(demo_path, "2024-09-18T09:00"))
    assert "Việc đến hạn tiếp theo" in html and "Thiết kế trailer" in html and "Hội ND" in html
    assert "+18 nữa" in html


def test_a_cut_overdue_list_says_how_many_more(demo_path):
    html = projector.deadlines_panel(_view(demo_path, "2024-09-28T08:20"))
    assert "Quá hạn (23)" in html and "+18 nữa" in html
