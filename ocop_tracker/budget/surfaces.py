"""The budget on every surface."""

from __future__ import annotations

from ocop_tracker.budget import commands, report
from ocop_tracker.core.registry import Absent, Feature, ReportSection, register

FEATURE = register(Feature(
    key="budget",
    title_key="nav.budget",
    projector=Absent("money is for the leadership's page and the report, not for the meeting "
                     "room's screen; a line waiting for approval shows as 'chờ duyệt' there"),
    report=(ReportSection("kinh-phi", "bud.report", report.budget_rows),),
    status=lambda db, event_id, now: {"budget": commands.totals(db, event_id)},
    overview=report.overview_metrics,
    undo={commands.ENTITY: commands.undo_line_change},
    subjects={commands.ENTITY: commands.line_subjects},
))
