"""The progress report's content (báo cáo tiến độ): shared by the .xlsx, the CSVs, the print page.

Every figure comes from ocop_tracker.tasks.snapshot.snapshot: the same code as the overview and
`status --json`, so the report and the screen never disagree.
"""

from __future__ import annotations

from datetime import datetime

import pandas as pd
from sqlite_utils import Database

from ocop_tracker import features  # noqa: F401  (registers every feature)
from ocop_tracker.core import fmt, registry
from ocop_tracker.core.registry import ReportSection
from ocop_tracker.core.strings import health_label, status_label, t
from ocop_tracker.tasks import readiness
from ocop_tracker.tasks.snapshot import Snapshot

SOON_DAYS = max(readiness.WARNING_DAYS)  # "sắp đến hạn" = within 7 days




def headline(snap: Snapshot, lang: str = "vi") -> str:
    """'35 nhiệm vụ, 3 đến hạn, 12 hoàn thành (34,3%), 1 quá hạn' (the overview's sentence)."""
    s = snap.summary
    return t("overview.headline", lang, total=s.total, due=s.due, done=s.done,
             percent=fmt.vn_percent(s.percent_done / 100, lang), overdue=s.overdue)


def as_of(now: datetime, lang: str = "vi") -> str:
    """'09:00 ngày 18/09/2024 (giờ Việt Nam)'."""
    return t("report.as_of", lang, time=fmt.vn_time(now), date=fmt.vn_date(now))


def unit_rows(snap: Snapshot) -> pd.DataFrame:
    """One row per lead unit: name, tasks, done, overdue, percent (0..100), laggards first."""
    frame = snap.agencies
    return pd.DataFrame({
        "name": frame["lead_name"].astype(str),
        "short": frame["lead_short"].astype(str),
        "total": frame["total"].astype(int),
        "done": frame["done"].astype(int),
        "overdue": frame["overdue"].astype(int),
        "percent": frame["percent_done"].astype(float),
    }).reset_index(drop=True)


def attention_rows(snap: Snapshot, lang: str = "vi") -> pd.DataFrame:
    """Overdue tasks, then open tasks due within SOON_DAYS days, with their lead units."""
    late = readiness.overdue(snap.tasks).assign(group=t("report.group_overdue", lang))
    soon = readiness.due_within(snap.tasks, SOON_DAYS).assign(
        group=t("report.group_soon", lang, days=SOON_DAYS))
    return task_rows(pd.concat([late, soon], ignore_index=True), lang)


def task_rows(frame: pd.DataFrame, lang: str = "vi") -> pd.DataFrame:
    """Readable task rows: group, item, task, lead, supporting, due, time left, status, note."""
    return pd.DataFrame({
        "group": frame["group"] if "group" in frame else "",
        "code": frame["code"].astype(str),
        "title": frame["title"].astype(str),
        "lead": frame["lead_name"].astype(str),
        "supporting": frame["supporters"].astype(str),
        "due_at": list(frame["due_at"]),
        # A recurring duty has no single deadline: its 'time left' would mislead.
        "left": ["" if isinstance(r, str) and r else fmt.time_left(s, lang)
                 for s, r in zip(frame["seconds_left"], frame["recurrence"], strict=False)],
        "reported": [status_label(s, lang) for s in frame["status"]],
        "health": [health_label(h, lang) for h in frame["health"]],
        "status_text": [_status_text(health_label(h, lang), status_label(s, lang))
                        for h, s in zip(frame["health"], frame["status"], strict=False)],
        "note": frame["note"].astype(str),
        "updated_by": frame["updated_by"].astype(str),
    }).reset_index(drop=True)


def _status_text(health: str, reported: str) -> str:
    """'Quá hạn (Đang thực hiện)'; just 'Hoàn thành đúng hạn' when the words agree."""
    return health if health.startswith(reported) else f"{health} ({reported})"


def next_deadlines(snap: Snapshot, limit: int = 8) -> pd.DataFrame:
    """The coming deadlines (event start included) with how many tasks are still open."""
    frame = readiness.one_off(snap.tasks)
    coming = frame[frame["seconds_left"] > 0]
    grouped = coming.groupby("due_at").agg(
        total=("id", "size"), open=("is_done", lambda s: int((~s).sum())),
        units=("lead_short", lambda s: ", ".join(dict.fromkeys(s))),
    )
    return grouped.reset_index().sort_values("due_at").head(limit).reset_index(drop=True)


def extra_sections(db: Database, event_id: int, lang: str = "vi"
                   ) -> list[tuple[ReportSection, pd.DataFrame]]:
    """Every feature's report sections with their rows for this event."""
    return [(section, section.rows(db, event_id, lang)) for section in registry.report_sections()]
