"""Approvals in the progress report and on the overview: what waits, and for whom."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
from sqlite_utils import Database

from ocop_tracker.core import clock, fmt
from ocop_tracker.core.registry import Metric
from ocop_tracker.core.strings import t
from ocop_tracker.signoff import queries


def when(iso: str | None) -> str:
    """An ISO moment as HH:MM dd/mm/yyyy (Vietnam time), or nothing."""
    return fmt.vn_datetime(clock.parse_iso(iso)) if iso else ""


def due_text(iso: str | None, lang: str = "vi") -> str:
    """A deadline as the plan writes it: 'trước 25/09/2024'; nothing for none."""
    return fmt.vn_deadline(clock.parse_iso(iso), lang) if iso else ""


def approval_rows(db: Database, event_id: int, lang: str) -> pd.DataFrame:
    """Every submission with its unit, approver, state and the approver's comment."""
    rows = queries.of_unit(db, event_id, None)
    return pd.DataFrame(
        [[r["subject"], r["unit"], r["approver"], t(f"appr.state.{r['state']}", lang),
          when(r["submitted_at"]), due_text(r["due_at"], lang), r["comment"] or ""] for r in rows],
        columns=[t(f"appr.col_{c}", lang) for c in
                 ("subject", "unit", "approver", "state", "submitted", "due", "comment")])


def overview_metrics(db: Database, event_id: int, now: datetime, lang: str) -> list[Metric]:
    """What waits for approval and for whom (oldest first), returned and approved."""
    status = queries.status_section(db, event_id)
    if not any(status[k] for k in ("waiting", "approved", "returned")):
        return []
    who = " · ".join(t("appr.by_approver", lang, approver=w["approver"], n=w["count"])
                     for w in status["waiting_by_approver"])
    return [Metric(t("appr.m_waiting", lang), str(status["waiting"]), who),
            Metric(t("appr.m_returned", lang), str(status["returned"])),
            Metric(t("appr.m_approved", lang), str(status["approved"]))]
