"""The Gian hàng page and the overview's booths block run without exceptions (AppTest)."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT


def _app(monkeypatch, path):
    monkeypatch.setenv("OCOP_DB", str(path))
    monkeypatch.setenv("OCOP_NOW", "2024-09-18T09:00")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    return at


@pytest.mark.parametrize("section", ["booths", "coverage", "products", "import", "standees"])
def test_every_section_runs_on_the_demo_database(monkeypatch, demo_path, section):
    at = _app(monkeypatch, demo_path)
    at.query_params["muc"] = section
    at.switch_page("pages/booths.py").run()
    assert not at.exception
    text = " ".join(m.value for m in at.markdown) + " ".join(w.value for w in at.warning)
    assert "Nhị Bình, Tân Xuân" in text  # the III.8 flag names the two communes missing
    values = {m.label: m.value for m in at.metric}
    assert values["Gian hàng đã phân"] == "15/21"
    assert values["Xã – TT có trưng bày"] == "10/12"
    assert values["Standee đã duyệt"] == "3/14"
    assert values["Còn đến hạn trình dự thảo standee"] == "6 ngày 15 giờ"


def test_layout_figure_names_the_commune_on_each_booth(monkeypatch, demo_path):
    import json

    at = _app(monkeypatch, demo_path)
    at.query_params["muc"] = "coverage"
    at.switch_page("pages/booths.py").run()
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    texts = [a["text"] for a in spec["layout"]["annotations"]]
    assert len(texts) == 21
    assert "Thị trấn<br>Hóc Môn" in texts[0] and "<b>1</b>" in texts[0]
    assert "Chưa phân" in texts[-1]


def test_overview_shows_booths_communes_and_standees(monkeypatch, db_path):
    at = _app(monkeypatch, db_path)
    assert not at.exception
    values = {m.label: m.value for m in at.metric}
    assert values["Gian hàng đã phân"] == "0/21"
    assert values["Xã – TT có trưng bày"] == "0/12"
    assert values["Standee đã duyệt"] == "0/14"
    # Each figure's detail line (registry.Metric.detail) is drawn under it.
    # (sent as Markdown with every punctuation mark escaped: it can name communes)
    details = {m.label: m.delta.replace("\\", "") for m in at.metric}
    assert details["Standee đã duyệt"] == (
        "Đã trình 0/14 · hạn dự thảo trước 25/09/2024: còn 6 ngày 15 giờ")
    assert details["Xã – TT có trưng bày"].startswith(
        "Chưa có: Thị trấn Hóc Môn, Bà Điểm, Đông Thạnh +9 nữa")


def test_page_runs_on_a_fresh_database_in_english(monkeypatch, db_path):
    at = _app(monkeypatch, db_path)
    at.switch_page("pages/booths.py").run()
    at.radio(key="lang").set_value("en").run()
    assert not at.exception
    assert any("Exhibition booths" in t.value for t in at.title), [t.value for t in at.title]


def test_draft_standees_are_flagged_late_after_25_9(monkeypatch, demo_path):
    at = _app(monkeypatch, demo_path)
    monkeypatch.setenv("OCOP_NOW", "2024-09-25T10:00")
    at.query_params["muc"] = "standees"
    at.switch_page("pages/booths.py").run()
    assert not at.exception
    values = {m.label: m.value for m in at.metric}
    assert values["Quá hạn trình dự thảo standee"] == "10 giờ 0 phút"
    late = [m.value for m in at.markdown if "Quá hạn trình dự thảo" in m.value]
    assert len(late) == 3  # the demo's three drafts


def _signed_in(monkeypatch, path, username):
    from ocop_tracker.accounts import users as accounts
    from ocop_tracker.core.db import open_db

    monkeypatch.setenv("OCOP_DB", str(path))
    monkeypatch.setenv("OCOP_NOW", "2024-09-18T09:00")
    monkeypatch.delenv("OCOP_REQUIRE_LOGIN", raising=False)
    db = open_db(path)
    ids = {r["username"]: r["id"] for r in accounts.list_accounts(db)}
    db.close()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    if username:
        at.session_state["account_id"] = ids[username]
        at.session_state["account_username"] = username
    at.query_params["muc"] = "booths"
    at.run()
    at.switch_page("pages/booths.py").run()
    assert not at.exception
    return at


@pytest.mark.parametrize(("username", "hint"), [
    (None, "Đăng nhập (thanh bên) bằng tài khoản Phòng Kinh tế để cập nhật gian hàng"),
    ("phong-vh-tt", "do Phòng Kinh tế cập nhật; tài khoản của bạn chỉ xem"),
    ("lanh-dao", "Tài khoản chỉ xem."),
])
def test_who_may_not_change_booths_is_told_why_and_sees_no_live_controls(
        monkeypatch, demo_path, username, hint):
    at = _signed_in(monkeypatch, demo_path, username)
    infos = [i.value for i in at.info]
    assert any(hint in i for i in infos), infos
    assert not any("họ tên" in i for i in infos)  # the name field is gone: login replaced it
    boxes = [s for s in at.selectbox if str(s.key).startswith("bc-")]
    assert len(boxes) == 21 and all(s.disabled for s in boxes)


def test_the_organiser_unit_assigns_a_booth_and_undoes_it_on_the_page(monkeypatch, demo_path):
    from ocop_tracker.core.db import open_db

    db = open_db(demo_path)
    b13 = next(db.query("SELECT * FROM booths WHERE number = 13"))
    tan_xuan = db.execute("SELECT id FROM communes WHERE name = 'Tân Xuân'").fetchone()[0]
    at = _signed_in(monkeypatch, demo_path, "phong-kt")
    assert not [i.value for i in at.info if "Đăng nhập" in i.value]
    at.selectbox(key=f"bc-{b13['id']}-v{b13['version']}").set_value(tan_xuan).run()
    assert not at.exception
    assert "Đã lưu gian 13." in [s.value for s in at.success]
    assert next(db.query("SELECT commune_id FROM booths WHERE id = ?",
                         [b13["id"]]))["commune_id"] == tan_xuan
    [undo] = [b for b in at.button if str(b.key).startswith("undo-")]
    assert any("Gian hàng số 13" in c.value for c in at.caption)
    undo.click().run()
    assert not at.exception
    row = next(db.query("SELECT commune_id, version FROM booths WHERE id = ?", [b13["id"]]))
    assert (row["commune_id"], row["version"]) == (None, b13["version"] + 2)
    last = next(db.query("SELECT * FROM history ORDER BY id DESC LIMIT 1"))
    assert (last["action"], last["actor"]) == ("undo", "Phòng KT")
