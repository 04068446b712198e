"""Delegates: groups from the plan, quotas, invitees, duplicates, check-in, counted groups."""

from __future__ import annotations

import json
import threading
import unicodedata

import pytest

from ocop_tracker.cli.main import main
from ocop_tracker.core import clock
from ocop_tracker.core.db import open_db
from ocop_tracker.core.errors import StaleEditError, ValidationError
from ocop_tracker.core.models import Actor, Role
from ocop_tracker.delegates import commands as dc
from ocop_tracker.delegates import model as delegates
from ocop_tracker.delegates import queries as dq
from ocop_tracker.plan.data import install_plan, load_plan

LAN = Actor("Nguyễn Thị Lan", role=Role.ADMIN)
HA = Actor("Phạm Thu Hà", role=Role.ADMIN)


def group_ids(db, event_id):
    return dq.groups(db, event_id)["id"].astype(int).tolist()


def history_count(db):
    return db.execute("SELECT count(*) FROM history WHERE entity <> 'event'").fetchone()[0]


def add(db, event_id, group_id, name, unit="", phone="", title=""):
    return dc.add_invitee(db, event_id, dc.check_invitee(group_id, name, title, unit, phone), LAN)


def test_init_loads_the_11_groups_of_ii31_without_inventing_quotas(db, event_id):
    groups = dq.groups(db, event_id)
    assert len(groups) == 11
    assert groups["quota"].isna().all()
    social = groups[groups["per_unit"].notna()].iloc[0]
    assert social["per_unit"] == 10 and "10 người/đơn vị" in social["note"]
    assert groups.iloc[0]["name"] == "Đại diện Sở Công Thương"


def test_init_again_keeps_quotas_set_by_organisers(db, event_id):
    first = group_ids(db, event_id)[0]
    dc.set_quotas(db, {first: (4, 1)}, LAN)
    install_plan(db, load_plan())
    groups = dq.groups(db, event_id)
    assert len(groups) == 11
    assert groups.iloc[0]["quota"] == 4 and groups.iloc[0]["version"] == 2


def test_quotas_are_audited_and_totals_show_the_remainder(db, event_id):
    ids = group_ids(db, event_id)
    with clock.frozen_at(clock.parse_iso("2024-09-10T08:30")):
        changes = dc.set_quotas(db, {ids[0]: (3, 1), ids[9]: (50, 1)}, LAN)
    assert [c.after for c in changes] == ["3", "50"]
    entry = next(db.query("SELECT * FROM history WHERE entity = 'delegate_group' ORDER BY id"))
    assert (entry["actor"], entry["field"], entry["before"], entry["after"], entry["at"]) == (
        LAN.name, "quota", None, "3", "2024-09-10T08:30:00+07:00")
    _, total = dq.overview(db, event_id)
    assert (total.quota_allocated, total.remainder, total.groups_without_quota) == (53, 97, 9)
    assert not total.over_allocated


def test_quotas_above_150_are_flagged(db, event_id):
    ids = group_ids(db, event_id)
    dc.set_quotas(db, {ids[5]: (100, 1), ids[6]: (60, 1)}, LAN)
    _, total = dq.overview(db, event_id)
    assert total.over_allocated and total.remainder == -10


@pytest.mark.parametrize("bad", [-1, -20, "abc", 2.5])
def test_a_bad_quota_is_refused_in_vietnamese_and_changes_nothing(db, event_id, bad):
    ids = group_ids(db, event_id)
    with pytest.raises(ValidationError) as refused:
        dc.set_quotas(db, {ids[0]: (5, 1), ids[1]: (bad, 1)}, LAN)  # all or nothing
    message = refused.value.message("vi")
    assert "Đại diện Sở Du lịch" in message and "Chưa lưu thay đổi nào" in message
    if isinstance(bad, int):
        assert "không được âm" in message
    assert dq.groups(db, event_id)["quota"].isna().all()
    assert history_count(db) == 0


