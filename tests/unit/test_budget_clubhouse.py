"""The budget (amounts in VND, spending only once approved) and the Hội quán's weekend log
(missing days overdue, issues escalated and forwarded for sign-off), on the demo database."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from ocop_tracker import features
from ocop_tracker.budget import commands as budget
from ocop_tracker.budget.report import budget_rows
from ocop_tracker.clubhouse import commands as clubhouse
from ocop_tracker.clubhouse.report import monthly_rows
from ocop_tracker.core import clock, queries
from ocop_tracker.core.db import open_db
from ocop_tracker.core.errors import PermissionDeniedError, ValidationError
from ocop_tracker.core.models import Actor, Role
from ocop_tracker.signoff import approvals

AFTER = datetime(2024, 10, 13, 9, 0, tzinfo=clock.VN_TZ)  # Sunday after three logged days


def actor(db, username: str) -> Actor:
    row = db.execute("SELECT id, display_name, agency_id, role FROM users WHERE username = ?",
                     [username]).fetchone()
    return Actor(row[1], row[2], Role(row[3]), row[0])


@pytest.fixture
def demo(demo_path):
    database = open_db(demo_path)
    with clock.frozen_at(AFTER):
        yield database
    database.close()


def test_status_json_has_the_three_new_keys_with_integers(demo):
    status = features.full_status(demo, queries.current_event_id(demo), AFTER)
    assert status["budget"] == {"estimate": 212_300_000, "approved": 168_000_000,
                                "spent": 118_500_000}
    assert status["clubhouse"] == {"weekends_due": 4, "weekends_logged": 3, "open_issues": 2}
    waiting = status["approvals"]["waiting_by_approver"]
    assert [w["approver"] for w in waiting] == ["Thường trực UBND huyện",
                                                "Phòng TC-KH (thẩm định)"]
    assert sum(w["count"] for w in waiting) == status["approvals"]["waiting"]
    assert status["approvals"]["returned"] == 2


def test_amounts_read_and_show_as_vietnamese_money(demo):
    assert budget.parse_amount("1.234.567 đ") == 1_234_567
    assert budget.vnd(1_234_567) == "1.234.567 đ"
    with pytest.raises(ValidationError, match="không phải số tiền"):
        budget.parse_amount("12tr")
    rows = budget_rows(demo, queries.current_event_id(demo), "vi")
    assert rows.iloc[-1].tolist() == ["Tổng cộng", "212.300.000 đ", "168.000.000 đ",
                                      "118.500.000 đ", ""]
    assert set(rows["Tình trạng"][:-1]) == {"đã quyết toán", "đã duyệt", "chờ duyệt",
                                             "yêu cầu chỉnh sửa", "chưa trình"}


def test_spending_is_entered_only_on_an_approved_line_and_by_phong_kt(demo):
    kt = actor(demo, "phong-kt")
    lines = budget.lines(demo, queries.current_event_id(demo)).set_index("state")
    draft = lines.loc["draft"]
    with pytest.raises(ValidationError, match="sau khi dòng dự toán được duyệt"):
        budget.set_spent(demo, int(draft["id"]), "1.000.000", int(draft["version"]), kt)
    approved = lines.loc["approved"]
    with pytest.raises(PermissionDeniedError):
        budget.set_spent(demo, int(approved["id"]), 1, int(approved["version"]),
                         actor(demo, "phong-vh-tt"))
    budget.set_spent(demo, int(approved["id"]), "40.000.000", int(approved["version"]), kt)
    assert budget.totals(demo, queries.current_event_id(demo))["spent"] == 158_500_000


def test_a_missing_weekend_is_overdue_and_a_day_is_logged_once(demo):
    event_id = queries.current_event_id(demo)
    assert clubhouse.missing_days(demo, event_id, AFTER) == [date(2024, 10, 12)]
    duty = actor(demo, "hoi-nd")
    with pytest.raises(ValidationError, match="không phải thứ Bảy, Chủ nhật"):
        clubhouse.log_weekend(demo, event_id, date(2024, 10, 9), True, 1, 1, "", [], duty)
    with pytest.raises(PermissionDeniedError):
        clubhouse.log_weekend(demo, event_id, date(2024, 10, 12), True, 1, 1, "", [],
                              actor(demo, "phong-vh-tt"))
    clubhouse.log_weekend(demo, event_id, date(2024, 10, 12), False, 0, 0, "Mưa lớn", [], duty)
    assert clubhouse.missing_days(demo, event_id, AFTER) == []
    with pytest.raises(ValidationError, match="đã có nhật ký"):
        clubhouse.log_weekend(demo, event_id, date(2024, 10, 12), True, 5, 5, "", [], duty)
    month = monthly_rows(demo, event_id, "vi").set_index("Tháng")
    assert month.loc["10/2024"].tolist() == [3, 3, 2, 225, 39, 1]


def test_an_issue_goes_to_phong_kt_then_to_the_standing_committee(demo):
    event_id = queries.current_event_id(demo)
    kt, chief = actor(demo, "phong-kt"), actor(demo, "thuong-truc")
    issue = next(i for i in clubhouse.issues(demo, event_id) if i["state"] == "open")
    with pytest.raises(ValidationError, match="chưa được gửi lên Phòng Kinh tế"):
        clubhouse.forward(demo, issue["id"], issue["version"], chief.account_id, kt)
    clubhouse.escalate(demo, issue["id"], issue["version"], actor(demo, "hoi-nd"))
    clubhouse.forward(demo, issue["id"], issue["version"] + 1, chief.account_id, kt)
    found = approvals.for_subject(demo, "club_issue", issue["id"])
    assert found["state"] == "waiting"
    approvals.approve(demo, found["id"], found["version"], chief)
    state = demo.execute("SELECT state FROM club_issues WHERE id = ?", [issue["id"]]).fetchone()
    assert state[0] == "resolved"
    assert clubhouse.status_section(demo, event_id, AFTER)["open_issues"] == 1
