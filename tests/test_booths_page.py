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
    # The drafts deadline is the standee figure's detail line (registry.Metric.detail).
    captions = [c.value for c in at.caption]
    assert "Đã trình 0/14 · hạn dự thảo trước 25/09/2024: còn 6 ngày 15 giờ" in captions
    assert any(c.startswith("Chưa có: Thị trấn Hóc Môn, Bà Điểm, Đông Thạnh +9 nữa")
               for c in captions), captions


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
