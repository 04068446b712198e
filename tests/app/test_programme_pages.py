"""The pages run (AppTest): programme with its marker, projector on each panel, no edit controls."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from ocop_tracker import features
from ocop_tracker.core import registry
from ocop_tracker.core.registry import PanelView
from ocop_tracker.programme import projector
from tests.conftest import ROOT


def _app(monkeypatch, db_path, now: str) -> AppTest:
    monkeypatch.setenv("OCOP_DB", str(db_path))
    monkeypatch.setenv("OCOP_NOW", now)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.run()
    return at


def _html(at: AppTest) -> str:
    return "".join(el.proto.body for el in at.get("html"))


def test_programme_page_shows_now_and_next_at_0820(monkeypatch, db_path):
    at = _app(monkeypatch, db_path, "2024-09-28T08:20")
    at.switch_page("pages/programme.py").run()
    assert not at.exception
    text = " ".join(m.value for m in at.markdown)
    assert "▶ Trình chiếu video clip" in text
    assert "⏭ Trao quyết định" in text
    assert any("dự kiến" in i.value for i in at.info)
    assert at.get("plotly_chart")


@pytest.mark.parametrize(
    "panel", [p.key for p in (features.all_features() and registry.projector_panels())])
def test_projector_draws_every_panel_read_only(monkeypatch, db_path, panel):
    at = _app(monkeypatch, db_path, "2024-09-18T09:00")
    at.query_params["panel"] = panel
    at.switch_page("pages/projector.py").run()
    assert not at.exception
    html = _html(at)
    assert f"pj-panel-{panel}" in html
    assert "cập nhật lúc" in html and "Thứ Tư, 18/09/2024" in html
    assert not at.button and not at.text_input and not at.selectbox


def test_projector_programme_panel_on_the_day(monkeypatch, db_path):
    at = _app(monkeypatch, db_path, "2024-09-28T08:20")
    at.query_params["panel"] = "programme"
    at.switch_page("pages/projector.py").run()
    html = _html(at)
    assert "ĐANG DIỄN RA · 08:20–08:30" in html and "TIẾP THEO · 08:30–08:45" in html


def test_projector_escapes_user_text(db, event_id):
    from ocop_tracker.core import clock
    from ocop_tracker.core.models import Actor, Role
    from ocop_tracker.programme import commands as pc
    from ocop_tracker.programme import queries as programme

    row = programme.steps_frame(db, event_id).iloc[3]
    pc.update_step(db, int(row["id"]), int(row["version"]), Actor("x", role=Role.ADMIN),
                   title="<b>Video</b>", start=None, duration_min=10, owner_agency_id=None,
                   cue="", task_codes=[])
    now = clock.parse_iso("2024-09-28T08:20")
    html = projector.programme_panel(PanelView(programme.load(db, event_id, now), now))
    assert "&lt;b&gt;Video&lt;/b&gt;" in html and "<b>Video</b>" not in html


def test_overview_page_runs_on_the_day_without_its_old_box(monkeypatch, db_path):
    # Now/next are the programme's registry Metrics (tests/test_programme_surfaces.py),
    # drawn by the overview with every feature's figures; the old info box is gone.
    at = _app(monkeypatch, db_path, "2024-09-28T08:20")
    assert not at.exception
    assert not any("TIẾP THEO" in i.value for i in at.info)


def test_a_unit_takes_back_its_mark_on_the_programme_page(monkeypatch, demo_path):
    from ocop_tracker.accounts import users as accounts
    from ocop_tracker.core.db import open_db

    monkeypatch.setenv("OCOP_DB", str(demo_path))
    monkeypatch.setenv("OCOP_NOW", "2024-09-28T08:20")
    monkeypatch.delenv("OCOP_REQUIRE_LOGIN", raising=False)
    db = open_db(demo_path)
    account = next(a for a in accounts.list_accounts(db) if a["username"] == "hoi-nd")
    video = next(db.query("SELECT * FROM programme_steps WHERE title LIKE 'Trình chiếu video%'"))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state["account_id"] = account["id"]
    at.session_state["account_username"] = "hoi-nd"
    at.run()
    at.switch_page("pages/programme.py").run()
    at.button(key=f"start-{video['id']}").click().run()
    assert next(db.query("SELECT started_at FROM programme_steps WHERE id = ?",
                         [video["id"]]))["started_at"] == "2024-09-28T08:20:00+07:00"
    next(b for b in at.button if b.label == "Hoàn tác").click().run()
    assert not at.exception
    assert next(db.query("SELECT started_at FROM programme_steps WHERE id = ?",
                         [video["id"]]))["started_at"] is None
    assert any("Đã hoàn tác" in s.value for s in at.success)
    db.close()
