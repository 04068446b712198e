"""Run-of-show arithmetic: planned chain, delays pushing later steps, now/next."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ocop_tracker.core import clock
from ocop_tracker.programme.schedule import (
    Step,
    StepState,
    compute,
    move,
    planned_starts,
    with_duration,
)


def at(hhmm: str) -> datetime:
    return clock.parse_iso(f"2024-09-28T{hhmm}")


def hm(moment: datetime) -> str:
    return clock.to_vn(moment).strftime("%H:%M")


def day_steps(**marks) -> list[Step]:
    """Exhibition 07:00 (60'), ceremony pinned 08:00, then 10/10/15/5 minutes."""
    base = [
        Step(0, "Triển lãm", 60, at("07:00")),
        Step(1, "Tuyên bố lý do", 10, at("08:00")),
        Step(2, "Khai mạc", 10),
        Step(3, "Video clip", 10),
        Step(4, "Trao giấy chứng nhận", 15),
        Step(5, "Bế mạc", 5),
    ]
    out = []
    for s in base:
        started, finished = marks.get(f"s{s.id}", (None, None))
        out.append(Step(s.id, s.title, s.duration_min, s.pinned_start,
                        at(started) if started else None, at(finished) if finished else None))
    return out


def test_planned_starts_chain_durations_and_respect_pins():
    assert [hm(t) for t in planned_starts(day_steps())] == [
        "07:00", "08:00", "08:10", "08:20", "08:30", "08:45"]


def test_changing_a_duration_moves_every_later_unpinned_start():
    steps = with_duration(day_steps(), 2, 25)
    assert [hm(t) for t in planned_starts(steps)] == [
        "07:00", "08:00", "08:10", "08:35", "08:45", "09:00"]


def test_moving_a_step_reorders_and_recomputes():
    order = move([s.id for s in day_steps()], 3, -1)
    assert order == [0, 1, 3, 2, 4, 5]
    assert move(order, 0, -1) == order  # the first cannot go higher
    by_id = {s.id: s for s in day_steps()}
    starts = planned_starts([by_id[i] for i in order])
    assert [hm(t) for t in starts] == ["07:00", "08:00", "08:10", "08:20", "08:30", "08:45"]


def test_first_step_needs_a_pin():
    with pytest.raises(ValueError):
        planned_starts([Step(1, "x", 10)])


def test_at_0820_without_marks_now_and_next_follow_the_plan():
    day = compute(day_steps(), at("08:20"))
    assert not day.tracking
    assert day.now_step.step.title == "Video clip"
    assert day.next_step.step.title == "Trao giấy chứng nhận"
    assert day.end_delay_min == 0
    assert hm(day.expected_end) == "08:50"


def test_before_the_day_nothing_is_now_and_the_exhibition_is_next():
    day = compute(day_steps(), clock.parse_iso("2024-09-18T09:00"))
    assert day.now_step is None
    assert day.next_step.step.title == "Triển lãm"


def test_a_step_finished_late_pushes_every_later_expected_time():
    # Opening statement started on time but only finished at 08:25 (planned 08:10).
    steps = day_steps(s0=("07:00", "08:00"), s1=("08:00", "08:25"))
    day = compute(steps, at("08:25"))
    assert [hm(t.expected_start) for t in day.steps[2:]] == ["08:25", "08:35", "08:45", "09:00"]
    assert [t.delay_min for t in day.steps[2:]] == [15, 15, 15, 15]
    assert day.end_delay_min == 15
    assert hm(day.expected_end) == "09:05"
    assert day.now_step is None  # between steps: the next one has not been started
    assert day.next_step.step.title == "Khai mạc"


def test_a_step_running_over_time_pushes_later_steps_to_now():
    steps = day_steps(s0=("07:00", "08:00"), s1=("08:00", None), s2=(None, None))
    day = compute(steps, at("08:18"))  # still on the 10-minute opening statement
    assert day.steps[1].state == StepState.RUNNING
    assert hm(day.steps[1].expected_end) == "08:18"
    assert hm(day.steps[2].expected_start) == "08:18"
    assert day.end_delay_min == 8
    assert day.now_step.step.title == "Tuyên bố lý do"
    assert day.next_step.step.title == "Khai mạc"


def test_a_step_not_yet_started_cannot_be_expected_in_the_past():
    steps = day_steps(s0=("07:00", "08:00"))
    day = compute(steps, at("08:20"))  # ceremony should have begun at 08:00; it has not
    assert hm(day.steps[1].expected_start) == "08:20"
    assert day.end_delay_min == 20
    assert day.next_step.step.title == "Tuyên bố lý do"


def test_starting_a_later_step_marks_earlier_unmarked_ones_skipped():
    steps = day_steps(s0=("07:00", "08:00"), s2=("08:05", None))
    day = compute(steps, at("08:06"))
    assert day.steps[1].state == StepState.SKIPPED
    assert day.now_step.step.title == "Khai mạc"
    assert hm(day.steps[3].expected_start) == "08:15"


def test_finishing_early_pulls_unpinned_steps_forward_but_not_pinned_ones():
    steps = day_steps(s0=("07:00", "07:40"))
    day = compute(steps, at("07:40"))
    assert hm(day.steps[1].expected_start) == "08:00"  # pinned: waits for 08:00


def test_after_the_last_step_nothing_is_now_or_next():
    marks = {f"s{i}": (s, e) for i, (s, e) in enumerate(
        [("07:00", "08:00"), ("08:00", "08:10"), ("08:10", "08:20"), ("08:20", "08:30"),
         ("08:30", "08:45"), ("08:45", "08:50")])}
    day = compute(day_steps(**marks), at("09:00"))
    assert (day.now_step, day.next_step, day.end_delay_min) == (None, None, 0)


@given(st.lists(st.integers(0, 90), min_size=2, max_size=12), st.integers(0, 600))
def test_expected_times_never_overlap_and_never_precede_the_plan_for_pins(durations, minute):
    steps = [Step(0, "a", durations[0], at("07:00"))] + [
        Step(i, str(i), d) for i, d in enumerate(durations[1:], start=1)]
    now = at("07:00").replace(hour=7) + (at("08:00") - at("07:00")) * (minute / 60)
    day = compute(steps, now)
    for before, after in zip(day.steps, day.steps[1:], strict=False):
        assert after.expected_start >= before.expected_end
    assert day.steps[0].expected_start >= day.steps[0].planned_start