def test_a_stale_quota_screen_is_refused(db_path, event_id):
    first, second = open_db(db_path), open_db(db_path)
    gid = group_ids(first, event_id)[4]
    dc.set_quotas(first, {gid: (8, 1)}, LAN)
    with pytest.raises(StaleEditError) as refused:
        dc.set_quotas(second, {gid: (12, 1)}, HA)
    assert "CHƯA được lưu" in refused.value.message("vi")
    assert dq.groups(first, event_id).iloc[4]["quota"] == 8


def test_search_ignores_diacritics_case_and_d_bar(db, event_id):
    gid = group_ids(db, event_id)[6]
    add(db, event_id, gid, "Nguyễn Văn Đức", "UBND xã Đông Thạnh")
    add(db, event_id, gid, "Trần Thị Ngọc Ánh", "UBND xã Bà Điểm")
    keys = dq.invitees(db, event_id)["search_key"]
    names = dq.invitees(db, event_id)["name"]
    assert names[delegates.matches(keys, "nguyen van")].tolist() == ["Nguyễn Văn Đức"]
    assert names[delegates.matches(keys, "DUC")].tolist() == ["Nguyễn Văn Đức"]
    assert names[delegates.matches(keys, "ba diem")].tolist() == ["Trần Thị Ngọc Ánh"]
    nfd = unicodedata.normalize("NFD", "đông thạnh")
    assert names[delegates.matches(keys, nfd)].tolist() == ["Nguyễn Văn Đức"]


@pytest.mark.parametrize(
    ("name", "unit", "phone", "needle"),
    [
        ("  nguyễn   văn AN ", "sở công thương", "", "Trùng đại biểu"),  # same name + unit
        (unicodedata.normalize("NFD", "Nguyễn Văn An"), "Sở Công Thương", "", "Trùng đại biểu"),
        ("Lê Thị Bích", "Sở Du lịch", "+84 903 123 456", "Trùng số điện thoại"),  # same phone
    ],
)
def test_a_duplicate_invitee_is_refused_and_changes_nothing(db, event_id, name, unit, phone,
                                                            needle):
    gid = group_ids(db, event_id)[0]
    add(db, event_id, gid, "Nguyễn Văn An", "Sở Công Thương", "0903123456")
    before = history_count(db)
    with pytest.raises(ValidationError) as refused:
        add(db, event_id, group_ids(db, event_id)[1], name, unit, phone)
    assert needle in refused.value.message("vi")
    assert len(dq.invitees(db, event_id)) == 1 and history_count(db) == before


def test_same_name_in_another_unit_is_another_person(db, event_id):
    gid = group_ids(db, event_id)[6]
    add(db, event_id, gid, "Nguyễn Văn An", "UBND xã Tân Hiệp")
    add(db, event_id, gid, "Nguyễn Văn An", "UBND xã Tân Xuân")
    assert len(dq.invitees(db, event_id)) == 2


def test_a_list_with_one_duplicate_writes_nothing(db, event_id):
    gid = group_ids(db, event_id)[8]
    people = [dc.check_invitee(gid, f"Chủ thể {i}", "", f"HTX {i}") for i in range(5)]
    people.append(dc.check_invitee(gid, "chủ thể 2", "", "htx 2"))
    with pytest.raises(ValidationError):
        dc.add_invitees(db, event_id, people, LAN)
    assert dq.invitees(db, event_id).empty and history_count(db) == 0


@pytest.mark.parametrize("phone", ["12345", "090abc1234", "0903 123 456 789"])
def test_a_bad_phone_is_refused(phone):
    with pytest.raises(ValidationError) as refused:
        dc.check_invitee(1, "Lê Văn Hùng", phone=phone)
    assert "không hợp lệ" in refused.value.message("vi")


