"""Every feature of the tracker, each registered on every surface (ocop_tracker.core.registry).

Importing this module registers them all: a feature's `surfaces` module registers it when
imported. The order below is the order of the projector's panels, the report's sections and
the overview's blocks.
"""

from __future__ import annotations

import importlib
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from ocop_tracker.core import clock, registry
from ocop_tracker.core.registry import Feature

FEATURE_PACKAGES = ("tasks", "booths", "delegates", "programme", "events", "plan", "accounts",
                    "reminders", "signoff", "budget", "clubhouse")

registry.set_order(FEATURE_PACKAGES)
for _name in FEATURE_PACKAGES:
    importlib.import_module(f"ocop_tracker.{_name}.surfaces")


def all_features() -> list[Feature]:
    """The registered features, in the order above."""
    return registry.features()


def full_status(db: Database, event_id: int, now: datetime | None = None) -> dict[str, Any]:
    """`status --json`: every feature's keys, computed by the code the screens use."""
    return registry.status_keys(db, event_id, clock.to_vn(now) if now else clock.now())
