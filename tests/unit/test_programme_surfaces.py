"""The programme on the shared surfaces: the report section (it agrees with status --json)
and the overview's figures (now and next on the day, the start and size before it)."""

from __future__ import annotations

import json

from ocop_tracker import features
from ocop_tracker.cli.main import main
from ocop_tracker.core import clock, registry
from ocop_tracker.core.models import Actor, Role
from ocop_tracker.programme import commands as pc
from ocop_tracker.programme import queries as programme
from ocop_tracker.reports import content
from tests.unit.test_programme_undo import step

ADMIN = Actor("Quản trị", role=Role.ADMIN, account_id=1)


def test_report_section_agrees_with_status_json(db, db_path, event_id, capsys, monkeypatch):
    monkeypatch.setenv("OCOP_NOW", "2024-09-28T08:20")
    video = step(db, event_id, "Trình chiếu video")
    with clock.frozen_at(clock.parse_iso("2024-09-28T08:24")):
        pc.start_step(db, int(video["id"]), int(video["version"]), ADMIN)
    assert main(["status", "--json", "--db", str(db_path)]) == 0
    items = json.loads(capsys.readouterr().out)["programme"]
    sections = {s.key: rows for s, rows in content.extra_sections(db, event_id)}
    rows = sections["chuong-trinh"]
    assert len(rows) == len(items) == 10
    expected = [(clock.parse_iso(p["expected_start"]).strftime("%H:%M"), p["title"],
                 p["duration_min"], p["owner"], p["state"]) for p in items]
    states = {"Chưa bắt đầu": "chua_bat_dau", "Đang diễn ra": "dang_dien_ra",
              "Đã xong": "da_xong", "Không được đánh dấu": "bo_qua"}
    shown = [(r["Giờ dự kiến"], r["Phần"], r["Thời lượng (phút)"], r["Đơn vị phụ trách"],
              states[r["Tình trạng"]]) for r in rows.to_dict("records")]
    assert shown == expected
    assert shown[3][0] == "08:24" and shown[3][4] == "dang_dien_ra"
    english = programme.report_rows(db, event_id, "en")
    assert list(english.columns)[:3] == ["Expected start", "Planned start", "Step"]


def _overview(db, event_id, now: str, lang: str = "vi") -> list[registry.Metric]:
    found = dict((f.key, m) for f, m in registry.overview_figures(
        db, event_id, clock.parse_iso(now), lang))
    return found["programme"]


def test_overview_names_now_and_next_on_the_day(db, event_id):
    features.all_features()
    now, nxt = _overview(db, event_id, "2024-09-28T08:20")
    assert (now.label, nxt.label) == ("ĐANG DIỄN RA", "TIẾP THEO")
    assert now.value.startswith("Trình chiếu video clip") and "08:20" in now.detail
    assert nxt.value.startswith("Trao quyết định") and nxt.detail == "lúc 08:30"
    english = _overview(db, event_id, "2024-09-28T08:20", "en")
    assert english[1].detail == "at 08:30"


def test_overview_before_the_day_gives_the_first_start_and_the_steps(db, event_id):
    first, count = _overview(db, event_id, "2024-09-18T09:00")
    assert (first.value, first.detail) == ("07:00", "Thứ Bảy, 28/09/2024")
    assert count.value == "10" and "09:30" in count.detail
