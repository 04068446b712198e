"""Kinh phí: the estimate by item, what was approved and what was spent, per line and in total."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ocop_tracker.budget import commands as budget
from ocop_tracker.budget.report import budget_rows
from ocop_tracker.core import permissions, queries
from ocop_tracker.core.models import Actor
from ocop_tracker.ui import auth, connect, md, tr, write


def page() -> None:
    """Totals, the table of lines, and (for Phòng KT) adding lines and entering spending."""
    actor = auth.current_actor()
    with connect() as db:
        event_id = queries.current_event_id(db)
        if event_id is None:
            return
        totals = budget.totals(db, event_id)
        lines = budget.lines(db, event_id)
        table = budget_rows(db, event_id, st.session_state.get("lang", "vi"))
        may_edit = permissions.allowed(actor, permissions.EDIT,
                                       permissions.organiser_agency_id(db))
    st.title(tr("bud.title"))
    st.caption(tr("bud.caption"))
    cols = st.columns(3)
    for col, key in zip(cols, ("estimate", "approved", "spent"), strict=True):
        col.metric(tr(f"bud.{key}"), budget.vnd(totals[key]))
    st.dataframe(table, hide_index=True, width="stretch",
                 column_config={tr("bud.item"): st.column_config.TextColumn(width="large")})
    _comments(lines)
    if may_edit and actor is not None:
        _edit(event_id, lines, actor)


def _comments(lines: pd.DataFrame) -> None:
    for row in lines[lines["state"] == "returned"].itertuples(index=False):
        st.warning(f"**{md(row.item)}** · " + tr("appr.returned_note", comment=md(row.comment)))


def _edit(event_id: int, lines: pd.DataFrame, actor: Actor) -> None:
    left, right = st.columns(2)
    with left.form("bud-add", clear_on_submit=True):
        st.markdown(f"**{tr('bud.add')}**")
        item = st.text_input(tr("bud.item"), key="bud-item")
        amount = st.text_input(tr("bud.estimate"), key="bud-estimate",
                               help=tr("bud.amount_help"))
        if st.form_submit_button(tr("bud.add")):
            write(lambda db: budget.add_line(db, event_id, item, amount, actor),
                  tr("bud.added", item=item))
            st.rerun()
    approved = lines[lines["state"].isin(["approved", "spent"])]
    if approved.empty:
        return
    labels = {int(r.id): r.item for r in approved.itertuples(index=False)}
    with right.form("bud-spent", clear_on_submit=True):
        st.markdown(f"**{tr('bud.save_spent')}**")
        chosen = st.selectbox(tr("bud.item"), list(labels), format_func=labels.get,
                              key="bud-line")
        spent = st.text_input(tr("bud.spent"), key="bud-spent-amount",
                              help=tr("bud.amount_help"))
        if st.form_submit_button(tr("bud.save_spent")):
            version = int(lines.set_index("id").at[chosen, "version"])
            write(lambda db: budget.set_spent(db, chosen, spent, version, actor),
                  tr("bud.saved", item=labels[chosen]))
            st.rerun()
