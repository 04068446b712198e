"""Programme steps in the database: loaded from the plan, edited, marked on the day, reported."""

from __future__ import annotations

import json
from datetime import time

import pytest

from ocop_tracker import features
from ocop_tracker.cli.main import main
from ocop_tracker.core import clock
from ocop_tracker.core.errors import StaleEditError, ValidationError
from ocop_tracker.core.models import Actor, Health, Role
from ocop_tracker.plan.data import install_plan, load_plan
from ocop_tracker.programme import commands as pc
from ocop_tracker.programme import queries as programme
from ocop_tracker.tasks import commands
from tests.conftest import task_by_code

TAM = Actor("Trần Minh Tâm", role=Role.ADMIN)


def steps(db, event_id):
    return programme.steps_frame(db, event_id)


def step(db, event_id, title_start):
    frame = steps(db, event_id)
    return frame[frame["title"].str.startswith(title_start)].iloc[0]


def test_plan_file_keeps_programme_top_level():
    assert len(load_plan().extra["programme"]) == 9


def test_init_loads_exhibition_plus_nine_steps_with_links(db, event_id):
    frame = steps(db, event_id)
    assert len(frame) == 10
    assert frame.iloc[0]["title"].startswith("Khai mạc triển lãm")
    assert frame.iloc[-1]["title"] == "Bế mạc"
    assert step(db, event_id, "Trình chiếu video")["task_codes"] == "III.1.1-04"
    assert step(db, event_id, "Trao quyết định")["task_codes"] == "III.2-07"
    assert step(db, event_id, "Phát biểu khai mạc")["task_codes"] == "III.2-03"
    assert step(db, event_id, "Thông qua")["task_codes"] == "III.1.1-01"
    assert step(db, event_id, "Tuyên bố")["task_codes"] == "III.2-04,III.2-05"


def test_init_again_keeps_edits_and_adds_nothing(db, event_id):
    row = step(db, event_id, "Bế mạc")
    pc.update_step(db, int(row["id"]), int(row["version"]), TAM, title="Bế mạc chương trình",
                   start=None, duration_min=8, owner_agency_id=None, cue="Cảm ơn", task_codes=[])
    install_plan(db, load_plan())
    frame = steps(db, event_id)
    assert len(frame) == 10
    edited = frame[frame["id"] == row["id"]].iloc[0]
    assert (edited["title"], edited["duration_min"]) == ("Bế mạc chương trình", 8)


def test_duration_edit_recomputes_later_starts_and_is_audited(db, event_id):
    row = step(db, event_id, "Phát biểu khai mạc")
    changes = pc.update_step(db, int(row["id"]), int(row["version"]), TAM, title=row["title"],
                             start=None, duration_min=20,
                             owner_agency_id=int(row["owner_agency_id"]),
                             cue=row["cue"], task_codes=row["task_codes"].split(","))
    assert [c.field for c in changes] == ["duration_min"]
    day = programme.load(db, event_id, clock.parse_iso("2024-09-18T09:00")).day
    assert day.steps[3].planned_start.strftime("%H:%M") == "08:30"
    assert day.planned_end.strftime("%H:%M") == "09:40"
    hist = db.execute("SELECT actor, field, before, after FROM history "
                      "WHERE entity = 'programme_step'").fetchall()
    assert hist == [(TAM.name, "duration_min", "10", "20")]


def test_pinning_a_start_and_stale_edits(db, event_id):
    row = step(db, event_id, "Khánh thành")
    kwargs = dict(title=row["title"], start=time(9, 30), duration_min=15, owner_agency_id=None,
                  cue="", task_codes=[])
    pc.update_step(db, int(row["id"]), int(row["version"]), TAM, **kwargs)
    assert step(db, event_id, "Khánh thành")["pinned_start"] == "2024-09-28T09:30:00+07:00"
    with pytest.raises(StaleEditError):
        pc.update_step(db, int(row["id"]), int(row["version"]), TAM, **kwargs)


def test_edit_validation(db, event_id):
    row = step(db, event_id, "Bế mạc")
    base = dict(title="x", start=None, duration_min=5, owner_agency_id=None, cue="",
                task_codes=[])
    with pytest.raises(ValidationError):
        pc.update_step(db, int(row["id"]), 1, TAM, **{**base, "duration_min": -1})
    with pytest.raises(ValidationError):
        pc.update_step(db, int(row["id"]), 1, TAM, **{**base, "task_codes": ["III.9-99"]})
    first = steps(db, event_id).iloc[0]
    with pytest.raises(ValidationError, match="giờ bắt đầu cố định"):
        pc.update_step(db, int(first["id"]), 1, TAM, **base)


