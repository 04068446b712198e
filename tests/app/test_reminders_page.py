"""Quản trị → Nhắc việc (AppTest): add a contact, send now, read why a delivery failed; the
SMTP password is never on the page."""

from __future__ import annotations

import socket

import pytest
from streamlit.testing.v1 import AppTest

from ocop_tracker.accounts import users as accounts
from ocop_tracker.core.db import open_db
from ocop_tracker.reminders import queries
from tests.conftest import ROOT

SECRET = "Mk-trang-quan-tri-4471"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # nothing listens there once the socket is closed


@pytest.fixture
def page(demo_path, monkeypatch):
    for name, value in {"OCOP_DB": str(demo_path), "OCOP_NOW": "2024-09-18T09:00",
                        "OCOP_SMTP_HOST": "127.0.0.1", "OCOP_SMTP_PORT": str(_closed_port()),
                        "OCOP_SMTP_USER": "ocop", "OCOP_SMTP_PASSWORD": SECRET}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("OCOP_REQUIRE_LOGIN", raising=False)
    db = open_db(demo_path)
    admin_id = next(r["id"] for r in accounts.list_accounts(db) if r["username"] == "admin")
    db.close()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state["account_id"] = admin_id
    at.session_state["account_username"] = "admin"
    at.run()
    at.switch_page("pages/admin.py").run()
    at.session_state["admin-tab"] = "Nhắc việc"
    return at.run()


def _everything_shown(at: AppTest) -> str:
    texts = [e.value for kind in ("markdown", "caption", "warning", "info", "success", "error")
             for e in getattr(at, kind)]
    # Markdown escapes (\\-) removed: a password shown escaped is still shown.
    return "\n".join(texts + [d.value.to_csv() for d in at.dataframe]).replace("\\", "")


def test_contacts_send_now_and_failures_with_no_password_shown(page, demo_path):
    at = page
    assert not at.exception
    assert "127.0.0.1" in _everything_shown(at) and "phong-kt@ocop.example" in _everything_shown(at)
    at.selectbox(key="rem_unit").set_value(2)
    at.text_input(key="rem_address").input("bad address")
    next(b for b in at.button if b.label == "Thêm địa chỉ").click().run()
    assert any("không phải địa chỉ" in e.value for e in at.error)
    at.text_input(key="rem_address").input("Lanh.Dao@HocMon.example")
    next(b for b in at.button if b.label == "Thêm địa chỉ").click().run()
    assert any("Đã thêm" in s.value for s in at.success)
    db = open_db(demo_path)
    assert "lanh.dao@hocmon.example" in [c["address"] for c in queries.contacts(db, 2)]
    next(b for b in at.button if b.label == "Gửi thư thử").click().run()  # the server is down
    assert any("Không gửi được đến lanh.dao@hocmon.example" in e.value.replace("\\", "")
               and "Connection refused" in e.value for e in at.error)
    at.selectbox(key="rem_send_unit").set_value(2)
    next(b for b in at.button if b.label == "Gửi ngay").click().run()
    assert any("lỗi 2" in e.value for e in at.success)
    runs = at.dataframe[-1].value
    assert set(runs["Đơn vị"]) == {"Phòng KT"} and len(runs) == 2
    assert all("Connection refused" in why for why in runs["Lý do"])
    assert set(runs["Kết quả"]) == {"🟥 Lỗi, sẽ gửi lại"}
    assert SECRET not in _everything_shown(at)
