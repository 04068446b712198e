"""The progress report's content (báo cáo tiến độ), shared by the .xlsx, the CSVs and the print page.

Every figure comes from ocop_tracker.tasks.snapshot.snapshot: the same code as the overview and
`status --json`, so the report and the screen never disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import pandas as pd
from sqlite_utils import Database

from ocop_tracker.booths import report as booth_report

from ocop_tracker.core import fmt

from ocop_tracker.tasks import readiness
from ocop_tracker.tasks.snapshot import Snapshot
from ocop_tracker.core.strings import health_label, status_label, t

SOON_DAYS = max(readiness.WARNING_DAYS)  # "sắp đến hạn" = within 7 days


@dataclass(frozen=True)
class ReportSection:
    """An extra table of the report (booths, delegates …), present only when its table exists."""

    key: str          # sheet / file name, e.g. "gian-hang"
    title_key: str    # strings.py key of its heading
    table: str        # database table whose existence switches the section on
    rows: Callable[[Database, int], pd.DataFrame] | None = None  # None = generic dump


# Other features add one line each (their own reader for readable Vietnamese headers).
REPORT_SECTIONS: list[ReportSection] = [
    ReportSection("gian-hang", "report.section_booths", "booths", booth_report.booth_rows),
    ReportSection("san-pham", "report.section_products", "products", booth_report.product_rows),
    ReportSection("dai-bieu", "report.section_delegates", "delegates"),
]
HIDDEN_COLUMNS = frozenset({"id", "event_id", "version"})


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
    """Readable task rows: group, item, task, lead, supporting, deadline, time left, status, note."""
    return pd.DataFrame({
        "group": frame["group"] if "group" in frame else "",
        "code": frame["code"].astype(str),
        "title": frame["title"].astype(str),
        "lead": frame["lead_name"].astype(str),
        "supporting": frame["supporters"].astype(str),
        "due_at": list(frame["due_at"]),
        # A recurring duty has no single deadline: its 'time left' would mislead.
        "left": ["" if isinstance(r, str) and r else fmt.time_left(s, lang)
                 for s, r in zip(frame["seconds_left"], frame["recurrence"])],
        "reported": [status_label(s, lang) for s in frame["status"]],
        "health": [health_label(h, lang) for h in frame["health"]],
        "status_text": [_status_text(health_label(h, lang), status_label(s, lang))
                        for h, s in zip(frame["health"], frame["status"])],
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


def extra_sections(db: Database, event_id: int) -> list[tuple[ReportSection, pd.DataFrame]]:
    """The registered sections whose tables exist, with their rows for this event."""
    present = []
    for section in REPORT_SECTIONS:
        if not db[section.table].exists():
            continue
        reader = section.rows or (lambda d, e, s=section: generic_rows(d, s.table, e))
        present.append((section, reader(db, event_id)))
    return present


def generic_rows(db: Database, table: str, event_id: int | None) -> pd.DataFrame:
    """A feature table as it is stored (the event's rows when it has event_id)."""
    columns = [c.name for c in db[table].columns]
    shown = [c for c in columns if c not in HIDDEN_COLUMNS]
    where, params = ("WHERE event_id = ?", [event_id]) if "event_id" in columns else ("", [])
    quoted = ", ".join(f"[{c}]" for c in shown)
    rows = list(db.query(f"SELECT {quoted} FROM [{table}] {where} ORDER BY rowid", params))
    return pd.DataFrame(rows, columns=shown)