def test_invitation_status_channel_and_time_are_recorded(db, event_id):
    change = add(db, event_id, group_ids(db, event_id)[1], "Phạm Minh Quân", "Sở Du lịch")
    iid = change.entity_id
    with clock.frozen_at(clock.parse_iso("2024-09-16T10:00")):
        dc.set_invitation(db, iid, "da_gui", "zalo", 1, LAN)
    with clock.frozen_at(clock.parse_iso("2024-09-17T15:00")):
        dc.set_invitation(db, iid, "da_xac_nhan", None, 2, HA)
    row = dq.invitee(db, iid)
    assert (row["status"], row["channel"], row["sent_at"], row["version"]) == (
        "da_xac_nhan", "zalo", "2024-09-16T10:00:00+07:00", 3)
    with pytest.raises(StaleEditError):
        dc.set_invitation(db, iid, "tu_choi", None, 2, LAN)
    assert dq.invitee(db, iid)["status"] == "da_xac_nhan"
    _, total = dq.overview(db, event_id)
    assert (total.invited, total.confirmed, total.declined) == (1, 1, 0)


def test_two_desks_checking_in_the_same_guest_at_once_make_one_arrival(db_path, event_id):
    setup = open_db(db_path)
    gid = group_ids(setup, event_id)[4]
    iid = add(setup, event_id, gid, "Võ Thành Nhân", "UBND huyện").entity_id
    setup.close()
    barrier = threading.Barrier(2)
    results: list = []

    def desk(actor: Actor) -> None:
        conn = open_db(db_path)  # each desk its own connection, as two browser sessions
        try:
            barrier.wait()
            results.append(dc.check_in(conn, iid, actor))
        finally:
            conn.close()

    threads = [threading.Thread(target=desk, args=(a,)) for a in (LAN, HA)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(r.already for r in results) == [False, True]
    assert len({r.arrived_at for r in results}) == 1
    check = open_db(db_path)
    row = dq.invitee(check, iid)
    assert row["arrived_at"] == results[0].arrived_at and row["version"] == 2
    # an arrival is an update of arrived_at (so that it can be undone), written once
    arrivals = check.execute("SELECT count(*) FROM history WHERE field = 'arrived_at'").fetchone()
    assert arrivals[0] == 1
    assert dq.overview(check, event_id)[1].arrived == 1


def test_walk_in_is_added_and_arrived_in_one_step(db, event_id):
    gid = group_ids(db, event_id)[8]
    with clock.frozen_at(clock.parse_iso("2024-09-28T07:41")):
        person = dc.check_invitee(gid, "Đỗ Hữu Tài", "", "HTX Tân Hiệp")
        result = dc.add_walk_in(db, event_id, person, HA)
    row = dq.invitee(db, result.invitee_id)
    assert row["walk_in"] == 1 and row["arrived_at"] == "2024-09-28T07:41:00+07:00"
    _, total = dq.overview(db, event_id)
    assert (total.arrived, total.invited, total.walk_ins) == (1, 0, 1)


def test_undo_check_in_and_remove(db, event_id):
    iid = add(db, event_id, group_ids(db, event_id)[0], "Hồ Văn Lực", "Sở Công Thương").entity_id
    dc.check_in(db, iid, LAN)
    with pytest.raises(ValidationError):
        dc.remove_invitee(db, iid, 2, LAN)
    dc.undo_check_in(db, iid, 2, LAN)
    assert dq.invitee(db, iid)["arrived_at"] is None
    dc.remove_invitee(db, iid, 3, LAN)
    assert dq.invitee(db, iid) is None


def test_groups_counted_without_names_add_up(db, event_id):
    ids = group_ids(db, event_id)
    change = dc.add_count_block(db, event_id, ids[9], "Đoàn viên Đoàn Thanh niên huyện", 10, 8, LAN)
    dc.add_arrivals(db, change.entity_id, 1, LAN)
    dc.add_arrivals(db, change.entity_id, 1, HA)
    add(db, event_id, ids[9], "Lê Thị Hồng", "Hội LHPN huyện")
    table, total = dq.overview(db, event_id)
    row = table.iloc[9]
    assert (row["invited"], row["confirmed"], row["arrived"], row["listed"]) == (10, 8, 2, 1)
    with pytest.raises(ValidationError) as refused:
        dc.set_counts(db, change.entity_id, 10, 11, 2, 3, LAN)
    assert "không được lớn hơn" in refused.value.message("vi")
    with pytest.raises(ValidationError):
        dc.add_count_block(db, event_id, ids[9], "Hội Nông dân", -1, 0, LAN)


def test_status_json_has_the_attendees_section(db_path, capsys):
    db = open_db(db_path)
    gid = group_ids(db, 1)[9]
    dc.set_quotas(db, {gid: (50, 1)}, LAN)
    add(db, 1, gid, "Bùi Thanh Tú", "Đoàn Thanh niên huyện")
    db.close()
    assert main(["status", "--json", "--db", str(db_path)]) == 0
    attendees = json.loads(capsys.readouterr().out)["attendees"]
    assert set(attendees) == {"expected", "quota_allocated", "invited", "confirmed", "declined",
                              "arrived", "groups"}
    assert attendees["expected"] == 150 and attendees["quota_allocated"] == 50
    assert len(attendees["groups"]) == 11
    assert set(attendees["groups"][0]) == {"name", "quota", "invited", "confirmed", "arrived"}
    assert attendees["groups"][9]["quota"] == 50 and attendees["groups"][0]["quota"] is None


def test_demo_has_fictional_invitees_written_through_the_write_path(demo_path):
    db = open_db(demo_path)
    table, total = dq.overview(db, 1)
    assert total.quota_allocated == 150
    assert 50 <= len(dq.invitees(db, 1)) <= 80
    assert total.confirmed > 0 and total.arrived == 0
    assert db.execute("SELECT count(*) FROM history WHERE entity = 'invitee'").fetchone()[0] > 60
    assert all(p.startswith("0900000") for p in dq.invitees(db, 1)["phone"])


def test_a_batch_of_invitations_is_sent_at_once_or_not_at_all(db_path, event_id):
    db, other = open_db(db_path), open_db(db_path)
    gid = group_ids(db, event_id)[6]
    ids = [add(db, event_id, gid, f"Xã viên {i}", f"UBND xã {i}").entity_id for i in range(4)]
    dc.set_invitation(other, ids[2], "da_xac_nhan", None, 1, HA)  # someone got there first
    with pytest.raises(StaleEditError):
        dc.set_invitations(db, {i: 1 for i in ids}, "da_gui", "giay_moi", LAN)
    assert dq.invitees(db, event_id)["status"].tolist() == ["chua_gui", "chua_gui",
                                                           "da_xac_nhan", "chua_gui"]
    people = dq.invitees(db, event_id)
    versions = dict(zip(people["id"], people["version"], strict=True))
    del versions[ids[2]]
    dc.set_invitations(db, versions, "da_gui", "giay_moi", LAN)
    people = dq.invitees(db, event_id)
    assert people["status"].tolist() == ["da_gui", "da_gui", "da_xac_nhan", "da_gui"]
    assert set(people["channel"].dropna()) == {"giay_moi"}


def test_correcting_an_invitee_is_audited_and_cannot_create_a_duplicate(db, event_id):
    gid = group_ids(db, event_id)[6]
    first = add(db, event_id, gid, "Nguyen Van Binh", "UBND xã Nhị Bình").entity_id
    add(db, event_id, gid, "Trần Thị Thu", "UBND xã Tân Xuân", "0900000777")
    fixed = dc.check_invitee(gid, "Nguyễn Văn Bình", "Phó Chủ tịch", "UBND xã Nhị Bình")
    changes = dc.update_invitee(db, first, fixed, 1, LAN)
    assert {c.field for c in changes} == {"name", "title"}
    row = dq.invitee(db, first)
    assert row["name"] == "Nguyễn Văn Bình" and "nguyen van binh" in row["search_key"]
    clash = dc.check_invitee(gid, "Nguyễn Văn Bình", "", "UBND xã Nhị Bình", "0900000777")
    with pytest.raises(ValidationError) as refused:
        dc.update_invitee(db, first, clash, 2, LAN)
    assert "Trùng số điện thoại" in refused.value.message("vi")
    with pytest.raises(StaleEditError):
        dc.update_invitee(db, first, fixed, 1, LAN)
    assert dq.invitee(db, first)["phone"] == "" and dq.invitee(db, first)["version"] == 2
