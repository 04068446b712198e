"""Undo: restores the prior value, is itself in the history, refused when stale or not yours."""

from __future__ import annotations

from datetime import time

import pytest

from ocop_tracker.core import audit as history
from ocop_tracker.core import clock
from ocop_tracker.core.errors import PermissionDeniedError, StaleEditError, ValidationError
from ocop_tracker.core.models import Actor, Role
from ocop_tracker.tasks import commands
from tests.conftest import task_by_code

KT = 2  # Phòng Kinh tế in the bundled plan
LAN = Actor("Nguyễn Thị Lan", KT, Role.UNIT, 21)
TAM = Actor("Trần Minh Tâm", KT, Role.UNIT, 22)
ADMIN = Actor("Quản trị", KT, Role.ADMIN, 1)


def entries(db, task_id):
    return list(db.query("SELECT * FROM history WHERE entity = 'task' AND entity_id = ? "
                         "ORDER BY id", [task_id]))


def set_status(db, code, status, actor):
    task = task_by_code(db, code)
    commands.set_task_status(db, task["id"], status, task["version"], actor)
    return entries(db, task["id"])[-1]["id"]


def test_undo_restores_the_prior_value_and_is_itself_in_the_history(db):
    assert task_by_code(db, "III.2-04")["lead_agency_id"] == KT
    change = set_status(db, "III.2-04", "hoan_thanh", LAN)
    assert task_by_code(db, "III.2-04")["completed_at"] is not None
    with clock.frozen_at(clock.parse_iso("2024-09-18T10:30")):
        history.undo(db, change, LAN)
    row = task_by_code(db, "III.2-04")
    assert (row["status"], row["completed_at"], row["version"]) == ("chua_bat_dau", None, 3)
    undo_row = entries(db, row["id"])[-1]
    assert (undo_row["action"], undo_row["undoes"], undo_row["before"], undo_row["after"]) == (
        "undo", change, "hoan_thanh", "chua_bat_dau")
    assert (undo_row["actor"], undo_row["actor_account_id"]) == (LAN.name, LAN.account_id)
    assert undo_row["at"] == "2024-09-18T10:30:00+07:00"
    with pytest.raises(ValidationError):
        history.undo(db, change, LAN)  # once only


def test_undo_of_a_note_restores_the_old_note(db):
    task = task_by_code(db, "III.2-04")
    commands.set_task_note(db, task["id"], "bản 1", 1, LAN)
    commands.set_task_note(db, task["id"], "bản 2", 2, LAN)
    history.undo(db, entries(db, task["id"])[-1]["id"], LAN)
    assert task_by_code(db, "III.2-04")["note"] == "bản 1"


def test_a_unit_undoes_only_its_own_last_change(db):
    first = set_status(db, "III.2-04", "dang_thuc_hien", LAN)
    set_status(db, "III.2-02", "hoan_thanh", LAN)
    with pytest.raises(PermissionDeniedError) as refused:
        history.undo(db, first, LAN)
    assert "gần nhất" in refused.value.message("vi")
    tam_change = set_status(db, "III.2-01", "dang_thuc_hien", TAM)
    with pytest.raises(PermissionDeniedError):
        history.undo(db, tam_change, LAN)  # same unit, someone else's change
    assert history.last_own_change(db, LAN)["subject"] == "III.2-02"


def test_the_admin_undoes_any_change(db):
    first = set_status(db, "III.2-04", "dang_thuc_hien", LAN)
    set_status(db, "III.2-02", "hoan_thanh", LAN)
    history.undo(db, first, ADMIN)
    assert task_by_code(db, "III.2-04")["status"] == "chua_bat_dau"
    assert entries(db, task_by_code(db, "III.2-04")["id"])[-1]["actor"] == ADMIN.name


def test_an_undo_is_refused_as_stale_when_the_row_changed_since(db):
    change = set_status(db, "III.2-04", "hoan_thanh", LAN)
    set_status(db, "III.2-04", "vuong_mac", TAM)
    with pytest.raises(StaleEditError) as refused:
        history.undo(db, change, ADMIN)
    assert "Trần Minh Tâm" in refused.value.message("vi")
    assert "Vướng mắc" in refused.value.message("vi")
    assert task_by_code(db, "III.2-04")["status"] == "vuong_mac"
    # Changed away and back: the value matches, but someone else's work lies in between.
    set_status(db, "III.2-04", "hoan_thanh", TAM)
    with pytest.raises(StaleEditError):
        history.undo(db, change, ADMIN)


