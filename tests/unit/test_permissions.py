"""Server-side permissions: the write functions themselves refuse what a role may not do."""

from __future__ import annotations

import pytest

from ocop_tracker.accounts import users as accounts
from ocop_tracker.core import audit as history
from ocop_tracker.core import permissions
from ocop_tracker.core.errors import PermissionDeniedError
from ocop_tracker.core.models import Actor, Role
from ocop_tracker.tasks import commands
from tests.conftest import task_by_code


def agency_id(db, short_name):
    return db.execute("SELECT id FROM agencies WHERE short_name = ?", [short_name]).fetchone()[0]


@pytest.fixture
def actors(db):
    kt, vhtt = agency_id(db, "Phòng KT"), agency_id(db, "Phòng VH-TT")
    return {
        "kt": Actor("Nguyễn Thị Lan", kt, Role.UNIT, 11),
        "vhtt": Actor("Lê Văn Hùng", vhtt, Role.UNIT, 12),
        "viewer": Actor("Lãnh đạo", None, Role.VIEWER, 13),
        "admin": Actor("Quản trị", kt, Role.ADMIN, 1),
    }


def unchanged(db, code):
    row = task_by_code(db, code)
    return row["version"] == 1 and db.execute(
        "SELECT count(*) FROM history WHERE entity = 'task' AND entity_id = ?",
        [row["id"]]).fetchone()[0] == 0


def test_a_unit_cannot_change_another_units_task(db, actors):
    task = task_by_code(db, "III.2-04")  # led by Phòng KT, not supported by Phòng VH-TT
    with pytest.raises(PermissionDeniedError) as refused:
        commands.set_task_status(db, task["id"], "hoan_thanh", 1, actors["vhtt"])
    assert "không chủ trì" in refused.value.message("vi")
    with pytest.raises(PermissionDeniedError):
        commands.set_task_note(db, task["id"], "ghi đè", 1, actors["vhtt"])
    assert unchanged(db, "III.2-04")


def test_the_lead_unit_changes_its_own_task(db, actors):
    task = task_by_code(db, "III.2-04")
    commands.set_task_status(db, task["id"], "hoan_thanh", 1, actors["kt"])
    commands.set_task_note(db, task["id"], "xong", 2, actors["kt"])
    row = task_by_code(db, "III.2-04")
    assert (row["status"], row["note"], row["updated_by"]) == (
        "hoan_thanh", "xong", "Nguyễn Thị Lan")


def test_a_supporting_unit_may_add_a_note_but_not_set_the_status(db, actors):
    task = task_by_code(db, "III.2-09")  # Phòng KT leads, Phòng VH-TT supports
    with pytest.raises(PermissionDeniedError):
        commands.set_task_status(db, task["id"], "hoan_thanh", 1, actors["vhtt"])
    commands.set_task_note(db, task["id"], "Đã góp ý phông nền.", 1, actors["vhtt"])
    row = task_by_code(db, "III.2-09")
    assert (row["status"], row["note"]) == ("chua_bat_dau", "Đã góp ý phông nền.")


@pytest.mark.parametrize("code", ["III.2-04", "III.3-01", "III.2-09"])
def test_the_read_only_role_cannot_change_anything(db, actors, code):
    viewer = actors["viewer"]
    task = task_by_code(db, code)
    for write in (
        lambda: commands.set_task_status(db, task["id"], "hoan_thanh", 1, viewer),
        lambda: commands.set_task_note(db, task["id"], "x", 1, viewer),
        lambda: accounts.create_account(db, "moi", "Mới", "viewer", None, "mat-khau-dai", viewer),
        lambda: accounts.set_login_required(db, True, viewer),
    ):
        with pytest.raises(PermissionDeniedError) as refused:
            write()
        assert refused.value.message("vi")
    assert unchanged(db, code)
    assert db.execute("SELECT count(*) FROM users").fetchone()[0] == 0


def test_the_read_only_role_cannot_undo(db, actors):
    task = task_by_code(db, "III.2-04")
    change_id = _change(db, task, actors["kt"])
    with pytest.raises(PermissionDeniedError):
        history.undo(db, change_id, actors["viewer"])
    assert task_by_code(db, "III.2-04")["status"] == "hoan_thanh"


