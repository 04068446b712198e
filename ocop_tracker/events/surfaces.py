"""The events feature on every surface."""

from __future__ import annotations

from ocop_tracker.core.registry import Absent, Feature, register
from ocop_tracker.events import commands

FEATURE = register(Feature(
    key="events",
    title_key="nav.events",
    projector=Absent("the projector shows the current event's readiness; the list of events "
                     "is an admin's choice, not something a room watches"),
    report=Absent("a progress report is about one event (the current one); other events have "
                  "their own report once made current"),
    status=lambda db, event_id, now: {"events": commands.status_summary(db)},
    overview=Absent("the overview is the current event's; which event that is shows in its "
                    "title, and the events page lists the others"),
    undo={commands.ENTITY: commands.undo_event_change},
    subjects={commands.ENTITY: commands.event_subjects},
))
