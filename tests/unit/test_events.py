"""Several events: current, archive, and clone to a new date (D-8 stays D-8, progress reset)."""

from __future__ import annotations

from datetime import date

import pytest

from ocop_tracker import features
from ocop_tracker.core import audit, queries
from ocop_tracker.core.errors import PermissionDeniedError, StaleEditError, ValidationError
from ocop_tracker.core.models import Actor, Role
from ocop_tracker.events import commands as events

ACTOR = Actor("Nguyễn Thị Lan", role=Role.ADMIN)


def _dump(db, event_id: int) -> dict:
    return {
        "event": list(db.query("SELECT * FROM events WHERE id = ?", [event_id])),
        "tasks": list(db.query("SELECT * FROM tasks WHERE event_id = ? ORDER BY id", [event_id])),
        "sessions": list(db.query("SELECT * FROM sessions WHERE event_id = ?", [event_id])),
        "supporters": list(db.query(
            "SELECT s.* FROM task_supporters s JOIN tasks t ON t.id = s.task_id "
            "WHERE t.event_id = ? ORDER BY 1, 2", [event_id])),
    }


@pytest.fixture
def demo_db(demo_path):
    from ocop_tracker.core.db import open_db

    database = open_db(demo_path)
    yield database
    database.close()


def test_clone_2024_to_27_september_2025_keeps_distances_and_resets_progress(demo_db):
    db = demo_db
    source = queries.current_event_id(db)
    before = _dump(db, source)
    new_id = events.clone_event(db, source, date(2025, 9, 27), ACTOR)

    assert _dump(db, source) == before  # the 2024 event is untouched
    new = queries.event(db, new_id)
    assert new["event_date"] == "2025-09-27"
    assert new["starts_at"] == "2025-09-27T07:00:00+07:00"
    assert [s["starts_at"] for s in new["sessions"]] == [
        "2025-09-27T07:00:00+07:00", "2025-09-27T08:00:00+07:00"]
    assert new["slug"] == "hoc-mon-ocop-2025" and new["cloned_from"] == source

    tasks = {t["code"]: t for t in db.query("SELECT * FROM tasks WHERE event_id = ?", [new_id])}
    assert len(tasks) == len(before["tasks"])
    assert tasks["III.1.1-05"]["due_at"] == "2025-09-19T00:00:00+07:00"  # D-8 stays D-8
    assert tasks["III.2-04"]["due_at"] == "2025-09-24T00:00:00+07:00"
    assert tasks["III.2-01"]["due_at"] == "2025-09-27T07:00:00+07:00"
    deadlines = sorted({t["due_at"][:10] for t in tasks.values()})
    assert deadlines == ["2025-09-19", "2025-09-24", "2025-09-27"]
    for task in tasks.values():
        assert (task["status"], task["note"], task["completed_at"], task["updated_by"],
                task["version"]) == ("chua_bat_dau", "", None, None, 1)
    old = {t["code"]: t for t in before["tasks"]}
    assert all(tasks[c]["lead_agency_id"] == old[c]["lead_agency_id"] for c in tasks)
    assert len(_dump(db, new_id)["supporters"]) == len(before["supporters"])
    assert queries.current_event_id(db) == source  # cloning does not switch the app

    history = list(db.query("SELECT * FROM history WHERE entity = 'event' AND entity_id = ? "
                            "AND action = 'clone'", [new_id]))
    assert {(h["field"], h["after"], h["actor"]) for h in history} == {
        ("cloned_from", str(source), "Nguyễn Thị Lan"),
        ("tasks", str(len(tasks)), "Nguyễn Thị Lan")}


def test_clone_copies_feature_tables_layout_and_resets_their_progress(db, event_id):
    db.execute("CREATE TABLE stands (id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL, "
               "number INTEGER, commune TEXT, status TEXT NOT NULL DEFAULT 'trong', "
               "checked_in INTEGER NOT NULL DEFAULT 0, note TEXT, setup_at TEXT, "
               "version INTEGER NOT NULL DEFAULT 1)")
    db.execute("CREATE TABLE wares (id INTEGER PRIMARY KEY, event_id INTEGER, booth_id INTEGER, "
               "name TEXT)")
    db.execute("INSERT INTO stands (event_id, number, commune, status, checked_in, note, setup_at,"
               " version) VALUES (?, 7, 'Xã Đông Thạnh', 'da_dung', 1, 'xong', "
               "'2024-09-27T14:00:00+07:00', 4)", [event_id])
    db.conn.commit()
    added = [events.CloneSpec("stands"), events.CloneSpec("wares", remap={"booth_id": "stands"})]
    events.CLONE_TABLES.extend(added)
    try:
        new_id = events.clone_event(db, event_id, date(2025, 9, 27), ACTOR)
    finally:
        del events.CLONE_TABLES[-len(added):]
    booth = next(db.query("SELECT * FROM stands WHERE event_id = ?", [new_id]))
    assert (booth["number"], booth["commune"]) == (7, "Xã Đông Thạnh")
    assert (booth["status"], booth["checked_in"], booth["note"], booth["version"]) == (
        "trong", 0, None, 1)
    assert booth["setup_at"] == "2025-09-26T14:00:00+07:00"
    old = next(db.query("SELECT * FROM stands WHERE event_id = ?", [event_id]))
    assert (old["status"], old["checked_in"], old["version"]) == ("da_dung", 1, 4)


