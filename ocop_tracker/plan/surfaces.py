"""The plan feature on every surface."""

from __future__ import annotations

from ocop_tracker.core.registry import Absent, Feature, register

FEATURE = register(Feature(
    key="plan",
    title_key="nav.import_plan",
    projector=Absent("TODO"),
    report=Absent("TODO"),
    status=Absent("TODO"),
    overview=Absent("TODO"),
    undo=Absent("TODO"),
    subjects={},
))
