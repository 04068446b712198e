"""Accounts on the surfaces where they make sense: status --json counts, the history feed."""

from __future__ import annotations

from ocop_tracker.accounts import users
from ocop_tracker.core.registry import Absent, Feature, register

FEATURE = register(Feature(
    key="accounts",
    title_key="nav.admin",
    projector=Absent("accounts are not readiness: nothing to show a meeting room"),
    report=Absent("TODO"),
    status=lambda db, event_id, now: {"accounts": users.status_summary(db)},
    overview=Absent("accounts are not readiness"),
    undo=Absent("TODO"),
    subjects={"user": users.user_subjects},
))
