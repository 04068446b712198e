"""The Hội quán's weekend log on every surface."""

from __future__ import annotations

from ocop_tracker.clubhouse import commands, report
from ocop_tracker.core.registry import Absent, Feature, ReportSection, register

FEATURE = register(Feature(
    key="clubhouse",
    title_key="nav.clubhouse",
    projector=Absent("the projector serves the weeks before the ceremony; the weekend log "
                     "begins after it and is followed on the overview and in the report"),
    report=(ReportSection("hoi-quan", "club.report", report.monthly_rows),),
    status=lambda db, event_id, now: {"clubhouse": commands.status_section(db, event_id, now)},
    overview=report.overview_metrics,
    undo={"club_issue": commands.undo_issue_change},
    subjects={"club_weekend": commands.weekend_subjects, "club_issue": commands.issue_subjects},
))
