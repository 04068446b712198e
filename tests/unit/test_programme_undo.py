"""Undo of the programme's changes: edits and moves (admin), marks (the owner unit), the
projector refresh setting; refused when changed since."""

from __future__ import annotations

import pytest

from ocop_tracker.core import audit, clock
from ocop_tracker.core.errors import PermissionDeniedError, StaleEditError, ValidationError
from ocop_tracker.core.models import Actor, Role
from ocop_tracker.programme import commands as pc
from ocop_tracker.programme import queries as programme

ADMIN = Actor("Quản trị", role=Role.ADMIN, account_id=1)
OTHER_ADMIN = Actor("Trần Minh Tâm", role=Role.ADMIN, account_id=2)


def _agency(db, name: str) -> int:
    return db.execute("SELECT id FROM agencies WHERE name = ?", [name]).fetchone()[0]


@pytest.fixture
def hoi_nd(db) -> Actor:
    """Hội Nông dân's account: it owns four steps of the ceremony, two of them in a row."""
    return Actor("Hà (Hội ND)", _agency(db, "Hội Nông dân huyện"), Role.UNIT, 31)


def step(db, event_id, title_start: str) -> dict:
    frame = programme.steps_frame(db, event_id)
    return frame[frame["title"].str.startswith(title_start)].iloc[0].to_dict()


def titles(db, event_id) -> list[str]:
    return programme.steps_frame(db, event_id)["title"].tolist()


def last_entry(db) -> dict:
    return audit.feed(db, limit=1)[0]


def edit(db, row: dict, actor: Actor = ADMIN, **changes) -> None:
    values = dict(title=row["title"], start=None, duration_min=int(row["duration_min"]),
                  owner_agency_id=int(row["owner_agency_id"]), cue=row["cue"],
                  task_codes=[c for c in row["task_codes"].split(",") if c])
    pc.update_step(db, int(row["id"]), int(row["version"]), actor, **{**values, **changes})


def test_admin_undoes_a_step_edit_from_the_feed_named_by_its_title(db, event_id):
    video = step(db, event_id, "Trình chiếu video")
    edit(db, video, duration_min=25, cue="Máy chiếu dự phòng")
    feed = audit.feed(db, limit=2)
    assert {e["field"] for e in feed} == {"duration_min", "cue"}
    assert all(e["subject"] == video["title"] and audit.undoable(e) for e in feed)
    duration = next(e for e in feed if e["field"] == "duration_min")

    audit.undo(db, duration["id"], OTHER_ADMIN)  # any admin, any row of the feed

    now = step(db, event_id, "Trình chiếu video")
    assert (now["duration_min"], now["cue"]) == (10, "Máy chiếu dự phòng")
    assert now["version"] == video["version"] + 2
    undo_row = last_entry(db)
    assert (undo_row["action"], undo_row["undoes"], undo_row["actor_account_id"]) == (
        "undo", duration["id"], OTHER_ADMIN.account_id)
    assert (undo_row["before"], undo_row["after"]) == ("25", "10")
    with pytest.raises(ValidationError):
        audit.undo(db, duration["id"], OTHER_ADMIN)  # once only


def test_every_edited_field_goes_back(db, event_id):
    row = step(db, event_id, "Khánh thành")
    original = {k: row[k] for k in pc.EDIT_FIELDS}
    from datetime import time

    edit(db, row, title="Khánh thành Hội quán", start=time(9, 40), duration_min=20,
         owner_agency_id=_agency(db, "Phòng Kinh tế"), cue="Kéo, băng", task_codes=["III.2-07"])
    entries = audit.feed(db, limit=6)
    assert sorted(e["field"] for e in entries) == sorted(pc.EDIT_FIELDS)
    for entry in entries:
        audit.undo(db, entry["id"], ADMIN)
    back = step(db, event_id, "Khánh thành")
    assert {k: back[k] for k in pc.EDIT_FIELDS} == original


def test_an_edit_is_the_admins_to_undo(db, event_id, hoi_nd):
    video = step(db, event_id, "Trình chiếu video")
    edit(db, video, duration_min=25)
    with pytest.raises(PermissionDeniedError):
        audit.undo(db, last_entry(db)["id"], hoi_nd)  # not its change, not an admin


