"""The booths, products and standees on every surface."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlite_utils import Database

from ocop_tracker.booths import commands, projector, report
from ocop_tracker.booths import queries as booths
from ocop_tracker.core.registry import (
    Feature,
    Metric,
    ProjectorPanel,
    ReportSection,
    register,
)


def _load(db: Database, event_id: int, now: datetime) -> booths.BoothData:
    return booths.load(db, event_id)


def _status(db: Database, event_id: int, now: datetime) -> dict[str, Any]:
    return {"booths": booths.status_section(db, event_id, now)}


def _overview(db: Database, event_id: int, now: datetime, lang: str) -> list[Metric]:
    return projector.overview_metrics(booths.load(db, event_id), now, lang)


FEATURE = register(Feature(
    key="booths",
    title_key="nav.booths",
    projector=(ProjectorPanel("booths", "proj.booths", _load, projector.booths_panel),),
    report=(
        ReportSection("gian-hang", "report.section_booths", report.booth_rows),
        ReportSection("san-pham", "report.section_products", report.product_rows),
    ),
    status=_status,
    overview=_overview,
    undo={"booth": commands.undo_booth_change, "standee": commands.undo_standee_change},
    subjects={"booth": commands.booth_subjects, "product": commands.product_subjects,
              "standee": commands.standee_subjects},
))
