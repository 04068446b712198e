"""The programme of the day on every surface."""

from __future__ import annotations

from ocop_tracker.core.registry import Absent, Feature, ProjectorPanel, register
from ocop_tracker.programme import projector, queries

FEATURE = register(Feature(
    key="programme",
    title_key="nav.programme",
    projector=(ProjectorPanel("programme", "proj.programme", queries.load,
                              projector.programme_panel),),
    report=Absent("TODO"),
    status=queries.status_json,
    overview=Absent("TODO"),
    undo=Absent("TODO"),
    subjects={},
))