def test_an_edit_changed_since_is_not_undone(db, event_id):
    video = step(db, event_id, "Trình chiếu video")
    edit(db, video, duration_min=25)
    first = last_entry(db)["id"]
    edit(db, step(db, event_id, "Trình chiếu video"), duration_min=30)
    before = db.execute("SELECT count(*) FROM history").fetchone()[0]
    with pytest.raises(StaleEditError) as refused:
        audit.undo(db, first, ADMIN)
    assert video["title"] in refused.value.message() and ADMIN.name in refused.value.message()
    assert step(db, event_id, "Trình chiếu video")["duration_min"] == 30
    assert db.execute("SELECT count(*) FROM history").fetchone()[0] == before


def test_undoing_a_pin_of_the_first_step_is_refused(db, event_id):
    from datetime import time

    first = programme.steps_frame(db, event_id).iloc[0].to_dict()
    edit(db, first, start=time(7, 30))
    with pytest.raises(ValidationError):  # the pin went 07:00 -> 07:30: undo gives 07:00 back
        edit(db, step(db, event_id, first["title"][:10]), start=None)
    audit.undo(db, last_entry(db)["id"], ADMIN)
    assert step(db, event_id, first["title"][:10])["pinned_start"] == "2024-09-28T07:00:00+07:00"


def test_undo_of_a_move_moves_it_back(db, event_id):
    order = titles(db, event_id)
    video = step(db, event_id, "Trình chiếu video")
    pc.move_step(db, int(video["id"]), 1, int(video["version"]), ADMIN)
    assert titles(db, event_id) != order
    entry = last_entry(db)
    assert (entry["field"], entry["subject"], audit.undoable(entry)) == (
        "position", video["title"], True)
    audit.undo(db, entry["id"], ADMIN)
    assert titles(db, event_id) == order


def test_a_move_is_not_undone_once_the_step_stands_elsewhere(db, event_id):
    video = step(db, event_id, "Trình chiếu video")
    pc.move_step(db, int(video["id"]), 1, int(video["version"]), ADMIN)  # 3 -> 4
    moved = last_entry(db)["id"]
    # Another step moves up past it: the video stands at 5 without a move of its own.
    later = programme.steps_frame(db, event_id).iloc[5]
    pc.move_step(db, int(later["id"]), -1, int(later["version"]), ADMIN)
    order = titles(db, event_id)
    with pytest.raises(StaleEditError):
        audit.undo(db, moved, ADMIN)
    assert titles(db, event_id) == order


def test_the_owner_unit_undoes_its_own_start(db, event_id, hoi_nd):
    video = step(db, event_id, "Trình chiếu video")
    with clock.frozen_at(clock.parse_iso("2024-09-28T08:21")):
        pc.start_step(db, int(video["id"]), int(video["version"]), hoi_nd)
    mine = audit.last_own_change(db, hoi_nd)
    assert (mine["field"], mine["subject"]) == ("started_at", video["title"])
    audit.undo(db, mine["id"], hoi_nd)
    now = step(db, event_id, "Trình chiếu video")
    assert (now["started_at"], now["finished_at"]) == ("", "")
    assert audit.last_own_change(db, hoi_nd)["undoes"] == mine["id"]  # its undo, redoable


def test_undoing_a_start_reopens_the_step_it_finished(db, event_id, hoi_nd):
    a, b = step(db, event_id, "Thông qua"), step(db, event_id, "Ra mắt")
    with clock.frozen_at(clock.parse_iso("2024-09-28T08:55")):
        pc.start_step(db, int(a["id"]), int(a["version"]), hoi_nd)
    with clock.frozen_at(clock.parse_iso("2024-09-28T09:01")):
        pc.start_step(db, int(b["id"]), int(b["version"]), hoi_nd)  # finishes a
    assert step(db, event_id, "Thông qua")["finished_at"] == "2024-09-28T09:01:00+07:00"
    audit.undo(db, audit.last_own_change(db, hoi_nd)["id"], hoi_nd)
    a_now, b_now = step(db, event_id, "Thông qua"), step(db, event_id, "Ra mắt")
    assert (a_now["started_at"], a_now["finished_at"]) == ("2024-09-28T08:55:00+07:00", "")
    assert b_now["started_at"] == ""
    # Both rows of that click are marked undone, so neither is offered again.
    undone = [e for e in audit.feed(db, limit=10) if e["field"] in pc.MARK_FIELDS
              and e["action"] == "update" and e["at"].startswith("2024-09-28T09:01")]
    assert len(undone) == 2 and all(e["undone_by"] for e in undone)


