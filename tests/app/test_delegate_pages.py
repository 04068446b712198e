"""The Đại biểu and Đón tiếp pages run, and the overview shows confirmed x/150."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from ocop_tracker.core.db import open_db
from ocop_tracker.core.models import Actor, Role
from ocop_tracker.delegates import commands as dc
from ocop_tracker.delegates import queries as dq
from tests.conftest import ROOT, sign_in

APP = str(ROOT / "app.py")


@pytest.fixture
def app(demo_path, monkeypatch):
    monkeypatch.setenv("OCOP_DB", str(demo_path))
    monkeypatch.setenv("OCOP_NOW", "2024-09-18T09:00")
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    return at


def texts(at) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    parts += [str(m.value) + m.label for m in at.metric] + [t.value for t in at.text]
    return "\n".join(parts)


def test_delegates_page_runs_and_shows_the_totals(app):
    at = app.switch_page("pages/delegates.py").run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Đã phân bổ định mức"] == "150/150"
    assert metrics["Còn chưa phân bổ"] == "0"
    assert "Tổng định mức vừa đủ 150 người." in [s.value for s in at.success]
    chart = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert [trace["name"] for trace in chart["data"]] == ["Định mức", "Đã mời", "Xác nhận",
                                                         "Đã đến"]
    assert len(chart["data"][0]["y"]) == 11


def test_checkin_page_finds_a_guest_typed_without_diacritics(app, demo_path):
    db = open_db(demo_path)
    person = dq.invitees(db, 1).iloc[0]
    db.close()
    at = app.switch_page("pages/checkin.py").run()
    assert not at.exception and "ci-q" not in [w.key for w in at.text_input]  # signed out
    sign_in(at, demo_path, "phong-kt")
    at.run()
    plain = person["search_key"].split()[:3]
    at.text_input(key="ci-q").input(" ".join(plain)).run()
    assert person["name"] in texts(at)


def test_overview_shows_confirmed_and_on_the_day_arrived(demo_path, monkeypatch):
    monkeypatch.setenv("OCOP_DB", str(demo_path))
    monkeypatch.setenv("OCOP_NOW", "2024-09-18T09:00")
    at = AppTest.from_file(APP, default_timeout=60).run()
    labels = {m.label: m.value for m in at.metric}
    db = open_db(demo_path)
    total = dq.overview(db, 1)[1]
    assert labels["Đại biểu xác nhận"] == f"{total.confirmed}/150"
    assert "Đại biểu đã đến" not in labels
    dc.check_in(db, int(dq.invitees(db, 1).iloc[0]["id"]), Actor("Lễ tân", role=Role.ADMIN))
    db.close()
    monkeypatch.setenv("OCOP_NOW", "2024-09-28T07:30")
    at = AppTest.from_file(APP, default_timeout=60).run()
    labels = {m.label: m.value for m in at.metric}
    assert labels["Đại biểu đã đến"] == "1/150"


def test_the_organiser_undoes_its_last_delegate_change_from_the_page(demo_path, monkeypatch):
    from ocop_tracker.accounts import users as accounts

    monkeypatch.setenv("OCOP_DB", str(demo_path))
    monkeypatch.setenv("OCOP_NOW", "2024-09-18T09:00")
    monkeypatch.delenv("OCOP_REQUIRE_LOGIN", raising=False)
    db = open_db(demo_path)
    account = accounts.authenticate(db, "phong-kt", accounts.DEMO_PASSWORD)
    person = dq.invitees(db, 1).iloc[0]
    fixed = dc.check_invitee(int(person["group_id"]), person["name"], "Giám đốc",
                             person["unit"], person["phone"])
    dc.update_invitee(db, int(person["id"]), fixed, int(person["version"]), account.actor())
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["account_id"] = account.id
    at.session_state["account_username"] = "phong-kt"
    at.run()
    at.switch_page("pages/delegates.py").run()
    assert not at.exception
    latest = [c.value.replace("\\", "") for c in at.caption if "gần nhất" in c.value]
    assert latest and f"{person['name']} ({person['unit']}): chức vụ" in latest[0]
    next(b for b in at.button if b.label == "Hoàn tác").click().run()
    assert dq.invitee(db, int(person["id"]))["title"] == person["title"]
    assert any("Đã hoàn tác" in s.value for s in at.success)
