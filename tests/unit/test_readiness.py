"""Readiness arithmetic, in Vietnam time whatever the server's zone."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from ocop_tracker.core import clock, fmt
from ocop_tracker.core.models import Actor, Health
from ocop_tracker.tasks import commands, readiness
from ocop_tracker.tasks import snapshot as status
from tests.conftest import task_by_code

VN = clock.VN_TZ


def at(text: str) -> datetime:
    return clock.parse_iso(text)


def test_ocop_now_is_read_as_vietnam_time(monkeypatch):
    monkeypatch.setenv("OCOP_NOW", "2024-09-19T23:30")
    now = clock.now()
    assert now.isoformat() == "2024-09-19T23:30:00+07:00"
    assert now.astimezone(UTC).isoformat() == "2024-09-19T16:30:00+00:00"


def test_bad_ocop_now_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("OCOP_NOW", "19/9/2024")
    with pytest.raises(clock.ClockError, match="Thời điểm không hợp lệ"):
        clock.now()


def test_half_an_hour_before_midnight_in_vietnam_the_trailer_is_not_yet_overdue(db, event_id):
    # 23:30 on 19/9 in Vietnam is 16:30 UTC: a UTC-minded check would call the
    # 20/9 deadline (17:00 UTC on 19/9) still 30 minutes away too, but the date shown
    # must be 19/9 and the warning must be "due within 1 day", not overdue.
    snap = status.snapshot(db, event_id, at("2024-09-19T23:30"))
    trailer = snap.tasks[snap.tasks["code"] == "III.1.1-05"].iloc[0]
    assert trailer["health"] == Health.NOT_STARTED
    assert trailer["seconds_left"] == 30 * 60
    assert fmt.vn_date(snap.now) == "19/09/2024"
    assert snap.summary.due_within_1_day == 2
    assert snap.summary.overdue == 0


def test_utc_input_is_converted_before_comparing(db, event_id):
    after_midnight_vn = datetime(2024, 9, 19, 17, 30, tzinfo=UTC)  # 00:30 on 20/9 VN
    snap = status.snapshot(db, event_id, after_midnight_vn)
    assert fmt.vn_date(snap.now) == "20/09/2024"
    assert snap.summary.overdue == 2
    late = readiness.overdue(snap.tasks)["code"].tolist()
    assert sorted(late) == ["III.1.1-05", "III.1.3-02"]


def test_ten_days_before_with_both_deadlines_counting_down(db, event_id):
    snap = status.snapshot(db, event_id, at("2024-09-18T09:00"))
    assert fmt.span(snap.countdown_seconds) == "9 ngày 22 giờ"
    assert snap.phase == readiness.Phase.BEFORE
    dues = [d.isoformat() for d in snap.deadlines["due_at"]]
    assert dues == ["2024-09-20T00:00:00+07:00", "2024-09-25T00:00:00+07:00"]
    assert snap.deadlines["total"].tolist() == [2, 3]
    assert fmt.time_left(snap.deadlines["seconds_left"][0]) == "còn 1 ngày 15 giờ"


def test_headline_totals_count_done_due_and_overdue(db, event_id):
    for code in ("III.2-02", "III.2-04"):
        task = task_by_code(db, code)
        actor = Actor("Lan", task["lead_agency_id"])  # a person of the lead unit
        with clock.frozen_at(at("2024-09-21T10:00")):
            commands.set_task_status(db, task["id"], "hoan_thanh", task["version"], actor)
    snap = status.snapshot(db, event_id, at("2024-09-26T08:00"))
    s = snap.summary
    assert (s.total, s.due, s.done, s.overdue) == (35, 5, 2, 4)
    assert s.percent_done == pytest.approx(5.7)
    assert s.recurring == 1


def test_done_after_the_deadline_is_done_late(db, event_id):
    task = task_by_code(db, "III.1.1-05")
    with clock.frozen_at(at("2024-09-20T08:00")):
        commands.set_task_status(db, task["id"], "hoan_thanh", task["version"],
                                    Actor("Hà", task["lead_agency_id"]))
    snap = status.snapshot(db, event_id, at("2024-09-21T08:00"))
    row = snap.tasks[snap.tasks["code"] == "III.1.1-05"].iloc[0]
    assert row["health"] == Health.DONE_LATE


def test_by_agency_puts_units_with_overdue_tasks_first(db, event_id):
    snap = status.snapshot(db, event_id, at("2024-09-22T08:00"))
    first = snap.agencies.iloc[0]
    assert first["overdue"] >= 1
    kt = snap.agencies[snap.agencies["lead_short"] == "Phòng KT"].iloc[0]
    assert (kt["total"], kt["done"]) == (13, 0)


def test_after_the_event_the_phase_is_over():
    start = at("2024-09-28T07:00")
    assert readiness.phase(at("2024-09-28T09:00"), start, date(2024, 9, 28)) == "under_way"
    assert readiness.phase(at("2024-09-29T00:01"), start, date(2024, 9, 28)) == "over"
    assert readiness.phase(at("2024-09-28T06:59"), start, date(2024, 9, 28)) == "before"


def test_weekend_duty_next_occurrence_is_after_the_ceremony():
    weekend = readiness.recurrence_weekdays("weekly:6,7")
    assert weekend == {6, 7}
    ceremony = date(2024, 9, 28)
    assert readiness.next_occurrence(weekend, ceremony, date(2024, 9, 18)) == date(2024, 9, 29)
    assert readiness.next_occurrence(weekend, ceremony, date(2024, 10, 2)) == date(2024, 10, 5)


def test_vietnamese_number_and_date_formats():
    assert fmt.vn_number(1234567.5, 1) == "1.234.567,5"
    assert fmt.vn_percent(0.343) == "34,3%"
    assert fmt.vn_percent(0.5) == "50%"
    assert fmt.vn_weekday_date(date(2024, 9, 28)) == "Thứ Bảy, 28/09/2024"
    assert fmt.vn_weekday_date(date(2024, 9, 20)) == "Thứ Sáu, 20/09/2024"
    assert fmt.vn_deadline(at("2024-09-28T07:00")) == "trước 07:00 28/09/2024"
    assert fmt.vn_deadline(at("2024-09-20T00:00")) == "trước 20/09/2024"