def test_the_admin_may_change_any_task(db, actors):
    task = task_by_code(db, "III.3-01")  # Phòng VH-TT's task
    commands.set_task_status(db, task["id"], "vuong_mac", 1, actors["admin"])
    assert task_by_code(db, "III.3-01")["status"] == "vuong_mac"


def test_only_the_admin_manages_accounts(db, actors):
    with pytest.raises(PermissionDeniedError) as refused:
        accounts.create_account(db, "moi", "Mới", "unit", 2, "mat-khau-dai", actors["kt"])
    assert "quản trị" in refused.value.message("vi").lower()
    accounts.create_account(db, "moi", "Mới", "unit", 2, "mat-khau-dai", actors["admin"])
    with pytest.raises(PermissionDeniedError):
        accounts.reset_password(db, "moi", "mat-khau-khac", actors["kt"])


def test_an_actor_without_unit_or_account_is_refused(db):
    task = task_by_code(db, "III.2-04")
    for nobody in (Actor("Ai đó"), None):
        assert not permissions.allowed(nobody, permissions.EDIT, task["lead_agency_id"])
        with pytest.raises(PermissionDeniedError):
            permissions.require(nobody, permissions.EDIT, task["lead_agency_id"])


def _change(db, task, actor):
    commands.set_task_status(db, task["id"], "hoan_thanh", task["version"], actor)
    return db.execute("SELECT max(id) FROM history").fetchone()[0]


def test_a_write_without_anyone_logged_in_is_refused(db):
    task = task_by_code(db, "III.2-04")
    change = _change(db, task, Actor("Quản trị", role=Role.ADMIN))
    for write in (lambda: commands.set_task_status(db, task["id"], "vuong_mac", 2, None),
                  lambda: commands.set_task_note(db, task["id"], "x", 2, None),
                  lambda: history.undo(db, change, None)):
        with pytest.raises(PermissionDeniedError):
            write()
    assert task_by_code(db, "III.2-04")["version"] == 2


def test_a_supporting_unit_adds_to_the_note_but_cannot_rewrite_it(db, actors):
    task = task_by_code(db, "III.2-09")  # Phòng KT leads, Phòng VH-TT supports
    commands.set_task_note(db, task["id"], "Phông nền bản 2.", 1, actors["kt"])
    with pytest.raises(PermissionDeniedError) as refused:
        commands.set_task_note(db, task["id"], "Xoá hết.", 2, actors["vhtt"])
    assert "chỉ được thêm" in refused.value.message("vi")
    commands.append_task_note(db, task["id"], "Đã duyệt màu.", 2, actors["vhtt"],
                              "Phông nền bản 2.")
    assert task_by_code(db, "III.2-09")["note"] == "Phông nền bản 2.\nLê Văn Hùng: Đã duyệt màu."
    commands.set_task_note(db, task["id"], "Chốt bản 3.", 3, actors["kt"])  # the lead may


def test_a_reception_account_checks_guests_in_and_changes_nothing_else(demo_path):
    from ocop_tracker.core.db import open_db
    from ocop_tracker.delegates import commands as delegate_commands
    from ocop_tracker.delegates import queries as delegate_queries

    db = open_db(demo_path)
    desk = accounts.authenticate(db, "le-tan", accounts.DEMO_PASSWORD).actor()
    office = accounts.authenticate(db, "vp-hdnd-ubnd", accounts.DEMO_PASSWORD).actor()
    guest = delegate_queries.invitees(db, 1).iloc[0]
    with pytest.raises(PermissionDeniedError, match="lễ tân"):
        delegate_commands.check_in(db, int(guest["id"]), office)
    arrived = delegate_commands.check_in(db, int(guest["id"]), desk)
    assert not arrived.already and arrived.name == guest["name"]
    task = next(db.query("SELECT id, version FROM tasks LIMIT 1"))
    with pytest.raises(PermissionDeniedError, match="chỉ được đánh dấu khách"):
        commands.set_task_status(db, task["id"], "hoan_thanh", task["version"], desk)
