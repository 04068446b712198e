"""Undo of delegate changes: quotas, invitee details and invitations, check-ins, counted groups."""

from __future__ import annotations

import pandas as pd
import pytest

from ocop_tracker.core import audit, clock
from ocop_tracker.core.errors import PermissionDeniedError, StaleEditError, ValidationError
from ocop_tracker.core.models import Actor, Role
from ocop_tracker.delegates import commands as dc
from ocop_tracker.delegates import model
from ocop_tracker.delegates import queries as dq
from ocop_tracker.delegates import undo as du

KT = 2  # Phòng Kinh tế in the bundled plan: the organiser of the delegates
LAN = Actor("Nguyễn Thị Lan", KT, Role.UNIT, 21)
TAM = Actor("Trần Minh Tâm", KT, Role.UNIT, 22)
ADMIN = Actor("Quản trị", 1, Role.ADMIN, 1)


@pytest.fixture
def vhtt(db) -> Actor:
    unit = db.execute("SELECT id FROM agencies WHERE name = 'Phòng Văn hóa và Thông tin'")
    return Actor("Hà", unit.fetchone()[0], Role.UNIT, 31)


def test_kt_is_the_organiser(db):
    assert db.execute("SELECT name FROM agencies WHERE id = ?", [KT]).fetchone()[0] == (
        "Phòng Kinh tế")


def group(db, position):
    return dq.groups(db, 1).iloc[position - 1]


def latest(db, entity):
    return next(db.query("SELECT * FROM history WHERE entity = ? ORDER BY id DESC LIMIT 1",
                         [entity]))


def rows_of(db, entity, entity_id):
    return list(db.query("SELECT * FROM history WHERE entity = ? AND entity_id = ? ORDER BY id",
                         [entity, entity_id]))


def add(db, position, name, unit="", phone="", actor=LAN):
    person = dc.check_invitee(int(group(db, position)["id"]), name, "", unit, phone)
    return dc.add_invitee(db, 1, person, actor).entity_id


def test_the_organiser_undoes_its_own_last_quota_change(db):
    gid = int(group(db, 6)["id"])
    dc.set_quotas(db, {gid: (20, 1)}, LAN)
    dc.set_quotas(db, {gid: (25, 2)}, LAN)
    entry = audit.last_own_change(db, LAN)
    assert (entry["field"], entry["after"], entry["subject"]) == (
        "quota", "25", group(db, 6)["name"])
    with clock.frozen_at(clock.parse_iso("2024-09-19T14:05")):
        change = audit.undo(db, entry["id"], LAN)
    assert (change.before, change.after) == ("25", "20")
    assert group(db, 6)["quota"] == 20 and group(db, 6)["version"] == 4
    row = latest(db, "delegate_group")
    assert (row["action"], row["undoes"], row["actor_account_id"], row["actor_agency_id"],
            row["at"]) == ("undo", entry["id"], 21, KT, "2024-09-19T14:05:00+07:00")
    audit.undo(db, row["id"], LAN)  # the undo is itself undoable: 25 again
    assert group(db, 6)["quota"] == 25


def test_a_quota_undone_to_not_set_is_null_again(db):
    gid = int(group(db, 1)["id"])
    dc.set_quotas(db, {gid: (3, 1)}, LAN)
    audit.undo(db, latest(db, "delegate_group")["id"], LAN)
    assert dq.groups(db, 1)["quota"].isna().all()
    assert dq.overview(db, 1)[1].quota_allocated == 0


def test_the_admin_undoes_an_older_quota_change_from_the_feed(db):
    first, second = int(group(db, 7)["id"]), int(group(db, 8)["id"])
    dc.set_quotas(db, {first: (36, 1)}, LAN)
    entry = latest(db, "delegate_group")
    dc.set_quotas(db, {second: (10, 1)}, LAN)
    with pytest.raises(PermissionDeniedError) as refused:
        audit.undo(db, entry["id"], LAN)  # no longer Lan's latest change
    assert "gần nhất" in refused.value.message("vi")
    feed = {e["id"]: e for e in audit.feed(db)}
    assert audit.undoable(feed[entry["id"]])
    audit.undo(db, entry["id"], ADMIN)
    assert pd.isna(group(db, 7)["quota"]) and group(db, 8)["quota"] == 10
    assert latest(db, "delegate_group")["actor_account_id"] == ADMIN.account_id


