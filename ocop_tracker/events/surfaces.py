"""The events feature on every surface."""

from __future__ import annotations

from ocop_tracker.core.registry import Absent, Feature, register

FEATURE = register(Feature(
    key="events",
    title_key="nav.events",
    projector=Absent("TODO"),
    report=Absent("TODO"),
    status=Absent("TODO"),
    overview=Absent("TODO"),
    undo=Absent("TODO"),
    subjects={},
))