def test_clone_of_a_clone_gets_a_fresh_slug(db, event_id):
    first = events.clone_event(db, event_id, date(2025, 9, 27), ACTOR)
    second = events.clone_event(db, event_id, date(2025, 10, 4), ACTOR,
                                title="Lễ OCOP 2025 (dự phòng)")
    slugs = {queries.event(db, i)["slug"] for i in (first, second)}
    assert slugs == {"hoc-mon-ocop-2025", "hoc-mon-ocop-2025-2"}
    assert queries.event(db, second)["title"] == "Lễ OCOP 2025 (dự phòng)"


def test_current_event_switch_and_archive(db, event_id):
    new_id = events.clone_event(db, event_id, date(2025, 9, 27), ACTOR)
    listed = events.list_events(db)
    assert list(listed["id"]) == [new_id, event_id]  # newest first
    assert listed.set_index("id").at[event_id, "is_current"]
    assert listed.set_index("id").at[new_id, "tasks"] == 35  # as the overview counts them

    with pytest.raises(ValidationError, match="đang theo dõi"):
        events.set_archived(db, event_id, True, 1, ACTOR)
    events.set_current_event(db, new_id, ACTOR)
    assert queries.current_event_id(db) == new_id
    change = events.set_archived(db, event_id, True, 1, ACTOR)
    assert change.version == 2
    assert queries.event(db, event_id)["archived"] == 1
    with pytest.raises(StaleEditError):
        events.set_archived(db, event_id, False, 1, ACTOR)  # a stale screen
    with pytest.raises(ValidationError, match="đã lưu trữ"):
        events.set_current_event(db, event_id, ACTOR)
    # Both are "update"s of one field, so both can be undone from the history.
    changes = [(h["action"], h["field"], h["after"]) for h in db.query(
        "SELECT action, field, after FROM history WHERE entity = 'event' ORDER BY id")]
    assert changes[-2:] == [("update", "current_event_id", str(new_id)),
                            ("update", "archived", "1")]


def test_writes_need_a_name(db, event_id):
    with pytest.raises(ValidationError):
        events.clone_event(db, event_id, date(2025, 9, 27), Actor("  ", role=Role.ADMIN))


def test_clone_from_the_command_line_then_report_on_the_new_event(demo_path, tmp_path):
    import openpyxl

    from tests.unit.test_reports import _cli

    out = _cli("clone-event", "--db", str(demo_path), "--to", "2025-09-27", "--by",
               "Nguyễn Thị Lan").stdout
    assert "Đã tạo sự kiện #2 ngày 27/09/2025 từ sự kiện #1." in out
    assert "0/35" in _cli("events", "--db", str(demo_path)).stdout
    xlsx = tmp_path / "2025.xlsx"
    _cli("export", "--db", str(demo_path), "--event", "2", "--format", "xlsx", "--out",
         str(xlsx), now="2025-09-20T09:00")
    summary = openpyxl.load_workbook(xlsx).worksheets[0]
    assert summary["A4"].value == "35 nhiệm vụ, 2 đã tới hạn, 0 hoàn thành (0%), 2 quá hạn"
    assert "27/09/2025" in summary["A2"].value


def test_a_feature_table_that_cannot_be_copied_refuses_the_whole_clone(db, event_id):
    db.execute("CREATE TABLE stalls (id INTEGER PRIMARY KEY, event_id INTEGER, "
               "number INTEGER UNIQUE)")
    db.execute("INSERT INTO stalls (event_id, number) VALUES (?, 1)", [event_id])
    db.conn.commit()
    events.CLONE_TABLES.append(events.CloneSpec("stalls"))
    try:
        with pytest.raises(ValidationError, match="stalls"):
            events.clone_event(db, event_id, date(2025, 9, 27), ACTOR)
    finally:
        events.CLONE_TABLES.pop()
    assert db.execute("SELECT count(*) FROM events").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM tasks").fetchone()[0] == 36


