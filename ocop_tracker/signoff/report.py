"""The sign-off feature's tables for the progress report, overview and projector text."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
from sqlite_utils import Database

from ocop_tracker.core import clock, fmt
from ocop_tracker.core.registry import Metric
from ocop_tracker.core.strings import t
from ocop_tracker.signoff import budget, clubhouse, queries


def when(iso: str | None) -> str:
    """An ISO moment as dd/mm/yyyy HH:MM (Vietnam time), or nothing."""
    return fmt.vn_datetime(clock.parse_iso(iso)) if iso else ""


def approval_rows(db: Database, event_id: int, lang: str) -> pd.DataFrame:
    """Every submission with its unit, approver, state and the approver's comment."""
    rows = queries.of_unit(db, event_id, None)
    return pd.DataFrame(
        [[r["subject"], r["unit"], r["approver"], t(f"appr.state.{r['state']}", lang),
          when(r["submitted_at"]), when(r["due_at"]), r["comment"] or ""] for r in rows],
        columns=[t(f"appr.col_{c}", lang) for c in
                 ("subject", "unit", "approver", "state", "submitted", "due", "comment")])


def budget_rows(db: Database, event_id: int, lang: str) -> pd.DataFrame:
    """Budget lines (estimate, approved, spent in VND) and their total."""
    frame = budget.lines(db, event_id)
    totals = budget.totals(db, event_id)
    rows = [[r.item, budget.vnd(r.estimate), budget.vnd(r.approved), budget.vnd(r.spent),
             t(f"appr.state.{r.state}", lang)] for r in frame.itertuples(index=False)]
    rows.append([t("bud.total", lang), budget.vnd(totals["estimate"]),
                 budget.vnd(totals["approved"]), budget.vnd(totals["spent"]), ""])
    return pd.DataFrame(rows, columns=[t(k, lang) for k in
                                       ("bud.item", "bud.estimate", "bud.approved", "bud.spent",
                                        "bud.state")])


def clubhouse_rows(db: Database, event_id: int, lang: str) -> pd.DataFrame:
    """The weekend log summed by month."""
    frame = clubhouse.monthly(db, event_id, clock.now())
    return pd.DataFrame(frame.to_numpy().tolist(), columns=[t(k, lang) for k in (
        "club.month", "club.due", "club.logged", "club.open", "club.visitors",
        "club.products", "club.issues")])


def overview_metrics(db: Database, event_id: int, now: datetime, lang: str) -> list[Metric]:
    """What waits for approval and for whom; the budget; missing weekend logs."""
    status = queries.status_section(db, event_id)
    who = "; ".join(t("appr.by_approver", lang, approver=w["approver"], n=w["count"],
                      since=when(w["oldest"])) for w in status["waiting_by_approver"])
    metrics = [Metric(t("appr.m_waiting", lang), str(status["waiting"]), who),
               Metric(t("appr.m_returned", lang), str(status["returned"]))]
    money = budget.totals(db, event_id)
    if money["estimate"]:
        metrics.append(Metric(t("bud.m_title", lang), budget.vnd(money["estimate"]),
                              t("bud.m_detail", lang, approved=budget.vnd(money["approved"]),
                                spent=budget.vnd(money["spent"]))))
    club = clubhouse.status_section(db, event_id, now)
    if club["weekends_due"]:
        missing = clubhouse.missing_days(db, event_id, now)
        detail = (t("club.m_detail", lang, days=", ".join(fmt.vn_date(d) for d in missing))
                  if missing else t("club.m_ok", lang))
        metrics.append(Metric(t("club.m_title", lang),
                              f"{club['weekends_logged']}/{club['weekends_due']}", detail))
        metrics.append(Metric(t("club.m_issues", lang), str(club["open_issues"])))
    return metrics
