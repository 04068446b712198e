"""Booths and products as report rows (Excel sheet, CSV), headers and words in either language."""

from __future__ import annotations

import pandas as pd
from sqlite_utils import Database

from ocop_tracker.booths import queries as booths
from ocop_tracker.core import fmt
from ocop_tracker.core.strings import t


def _day(value: object) -> str:
    return fmt.vn_date(pd.Timestamp(value).date()) if isinstance(value, str) and value else ""


def booth_rows(db: Database, event_id: int, lang: str = "vi") -> pd.DataFrame:
    """One row per numbered booth: kind, commune, products, checklist, ready."""
    frame = booths.booths(db, event_id)
    yes, not_yet = t("bth.rep.yes", lang), t("bth.rep.not_yet", lang)
    return pd.DataFrame({
        t("bth.rep.number", lang): frame["number"],
        t("bth.rep.kind", lang): [t(f"bth.rep.kind.{k}", lang) for k in frame["kind"]],
        t("bth.rep.commune", lang): frame["commune"].fillna(t("bth.rep.unassigned", lang)),
        t("bth.rep.products", lang): frame["product_names"].map("; ".join),
        t("bth.rep.checks", lang): frame["checks_done"],
        t("bth.rep.ready", lang): [yes if r else not_yet for r in frame["ready"]],
    })


def product_rows(db: Database, event_id: int, lang: str = "vi") -> pd.DataFrame:
    """One row per OCOP product: producer, commune, group, stars, decision, expiry, booth."""
    frame = booths.products(db, event_id)
    yes = t("bth.rep.yes", lang)
    return pd.DataFrame({
        t("bth.rep.product", lang): frame["name"],
        t("bth.rep.producer", lang): frame["producer"],
        t("bth.rep.commune", lang): frame["commune"],
        t("bth.rep.group", lang): frame["product_group"],
        t("bth.rep.stars", lang): frame["stars"],
        t("bth.rep.decision_no", lang): frame["decision_no"],
        t("bth.rep.decision_date", lang): frame["decision_date"].map(_day),
        t("bth.rep.expires", lang): frame["expires_on"].map(_day),
        t("bth.rep.newly", lang): [yes if n else "" for n in frame["newly_recognised"]],
        t("bth.rep.booth", lang): frame["booth_number"].map(
            lambda n: int(n) if pd.notna(n) else ""),
    })