def test_undo_is_refused_when_someone_changed_the_quota_since(db):
    gid = int(group(db, 9)["id"])
    dc.set_quotas(db, {gid: (30, 1)}, LAN)
    entry = latest(db, "delegate_group")
    dc.set_quotas(db, {gid: (33, 2)}, TAM)
    with pytest.raises(StaleEditError) as refused:
        audit.undo(db, entry["id"], ADMIN)
    message = refused.value.message("vi")
    assert TAM.name in message and "KHÔNG hoàn tác" in message and "33" in message
    assert group(db, 9)["quota"] == 33


def test_another_unit_cannot_undo_a_delegate_change(db, vhtt):
    gid = int(group(db, 2)["id"])
    dc.set_quotas(db, {gid: (2, 1)}, LAN)
    entry = latest(db, "delegate_group")
    with pytest.raises(PermissionDeniedError):
        audit.undo(db, entry["id"], vhtt)  # not theirs
    with pytest.raises(PermissionDeniedError):
        audit.undo(db, entry["id"], Actor("Lãnh đạo", role=Role.VIEWER, account_id=40))
    # and the handler itself holds the writes' rule, whatever calls it
    with pytest.raises(PermissionDeniedError) as refused:
        du.undo_group_change(db, audit.feed(db, 1)[0], vhtt, clock.now().isoformat())
    assert refused.value.key == "perm.not_your_unit"
    assert group(db, 2)["quota"] == 2


def test_undo_of_an_invitee_correction_puts_back_the_whole_edit_and_its_keys(db):
    iid = add(db, 7, "Nguyen Van Binh", "UBND xa Nhi Binh")
    fixed = dc.check_invitee(int(group(db, 7)["id"]), "Nguyễn Văn Bình", "Phó Chủ tịch",
                             "UBND xã Nhị Bình", "0900000555")
    assert len(dc.update_invitee(db, iid, fixed, 1, LAN)) == 4  # name, title, unit, phone
    entry = audit.last_own_change(db, LAN)
    assert entry["subject"] == "Nguyễn Văn Bình (UBND xã Nhị Bình)"
    audit.undo(db, entry["id"], LAN)  # one undo: the whole correction, as it was made
    row = dq.invitee(db, iid)
    assert (row["name"], row["title"], row["unit"], row["phone"]) == (
        "Nguyen Van Binh", "", "UBND xa Nhi Binh", "")
    assert row["person_key"] == model.person_key("Nguyen Van Binh", "UBND xa Nhi Binh")
    assert row["search_key"] == model.search_key("Nguyen Van Binh", "UBND xa Nhi Binh")
    undone = [r for r in rows_of(db, "invitee", iid) if r["action"] == "undo"]
    assert {r["field"] for r in undone} == {"name", "title", "unit", "phone"}
    assert {r["actor_account_id"] for r in undone} == {21}
    # the phone is free again: someone else may take it
    add(db, 7, "Lê Thị Cúc", "UBND xã Tân Hiệp", "0900000555")


def test_the_admin_undoes_an_invitee_change_from_the_feed(db):
    iid = add(db, 6, "Phạm Văn Hậu", "Phòng TC-KH")
    person = dc.check_invitee(int(group(db, 5)["id"]), "Phạm Văn Hậu", "", "Phòng TC-KH")
    dc.update_invitee(db, iid, person, 1, LAN)  # moved to group 5 by mistake
    entry = latest(db, "invitee")
    assert entry["field"] == "group_id"
    add(db, 6, "Đinh Thị Yến", "Hội LHPN huyện")  # Lan's latest is now another change
    audit.undo(db, entry["id"], ADMIN)
    assert dq.invitee(db, iid)["group_id"] == int(group(db, 6)["id"])


