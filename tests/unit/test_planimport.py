"""Importing a parsed plan into real SQLite files: first import, re-imports, corrections."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from ocop_tracker import features
from ocop_tracker.core import audit, queries
from ocop_tracker.core.errors import ValidationError
from ocop_tracker.core.models import Actor, Role, Status
from ocop_tracker.plan import importer as planimport
from ocop_tracker.plan.importer import Correction, import_plan
from ocop_tracker.plan.parse import PlanParseError, parse_plan
from ocop_tracker.tasks import commands
from tests.conftest import PLAN_TEXT

LAN = Actor("Nguyễn Thị Lan", role=Role.ADMIN)
TEXT = PLAN_TEXT.read_text(encoding="utf-8")
SECURITY = "Phân công lực lượng đảm bảo an ninh trật tự"
MATERIALS = "Chuẩn bị tài liệu phục vụ Lễ công bố"


def _tasks(db, event_id: int) -> dict[str, dict]:
    rows = db.query("SELECT * FROM tasks WHERE event_id = ? ORDER BY position", [event_id])
    return {r["title"]: r for r in rows}


def _find(db, event_id: int, start: str) -> dict:
    return next(r for title, r in _tasks(db, event_id).items() if title.startswith(start))


def _history_count(db) -> int:
    return db.execute("SELECT count(*) FROM history").fetchone()[0]


@pytest.fixture
def imported(db):
    """The bundled plan text imported once into the database that holds plan.toml."""
    result = import_plan(db, parse_plan(TEXT), LAN, source_name=PLAN_TEXT.name)
    return result


def test_first_import_writes_a_separate_event_and_makes_it_current(db, imported):
    assert imported.added == 34 and imported.updated == 0
    slugs = [r["slug"] for r in db.query("SELECT slug FROM events ORDER BY id")]
    assert slugs == ["hoc-mon-ocop-2024", imported.slug]  # the hand-checked event is untouched
    assert imported.slug.endswith("-2024-09-28") and imported.slug.startswith("to-chuc-le-cong-bo")
    assert queries.current_event_id(db) == imported.event_id
    event = queries.event(db, imported.event_id)
    assert event["starts_at"] == "2024-09-28T07:00:00+07:00"
    assert event["attendees_expected"] == 150 and "Lý Nam Đế" in event["venue"]
    assert event["organiser"] == "Ủy ban nhân dân huyện Hóc Môn"
    assert [s["starts_at"] for s in event["sessions"]] == [
        "2024-09-28T07:00:00+07:00", "2024-09-28T08:00:00+07:00"]
    history = list(db.query("SELECT * FROM history WHERE action = 'import_plan'"))
    assert [(h["actor"], h["after"]) for h in history] == [(LAN.name, "34")]


def test_imported_tasks_carry_deadlines_recurrence_sources_and_units(db, imported):
    frame = queries.tasks(db, imported.event_id)
    assert len(frame) == 34
    trailer = _find(db, imported.event_id, "Thiết kế trailer")
    assert trailer["due_at"] == "2024-09-20T00:00:00+07:00"
    assert trailer["code"] == "III.1.1-05"
    assert trailer["source_text"].startswith("Phối hợp Trung tâm Văn hóa")  # the whole sentence
    weekly = _find(db, imported.event_id, "Theo dõi, duy trì")
    assert weekly["recurrence"] == "weekly:6,7"  # Saturday and Sunday, ISO numbering
    standee = frame[frame["title"].str.startswith("Chuẩn bị 14 Standee")].iloc[0]
    assert standee["lead_short"] == "Phòng KT"
    assert standee["supporters"].split(", ") == ["Hội ND", "UBND xã – TT"]
    # Known units are the rows plan.toml made, whatever spelling the text used.
    assert db.execute("SELECT count(*) FROM agencies").fetchone()[0] == 18
    roles = {r["role"] for r in db.query(
        "SELECT role FROM event_agencies WHERE event_id = ?", [imported.event_id])}
    assert roles == {"to_chuc", "phan_cong"}


def test_reimport_keeps_progress_and_does_not_duplicate(db, imported):
    task = _find(db, imported.event_id, MATERIALS)
    commands.set_task_status(db, task["id"], Status.DONE, task["version"], LAN)
    commands.set_task_note(db, task["id"], "Đã in 200 bộ.", task["version"] + 1, LAN)
    before = _find(db, imported.event_id, MATERIALS)
    again = import_plan(db, parse_plan(TEXT), LAN)
    assert (again.event_id, again.added, again.updated) == (imported.event_id, 0, 34)
    assert db.execute("SELECT count(*) FROM tasks WHERE event_id = ?",
                      [imported.event_id]).fetchone()[0] == 34
    after = _find(db, imported.event_id, MATERIALS)
    for column in ("id", "code", "status", "note", "version", "completed_at", "updated_by"):
        assert after[column] == before[column], column
    assert len(queries.task_history(db, task["id"])) == 2


def test_reimport_finds_a_moved_task_by_its_wording(db, imported):
    task = _find(db, imported.event_id, MATERIALS)
    commands.set_task_status(db, task["id"], Status.IN_PROGRESS, task["version"], LAN)
    # A new sentence at the top of section 2 shifts every ordinal of the section.
    moved = TEXT.replace("2. Phòng Kinh tế\n\n",
                         "2. Phòng Kinh tế\n\nRà soát danh sách chủ thể OCOP được công nhận.\n\n")
    result = import_plan(db, parse_plan(moved), LAN)
    assert (result.added, result.updated) == (1, 34)
    after = _find(db, imported.event_id, MATERIALS)
    assert (after["id"], after["code"], after["status"]) == (task["id"], "III.2-02",
                                                             "dang_thuc_hien")
    new = _find(db, imported.event_id, "Rà soát danh sách")
    assert new["code"] == "III.2-13"  # III.2-01 is taken: the next free ordinal
    codes = [r["code"] for r in db.query("SELECT code FROM tasks WHERE event_id = ?",
                                         [imported.event_id])]
    assert len(codes) == len(set(codes)) == 35


def test_reimport_finds_a_reworded_task_by_its_code(db, imported):
    task = _find(db, imported.event_id, SECURITY)
    commands.set_task_note(db, task["id"], "Đã có phương án.", task["version"], LAN)
    fixed = TEXT.replace("đảm bảo an ninh trật tự, an toàn giao thông",
                         "bảo đảm an ninh trật tự và an toàn giao thông")
    result = import_plan(db, parse_plan(fixed), LAN)
    assert (result.added, result.updated) == (0, 34)
    after = db.execute("SELECT title, note, code FROM tasks WHERE id = ?",
                       [task["id"]]).fetchone()
    assert "bảo đảm an ninh trật tự và an toàn giao thông" in after[0]
    assert after[1:] == ("Đã có phương án.", "III.7-01")


def test_tasks_gone_from_the_plan_are_kept_when_they_have_progress(db, imported):
    done = _find(db, imported.event_id, SECURITY)
    commands.set_task_status(db, done["id"], Status.DONE, done["version"], LAN)
    untouched = _find(db, imported.event_id, "Tham mưu Ủy ban nhân dân huyện")
    gone = ("5. Phòng Tài chính", "Tham mưu Ủy ban", "7. Công an huyện", SECURITY)
    parsed = parse_plan("\n".join(line for line in TEXT.splitlines() if not line.startswith(gone)))
    assert not any(t.text.startswith(SECURITY) for t in parsed.tasks)
    preview = planimport.preview_import(db, parsed)
    assert [o.id for o in preview.kept] == [done["id"]]
    assert [o.id for o in preview.removed] == [untouched["id"]]

    result = import_plan(db, parsed, LAN)
    assert result.kept == (done["title"],) and result.removed == (untouched["title"],)
    kept = db.execute("SELECT status, dropped_at FROM tasks WHERE id = ?",
                      [done["id"]]).fetchone()
    assert kept[0] == "hoan_thanh" and kept[1] is not None
    assert db.execute("SELECT count(*) FROM tasks WHERE id = ?",
                      [untouched["id"]]).fetchone()[0] == 0
    actions = {r["action"] for r in db.query(
        "SELECT action FROM history WHERE entity = 'task' AND entity_id IN (?, ?)",
        [done["id"], untouched["id"]])}
    assert {"dropped_from_plan", "remove"} <= actions
    assert [t["id"] for t in planimport.dropped_tasks(db, imported.event_id)] == [done["id"]]

    # The full plan again: the kept task is back in the plan, unflagged, progress intact.
    back = import_plan(db, parse_plan(TEXT), LAN)
    assert (back.updated, back.added) == (33, 1)
    assert db.execute("SELECT status, dropped_at FROM tasks WHERE id = ?",
                      [done["id"]]).fetchone() == ("hoan_thanh", None)


def test_corrections_of_lead_and_deadline_are_applied_and_audited(db):
    parsed = parse_plan(TEXT)
    index = next(i for i, t in enumerate(parsed.tasks) if t.text.startswith(SECURITY))
    trailer = next(i for i, t in enumerate(parsed.tasks) if t.text.startswith("thiết kế trailer"))
    fixes = {
        index: Correction(lead="Đoàn TN", deadline=date(2024, 9, 26)),
        trailer: Correction(deadline=date(2024, 9, 28)),  # the event day: its start
    }
    result = import_plan(db, parsed, LAN, fixes)
    frame = queries.tasks(db, result.event_id).set_index("title")
    security = frame.loc[[t for t in frame.index if t.startswith(SECURITY)][0]]
    assert security["lead_name"] == "Đoàn Thanh niên huyện"
    assert security["due_at"].isoformat() == "2024-09-26T00:00:00+07:00"
    design = _find(db, result.event_id, "Thiết kế trailer")
    assert design["due_at"] == "2024-09-28T07:00:00+07:00"
    rows = list(db.query("SELECT field, before, after FROM history "
                         "WHERE action = 'import_correction' ORDER BY id"))
    assert [(r["field"], r["before"], r["after"]) for r in rows] == [
        ("due_at", "2024-09-20T00:00:00+07:00", "2024-09-28T07:00:00+07:00"),
        ("lead", "Công an huyện", "Đoàn Thanh niên huyện"),
        ("due_at", "2024-09-28T07:00:00+07:00", "2024-09-26T00:00:00+07:00")]


def test_nfd_and_crlf_text_is_the_same_plan(db, imported):
    variant = unicodedata.normalize("NFD", TEXT).replace("\n", "\r\n")
    result = import_plan(db, parse_plan(variant), LAN)
    assert (result.event_id, result.added, result.updated) == (imported.event_id, 0, 34)
    assert all(unicodedata.is_normalized("NFC", t) for t in _tasks(db, result.event_id))


def test_an_unknown_unit_becomes_an_agency_under_its_own_name(db):
    extra = TEXT.replace(
        "Trên đây là kế hoạch",
        "9. Ban Quản lý chợ Hóc Môn\n\nBố trí khu vực để xe cho đại biểu.\n\nTrên đây là kế hoạch")
    result = import_plan(db, parse_plan(extra), LAN)
    task = _find(db, result.event_id, "Bố trí khu vực để xe")
    name = db.execute("SELECT name, short_name FROM agencies WHERE id = ?",
                      [task["lead_agency_id"]]).fetchone()
    assert name == ("Ban Quản lý chợ Hóc Môn", "Ban Quản lý chợ Hóc Môn")
    assert "Ban Quản lý chợ Hóc Môn" in planimport.unit_choices(db)


def test_refusals_write_nothing(db):
    parsed = parse_plan(TEXT)
    before = _history_count(db)
    for call, key in [
        (lambda: import_plan(db, parsed, Actor("  ", role=Role.ADMIN)), "cmd.no_actor"),
        (lambda: import_plan(db, parsed, LAN, {99: Correction(lead="Phòng KT")}),
         "import.bad_task"),
        (lambda: import_plan(db, parsed, LAN, {0: Correction(lead=" ")}), "import.no_lead"),
        (lambda: import_plan(db, parsed, LAN, slug="Sự kiện!"), "import.bad_slug"),
        (lambda: import_plan(db, parse_plan(TEXT.replace("Danh nghĩa tổ chức", "Tổ chức")), LAN),
         "import.missing"),
    ]:
        with pytest.raises(ValidationError) as caught:
            call()
        assert caught.value.key == key
    assert _history_count(db) == before
    assert db.execute("SELECT count(*) FROM events").fetchone()[0] == 1


def test_preview_without_a_database_and_chosen_slug(db):
    parsed = parse_plan(TEXT)
    fresh = planimport.preview_import(None, parsed)
    assert fresh.event_id is None and fresh.added == 34
    assert fresh.codes[:3] == ("III.1-01", "III.1-02", "III.1.1-01")
    # Importing into the hand-checked event on purpose matches it (mostly by code).
    into = planimport.preview_import(db, parsed, "hoc-mon-ocop-2024")
    assert into.event_id == queries.current_event_id(db) and into.updated > 25


def test_uploads_are_read_like_files(tmp_path):
    import docx

    document = docx.Document()
    for line in TEXT.splitlines():
        document.add_paragraph(line)
    path = tmp_path / "ke-hoach.docx"
    document.save(path)
    text = planimport.read_upload("Kế hoạch.DOCX", path.read_bytes())
    assert len(parse_plan(text).tasks) == 34
    assert len(parse_plan(planimport.read_upload("a.md", TEXT.encode())).tasks) == 34
    with pytest.raises(PlanParseError, match="5 MB"):
        planimport.read_upload("a.txt", b"a" * (5 * 1024 * 1024 + 1))
    with pytest.raises(PlanParseError, match="PDF bị hỏng"):
        planimport.read_upload("a.pdf", b"%PDF")
    with pytest.raises(PlanParseError, match="không được hỗ trợ"):
        planimport.read_upload("a.odt", b"PK")


def test_slugs_and_keys():
    assert planimport.slugify("Lễ công bố sản phẩm OCOP huyện Hóc Môn và") == (
        "le-cong-bo-san-pham-ocop-huyen-hoc-mon")
    assert planimport.slugify("Đường đến Đông Thạnh") == "duong-den-dong-thanh"
    assert planimport.text_key("Phòng Văn hoá  –  Thông tin .") == planimport.text_key(
        "phòng văn hóa - thông tin")
    assert planimport.same_unit("Phòng KT", "Phòng Kinh tế huyện")
    assert not planimport.same_unit("Ban A", "Ban B")


def test_a_task_without_a_lead_needs_one_before_import(db):
    text = TEXT.replace("III. PHÂN CÔNG THỰC HIỆN\n\n",
                        "III. PHÂN CÔNG THỰC HIỆN\n\nCác đơn vị rà soát kinh phí.\n\n")
    parsed = parse_plan(text)
    assert parsed.tasks[0].agency == ""
    with pytest.raises(ValidationError) as caught:
        import_plan(db, parsed, LAN)
    assert caught.value.key == "import.no_lead" and "Nhiệm vụ 1" in str(caught.value)
    result = import_plan(db, parsed, LAN, {0: Correction(lead="Phòng Tài chính - Kế hoạch")})
    assert _find(db, result.event_id, "Các đơn vị rà soát")["lead_agency_id"] == db.execute(
        "SELECT id FROM agencies WHERE short_name = 'Phòng TC-KH'").fetchone()[0]


def test_every_history_row_of_an_import_carries_the_importing_account(db, imported):
    admin = Actor("Quản trị (Phòng Kinh tế)", role=Role.ADMIN, account_id=7)
    done = _find(db, imported.event_id, SECURITY)
    commands.set_task_status(db, done["id"], Status.DONE, done["version"], LAN)
    untouched = _find(db, imported.event_id, "Tham mưu Ủy ban nhân dân huyện")
    gone = ("5. Phòng Tài chính", "Tham mưu Ủy ban", "7. Công an huyện", SECURITY)
    parsed = parse_plan("\n".join(line for line in TEXT.splitlines() if not line.startswith(gone)))
    first = db.execute("SELECT max(id) FROM history").fetchone()[0]
    trailer = next(i for i, t in enumerate(parsed.tasks) if t.text.startswith("thiết kế trailer"))
    import_plan(db, parsed, admin, {trailer: Correction(lead="Đoàn TN")})
    rows = list(db.query("SELECT * FROM history WHERE id > ?", [first]))
    assert {r["action"] for r in rows} == {
        "remove", "dropped_from_plan", "import_plan", "import_correction"}
    assert {(r["actor"], r["actor_account_id"]) for r in rows} == {(admin.name, 7)}
    assert [r["entity_id"] for r in rows if r["action"] == "remove"] == [untouched["id"]]
    # An import is not an "update": it is undone by importing the previous version.
    assert not any(audit.undoable(r) for r in audit.feed(db, limit=len(rows)))


def test_status_json_names_the_source_and_the_dropped_tasks(db, imported):
    status = features.full_status(db, imported.event_id)["plan"]
    assert status["source_file"] == PLAN_TEXT.name and status["tasks_dropped"] == 0
    assert status["loaded_by"] == LAN.name and status["loaded_at"]
