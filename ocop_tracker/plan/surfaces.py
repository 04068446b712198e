"""The plan feature on every surface."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlite_utils import Database

from ocop_tracker.core.registry import Absent, Feature, register

LOAD_ACTIONS = ("install_plan", "import_plan")


def status(db: Database, event_id: int, now: datetime) -> dict[str, Any]:
    """The `plan` section of `status --json`: which document the event came from, when and
    by whom it was last loaded, and how many tasks its latest version no longer names."""
    source = db.execute("SELECT source_file FROM events WHERE id = ?", [event_id]).fetchone()
    dropped = db.execute("SELECT count(*) FROM tasks WHERE event_id = ? "
                         "AND dropped_at IS NOT NULL", [event_id]).fetchone()[0]
    loaded = db.execute("SELECT at, actor FROM history WHERE entity = 'event' AND entity_id = ? "
                        "AND action IN (?, ?) ORDER BY id DESC LIMIT 1",
                        [event_id, *LOAD_ACTIONS]).fetchone()
    return {"plan": {
        "source_file": source[0] if source else None,
        "tasks_dropped": dropped,
        "loaded_at": loaded[0] if loaded else None,
        "loaded_by": loaded[1] if loaded else None,
    }}


FEATURE = register(Feature(
    key="plan",
    title_key="nav.import_plan",
    projector=Absent("the plan is the tasks, the programme and the booths once loaded: those "
                     "features draw it; the document itself is nothing to watch"),
    report=Absent("the report's task sheets are the plan's assignments; tasks dropped by a "
                  "newer version are listed on the import page and counted in status --json"),
    status=status,
    overview=Absent("loading a plan is a one-off admin step, not readiness"),
    undo=Absent("an import or install is undone by importing the previous version of the "
                "plan: it keeps every task's progress, where a history put-back of hundreds "
                "of rows could not"),
    subjects={},
))