def test_feed_lists_newest_first_with_the_task_code(db):
    set_status(db, "III.2-04", "dang_thuc_hien", LAN)
    set_status(db, "III.2-02", "hoan_thanh", TAM)
    feed = history.feed(db, limit=2)
    assert [(e["subject"], e["actor"]) for e in feed] == [
        ("III.2-02", "Trần Minh Tâm"), ("III.2-04", "Nguyễn Thị Lan")]


# ------------------------------------------------------------------ the feed in words


def feed_text(db, limit=10):
    """The feed's lines as the admin reads them (change_text), newest first."""
    from ocop_tracker.ui.history import Names, change_text

    names = Names.read(db)
    return [change_text(e, names=names) for e in history.feed(db, limit)]


def test_a_task_change_reads_with_its_code_and_status_words(db):
    set_status(db, "III.2-02", "hoan_thanh", LAN)
    assert feed_text(db, 1) == ["III.2-02: trạng thái Chưa bắt đầu → Hoàn thành"]


def test_a_booth_tick_and_its_commune_read_in_words(db, event_id):
    from ocop_tracker.booths import commands as booths
    from tests.booth_helpers import booth, commune_id

    row = booth(db, event_id, 3)
    booths.assign_booth(db, row["id"], commune_id(db, "Bà Điểm"), [], row["version"], ADMIN)
    booths.set_booth_check(db, row["id"], "space_ready", True, row["version"] + 1, ADMIN)
    tick, products, commune = feed_text(db, 3)
    assert tick.endswith(" Không → Có") and " 0 → 1" not in tick
    assert commune.endswith(" ∅ → Bà Điểm")


def test_an_invitee_status_change_reads_in_words(db, event_id):
    from ocop_tracker.delegates import commands as delegates
    from ocop_tracker.delegates import queries as dq

    group = int(dq.groups(db, event_id)["id"].iloc[0])
    person = delegates.check_invitee(group, "Lê Văn Thử", "Chủ nhiệm", "HTX Thử nghiệm")
    iid = delegates.add_invitee(db, event_id, person, ADMIN).entity_id
    with clock.frozen_at(clock.parse_iso("2024-09-20T14:05")):
        delegates.set_invitation(db, iid, "da_gui", "zalo", 1, ADMIN)
    lines = " | ".join(feed_text(db, 4))
    assert "Chưa gửi → Đã gửi" in lines and "∅ → Zalo" in lines
    assert "∅ → 14:05 20/09/2024" in lines  # when it was sent, as people write it
    assert "da_gui" not in lines and "2024-09-20T" not in lines
    assert "thêm mới Lê Văn Thử" in lines  # the creation says what happened, not "∅ →"


def test_a_programme_edit_reads_in_words(db, event_id):
    from ocop_tracker.programme import commands as programme

    row = next(db.query("SELECT * FROM programme_steps WHERE event_id = ? AND title LIKE "
                        "'Khánh thành%'", [event_id]))
    programme.update_step(db, row["id"], row["version"], ADMIN, title=row["title"],
                          start=time(9, 30), duration_min=20, owner_agency_id=KT, cue="",
                          task_codes=[])
    lines = " | ".join(feed_text(db, 5))
    assert "→ 09:30 28/09/2024" in lines
    assert "15 phút → 20 phút" in lines
    assert "→ Phòng KT" in lines
    assert "+07:00" not in lines


def test_account_rows_read_in_words_and_a_reset_is_not_before_after(db):
    from ocop_tracker.accounts import users as accounts

    admin = accounts.SYSTEM
    accounts.create_account(db, "vhtt", "Phòng VH-TT", Role.UNIT, 3, "mat-khau-vhtt", admin)
    accounts.reset_password(db, "vhtt", "mat-khau-moi-1", admin)
    accounts.set_disabled(db, "vhtt", True, admin)
    accounts.set_login_required(db, True, admin)
    assert feed_text(db, 4) == [
        "Cài đặt: bắt buộc đăng nhập với trang chỉ xem Không → Có",
        "vhtt: vô hiệu hóa Không → Có",
        "vhtt: đặt lại mật khẩu",
        "vhtt: thêm mới vhtt (unit)",
    ]
