"""The bundled plan as data: every section-III assignment, checked against the plan's own text."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from ocop_tracker.core import queries
from ocop_tracker.core.db import open_db
from ocop_tracker.core.errors import PlanDataError
from ocop_tracker.plan.data import install_plan, load_plan
from tests.conftest import PLAN_TEXT, task_by_code

COMMUNES = [
    "Thị trấn Hóc Môn", "Bà Điểm", "Đông Thạnh", "Nhị Bình", "Tân Hiệp", "Tân Thới Nhì",
    "Tân Xuân", "Thới Tam Thôn", "Trung Chánh", "Xuân Thới Đông", "Xuân Thới Sơn",
    "Xuân Thới Thượng",
]


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("*", "")
    text = re.sub(r"[–—]", "-", text)
    return re.sub(r"\s+", " ", text).strip().rstrip(".").lower()


def test_every_task_source_sentence_is_in_the_plan_text(db):
    plan = _norm(PLAN_TEXT.read_text(encoding="utf-8"))
    tasks = list(db.query("SELECT code, source_text FROM tasks"))
    assert len(tasks) >= 30
    missing = [t["code"] for t in tasks if _norm(t["source_text"]) not in plan]
    assert missing == []


def test_event_holds_date_sessions_and_venue(db, event_id):
    event = queries.event(db, event_id)
    assert event["event_date"] == "2024-09-28"
    assert [s["starts_at"] for s in event["sessions"]] == [
        "2024-09-28T07:00:00+07:00", "2024-09-28T08:00:00+07:00"]
    assert "Số 01, Lý Nam Đế, thị trấn Hóc Môn" in event["venue"]
    assert event["organiser"] == "Ủy ban nhân dân huyện Hóc Môn"
    assert event["attendees_expected"] == 150


@pytest.mark.parametrize(
    ("code", "lead", "due"),
    [
        ("III.1.1-05", "Hội Nông dân huyện", "2024-09-20T00:00:00+07:00"),  # trailer
        ("III.1.3-02", "Đoàn Thanh niên huyện", "2024-09-20T00:00:00+07:00"),
        ("III.2-04", "Phòng Kinh tế", "2024-09-25T00:00:00+07:00"),  # detailed script
        ("III.2-05", "Phòng Kinh tế", "2024-09-25T00:00:00+07:00"),  # MC
        ("III.2-13", "Phòng Kinh tế", "2024-09-25T00:00:00+07:00"),  # standee drafts
        ("III.7-01", "Công an huyện", "2024-09-28T07:00:00+07:00"),  # undated: event start
        ("III.5-01", "Phòng Tài chính - Kế hoạch", "2024-09-28T07:00:00+07:00"),
    ],
)
def test_lead_unit_and_deadline(db, code, lead, due):
    task = task_by_code(db, code)
    lead_name = db.execute("SELECT name FROM agencies WHERE id = ?", [task["lead_agency_id"]])
    assert lead_name.fetchone()[0] == lead
    assert task["due_at"] == due


def test_every_section_iii_heading_has_its_tasks(db):
    sections = {r[0] for r in db.execute("SELECT DISTINCT section FROM tasks")}
    assert sections == {"III.1", "III.1.1", "III.1.2", "III.1.3", "III.2", "III.3", "III.4",
                        "III.5", "III.6", "III.7", "III.8"}


def test_supporting_units_recorded(db):
    trailer = task_by_code(db, "III.1.1-05")
    names = {r[0] for r in db.execute(
        "SELECT a.short_name FROM task_supporters s JOIN agencies a ON a.id = s.agency_id "
        "WHERE s.task_id = ?", [trailer["id"]])}
    assert names == {"TTVH-TT&TT", "Đoàn TN"}


def test_weekend_duty_is_recurring(db):
    duty = task_by_code(db, "III.1.1-06")
    assert duty["recurrence"] == "weekly:6,7"
    assert db.execute("SELECT count(*) FROM tasks WHERE recurrence IS NOT NULL").fetchone()[0] == 1


def test_units_and_communes(db, event_id):
    units = queries.agencies(db, event_id)
    for name in ["Phòng Kinh tế", "Sở Công Thương", "Sở Du lịch", "Công an huyện",
                 "Văn phòng Điều phối nông thôn mới thành phố",
                 "Chi cục Phát triển nông thôn thành phố", "Hội Nông dân huyện"]:
        assert name in set(units["name"])
    assert [c["name"] for c in queries.communes(db)] == COMMUNES


def test_reinstalling_keeps_progress(db, event_id):
    from ocop_tracker.core.models import Actor
    from ocop_tracker.tasks import commands

    task = task_by_code(db, "III.2-02")
    commands.set_task_status(db, task["id"], "hoan_thanh", task["version"],
                             Actor("Lan", task["lead_agency_id"]))
    install_plan(db, load_plan())
    again = task_by_code(db, "III.2-02")
    assert again["status"] == "hoan_thanh"
    assert db.execute("SELECT count(*) FROM tasks").fetchone()[0] == 36


def test_an_install_is_recorded_under_the_system_name_in_either_language(db, event_id):
    from ocop_tracker.core.strings import t

    rows = db.execute("SELECT actor, actor_account_id, action, after FROM history "
                      "WHERE entity = 'event' AND entity_id = ?", [event_id]).fetchall()
    assert rows == [(t("plan.system_actor"), None, "install_plan", "36")]
    assert t("plan.system_actor", "en") == "system (plan install)"


def test_bad_plan_file_is_refused_in_vietnamese(tmp_path: Path):
    bad = tmp_path / "plan.toml"
    bad.write_text('[event]\nslug = "x"\n', encoding="utf-8")
    with pytest.raises(PlanDataError, match="Thiếu trường event.title"):
        load_plan(bad)
    bad.write_text("not = [toml", encoding="utf-8")
    with pytest.raises(PlanDataError, match="Không đọc được"):
        load_plan(bad)


def test_unknown_lead_unit_is_refused(tmp_path: Path):
    text = (Path(__file__).parents[2] / "data" / "plan.toml").read_text(encoding="utf-8")
    bad = tmp_path / "plan.toml"
    bad.write_text(text.replace('lead = "cong_an"', 'lead = "khong_co"'), encoding="utf-8")
    with pytest.raises(PlanDataError, match="khong_co"):
        load_plan(bad)


def test_corrupt_database_file_gets_a_clear_message(tmp_path: Path):
    from ocop_tracker.core.db import DatabaseFileError

    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseFileError, match="không phải cơ sở dữ liệu SQLite"):
        open_db(junk)
