"""The delegates and the check-in desk on every surface."""

from __future__ import annotations

from ocop_tracker.core.registry import Absent, Feature, register
from ocop_tracker.delegates import queries

FEATURE = register(Feature(
    key="delegates",
    title_key="nav.delegates",
    projector=Absent("TODO"),
    report=Absent("TODO"),
    status=lambda db, event_id, now: {"attendees": queries.attendees_status(db, event_id)},
    overview=Absent("TODO"),
    undo=Absent("TODO"),
    subjects={},
))
