"""The Trình duyệt, Kinh phí and Hội quán pages in AppTest: who sees what, and what they say."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT, sign_in


@pytest.fixture
def app_env(monkeypatch, demo_path):
    monkeypatch.setenv("OCOP_DB", str(demo_path))
    monkeypatch.setenv("OCOP_NOW", "2024-10-13T09:00")
    return demo_path


def run_page(page: str, demo_path=None, username: str | None = None,
             lang: str = "vi") -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.session_state["lang"] = lang
    if username:
        sign_in(at, demo_path, username)
    at.run()
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def text_of(at: AppTest) -> str:
    return " ".join([m.value for m in at.markdown] + [c.value for c in at.caption]
                    + [h.value for h in at.subheader]
                    + [w.value for w in at.warning] + [i.value for i in at.info])


def test_the_approver_sees_its_queue_oldest_first_with_the_deadline(app_env):
    at = run_page("pages/approvals.py", app_env, "thuong-truc")
    text = text_of(at)
    assert "Chờ tôi duyệt" in text and "4 hồ sơ, cũ nhất trước" in text
    assert "hạn: trước 25/09/2024" in text
    assert [b.label for b in at.button if b.label == "Duyệt"] == ["Duyệt"] * 4


def test_phong_kt_sees_the_returned_comment_and_can_resubmit(app_env):
    at = run_page("pages/approvals.py", app_env, "phong-kt")
    text = text_of(at)
    assert "Góp ý của người duyệt: Logo OCOP chưa đúng mẫu" in text.replace("\\", "")
    assert "Trình lại" in [b.label for b in at.button]


def test_a_reader_sees_only_what_waits(app_env):
    at = run_page("pages/approvals.py", lang="en")
    assert "Waiting for approval: 5" in text_of(at)
    assert not [b for b in at.button if b.label in ("Approve", "Resubmit")]


def test_budget_page_shows_totals_in_vnd(app_env):
    at = run_page("pages/budget.py", app_env, "phong-kt")
    assert {m.label: m.value for m in at.metric} == {
        "Dự toán": "212.300.000 đ", "Được duyệt": "168.000.000 đ", "Thực chi": "118.500.000 đ"}
    assert "Lưu thực chi" in [b.label for b in at.button]


def test_weekend_log_marks_the_missing_day_and_lets_the_duty_unit_log_it(app_env):
    at = run_page("pages/clubhouse.py", app_env, "hoi-nd")
    table = at.dataframe[0].value
    assert table.iloc[-1].tolist()[:2] == ["Thứ Bảy, 12/10/2024", "🟥 THIẾU NHẬT KÝ"]
    at.number_input(key="club-visitors").set_value(64)
    at.button[[b.label for b in at.button].index("Lưu nhật ký")].click().run()
    assert not at.exception
    assert "🟥 THIẾU NHẬT KÝ" not in at.dataframe[0].value.iloc[:, 1].tolist()


def test_overview_says_what_waits_and_for_whom(app_env):
    at = run_page("pages/overview.py")
    metrics = {m.label: m for m in at.metric}
    assert metrics["Chờ duyệt"].value == "5"
    # the detail is drawn Markdown-escaped (approver names are user text)
    assert "Thường trực UBND huyện: 4" in metrics["Chờ duyệt"].proto.delta.replace("\\", "")
    assert metrics["Hội quán cuối tuần"].value == "3/4"
