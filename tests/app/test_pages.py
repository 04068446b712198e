"""Every page runs in AppTest without an exception, in both languages, and says what it should."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from ocop_tracker.core import backup
from tests.conftest import ROOT, sign_in

PAGES = ["pages/overview.py", "pages/tasks.py"]


@pytest.fixture
def app_env(monkeypatch, demo_path):
    monkeypatch.setenv("OCOP_DB", str(demo_path))
    monkeypatch.setenv("OCOP_NOW", "2024-09-18T09:00")
    return demo_path


def run_page(page: str, lang: str = "vi") -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.session_state["lang"] = lang
    at.run()
    if page != PAGES[0]:
        at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_page_runs(app_env, page, lang):
    at = run_page(page, lang)
    assert any("DỮ LIỆU MẪU" in w.value or "DEMO DATA" in w.value for w in at.warning)


def test_overview_shows_countdown_totals_and_chart(app_env):
    at = run_page("pages/overview.py")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Còn đến giờ khai mạc"] == "9 ngày 22 giờ"
    assert metrics["Hoàn thành"] == "12/35"
    text = " ".join(m.value for m in at.markdown)
    assert "35 nhiệm vụ, 0 đã tới hạn, 12 hoàn thành (34,3%), 0 quá hạn" in text
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    names = [trace["name"] for trace in spec["data"]]
    assert names == ["Quá hạn", "Vướng mắc", "Chưa bắt đầu", "Đang thực hiện",
                     "Hoàn thành trễ hạn", "Hoàn thành đúng hạn"]
    assert "Phòng KT · 6/13" in spec["data"][0]["y"]


def test_overview_after_the_event_says_it_took_place(app_env, monkeypatch):
    monkeypatch.setenv("OCOP_NOW", "2024-10-02T10:00")
    at = run_page("pages/overview.py")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Sự kiện"] == "Đã diễn ra 28/09/2024"  # short: a metric cuts long values
    assert any("đã kết thúc ngày 28/09/2024" in i.value and "nhân bản" in i.value
               for i in at.info)
    assert "quá hạn 7" not in " ".join(m.value for m in at.markdown[:6])


def test_overview_names_what_is_due_next_with_owners_overdue_first(app_env, monkeypatch):
    monkeypatch.setenv("OCOP_NOW", "2024-09-21T09:00")
    at = run_page("pages/overview.py")
    [text] = [m.value for m in at.markdown if "Quá hạn**" in m.value and "\n- " in m.value]
    assert text.index("**Quá hạn**") < text.index("**Hạn trước 25/09/2024")
    assert "Thiết kế trailer" in text and "*Hội ND*" in text
    assert "nhiệm vụ chưa xong nữa" in text  # a cut list says how many more


def test_tasks_page_status_change_through_the_widget(app_env):
    from ocop_tracker.core.db import open_db
    from tests.conftest import task_by_code

    db = open_db(app_env)
    task = task_by_code(db, "III.2-06")
    at = run_page("pages/tasks.py")
    sign_in(at, app_env, "phong-kt")
    at.run()
    key = f"status-{task['id']}-v{task['version']}"
    at.selectbox(key=key).set_value("dang_thuc_hien").run()
    assert not at.exception
    row = task_by_code(db, "III.2-06")
    assert row["status"] == "dang_thuc_hien" and row["updated_by"]
    assert any("Đã lưu" in s.value for s in at.success)


def test_tasks_page_without_a_login_offers_no_status_control(app_env):
    at = run_page("pages/tasks.py")
    assert not [s for s in at.selectbox if str(s.key).startswith("status-")]
    assert any("Đăng nhập" in i.value for i in at.info)


def test_overview_lists_overdue_then_due_soon_tasks_as_tables(app_env, monkeypatch):
    monkeypatch.setenv("OCOP_NOW", "2024-09-21T09:00")  # the trailer (before 20/9) is late
    at = run_page("pages/overview.py")
    tables = [m.value for m in at.markdown if m.value.startswith("| Mục |")
              or "\n| Mục |" in m.value]
    overdue, *soon = tables
    assert overdue.count("🟥 Quá hạn") == 2 and "trước 20/09/2024" in overdue
    assert "quá hạn 1 ngày 9 giờ" in overdue and "Hội ND" in overdue
    [week] = soon  # nothing falls due within 1 or 3 days: only the 7-day list has rows
    assert week.startswith("**Trong 7 ngày tới**")
    assert week.index("còn 3 ngày 15 giờ") < week.index("còn 6 ngày 22 giờ")  # soonest first
    assert "Quá hạn" not in week  # a task is listed once, under its most urgent heading
    empty = [m.value for m in at.markdown if m.value.startswith("**Trong 1 ngày tới**")]
    assert empty and "Không có." in empty[0]
    assert "III\\.1\\.1\\-05" in overdue  # plan text is escaped, shown literally


@pytest.mark.parametrize("damage", ["garbage", "scribbled"])
def test_a_broken_database_at_start_gets_a_clear_message(db_path, tmp_path, monkeypatch, damage):
    path = tmp_path / "broken.db"
    if damage == "garbage":
        path.write_bytes(b"this is not SQLite" * 300)
    else:
        backup.backup(db_path, path)
        data = bytearray(path.read_bytes())
        for page in range(2, len(data) // 4096):
            data[page * 4096: page * 4096 + 64] = b"\x07" * 64
        path.write_bytes(bytes(data))
    monkeypatch.setenv("OCOP_DB", str(path))
    monkeypatch.setenv("OCOP_NOW", "2024-09-18T09:00")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30).run()
    assert not at.exception
    messages = " ".join(e.value for e in at.error)
    assert "cơ sở dữ liệu" in messages.lower()


def test_one_click_marks_done_and_the_card_says_so_with_undo(app_env):
    from ocop_tracker.core.db import open_db
    from tests.conftest import task_by_code

    db = open_db(app_env)
    task = task_by_code(db, "III.3-02")
    at = run_page("pages/tasks.py")
    sign_in(at, app_env, "phong-vh-tt")
    at.run()
    at.button(key=f"done-{task['id']}-v{task['version']}").click().run()
    assert task_by_code(db, "III.3-02")["status"] == "hoan_thanh"
    assert any("Đã lưu" in s.value for s in at.success)
    assert [b for b in at.button if str(b.key).startswith("card-undo-")]  # Undo at the card


def test_a_units_board_link_opens_that_board(app_env):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.run()
    at.query_params["don-vi"] = "hoi-nd"
    at.switch_page("pages/tasks.py").run()
    assert not at.exception
    [picker] = [s for s in at.selectbox if str(s.key).startswith("unit-")]
    assert "Hội Nông dân" in picker.format_func(picker.value)
