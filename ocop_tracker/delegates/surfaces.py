"""The delegates and the check-in desk on every surface."""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from ocop_tracker.core.registry import Feature, Metric, ProjectorPanel, ReportSection, register
from ocop_tracker.delegates import projector, queries, summary, undo


def _overview(db: Database, event_id: int, now: datetime, lang: str) -> list[Metric]:
    board = summary.load(db, event_id, now)
    return summary.overview_metrics(board.totals, board.event_date, now, lang)


FEATURE = register(Feature(
    key="delegates",
    title_key="nav.delegates",
    projector=(ProjectorPanel("delegates", "proj.delegates", summary.load,
                              projector.delegates_panel),),
    report=(ReportSection("dai-bieu", "report.section_delegates", summary.report_rows),),
    status=lambda db, event_id, now: {"attendees": queries.attendees_status(db, event_id)},
    overview=_overview,
    undo={"delegate_group": undo.undo_group_change, "invitee": undo.undo_invitee_change,
          "delegate_count": undo.undo_count_change},
    subjects={"delegate_group": undo.group_subjects, "invitee": undo.invitee_subjects,
              "delegate_count": undo.count_subjects},
))