def test_an_undo_that_would_make_a_duplicate_is_refused(db):
    iid = add(db, 7, "Trần Văn Tú", "UBND xã Tân Xuân")
    renamed = dc.check_invitee(int(group(db, 7)["id"]), "Trần Văn Tuấn", "", "UBND xã Tân Xuân")
    dc.update_invitee(db, iid, renamed, 1, LAN)
    entry = latest(db, "invitee")
    add(db, 7, "Trần Văn Tú", "UBND xã Tân Xuân", actor=TAM)  # the old name, now someone else
    with pytest.raises(ValidationError) as refused:
        audit.undo(db, entry["id"], ADMIN)
    assert "Trùng đại biểu" in refused.value.message("vi")
    assert dq.invitee(db, iid)["name"] == "Trần Văn Tuấn"


def test_undo_of_an_invitation_puts_status_channel_and_sending_day_back(db):
    iid = add(db, 2, "Võ Thị Mai", "Sở Du lịch")
    dc.set_invitation(db, iid, "da_gui", "zalo", 1, LAN)
    assert dq.overview(db, 1)[1].invited == 1
    entry = audit.last_own_change(db, LAN)
    assert entry["field"] == "sent_at"  # the write's last row; its status and channel go with it
    audit.undo(db, entry["id"], LAN)
    row = dq.invitee(db, iid)
    assert (row["status"], row["channel"], row["sent_at"]) == ("chua_gui", None, None)
    assert dq.overview(db, 1)[1].invited == 0


def test_undo_of_a_reply_keeps_the_sending(db):
    iid = add(db, 2, "Võ Thị Mai", "Sở Du lịch")
    with clock.frozen_at(clock.parse_iso("2024-09-16T10:00")):
        dc.set_invitation(db, iid, "da_gui", "zalo", 1, LAN)
    dc.set_invitation(db, iid, "da_xac_nhan", None, 2, LAN)
    audit.undo(db, audit.last_own_change(db, LAN)["id"], LAN)
    row = dq.invitee(db, iid)
    assert (row["status"], row["channel"], row["sent_at"]) == (
        "da_gui", "zalo", "2024-09-16T10:00:00+07:00")
    sending = next(r for r in rows_of(db, "invitee", iid) if r["field"] == "channel")
    with pytest.raises(StaleEditError):
        audit.undo(db, sending["id"], ADMIN)  # the status was changed since (twice)


def test_under_the_rehearsal_clock_two_writes_are_still_undone_apart(db):
    iid = add(db, 2, "Võ Thị Mai", "Sở Du lịch")
    with clock.frozen_at(clock.parse_iso("2024-09-18T09:00")):  # same moment for both
        dc.set_invitation(db, iid, "da_gui", "zalo", 1, LAN)
        dc.set_invitation(db, iid, "da_gui", "email", 2, LAN)
    audit.undo(db, audit.last_own_change(db, LAN)["id"], LAN)
    row = dq.invitee(db, iid)
    assert (row["status"], row["channel"]) == ("da_gui", "zalo")  # only the second write


def test_undo_of_a_check_in_clears_the_arrival(db):
    iid = add(db, 1, "Hồ Văn Lực", "Sở Công Thương")
    desk = Actor("Lễ tân", KT, Role.UNIT, 23)
    with clock.frozen_at(clock.parse_iso("2024-09-28T07:35")):
        dc.check_in(db, iid, desk)
    entry = audit.last_own_change(db, desk)
    assert (entry["field"], entry["subject"]) == ("arrived_at", "Hồ Văn Lực (Sở Công Thương)")
    audit.undo(db, entry["id"], desk)
    row = dq.invitee(db, iid)
    assert (row["arrived_at"], row["arrived_by"]) == (None, None)
    assert dq.overview(db, 1)[1].arrived == 0
    dc.remove_invitee(db, iid, row["version"], LAN)  # no longer arrived: may be removed


