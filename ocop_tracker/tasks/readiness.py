"""Readiness arithmetic: pure pandas over the tasks frame and a 'now' in Vietnam time."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

import pandas as pd

from ocop_tracker.core.clock import to_vn
from ocop_tracker.core.models import Health, Status

WARNING_DAYS = (7, 3, 1)  # the follow-up tools' warning steps before a deadline


class Phase(StrEnum):
    """Where 'now' stands against the event day."""

    BEFORE = "before"
    UNDER_WAY = "under_way"
    OVER = "over"


@dataclass(frozen=True)
class Summary:
    """Headline totals in the order Vietnamese progress reports give them."""

    total: int
    due: int
    done: int
    overdue: int
    due_within_1_day: int
    due_within_3_days: int
    due_within_7_days: int
    percent_done: float  # 0..100, one decimal
    recurring: int

    def as_dict(self) -> dict[str, int | float]:
        """Plain values for JSON."""
        return asdict(self)


def phase(now: datetime, starts_at: datetime, event_day: date) -> Phase:
    """Before the first session, during the event day, or after it."""
    local = to_vn(now)
    if local < starts_at:
        return Phase.BEFORE
    return Phase.UNDER_WAY if local.date() <= event_day else Phase.OVER


def seconds_until(now: datetime, moment: datetime) -> float:
    """Seconds from now to moment (negative once it has passed)."""
    return (moment - to_vn(now)).total_seconds()


def health(status: str, due_at: datetime, completed_at: datetime | None,
           recurrence: str | None, now: datetime) -> Health:
    """One task's standing: what its colour and word say."""
    if isinstance(recurrence, str) and recurrence:  # NULL arrives as None or NaN
        return Health.RECURRING
    if status == Status.DONE:
        late = completed_at is not None and not pd.isna(completed_at) and completed_at > due_at
        return Health.DONE_LATE if late else Health.DONE_ON_TIME
    if due_at <= to_vn(now):
        return Health.OVERDUE
    if status == Status.BLOCKED:
        return Health.BLOCKED
    return Health.IN_PROGRESS if status == Status.IN_PROGRESS else Health.NOT_STARTED


def annotate(tasks: pd.DataFrame, now: datetime) -> pd.DataFrame:
    """The tasks frame plus health, seconds_left and is_done columns."""
    out = tasks.copy()
    # A task that requires sign-off is done only once approved: until then it is in progress.
    approval = tasks["approval"] if "approval" in tasks else pd.Series(None, index=tasks.index)
    pending = approval.notna() & (approval != "approved") & (tasks["status"] == Status.DONE)
    effective = tasks["status"].where(~pending, Status.IN_PROGRESS.value)
    out["health"] = [
        health(status, r.due_at, r.completed_at, r.recurrence, now)
        for status, r in zip(effective, tasks.itertuples(index=False), strict=True)
    ]
    out["seconds_left"] = [seconds_until(now, due) for due in tasks["due_at"]]
    out["is_done"] = effective == Status.DONE
    out["is_recurring"] = out["recurrence"].notna()
    return out


def one_off(annotated: pd.DataFrame) -> pd.DataFrame:
    """Tasks that can be finished before the event (recurring duties excluded)."""
    return annotated[~annotated["is_recurring"]]


def _due_within(frame: pd.DataFrame, days: int) -> pd.DataFrame:
    left = frame["seconds_left"]
    return frame[~frame["is_done"] & (left > 0) & (left <= days * 86_400)]


def due_within(annotated: pd.DataFrame, days: int) -> pd.DataFrame:
    """Open tasks whose deadline falls in the next `days` days, soonest first."""
    return _due_within(one_off(annotated), days).sort_values("seconds_left")


def overdue(annotated: pd.DataFrame) -> pd.DataFrame:
    """Open tasks past their deadline, longest overdue first."""
    frame = one_off(annotated)
    return frame[frame["health"] == Health.OVERDUE].sort_values("seconds_left")


def next_due(annotated: pd.DataFrame) -> pd.DataFrame:
    """Open one-off tasks in the order leadership chases them: overdue first (longest
    overdue on top), then by deadline, soonest first."""
    frame = one_off(annotated)
    frame = frame[~frame["is_done"]]
    late = frame["health"] == Health.OVERDUE
    return pd.concat([frame[late].sort_values("seconds_left"),
                      frame[~late].sort_values(["seconds_left", "code"])])


def summary(annotated: pd.DataFrame) -> Summary:
    """N tasks, M due, K done (x%), L overdue, and the 1/3/7-day warnings."""
    frame = one_off(annotated)
    total = len(frame)
    done = int(frame["is_done"].sum())
    return Summary(
        total=total,
        due=int((frame["seconds_left"] <= 0).sum()),
        done=done,
        overdue=int((frame["health"] == Health.OVERDUE).sum()),
        due_within_1_day=len(_due_within(frame, 1)),
        due_within_3_days=len(_due_within(frame, 3)),
        due_within_7_days=len(_due_within(frame, 7)),
        percent_done=round(100 * done / total, 1) if total else 0.0,
        recurring=int(annotated["is_recurring"].sum()),
    )


HEALTH_ORDER = [
    Health.OVERDUE, Health.BLOCKED, Health.NOT_STARTED, Health.IN_PROGRESS,
    Health.DONE_LATE, Health.DONE_ON_TIME,
]


def by_agency(annotated: pd.DataFrame) -> pd.DataFrame:
    """Per lead unit: total, done, overdue, percent and a count per health; laggards first."""
    frame = one_off(annotated)
    counts = (
        pd.crosstab([frame["lead_agency_id"], frame["lead_name"], frame["lead_short"]],
                    frame["health"])
        .reindex(columns=HEALTH_ORDER, fill_value=0)
        .reset_index()
    )
    counts.columns = [str(c) for c in counts.columns]
    counts["total"] = counts[[str(h) for h in HEALTH_ORDER]].sum(axis=1)
    counts["done"] = counts[Health.DONE_ON_TIME] + counts[Health.DONE_LATE]
    counts["overdue"] = counts[Health.OVERDUE]
    counts["percent_done"] = (100 * counts["done"] / counts["total"]).round(1)
    return counts.sort_values(
        ["overdue", "percent_done", "total"], ascending=[False, True, False]
    ).reset_index(drop=True)


def deadlines(annotated: pd.DataFrame, event_start: datetime, now: datetime) -> pd.DataFrame:
    """Each dated deadline of the plan (not the event start itself) with its progress."""
    frame = one_off(annotated)
    dated = frame[frame["due_at"] != event_start]
    grouped = dated.groupby("due_at").agg(total=("id", "size"), done=("is_done", "sum"))
    grouped = grouped.reset_index().sort_values("due_at", ignore_index=True)
    grouped["done"] = grouped["done"].astype(int)
    grouped["seconds_left"] = [seconds_until(now, due) for due in grouped["due_at"]]
    return grouped


def next_occurrence(weekdays: frozenset[int], after: date, today: date) -> date:
    """The first ISO weekday in `weekdays` on or after today, and after the `after` day."""
    day = max(today, after + timedelta(days=1))
    while day.isoweekday() not in weekdays:
        day += timedelta(days=1)
    return day


def recurrence_weekdays(recurrence: str) -> frozenset[int]:
    """'weekly:6,7' -> {6, 7} (ISO weekdays, Saturday and Sunday)."""
    _, _, days = recurrence.partition(":")
    return frozenset(int(d) for d in days.split(",") if d.strip())