def test_clone_keeps_the_programme_with_its_times_moved_and_marks_cleared(db, event_id):
    db.execute("UPDATE programme_steps SET started_at = '2024-09-28T08:02:00+07:00', version = 3 "
               "WHERE event_id = ? AND plan_key = 'p01'", [event_id])
    db.conn.commit()
    new_id = events.clone_event(db, event_id, date(2025, 9, 27), ACTOR)
    steps = {s["plan_key"]: s for s in db.query(
        "SELECT * FROM programme_steps WHERE event_id = ?", [new_id])}
    assert len(steps) == 10
    assert steps["p01"]["pinned_start"] == "2025-09-27T08:00:00+07:00"
    assert (steps["p01"]["started_at"], steps["p01"]["version"]) == (None, 1)
    old = next(db.query("SELECT * FROM programme_steps WHERE event_id = ? AND plan_key = 'p01'",
                        [event_id]))
    assert old["started_at"] == "2024-09-28T08:02:00+07:00"


def test_clone_keeps_the_booth_layout_and_clears_the_checklist(db, event_id):
    commune = db.execute("SELECT id FROM communes WHERE name = 'Đông Thạnh'").fetchone()[0]
    db.execute("UPDATE booths SET commune_id = ?, staffed = 1, version = 2 "
               "WHERE event_id = ? AND number = 3", [commune, event_id])
    db.conn.commit()
    new_id = events.clone_event(db, event_id, date(2025, 9, 27), ACTOR)
    booths = {b["number"]: b for b in db.query("SELECT * FROM booths WHERE event_id = ?", [new_id])}
    assert len(booths) == 21
    assert (booths[3]["commune_id"], booths[3]["staffed"], booths[3]["version"]) == (commune, 0, 1)


ADMIN = Actor("Quản trị", role=Role.ADMIN, account_id=1)
OTHER_ADMIN = Actor("Trần Minh Tâm", role=Role.ADMIN, account_id=2)


def _last(db) -> dict:
    return audit.feed(db, limit=1)[0]


def test_undo_of_an_archive_from_the_feed(db, event_id):
    new_id = events.clone_event(db, event_id, date(2025, 9, 27), ADMIN)
    events.set_archived(db, new_id, True, 1, ADMIN)
    entry = _last(db)
    assert (entry["field"], entry["subject"], entry["actor_account_id"]) == (
        "archived", queries.event(db, new_id)["title"], ADMIN.account_id)
    assert audit.undoable(entry)
    audit.undo(db, entry["id"], OTHER_ADMIN)
    row = queries.event(db, new_id)
    assert (row["archived"], row["version"], row["updated_by"]) == (0, 3, OTHER_ADMIN.name)
    undo_row = _last(db)
    assert (undo_row["undoes"], undo_row["event_id"]) == (entry["id"], new_id)


def test_undo_of_an_archive_refused_when_changed_since_or_not_the_admins(db, event_id):
    new_id = events.clone_event(db, event_id, date(2025, 9, 27), ADMIN)
    events.set_archived(db, new_id, True, 1, ADMIN)
    archived = _last(db)["id"]
    events.set_archived(db, new_id, False, 2, OTHER_ADMIN)
    events.set_archived(db, new_id, True, 3, OTHER_ADMIN)
    with pytest.raises(StaleEditError, match=OTHER_ADMIN.name):
        audit.undo(db, archived, ADMIN)
    assert queries.event(db, new_id)["archived"] == 1
    unit = Actor("Lan (Phòng KT)", 2, Role.UNIT, 21)
    with pytest.raises(PermissionDeniedError):
        audit.undo(db, _last(db)["id"], unit)


def test_undo_of_the_current_event_choice(db, event_id):
    new_id = events.clone_event(db, event_id, date(2025, 9, 27), ADMIN)
    events.set_current_event(db, new_id, ADMIN)
    choice = _last(db)
    assert audit.undoable(choice)
    audit.undo(db, choice["id"], ADMIN)
    assert queries.current_event_id(db) == event_id
    # The choice moved on since: its undo would silently switch everyone's screen back.
    events.set_current_event(db, new_id, ADMIN)
    again = _last(db)["id"]
    events.set_current_event(db, event_id, OTHER_ADMIN)
    with pytest.raises(StaleEditError):
        audit.undo(db, again, ADMIN)
    assert queries.current_event_id(db) == event_id


def test_a_clone_is_in_the_feed_but_not_undoable(db, event_id):
    new_id = events.clone_event(db, event_id, date(2025, 9, 27), ADMIN)
    rows = [e for e in audit.feed(db, limit=5) if e["entity_id"] == new_id]
    assert {e["field"] for e in rows} == {"cloned_from", "tasks"}
    assert all(e["actor_account_id"] == ADMIN.account_id and not audit.undoable(e)
               for e in rows)
    with pytest.raises(ValidationError):
        audit.undo(db, rows[0]["id"], ADMIN)


def test_status_json_counts_the_events(db, event_id):
    new_id = events.clone_event(db, event_id, date(2025, 9, 27), ADMIN)
    events.set_archived(db, new_id, True, 1, ADMIN)
    status = features.full_status(db, event_id)
    assert status["events"] == {"total": 2, "archived": 1, "current_id": event_id}
