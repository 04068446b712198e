"""Where each feature declares its place on every surface people look at.

A feature package builds one `Feature` in its `surfaces` module and passes it to `register`:
its projector panels, its report sections (Excel sheet and print page), its `status --json`
keys, its overview figures, its undo handlers and how its rows are named in the history
feed. Every field is required: a surface that makes no sense for a feature
is declared as `Absent("why")`, so none can be forgotten silently (tests/test_surfaces.py).
The surfaces themselves (ui, reports, cli) iterate `features()` and know no feature by name.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pandas as pd
from sqlite_utils import Database

from ocop_tracker.core import audit


@dataclass(frozen=True)
class Absent:
    """A surface a feature deliberately does not have, and why."""

    reason: str


@dataclass(frozen=True)
class PanelView:
    """What a projector panel is drawn with: its data (loaded once per refresh), the moment,
    the language, and which of its pages to show (0 unless the panel has several)."""

    data: Any
    now: datetime
    lang: str = "vi"
    page: int = 0


@dataclass(frozen=True)
class ProjectorPanel:
    """One rotating projector screen: `load` reads its data, `render` draws it as HTML
    (escaping every user text) sized for 1920×1080 read from the back of a room."""

    key: str
    title_key: str
    load: Callable[[Database, int, datetime], Any]
    render: Callable[[PanelView], str]
    pages: Callable[[Any], int] = lambda data: 1  # screens it needs for this data, in turn


@dataclass(frozen=True)
class ReportSection:
    """One table of the progress report: an Excel sheet, a CSV, a section of the print page."""

    key: str  # sheet / file name, e.g. "gian-hang"
    title_key: str
    rows: Callable[[Database, int, str], pd.DataFrame]  # (db, event id, language)


@dataclass(frozen=True)
class Metric:
    """One figure of the overview: a label, the value, and a line that explains it."""

    label: str
    value: str
    detail: str = ""


OverviewFigures = Callable[[Database, int, datetime, str], list[Metric]]
StatusKeys = Callable[[Database, int, datetime], dict[str, Any]]


@dataclass(frozen=True)
class Feature:
    """A feature's registration on every surface (see the module's docstring)."""

    key: str
    title_key: str
    projector: tuple[ProjectorPanel, ...] | Absent
    report: tuple[ReportSection, ...] | Absent
    status: StatusKeys | Absent
    overview: OverviewFigures | Absent
    undo: Mapping[str, audit.UndoHandler] | Absent
    subjects: Mapping[str, audit.SubjectNamer]


_FEATURES: dict[str, Feature] = {}
_ORDER: list[str] = []


def register(feature: Feature) -> Feature:
    """Add a feature to every surface; its undo handlers and feed names with it."""
    if not isinstance(feature.undo, Absent):
        for entity, handler in feature.undo.items():
            audit.register_undo(entity, handler)
    for entity, namer in feature.subjects.items():
        audit.register_subject(entity, namer)
    _FEATURES[feature.key] = feature
    return feature


def set_order(keys: Sequence[str]) -> None:
    """The order of every surface (menu, projector, report), whatever the import order."""
    _ORDER[:] = keys


def features() -> list[Feature]:
    """The registered features, in the order set by ocop_tracker.features."""
    rank = {key: i for i, key in enumerate(_ORDER)}
    return sorted(_FEATURES.values(), key=lambda f: rank.get(f.key, len(rank)))


def projector_panels() -> list[ProjectorPanel]:
    """Every feature's projector panels, in feature order."""
    return [panel for f in features() if not isinstance(f.projector, Absent)
            for panel in f.projector]


def report_sections() -> list[ReportSection]:
    """Every feature's report sections, in feature order."""
    return [section for f in features() if not isinstance(f.report, Absent)
            for section in f.report]


def status_keys(db: Database, event_id: int, now: datetime) -> dict[str, Any]:
    """Every feature's `status --json` keys."""
    merged: dict[str, Any] = {}
    for feature in features():
        if not isinstance(feature.status, Absent):
            merged.update(feature.status(db, event_id, now))
    return merged


def overview_figures(db: Database, event_id: int, now: datetime, lang: str
                     ) -> list[tuple[Feature, list[Metric]]]:
    """Every feature's overview figures, with the feature they belong to."""
    return [(f, f.overview(db, event_id, now, lang)) for f in features()
            if not isinstance(f.overview, Absent)]