def test_the_admin_undoes_a_check_in_and_a_desk_cancellation(db):
    iid = add(db, 1, "Hồ Văn Lực", "Sở Công Thương")
    desk = Actor("Lễ tân", KT, Role.UNIT, 23)
    with clock.frozen_at(clock.parse_iso("2024-09-28T07:35")):
        dc.check_in(db, iid, desk)
    arrival = latest(db, "invitee")
    dc.undo_check_in(db, iid, 2, LAN)  # the desk's own "Hủy" (another person)
    cancel = latest(db, "invitee")
    audit.undo(db, cancel["id"], ADMIN)  # the cancellation was the mistake
    row = dq.invitee(db, iid)
    assert (row["arrived_at"], row["arrived_by"]) == ("2024-09-28T07:35:00+07:00", desk.name)
    with pytest.raises(StaleEditError):
        audit.undo(db, arrival["id"], ADMIN)  # arrived_at was changed since that check-in
    audit.undo(db, latest(db, "invitee")["id"], ADMIN)
    assert dq.invitee(db, iid)["arrived_at"] is None


def test_undo_of_a_counted_groups_figures(db):
    gid = int(group(db, 10)["id"])
    block = dc.add_count_block(db, 1, gid, "Đoàn viên Đoàn Thanh niên huyện", 10, 8,
                               LAN).entity_id
    dc.set_counts(db, block, 12, 11, 0, 1, LAN)
    entry = audit.last_own_change(db, LAN)
    assert entry["subject"] == "Đoàn viên Đoàn Thanh niên huyện"
    audit.undo(db, entry["id"], LAN)
    counts = dq.counts(db, 1).iloc[0]
    assert (counts["invited"], counts["confirmed"]) == (10, 8)
    dc.add_arrivals(db, block, 1, LAN)
    dc.add_arrivals(db, block, 1, TAM)
    plus_one = latest(db, "delegate_count")
    audit.undo(db, plus_one["id"], TAM)
    assert dq.counts(db, 1).iloc[0]["arrived"] == 1


def test_a_count_undo_that_breaks_confirmed_at_most_invited_is_refused(db):
    gid = int(group(db, 10)["id"])
    block = dc.add_count_block(db, 1, gid, "Hội viên Hội Nông dân huyện", 10, 8, LAN).entity_id
    dc.set_counts(db, block, 12, 8, 0, 1, LAN)
    raised = latest(db, "delegate_count")
    dc.set_counts(db, block, 12, 12, 0, 2, TAM)  # confirmed raised to the new invited
    with pytest.raises(ValidationError) as refused:
        audit.undo(db, raised["id"], ADMIN)  # invited back to 10 < 12 confirmed
    assert "không được lớn hơn" in refused.value.message("vi")
    assert dq.counts(db, 1).iloc[0]["invited"] == 12


def test_the_admin_undoes_a_count_change_from_the_feed(db):
    gid = int(group(db, 10)["id"])
    block = dc.add_count_block(db, 1, gid, "Hội LHPN huyện", 10, 5, LAN).entity_id
    dc.set_counts(db, block, 10, 7, 0, 1, LAN)
    entry = latest(db, "delegate_count")
    dc.set_quotas(db, {gid: (30, 1)}, LAN)
    audit.undo(db, entry["id"], ADMIN)
    assert dq.counts(db, 1).iloc[0]["confirmed"] == 5


def test_the_feed_names_invitees_groups_and_counted_groups(db):
    iid = add(db, 5, "Bùi Thanh Tú", "UBND huyện")
    gone = add(db, 5, "Lý Văn Tạm", "HĐND huyện")
    dc.remove_invitee(db, gone, 1, LAN)
    dc.set_quotas(db, {int(group(db, 5)["id"]): (8, 1)}, LAN)
    dc.add_count_block(db, 1, int(group(db, 10)["id"]), "Hội Nông dân", 10, 8, LAN)
    subjects = {(e["entity"], e["entity_id"]): e["subject"] for e in audit.feed(db)}
    assert subjects[("invitee", iid)] == "Bùi Thanh Tú (UBND huyện)"
    assert subjects[("invitee", gone)] == "Lý Văn Tạm"  # taken off the list, still named
    assert subjects[("delegate_group", int(group(db, 5)["id"]))] == group(db, 5)["name"]
    assert "Hội Nông dân" in subjects.values()
