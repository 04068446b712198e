"""The Nhập kế hoạch page in AppTest: it runs, reads a pasted plan, refuses bad text, imports."""

from __future__ import annotations

from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

from ocop_tracker.core import queries
from ocop_tracker.core.db import open_db
from tests.conftest import PLAN_TEXT, ROOT, sign_in

PAGE = "pages/import_plan.py"
TEXT = PLAN_TEXT.read_text(encoding="utf-8")


@pytest.fixture
def app_env(monkeypatch, db_path):
    monkeypatch.setenv("OCOP_DB", str(db_path))
    monkeypatch.setenv("OCOP_NOW", "2024-09-18T09:00")
    return db_path


def open_page(lang: str = "vi") -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state["lang"] = lang
    at.run()
    at.switch_page(PAGE).run()
    assert not at.exception, at.exception
    return at


def paste(at: AppTest, text: str) -> AppTest:
    at.text_area(key="plan_paste").input(text).run()
    assert not at.exception, at.exception
    return at


def widget(elements, prefix: str, index: int):
    return next(e for e in elements if e.key.startswith(prefix) and e.key.endswith(f"-{index}"))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_page_runs_and_reads_the_pasted_plan(app_env, lang):
    at = paste(open_page(lang), TEXT)
    assert len(at.date_input) == 34
    text = " ".join(m.value for m in at.markdown)
    assert "28/09/2024" in text and "150" in text
    assert "Ủy ban nhân dân huyện Hóc Môn" in text
    captions = " ".join(c.value for c in at.caption)
    assert ("dòng 111" in captions) if lang == "vi" else ("line 111" in captions)


def test_text_that_is_not_a_plan_is_refused_and_nothing_is_written(app_env):
    db = open_db(app_env)
    before = queries.data_revision(db)
    at = paste(open_page(), "This is an English memo about a meeting.\n" * 10)
    assert any("không phải tiếng Việt" in e.value and "Chưa có gì được ghi" in e.value
               for e in at.error)
    assert not at.date_input and not [b for b in at.button if b.key == "import_go"]
    assert queries.data_revision(db) == before


def test_an_impossible_date_is_listed_with_its_line_and_the_date_is_asked_for(app_env):
    at = paste(open_page(), TEXT.replace("28/9/2024", "31/9/2024"))
    said = " ".join(m.value for m in at.markdown).replace("\\", "")
    assert "Dòng 55: Ngày không hợp lệ: 31/9/2024" in said
    assert any("Dòng 55" in c.value and "Thời gian" in c.value for c in at.caption)
    assert any("ngày và giờ bắt đầu" in w.value for w in at.warning)
    sign_in(at, app_env, "admin")
    at.run()
    assert at.button(key="import_go").disabled


def test_corrections_then_import_and_they_are_offered_again_next_time(app_env):
    at = paste(open_page(), TEXT)
    widget(at.selectbox, "imp-lead-", 32).set_value("Phòng Kinh tế").run()
    widget(at.date_input, "imp-due-", 12).set_value(date(2024, 9, 22)).run()
    assert any("Bạn đã sửa 2 nhiệm vụ." in c.value for c in at.caption)
    assert at.button(key="import_go").disabled
    sign_in(at, app_env, "admin")
    at.run()
    at.button(key="import_go").click().run()
    assert not at.exception, at.exception
    assert any("Đã nhập" in s.value for s in at.success)

    db = open_db(app_env)
    event_id = queries.current_event_id(db)
    frame = queries.tasks(db, event_id)
    assert len(frame) == 34 and event_id != 1
    assert frame.iloc[32]["lead_short"] == "Phòng KT"
    assert frame.iloc[12]["due_at"].isoformat() == "2024-09-22T00:00:00+07:00"
    history = db.execute("SELECT actor FROM history WHERE action = 'import_plan'").fetchall()
    assert history == [("Quản trị (Phòng Kinh tế)",)]

    # Another session reads the same plan again: the corrections are the defaults now.
    again = paste(open_page(), TEXT)
    assert widget(again.selectbox, "imp-lead-", 32).value == "Phòng Kinh tế"
    assert widget(again.date_input, "imp-due-", 12).value == date(2024, 9, 22)
    assert any("Sẽ cập nhật 34 nhiệm vụ" in c.value for c in again.caption)


