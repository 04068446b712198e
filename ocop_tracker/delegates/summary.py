"""The delegates' figures for the wall screen, the report and the overview: aggregates only.

The report is downloadable by any signed-in viewer and the projector faces a room, so
nothing here carries a name or a phone number: groups, quotas and counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pandas as pd
from sqlite_utils import Database

from ocop_tracker.core.registry import Metric
from ocop_tracker.core.strings import t
from ocop_tracker.delegates import queries
from ocop_tracker.delegates.model import Totals


@dataclass(frozen=True)
class Board:
    """Per-group table, event totals and the event's day (arrivals count from that day)."""

    table: pd.DataFrame
    totals: Totals
    event_date: date


def load(db: Database, event_id: int, now: datetime | None = None) -> Board:
    """What the projector panel and the overview draw, read in one go."""
    table, total = queries.overview(db, event_id)
    day = db.execute("SELECT event_date FROM events WHERE id = ?", [event_id]).fetchone()[0]
    return Board(table, total, date.fromisoformat(day))


def day_reached(event_date: date | str, now: datetime) -> bool:
    """True from the event's day on: before it, 'arrived' is always 0 and says nothing."""
    day = date.fromisoformat(event_date) if isinstance(event_date, str) else event_date
    return now.date() >= day


def overview_metrics(total: Totals, event_date: date | str, now: datetime,
                     lang: str = "vi") -> list[Metric]:
    """Confirmed x/150 (with how many were invited) and, from the event's day, arrived."""
    metrics = [Metric(t("dlg.ov_confirmed", lang),
                      t("dlg.ov_of", lang, n=total.confirmed, expected=total.expected),
                      t("dlg.ov_invited", lang, n=total.invited))]
    if day_reached(event_date, now):
        metrics.append(Metric(t("dlg.ov_arrived", lang),
                              t("dlg.ov_of", lang, n=total.arrived, expected=total.expected)))
    return metrics


def report_rows(db: Database, event_id: int, lang: str = "vi") -> pd.DataFrame:
    """One row per group: quota, invited, confirmed, declined, arrived (headers in `lang`)."""
    table, _ = queries.overview(db, event_id)
    not_set = t("dlg.not_set", lang)
    return pd.DataFrame({
        t("dlg.col_group", lang): table["name"].astype(str),
        t("dlg.col_quota", lang): [not_set if pd.isna(q) else int(q) for q in table["quota"]],
        t("dlg.col_invited", lang): table["invited"].astype(int),
        t("dlg.col_confirmed", lang): table["confirmed"].astype(int),
        t("dlg.col_declined", lang): table["declined"].astype(int),
        t("dlg.col_arrived", lang): table["arrived"].astype(int),
    })
