"""Small value types shared by every layer."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Status(StrEnum):
    """What a unit reports about a task (stored as this value)."""

    NOT_STARTED = "chua_bat_dau"
    IN_PROGRESS = "dang_thuc_hien"
    DONE = "hoan_thanh"
    BLOCKED = "vuong_mac"


class Health(StrEnum):
    """How a task stands against its deadline: what the colours show."""

    DONE_ON_TIME = "done_on_time"
    DONE_LATE = "done_late"
    OVERDUE = "overdue"
    BLOCKED = "blocked"
    IN_PROGRESS = "in_progress"
    NOT_STARTED = "not_started"
    RECURRING = "recurring"


# Follow-up tools in Vietnamese offices use these colours (shared/domain.md);
# every place that shows a colour also shows the word.
HEALTH_COLOURS: dict[Health, str] = {
    Health.DONE_ON_TIME: "#2e7d32",
    Health.DONE_LATE: "#ef6c00",
    Health.OVERDUE: "#c62828",
    Health.BLOCKED: "#6a1b9a",
    Health.IN_PROGRESS: "#1565c0",
    Health.NOT_STARTED: "#757575",
    Health.RECURRING: "#00838f",
}

HEALTH_ICONS: dict[Health, str] = {
    Health.DONE_ON_TIME: "✅",
    Health.DONE_LATE: "🟧",
    Health.OVERDUE: "🟥",
    Health.BLOCKED: "⛔",
    Health.IN_PROGRESS: "🔵",
    Health.NOT_STARTED: "⚪",
    Health.RECURRING: "🔁",
}


class Role(StrEnum):
    """What an account may do (ocop_tracker.core.permissions decides from this)."""

    ADMIN = "admin"    # the plan's owner (Phòng Kinh tế): anything
    UNIT = "unit"      # one department: what its unit owns, notes where it supports
    VIEWER = "viewer"  # leadership, the projector: reads only
    RECEPTION = "reception"  # the reception desk: checks guests in, nothing else
    APPROVER = "approver"  # signs off what is submitted to it by name; changes nothing else


@dataclass(frozen=True)
class Actor:
    """Who is making a change: a person's name, the unit they act for, their role and account.

    Pages build it from the logged-in account; every write function passes it to
    ocop_tracker.core.permissions.require, which refuses what the role may not do.
    """

    name: str
    agency_id: int | None = None
    role: Role = Role.UNIT
    account_id: int | None = None
    # The account's login name when the page knows it: a write checks it still names the
    # same account (a restored backup may give the id to someone else).
    username: str | None = None


@dataclass(frozen=True)
class Change:
    """What one write did, returned to the page so it can say so."""

    entity: str
    entity_id: int
    field: str
    before: str | None
    after: str | None
    version: int