def test_undoing_a_finish_takes_back_the_start_it_implied(db, event_id, hoi_nd):
    video = step(db, event_id, "Trình chiếu video")
    with clock.frozen_at(clock.parse_iso("2024-09-28T08:30")):
        pc.finish_step(db, int(video["id"]), int(video["version"]), hoi_nd)
    assert step(db, event_id, "Trình chiếu video")["started_at"] == "2024-09-28T08:30:00+07:00"
    audit.undo(db, audit.last_own_change(db, hoi_nd)["id"], hoi_nd)
    now = step(db, event_id, "Trình chiếu video")
    assert (now["started_at"], now["finished_at"]) == ("", "")


def test_undoing_a_reset_puts_the_marks_back(db, event_id, hoi_nd):
    video = step(db, event_id, "Trình chiếu video")
    with clock.frozen_at(clock.parse_iso("2024-09-28T08:20")):
        pc.start_step(db, int(video["id"]), int(video["version"]), hoi_nd)
    with clock.frozen_at(clock.parse_iso("2024-09-28T08:31")):
        pc.finish_step(db, int(video["id"]), int(video["version"]) + 1, hoi_nd)
    pc.reset_step(db, int(video["id"]), int(video["version"]) + 2, hoi_nd)
    entry = audit.last_own_change(db, hoi_nd)
    assert entry["field"] == "marks"
    audit.undo(db, entry["id"], hoi_nd)
    now = step(db, event_id, "Trình chiếu video")
    assert (now["started_at"], now["finished_at"]) == (
        "2024-09-28T08:20:00+07:00", "2024-09-28T08:31:00+07:00")


def test_a_mark_changed_since_is_not_undone_and_others_cannot_undo_it(db, event_id, hoi_nd):
    video = step(db, event_id, "Trình chiếu video")
    pc.start_step(db, int(video["id"]), int(video["version"]), hoi_nd)
    start = audit.last_own_change(db, hoi_nd)["id"]
    ubnd = Actor("Bình (UBND)", _agency(db, "Ủy ban nhân dân huyện Hóc Môn"), Role.UNIT, 32)
    with pytest.raises(PermissionDeniedError):
        audit.undo(db, start, ubnd)  # not its change
    pc.reset_step(db, int(video["id"]), int(video["version"]) + 1, ADMIN)  # the admin clears it
    with pytest.raises(StaleEditError):
        audit.undo(db, start, hoi_nd)  # still its latest change, but the marks moved on
    assert step(db, event_id, "Trình chiếu video")["started_at"] == ""


def test_projector_refresh_setting_undo(db):
    pc.set_projector_refresh(db, 10, 30, ADMIN)
    entry = last_entry(db)
    assert (entry["entity"], entry["field"], entry["subject"], entry["actor_account_id"]) == (
        "setting", pc.REFRESH_KEY, "Cài đặt", ADMIN.account_id)
    assert audit.undoable(entry)
    audit.undo(db, entry["id"], ADMIN)
    assert pc.projector_refresh(db) == 30
    assert last_entry(db)["undoes"] == entry["id"]


def test_projector_refresh_undo_refused_when_set_since_or_not_admin(db, hoi_nd):
    pc.set_projector_refresh(db, 10, 30, ADMIN)
    first = last_entry(db)["id"]
    pc.set_projector_refresh(db, 20, 10, OTHER_ADMIN)
    with pytest.raises(StaleEditError, match=OTHER_ADMIN.name):
        audit.undo(db, first, ADMIN)
    assert pc.projector_refresh(db) == 20
    with pytest.raises(PermissionDeniedError):
        audit.undo(db, last_entry(db)["id"], hoi_nd)


def test_a_missing_step_or_event_is_named_in_the_refusal(db):
    from ocop_tracker.core.errors import NotFoundError
    from ocop_tracker.events import commands as events

    with pytest.raises(NotFoundError, match="#999"):
        pc.move_step(db, 999, 1, 1, ADMIN)
    with pytest.raises(NotFoundError, match="#998"):
        events.set_archived(db, 998, True, 1, ADMIN)
