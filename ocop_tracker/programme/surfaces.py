"""The programme of the day on every surface."""

from __future__ import annotations

from ocop_tracker.core.registry import Feature, ProjectorPanel, ReportSection, register
from ocop_tracker.programme import commands, projector, queries

FEATURE = register(Feature(
    key="programme",
    title_key="nav.programme",
    projector=(ProjectorPanel("programme", "proj.programme", queries.load,
                              projector.programme_panel),),
    report=(ReportSection("chuong-trinh", "prog.report_title", queries.report_rows),),
    status=queries.status_json,
    overview=queries.overview,
    undo={commands.ENTITY: commands.undo_step_change},
    subjects={commands.ENTITY: commands.step_subjects},
))
