"""The one write path: validated, one transaction, audited, stale edits refused."""

from __future__ import annotations

import pytest

from ocop_tracker.core import clock
from ocop_tracker.core.db import open_db
from ocop_tracker.core.errors import NotFoundError, StaleEditError, ValidationError
from ocop_tracker.core.models import Actor, Role
from ocop_tracker.tasks import commands
from tests.conftest import task_by_code

LAN = Actor("Nguyễn Thị Lan", role=Role.ADMIN)
HUNG = Actor("Lê Văn Hùng", role=Role.ADMIN)


def history(db, task_id):
    return list(db.query("SELECT * FROM history WHERE entity='task' AND entity_id=? ORDER BY id",
                         [task_id]))


def test_status_change_is_written_with_who_and_when(db):
    task = task_by_code(db, "III.2-04")
    with clock.frozen_at(clock.parse_iso("2024-09-18T09:15")):
        change = commands.set_task_status(db, task["id"], "dang_thuc_hien", 1, LAN)
    assert change.version == 2
    row = task_by_code(db, "III.2-04")
    assert (row["status"], row["version"], row["updated_by"]) == ("dang_thuc_hien", 2, LAN.name)
    [entry] = history(db, task["id"])
    assert (entry["actor"], entry["field"], entry["before"], entry["after"]) == (
        LAN.name, "status", "chua_bat_dau", "dang_thuc_hien")
    assert entry["at"] == "2024-09-18T09:15:00+07:00"


def test_done_records_completion_time_and_reopening_clears_it(db):
    task = task_by_code(db, "III.2-02")
    commands.set_task_status(db, task["id"], "hoan_thanh", 1, LAN)
    assert task_by_code(db, "III.2-02")["completed_at"] is not None
    commands.set_task_status(db, task["id"], "dang_thuc_hien", 2, LAN)
    assert task_by_code(db, "III.2-02")["completed_at"] is None


def test_stale_edit_is_refused_and_changes_nothing(db_path):
    first, second = open_db(db_path), open_db(db_path)  # two sessions, same screen version
    task = task_by_code(first, "III.2-04")
    commands.set_task_status(first, task["id"], "hoan_thanh", task["version"], LAN)
    with pytest.raises(StaleEditError) as refused:
        commands.set_task_status(second, task["id"], "vuong_mac", task["version"], HUNG)
    message = refused.value.message("vi")
    assert "Nguyễn Thị Lan" in message and "CHƯA được lưu" in message and "Hoàn thành" in message
    row = task_by_code(first, "III.2-04")
    assert (row["status"], row["version"]) == ("hoan_thanh", 2)
    assert len(history(first, task["id"])) == 1


def test_note_is_audited_and_stale_note_refused(db):
    task = task_by_code(db, "III.6-01")
    commands.set_task_note(db, task["id"], "  Đã phân công 2 quay phim.  ", 1, LAN)
    assert task_by_code(db, "III.6-01")["note"] == "Đã phân công 2 quay phim."
    with pytest.raises(StaleEditError):
        commands.set_task_note(db, task["id"], "khác", 1, HUNG)
    assert [h["after"] for h in history(db, task["id"])] == ["Đã phân công 2 quay phim."]


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda db, tid: commands.set_task_status(db, tid, "xong", 1, LAN), ValidationError),
        (lambda db, tid: commands.set_task_status(db, tid, "hoan_thanh", 1, Actor("  ")),
         ValidationError),
        (lambda db, tid: commands.set_task_note(db, tid, "x" * 2001, 1, LAN), ValidationError),
        (lambda db, tid: commands.set_task_status(db, 99999, "hoan_thanh", 1, LAN), NotFoundError),
    ],
)
def test_bad_input_is_refused_in_vietnamese_and_writes_nothing(db, call, error):
    task = task_by_code(db, "III.2-01")
    with pytest.raises(error) as refused:
        call(db, task["id"])
    assert refused.value.message("vi")
    assert task_by_code(db, "III.2-01")["version"] == 1
    assert db.execute("SELECT count(*) FROM history WHERE entity='task'").fetchone()[0] == 0


def test_setting_the_same_status_writes_no_history(db):
    task = task_by_code(db, "III.2-01")
    change = commands.set_task_status(db, task["id"], "chua_bat_dau", 1, LAN)
    assert change.version == 1
    assert history(db, task["id"]) == []
