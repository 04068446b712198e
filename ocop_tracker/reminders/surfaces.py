"""Reminders on every surface: status --json, an overview figure, the feed and undo."""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from ocop_tracker.core import clock, fmt
from ocop_tracker.core.registry import Absent, Feature, Metric, register
from ocop_tracker.core.strings import t
from ocop_tracker.reminders import commands, queries


def overview(db: Database, event_id: int, now: datetime, lang: str) -> list[Metric]:
    """How many digests reached the units, and when the last run was."""
    s = queries.status_summary(db, event_id)
    if s["last_run"] is None:
        detail = t("rem.metric_never", lang, contacts=s["contacts"])
    else:
        detail = t("rem.metric_detail", lang, when=fmt.vn_datetime(clock.parse_iso(s["last_run"])),
                   failed=s["failed"])
    return [Metric(t("rem.metric", lang), fmt.vn_number(s["delivered"]), detail)]


FEATURE = register(Feature(
    key="reminders",
    title_key="nav.reminders",
    projector=Absent("reminders go to each unit's own inbox; a meeting room watches readiness, "
                     "which the tasks panels already show"),
    report=Absent("deliveries are an operational log (who was sent what, when), not readiness; "
                  "the admin page lists them"),
    status=lambda db, event_id, now: {"reminders": queries.status_summary(db, event_id)},
    overview=overview,
    undo={commands.ENTITY: commands.undo_contact_change},
    subjects={commands.ENTITY: queries.contact_subjects},
))
