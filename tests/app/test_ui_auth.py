"""Pages as each role sees them (AppTest): admin page, read-only board, login setting."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from ocop_tracker.accounts import users as accounts
from ocop_tracker.core.db import get_setting, open_db
from ocop_tracker.core.models import Role
from ocop_tracker.tasks import commands
from tests.conftest import ROOT


@pytest.fixture
def app(demo_path, monkeypatch):
    monkeypatch.setenv("OCOP_DB", str(demo_path))
    monkeypatch.setenv("OCOP_NOW", "2024-09-18T09:00")
    monkeypatch.delenv("OCOP_REQUIRE_LOGIN", raising=False)
    db = open_db(demo_path)
    ids = {r["username"]: r["id"] for r in accounts.list_accounts(db)}
    db.close()

    def run(username: str | None, page: str | None = None, script: str = "app.py") -> AppTest:
        at = AppTest.from_file(str(ROOT / script), default_timeout=60)
        if username:
            at.session_state["account_id"] = ids[username]
            at.session_state["account_username"] = username
        at.run()
        if page:
            at.switch_page(page).run()
        assert not at.exception
        return at

    return run


def test_the_admin_page_runs_for_the_admin(app):
    at = app("admin", "pages/admin.py")
    assert [t.label for t in at.tabs] == ["Tài khoản", "Lịch sử thay đổi", "Sao lưu và cài đặt",
                                           "Nhắc việc"]
    assert "phong-vh-tt" in at.dataframe[0].value.iloc[:, 0].tolist()


@pytest.mark.parametrize("username", [None, "phong-vh-tt", "lanh-dao"])
def test_the_admin_page_is_refused_to_everyone_else(app, username):
    at = app(username, script="pages/admin.py")  # even reached directly, it checks the role
    assert not at.tabs
    assert any("quản trị" in e.value for e in at.error)


def test_the_viewer_sees_tasks_without_any_control(app):
    at = app("lanh-dao", "pages/tasks.py")
    assert [s.label for s in at.selectbox] == ["Đơn vị"]
    assert any("chỉ xem" in i.value.lower() for i in at.info)


def test_a_unit_opens_on_its_own_board_with_status_controls(app):
    at = app("phong-vh-tt", "pages/tasks.py")
    assert at.selectbox[0].value == 3  # Phòng Văn hóa và Thông tin
    assert len([s for s in at.selectbox if s.label == "Trạng thái"]) == 4


def test_read_only_pages_need_no_login_unless_the_setting_says_so(app, monkeypatch):
    assert app(None).metric  # the overview, anonymous
    monkeypatch.setenv("OCOP_REQUIRE_LOGIN", "1")
    at = app(None)
    assert not at.metric and any("Cần đăng nhập" in i.value for i in at.info)
    at.switch_page("pages/tasks.py").run()  # no way round the router to another page
    assert not at.subheader and any("Cần đăng nhập" in i.value for i in at.info)
    assert app("lanh-dao").metric


def _vhtt_changes_a_task(demo_path):
    db = open_db(demo_path)
    actor = accounts.authenticate(db, "phong-vh-tt", accounts.DEMO_PASSWORD).actor()
    task = next(db.query("SELECT * FROM tasks WHERE code = 'III.3-02'"))
    commands.set_task_status(db, task["id"], "vuong_mac", task["version"], actor)
    return db, task


def test_a_unit_undoes_its_last_change_from_the_tasks_page(app, demo_path):
    db, task = _vhtt_changes_a_task(demo_path)
    at = app("phong-vh-tt", "pages/tasks.py")
    assert any("Thay đổi gần nhất của bạn: III.3-02" in c.value.replace("\\", "")
               for c in at.caption)
    next(b for b in at.button if b.label == "Hoàn tác").click().run()
    assert next(db.query("SELECT status FROM tasks WHERE id = ?", [task["id"]]))["status"] == (
        "chua_bat_dau")
    assert any("Đã hoàn tác" in s.value for s in at.success), [
        e.value for e in at.error + at.success]


def test_the_admin_undoes_from_the_feed_and_creates_an_account(app, demo_path):
    db, task = _vhtt_changes_a_task(demo_path)
    at = app("admin", "pages/admin.py")
    assert not [s for s in at.selectbox if s.key == "undo_pick"]  # only the open tab is drawn
    at.session_state["admin-tab"] = "Lịch sử thay đổi"  # the user opens the history tab
    at.run()
    assert at.selectbox(key="undo_pick").value["subject"] == "III.3-02"
    next(b for b in at.button if b.label == "Hoàn tác thay đổi đã chọn").click().run()
    assert next(db.query("SELECT status FROM tasks WHERE id = ?", [task["id"]]))["status"] == (
        "chua_bat_dau")
    at.session_state["admin-tab"] = "Tài khoản"
    at.run()
    at.text_input[0].set_value("to-truong")
    at.text_input[1].set_value("Tổ trưởng tổ công tác")
    next(s for s in at.selectbox if s.label == "Vai trò").set_value(Role.VIEWER)
    next(b for b in at.button if b.label == "Tạo tài khoản").click().run()
    shown = [s.value.replace("\\", "") for s in at.success]  # Markdown escapes removed
    password = next(s for s in shown if "to-truong" in s).rsplit(": ", 1)[1]
    assert accounts.authenticate(db, "to-truong", password).display_name == (
        "Tổ trưởng tổ công tác")


def test_a_session_whose_account_id_now_names_someone_else_is_logged_out(app, demo_path,
                                                                          monkeypatch):
    db = open_db(demo_path)
    admin_id = next(r["id"] for r in accounts.list_accounts(db) if r["username"] == "admin")
    at = AppTest.from_file(str(ROOT / "pages" / "admin.py"), default_timeout=60)
    at.session_state["account_id"] = admin_id  # e.g. kept across a restore of an old backup
    at.session_state["account_username"] = "phong-vh-tt"
    at.run()
    assert not at.tabs and any("quản trị" in e.value for e in at.error)


def test_the_admin_undoes_disabling_an_account_from_the_feed(app, demo_path):
    db = open_db(demo_path)
    admin = accounts.authenticate(db, "admin", accounts.DEMO_PASSWORD).actor()
    accounts.reset_password(db, "phong-vh-tt", "mat-khau-moi-1", admin)
    accounts.set_disabled(db, "phong-vh-tt", True, admin)
    at = app("admin", "pages/admin.py")
    at.session_state["admin-tab"] = "Lịch sử thay đổi"
    at.run()
    feed = at.dataframe[0].value
    assert feed.iloc[0]["Nội dung"] == "phong-vh-tt: vô hiệu hóa"
    assert (feed.iloc[0]["Trước"], feed.iloc[0]["Sau"]) == ("Không", "Có")
    assert feed.iloc[1]["Nội dung"] == "phong-vh-tt: đặt lại mật khẩu"
    pick = at.selectbox(key="undo_pick")
    assert pick.value["field"] == "disabled"
    assert not [o for o in pick.options if "mật khẩu" in o]  # a reset is never offered
    next(b for b in at.button if b.label == "Hoàn tác thay đổi đã chọn").click().run()
    assert accounts.authenticate(db, "phong-vh-tt", "mat-khau-moi-1")  # enabled again
    assert any("Đã hoàn tác: phong" in s.value.replace("\\", "") for s in at.success)


def test_the_login_toggle_never_writes_back_a_setting_changed_elsewhere(app, demo_path):
    db = open_db(demo_path)
    admin = accounts.authenticate(db, "admin", accounts.DEMO_PASSWORD).actor()
    at = app("admin", "pages/admin.py")
    at.session_state["admin-tab"] = "Sao lưu và cài đặt"
    at.run()
    assert at.toggle[0].value is False
    accounts.set_login_required(db, True, admin)  # another admin, meanwhile
    at.run()  # this screen still had the toggle off
    assert get_setting(db, accounts.LOGIN_SETTING) == "1" and at.toggle[0].value is True
    at.toggle[0].set_value(False).run()  # the admin's own click is saved
    assert get_setting(db, accounts.LOGIN_SETTING) == "0"
    assert any("Đã lưu cài đặt" in s.value for s in at.success)