def test_move_step_down_then_the_order_changes(db, event_id):
    video = step(db, event_id, "Trình chiếu video")
    pc.move_step(db, int(video["id"]), 1, int(video["version"]), TAM)
    titles = steps(db, event_id)["title"].tolist()
    assert titles.index(video["title"]) == 4
    assert titles[3].startswith("Trao quyết định")


def test_start_and_finish_late_push_expected_times(db, event_id):
    first = step(db, event_id, "Tuyên bố")
    with clock.frozen_at(clock.parse_iso("2024-09-28T08:00")):
        pc.start_step(db, int(first["id"]), int(first["version"]), TAM)
    with clock.frozen_at(clock.parse_iso("2024-09-28T08:25")):
        pc.finish_step(db, int(first["id"]), int(first["version"]) + 1, TAM)
    report = features.full_status(db, event_id, clock.parse_iso("2024-09-28T08:25"))
    items = {p["title"]: p for p in report["programme"]}
    assert items["Bế mạc"]["start"] == "2024-09-28T09:25:00+07:00"
    assert items["Bế mạc"]["expected_start"] == "2024-09-28T09:40:00+07:00"
    assert report["programme_end"]["delay_min"] == 15
    assert report["now_step"] is None
    assert report["next_step"]["title"].startswith("Phát biểu khai mạc")
    assert items[first["title"]]["state"] == "da_xong"


def test_starting_the_next_step_finishes_the_running_one(db, event_id):
    a, b = step(db, event_id, "Tuyên bố"), step(db, event_id, "Phát biểu khai mạc")
    with clock.frozen_at(clock.parse_iso("2024-09-28T08:02")):
        pc.start_step(db, int(a["id"]), int(a["version"]), TAM)
    with clock.frozen_at(clock.parse_iso("2024-09-28T08:14")):
        pc.start_step(db, int(b["id"]), int(b["version"]), TAM)
    assert step(db, event_id, "Tuyên bố")["finished_at"] == "2024-09-28T08:14:00+07:00"
    with pytest.raises(ValidationError):
        pc.start_step(db, int(b["id"]), int(b["version"]) + 1, TAM)


def test_step_shows_late_preparation(db, event_id):
    video = step(db, event_id, "Trình chiếu video")
    prog = programme.load(db, event_id, clock.parse_iso("2024-09-28T08:20"))
    assert prog.worst_prep(int(video["id"])) == Health.OVERDUE
    task = task_by_code(db, "III.1.1-04")
    commands.set_task_status(db, task["id"], "hoan_thanh", task["version"], TAM)
    prog = programme.load(db, event_id, clock.parse_iso("2024-09-28T08:20"))
    assert prog.worst_prep(int(video["id"])) in (Health.DONE_LATE, Health.DONE_ON_TIME)


def test_projector_refresh_setting(db):
    assert pc.projector_refresh(db) == 30
    pc.set_projector_refresh(db, 10, 30, TAM)
    assert pc.projector_refresh(db) == 10
    with pytest.raises(StaleEditError):
        pc.set_projector_refresh(db, 20, 30, TAM)
    with pytest.raises(ValidationError):
        pc.set_projector_refresh(db, 1, 10, TAM)


def test_status_json_at_0820_names_now_and_next(db_path, capsys, monkeypatch):
    monkeypatch.setenv("OCOP_NOW", "2024-09-28T08:20")
    assert main(["status", "--json", "--db", str(db_path)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report["programme"][0]) >= {"start", "expected_start", "title", "owner", "state"}
    assert report["now_step"]["title"].startswith("Trình chiếu video clip")
    assert report["next_step"]["title"].startswith("Trao quyết định")


def test_reset_clears_marks_and_is_audited(db, event_id):
    a = step(db, event_id, "Tuyên bố")
    pc.start_step(db, int(a["id"]), int(a["version"]), TAM)
    pc.reset_step(db, int(a["id"]), int(a["version"]) + 1, TAM)
    row = step(db, event_id, "Tuyên bố")
    assert (row["started_at"], row["finished_at"]) == ("", "")
    fields = [r[0] for r in db.execute(
        "SELECT field FROM history WHERE entity = 'programme_step' AND entity_id = ?",
        [int(a["id"])])]
    assert fields == ["started_at", "marks"]
