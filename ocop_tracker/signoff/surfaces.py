"""Evidence and approvals on every surface."""

from __future__ import annotations

from ocop_tracker.core.registry import Absent, Feature, ReportSection, register
from ocop_tracker.signoff import approvals, evidence, queries, report

FEATURE = register(Feature(
    key="signoff",
    title_key="nav.signoff",
    projector=Absent("what waits for approval is shown on the tasks' deadlines panel as "
                     "'chờ duyệt' items, beside the deadlines it belongs to"),
    report=(ReportSection("trinh-duyet", "appr.report", report.approval_rows),),
    status=lambda db, event_id, now: {"approvals": queries.status_section(db, event_id)},
    overview=report.overview_metrics,
    undo={approvals.ENTITY: approvals.undo_approval_change,
          evidence.ENTITY: evidence.undo_evidence_change},
    subjects={approvals.ENTITY: approvals.approval_subjects,
              evidence.ENTITY: evidence.evidence_subjects},
))
