"""The booths, products and standees on every surface."""

from __future__ import annotations

from ocop_tracker.booths import queries as booths
from ocop_tracker.booths import report
from ocop_tracker.core.registry import Absent, Feature, ReportSection, register

FEATURE = register(Feature(
    key="booths",
    title_key="nav.booths",
    projector=Absent("TODO"),
    report=(
        ReportSection("gian-hang", "report.section_booths",
                      lambda db, event_id, lang: report.booth_rows(db, event_id)),
        ReportSection("san-pham", "report.section_products",
                      lambda db, event_id, lang: report.product_rows(db, event_id)),
    ),
    status=lambda db, event_id, now: {"booths": booths.status_section(db, event_id, now)},
    overview=Absent("TODO"),
    undo=Absent("TODO"),
    subjects={},
))
