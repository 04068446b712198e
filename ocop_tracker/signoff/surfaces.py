"""Evidence, approvals, the budget and the Hội quán's weekend log on every surface."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlite_utils import Database

from ocop_tracker.core.registry import Absent, Feature, ReportSection, register
from ocop_tracker.signoff import approvals, budget, clubhouse, evidence, queries, report


def _status(db: Database, event_id: int, now: datetime) -> dict[str, Any]:
    return {"approvals": queries.status_section(db, event_id),
            "budget": budget.totals(db, event_id),
            "clubhouse": clubhouse.status_section(db, event_id, now)}


FEATURE = register(Feature(
    key="signoff",
    title_key="nav.signoff",
    projector=Absent("what waits for approval is shown on the tasks' deadlines panel as "
                     "'chờ duyệt' items, beside the deadlines it belongs to"),
    report=(
        ReportSection("trinh-duyet", "appr.report", report.approval_rows),
        ReportSection("kinh-phi", "bud.report", report.budget_rows),
        ReportSection("hoi-quan", "club.report", report.clubhouse_rows),
    ),
    status=_status,
    overview=report.overview_metrics,
    undo={approvals.ENTITY: approvals.undo_approval_change,
          evidence.ENTITY: evidence.undo_evidence_change,
          budget.ENTITY: budget.undo_line_change,
          "club_issue": clubhouse.undo_issue_change},
    subjects={approvals.ENTITY: approvals.approval_subjects,
              evidence.ENTITY: evidence.evidence_subjects,
              budget.ENTITY: budget.line_subjects,
              "club_weekend": clubhouse.weekend_subjects,
              "club_issue": clubhouse.issue_subjects},
))
