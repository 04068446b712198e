"""The programme of the day on every surface; also the shared settings' undo and feed name."""

from __future__ import annotations

from ocop_tracker.core.registry import Feature, ProjectorPanel, ReportSection, register
from ocop_tracker.programme import commands, projector, queries, settings

FEATURE = register(Feature(
    key="programme",
    title_key="nav.programme",
    projector=(ProjectorPanel("programme", "proj.programme", queries.load,
                              projector.programme_panel),),
    report=(ReportSection("chuong-trinh", "prog.report_title", queries.report_rows),),
    status=queries.status_json,
    overview=queries.overview,
    # "setting" is generic (any settings key audited as entity "setting"): registered once,
    # here, because the projector refresh period was the first setting with an undo.
    undo={commands.ENTITY: commands.undo_step_change, settings.ENTITY: settings.undo_setting},
    subjects={commands.ENTITY: commands.step_subjects, settings.ENTITY: settings.setting_subjects},
))
