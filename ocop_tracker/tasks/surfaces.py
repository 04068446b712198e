"""The tasks on every surface: projector, status --json, overview, history and undo."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlite_utils import Database

from ocop_tracker.core import fmt
from ocop_tracker.core.registry import Absent, Feature, Metric, ProjectorPanel, register
from ocop_tracker.core.strings import t
from ocop_tracker.tasks import commands, projector, snapshot


def _status(db: Database, event_id: int, now: datetime) -> dict[str, Any]:
    return snapshot.status_json(snapshot.snapshot(db, event_id, now))


def _overview(db: Database, event_id: int, now: datetime, lang: str) -> list[Metric]:
    s = snapshot.snapshot(db, event_id, now).summary
    return [
        Metric(t("overview.done_metric", lang), f"{s.done}/{s.total}",
               fmt.vn_percent(s.percent_done / 100, lang)),
        Metric(t("overview.overdue_metric", lang), str(s.overdue)),
        Metric(t("overview.due3_metric", lang), str(s.due_within_3_days)),
    ]


FEATURE = register(Feature(
    key="tasks",
    title_key="nav.tasks",
    projector=(
        ProjectorPanel("units", "proj.units", snapshot.snapshot, projector.units_panel,
                       projector.unit_pages),
        ProjectorPanel("deadlines", "proj.deadlines", snapshot.snapshot,
                       projector.deadlines_panel),
    ),
    report=Absent("the report's summary, attention and task sheets are the tasks themselves "
                  "(reports.xlsx, reports.printable, reports.csv_export)"),
    status=_status,
    overview=_overview,
    undo={"task": commands.undo_task_change},
    subjects={"task": commands.task_subjects},
))
