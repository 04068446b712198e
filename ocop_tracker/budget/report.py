"""The budget in the progress report and on the overview."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
from sqlite_utils import Database

from ocop_tracker.budget import commands as budget
from ocop_tracker.core.registry import Metric
from ocop_tracker.core.strings import t

STATE_KEYS = {"draft": "bud.st.draft", "waiting": "bud.st.waiting", "approved": "bud.st.approved",
              "returned": "bud.st.returned", "spent": "bud.st.spent"}


def budget_rows(db: Database, event_id: int, lang: str) -> pd.DataFrame:
    """Budget lines (estimate, approved, spent in VND) and their total."""
    frame = budget.lines(db, event_id)
    totals = budget.totals(db, event_id)
    rows = [[r.item, budget.vnd(r.estimate), budget.vnd(r.approved), budget.vnd(r.spent),
             t(STATE_KEYS[r.state], lang)] for r in frame.itertuples(index=False)]
    rows.append([t("bud.total", lang), budget.vnd(totals["estimate"]),
                 budget.vnd(totals["approved"]), budget.vnd(totals["spent"]), ""])
    return pd.DataFrame(rows, columns=[t(k, lang) for k in
                                       ("bud.item", "bud.estimate", "bud.approved", "bud.spent",
                                        "bud.state")])


def overview_metrics(db: Database, event_id: int, now: datetime, lang: str) -> list[Metric]:
    """Estimate, approved and spent in total (nothing until a line is drawn up)."""
    money = budget.totals(db, event_id)
    if not money["estimate"]:
        return []
    lines = budget.lines(db, event_id)
    waiting = int((lines["state"] == "waiting").sum())
    return [Metric(t("bud.estimate", lang), budget.vnd(money["estimate"]),
                   t("bud.m_lines", lang, n=len(lines))),
            Metric(t("bud.approved", lang), budget.vnd(money["approved"]),
                   t("bud.m_waiting", lang, n=waiting)),
            Metric(t("bud.spent", lang), budget.vnd(money["spent"]))]
