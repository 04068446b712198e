"""The weekend log in the progress report (by month) and on the overview."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
from sqlite_utils import Database

from ocop_tracker.clubhouse import commands as clubhouse
from ocop_tracker.core import clock, fmt
from ocop_tracker.core.registry import Metric
from ocop_tracker.core.strings import t


def monthly_rows(db: Database, event_id: int, lang: str) -> pd.DataFrame:
    """The weekend log summed by month."""
    frame = clubhouse.monthly(db, event_id, clock.now())
    return pd.DataFrame(frame.to_numpy().tolist(), columns=[t(k, lang) for k in (
        "club.month", "club.due", "club.logged", "club.open", "club.visitors",
        "club.products", "club.issues")])


def overview_metrics(db: Database, event_id: int, now: datetime, lang: str) -> list[Metric]:
    """Weekend days logged of those due (the missing ones named), issues not yet resolved."""
    club = clubhouse.status_section(db, event_id, now)
    if not club["weekends_due"]:
        return []
    missing = clubhouse.missing_days(db, event_id, now)
    detail = (t("club.m_detail", lang, days=", ".join(fmt.vn_date(d) for d in missing))
              if missing else t("club.m_ok", lang))
    return [Metric(t("club.m_title", lang), f"{club['weekends_logged']}/{club['weekends_due']}",
                   detail),
            Metric(t("club.m_issues", lang), str(club["open_issues"]))]
