"""The Báo cáo and Sự kiện pages run without exceptions (AppTest) on the demo database."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from ocop_tracker.core import queries
from ocop_tracker.core.db import open_db
from tests.conftest import ROOT, sign_in


def _app(monkeypatch, path, now="2024-09-26T09:00") -> AppTest:
    monkeypatch.setenv("OCOP_DB", str(path))
    monkeypatch.setenv("OCOP_NOW", now)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    return at


def _downloads(at) -> list[str]:
    return [e.proto.label for e in at.get("download_button")]


def test_reports_page_offers_every_download_to_whom_it_may(monkeypatch, demo_path):
    at = _app(monkeypatch, demo_path).switch_page("pages/reports.py").run()
    assert not at.exception
    assert at.title[0].value == "Báo cáo và xuất dữ liệu"
    # Signed out: deadlines only; every other file names who updated what.
    assert _downloads(at) == ["Tải lịch .ics"]
    sign_in(at, demo_path, "phong-vh-tt")
    labels = _downloads(at.run())
    assert "Tải báo cáo .xlsx" in labels and "Tải lịch .ics" in labels
    assert "Tải nhiem-vu.csv" in labels and "Tải trang in (.html)" in labels
    assert "Tải lich-su.csv" not in labels  # the audit trail is the admin's
    sign_in(at, demo_path, "admin")
    assert "Tải lich-su.csv" in _downloads(at.run())


def test_a_signed_out_visitor_sees_no_delegate_names_or_phones(monkeypatch, demo_path):
    db = open_db(demo_path)
    people = list(db.query("SELECT name, phone FROM invitees WHERE phone != '' LIMIT 5"))
    at = _app(monkeypatch, demo_path)
    for page in ("pages/delegates.py", "pages/checkin.py"):
        at.switch_page(page).run()
        assert not at.exception and not at.get("download_button")
        shown = "\n".join([m.value for m in at.markdown] + [c.value for c in at.caption]
                          + [str(t.value) for t in at.text] + [str(d.value) for d in at.dataframe]
                          + [str(t.value) for t in at.table])
        assert people and not any(p["name"] in shown or p["phone"] in shown for p in people)


def test_events_page_clones_and_switches(monkeypatch, demo_path):
    at = _app(monkeypatch, demo_path).switch_page("pages/events.py").run()
    assert not at.exception
    assert at.title[0].value == "Các sự kiện"
    sign_in(at, demo_path, "admin")
    at.run()
    at.date_input(key="clone-date").set_value(__import__("datetime").date(2025, 9, 27)).run()
    next(b for b in at.button if b.form_id == "clone-event").click().run()
    assert not at.exception
    assert any("Đã tạo sự kiện ngày 27/09/2025 với 35 nhiệm vụ" in s.value for s in at.success)
    db = open_db(demo_path)
    assert db.execute("SELECT count(*) FROM events").fetchone()[0] == 2
    assert queries.current_event_id(db) == 1


def test_a_units_clone_attempt_is_refused_in_words(monkeypatch, demo_path):
    at = _app(monkeypatch, demo_path).switch_page("pages/events.py")
    sign_in(at, demo_path, "phong-vh-tt")
    at.run()
    next(b for b in at.button if b.form_id == "clone-event").click().run()
    assert any("Chỉ quản trị" in e.value for e in at.error)
    assert open_db(demo_path).execute("SELECT count(*) FROM events").fetchone()[0] == 1


def test_an_open_page_whose_account_was_disabled_signs_out_and_says_why(monkeypatch, demo_path):
    at = _app(monkeypatch, demo_path).switch_page("pages/programme.py")
    sign_in(at, demo_path, "admin")
    at.run()
    db = open_db(demo_path)
    db.execute("UPDATE users SET disabled = 1 WHERE username = 'admin'")
    db.conn.commit()
    at.run()  # any rerun of any page: the account is re-read
    assert any("vô hiệu hóa" in e.value for e in at.error)
    assert "account_id" not in at.session_state