def test_a_task_a_reimport_drops_is_kept_and_flagged_on_the_tasks_page(app_env):
    from ocop_tracker.core.models import Actor, Role
    from ocop_tracker.plan.importer import import_plan
    from ocop_tracker.plan.parse import parse_plan
    from ocop_tracker.tasks import commands

    db = open_db(app_env)
    first = import_plan(db, parse_plan(TEXT), Actor("Lan", role=Role.ADMIN))
    title = "Chuẩn bị tài liệu phục vụ Lễ công bố"
    task = next(db.query("SELECT * FROM tasks WHERE event_id = ? AND title = ?",
                         [first.event_id, title]))
    admin = Actor("Lan", role=Role.ADMIN)
    commands.set_task_status(db, task["id"], "dang_thuc_hien", task["version"], admin)
    shorter = TEXT.replace("Chuẩn bị tài liệu phục vụ Lễ công bố; phối hợp", "Phối hợp")
    assert import_plan(db, parse_plan(shorter), Actor("Lan", role=Role.ADMIN)).kept == (title,)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    at.switch_page("pages/tasks.py").run()
    assert not at.exception, at.exception
    # A line of the task's detail caption (deadline, supporting units, this flag).
    flags = [line for c in at.caption for line in c.value.split("  \n")
             if "Không còn trong kế hoạch" in line]
    assert flags == ["⚠️ Không còn trong kế hoạch nhập ngày 18/09/2024: giữ lại vì đã có tiến độ."]


def test_a_task_with_no_lead_must_be_given_one_on_the_page(app_env):
    text = TEXT.replace("III. PHÂN CÔNG THỰC HIỆN\n\n",
                        "III. PHÂN CÔNG THỰC HIỆN\n\nCác đơn vị rà soát kinh phí.\n\n")
    at = paste(open_page(), text)
    lead = widget(at.selectbox, "imp-lead-", 0)
    assert lead.value is None and lead.placeholder == "Chọn đơn vị chủ trì"
    sign_in(at, app_env, "admin")
    at.run()
    at.button(key="import_go").click().run()
    assert any("Nhiệm vụ 1: cần chọn đơn vị chủ trì" in e.value for e in at.error)
    db = open_db(app_env)
    assert db.execute("SELECT count(*) FROM events").fetchone()[0] == 1
    widget(at.selectbox, "imp-lead-", 0).set_value("Phòng Tài chính - Kế hoạch").run()
    at.button(key="import_go").click().run()
    assert any("Đã nhập" in s.value for s in at.success)
    assert db.execute("SELECT count(*) FROM events").fetchone()[0] == 2


def test_a_new_unit_can_be_mapped_to_an_existing_one_before_importing(app_env):
    from tests.plans.corpus import HERE

    at = paste(open_page(), (HERE / "01-hoi-cho-ocop-tinh.txt").read_text(encoding="utf-8"))
    units = {s.label: s for s in at.selectbox if s.key.startswith("draft-unit-")}
    assert units["Ủy ban nhân dân thành phố Thủ Dầu Một"].value == (
        "Thêm mới: Ủy ban nhân dân thành phố Thủ Dầu Một (viết tắt: UBND thành phố Thủ Dầu Một)")
    units["Ủy ban nhân dân thành phố Thủ Dầu Một"].set_value("Ủy ban nhân dân huyện").run()
    sign_in(at, app_env, "admin")
    at.run()
    at.button(key="import_go").click().run()
    assert any("Đã nhập" in s.value for s in at.success)
    db = open_db(app_env)
    frame = queries.tasks(db, queries.current_event_id(db))
    assert "Ủy ban nhân dân thành phố Thủ Dầu Một" not in set(frame["lead_name"])
    # The existing row that names the same unit is reused as it is.
    assert (frame["lead_name"] == "Ủy ban nhân dân huyện Hóc Môn").sum() == 1
