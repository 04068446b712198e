"""Run-of-show arithmetic: planned and expected times, now/next. Pure: no DB, no Streamlit."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from ocop_tracker.core.clock import to_vn


class StepState(StrEnum):
    """Where a step of the day stands (stored nowhere: derived from the marks)."""

    PLANNED = "chua_bat_dau"
    RUNNING = "dang_dien_ra"
    DONE = "da_xong"
    SKIPPED = "bo_qua"


@dataclass(frozen=True)
class Step:
    """One step as stored: a pinned start (or None = right after the previous step)."""

    id: int
    title: str
    duration_min: int
    pinned_start: datetime | None = None
    started_at: datetime | None = None
    finished_at: datetime | None = None


@dataclass(frozen=True)
class Timed:
    """A step with its planned and expected times and its state at 'now'."""

    step: Step
    planned_start: datetime
    planned_end: datetime
    expected_start: datetime
    expected_end: datetime
    state: StepState

    @property
    def delay_min(self) -> int:
        """Minutes the expected start is behind the planned start (negative = early)."""
        return _minutes(self.expected_start - self.planned_start)


@dataclass(frozen=True)
class Day:
    """The whole run-of-show at one moment."""

    steps: tuple[Timed, ...]
    now_index: int | None
    next_index: int | None
    tracking: bool  # True once any step has been marked started

    @property
    def planned_end(self) -> datetime | None:
        """When the last step is planned to end."""
        return self.steps[-1].planned_end if self.steps else None

    @property
    def expected_end(self) -> datetime | None:
        """When the last step is now expected to end."""
        return self.steps[-1].expected_end if self.steps else None

    @property
    def end_delay_min(self) -> int:
        """How many minutes late the day will end (0 or negative = on time or early)."""
        if not self.steps:
            return 0
        last = self.steps[-1]
        return _minutes(last.expected_end - last.planned_end)

    @property
    def now_step(self) -> Timed | None:
        """The step under way, if any."""
        return None if self.now_index is None else self.steps[self.now_index]

    @property
    def next_step(self) -> Timed | None:
        """The step that comes next, if any."""
        return None if self.next_index is None else self.steps[self.next_index]


def _minutes(delta: timedelta) -> int:
    return round(delta.total_seconds() / 60)


def planned_starts(steps: list[Step]) -> list[datetime]:
    """Each step's planned start: its pin, else the end of the previous step."""
    starts: list[datetime] = []
    for i, step in enumerate(steps):
        if step.pinned_start is not None:
            starts.append(to_vn(step.pinned_start))
        elif i == 0:
            raise ValueError("the first step needs a pinned start")
        else:
            starts.append(starts[-1] + timedelta(minutes=steps[i - 1].duration_min))
    return starts


def _last_started(steps: list[Step]) -> int | None:
    marked = [i for i, s in enumerate(steps) if s.started_at is not None]
    return marked[-1] if marked else None


def _state(steps: list[Step], i: int, last_started: int | None) -> StepState:
    step = steps[i]
    if step.finished_at is not None:
        return StepState.DONE
    if step.started_at is not None:
        return StepState.RUNNING
    # Once a later step is under way, an unmarked earlier one was left out.
    if last_started is not None and i < last_started:
        return StepState.SKIPPED
    return StepState.PLANNED


def compute(steps: list[Step], now: datetime) -> Day:
    """Planned and expected times of every step, and which is now and next."""
    now = to_vn(now)
    starts = planned_starts(steps)
    last_started = _last_started(steps)
    tracking = last_started is not None
    timed: list[Timed] = []
    cursor: datetime | None = None  # expected end of the previous step
    for i, step in enumerate(steps):
        duration = timedelta(minutes=step.duration_min)
        state = _state(steps, i, last_started)
        start, end = _expected(step, state, starts[i], cursor, duration, now, tracking)
        timed.append(Timed(step, starts[i], starts[i] + duration, start, end, state))
        if state != StepState.SKIPPED:
            cursor = end
    now_index, next_index = _now_next(timed, now, tracking)
    return Day(tuple(timed), now_index, next_index, tracking)


def _expected(step: Step, state: StepState, planned: datetime, cursor: datetime | None,
              duration: timedelta, now: datetime, tracking: bool) -> tuple[datetime, datetime]:
    if state == StepState.SKIPPED:
        return planned, planned
    if state == StepState.DONE:
        assert step.finished_at is not None  # _state calls a step done only once it has finished
        finished = to_vn(step.finished_at)
        started = to_vn(step.started_at) if step.started_at else finished - duration
        return started, finished
    if state == StepState.RUNNING:
        assert step.started_at is not None  # _state calls a step running only once it has started
        started = to_vn(step.started_at)
        # A step that runs over its time is expected to end 'now' at the earliest.
        return started, max(started + duration, now)
    start = planned
    if cursor is not None:
        # A pinned step never starts before its time; an unpinned one follows on.
        start = max(planned, cursor) if step.pinned_start is not None else cursor
    if tracking:
        start = max(start, now)  # what has not started yet cannot start in the past
    return start, start + duration


def _now_next(timed: list[Timed], now: datetime, tracking: bool) -> tuple[int | None, int | None]:
    if tracking:
        running = [i for i, t in enumerate(timed) if t.state == StepState.RUNNING]
        upcoming = [i for i, t in enumerate(timed) if t.state == StepState.PLANNED]
        now_index = running[0] if running else None
        after = [i for i in upcoming if now_index is None or i > now_index]
        return now_index, (after[0] if after else None)
    # Nobody is marking steps: follow the clock against the expected (= planned) times.
    for i, t in enumerate(timed):
        if t.expected_start <= now < t.expected_end:
            return i, (i + 1 if i + 1 < len(timed) else None)
    later = [i for i, t in enumerate(timed) if t.expected_start > now]
    return None, (later[0] if later else None)


def move(order: list[int], step_id: int, offset: int) -> list[int]:
    """The ids in their new order after moving one step up (-1) or down (+1)."""
    i = order.index(step_id)
    j = i + offset
    if not 0 <= j < len(order):
        return list(order)
    new = list(order)
    new[i], new[j] = new[j], new[i]
    return new


def with_duration(steps: list[Step], step_id: int, minutes: int) -> list[Step]:
    """The steps with one duration changed (to preview the recomputed start times)."""
    return [replace(s, duration_min=minutes) if s.id == step_id else s for s in steps]
