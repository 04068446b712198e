"""Sự kiện: the list of events, the current one, archive, and clone to next year's date."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import streamlit as st

from ocop_tracker.core import fmt, queries
from ocop_tracker.core.db import db_path
from ocop_tracker.core.models import Actor
from ocop_tracker.events import commands as events
from ocop_tracker.ui import connect, flash, lang, say, tr, write


# Shared, not copied per rerun (cache_resource): callers never mutate what it returns.
@st.cache_resource(show_spinner=False, max_entries=8)
def _events(path: str, revision: int) -> pd.DataFrame:
    with connect() as db:
        return events.list_events(db)


def load() -> pd.DataFrame:
    """Every event with its totals, read once per data revision (a city may hold hundreds)."""
    with connect() as db:
        revision = queries.data_revision(db)
    return _events(str(db_path()), revision)


def _state(is_current: bool, archived: bool) -> str:
    if is_current:
        return "▶ " + tr("events.current")
    return "🗄 " + tr("events.archived") if archived else tr("events.active")


def _labels(frame: pd.DataFrame) -> dict[int, str]:
    """Event id → '28/09/2024 — title', for the pickers."""
    return {int(i): f"{fmt.vn_date(date.fromisoformat(d))} — {title}"
            for i, d, title in zip(frame["id"], frame["event_date"], frame["title"],
                                   strict=True)}


def table(frame: pd.DataFrame) -> None:
    """The events as a read-only table, current one marked in words, not colour alone."""
    st.title(tr("events.heading"))
    shown = pd.DataFrame({
        tr("events.col_date"): [fmt.vn_weekday_date(date.fromisoformat(d), lang())
                                for d in frame["event_date"]],
        tr("events.col_title"): frame["title"],
        tr("events.col_state"): [_state(c, a) for c, a in zip(frame["is_current"],
                                                              frame["archived"], strict=True)],
        tr("events.col_progress"): [f"{d}/{t}" for d, t in zip(frame["done"], frame["tasks"],
                                                                strict=True)],
    })
    if frame.empty:
        st.info(tr("error.no_event"))
        return
    st.dataframe(shown, hide_index=True, width="stretch")


def manage(frame: pd.DataFrame, actor: Actor | None) -> None:
    """Pick an event; make it current, archive or unarchive it."""
    if not actor:
        st.info(tr("auth.login_to_change"), icon=":material/login:")
    labels = _labels(frame)
    rows = frame.set_index("id")
    chosen = st.selectbox(tr("events.choose"), list(labels), key="event-choice",
                          format_func=labels.get)
    row = rows.loc[chosen]
    cols = st.columns(2)
    cols[0].button(tr("events.make_current"), key="event-current", type="primary",
                   disabled=bool(row["is_current"] or row["archived"] or not actor),
                   on_click=_make_current, args=(chosen, actor))
    label = "events.unarchive" if row["archived"] else "events.archive"
    cols[1].button(tr(label), key="event-archive", disabled=not actor,
                   on_click=_archive, args=(chosen, not row["archived"], int(row["version"]),
                                            actor))


def clone_form(frame: pd.DataFrame, actor: Actor | None) -> None:
    """Copy an event to a new date: deadlines keep their distance, progress starts afresh."""
    st.subheader(tr("events.clone_heading"))
    st.caption(tr("events.clone_help"))
    labels = _labels(frame)
    days = dict(zip(frame["id"].astype(int), frame["event_date"], strict=True))
    with st.form("clone-event", border=True):
        source = st.selectbox(tr("events.clone_source"), list(labels), format_func=labels.get,
                              key="clone-source")
        default = date.fromisoformat(days[source]) + timedelta(days=364)
        new_date = st.date_input(tr("events.clone_date"), value=default, format="DD/MM/YYYY",
                                 key="clone-date")
        title = st.text_input(tr("events.clone_title"), key="clone-title", max_chars=300)
        if st.form_submit_button(tr("events.clone_submit"), type="primary",
                                 disabled=not actor):
            _clone(int(source), new_date, title, actor)


def _make_current(event_id: int, actor: Actor | None) -> None:
    if write(lambda db: events.set_current_event(db, event_id, actor)):
        _say("events.made_current", event_id)


def _archive(event_id: int, archived: bool, version: int, actor: Actor | None) -> None:
    if write(lambda db: events.set_archived(db, event_id, archived, version, actor)):
        _say("events.archived_done" if archived else "events.unarchived_done", event_id)


def _say(key: str, event_id: int) -> None:
    row = load().set_index("id").loc[event_id]
    flash(say(key, title=row["title"], date=fmt.vn_date(date.fromisoformat(row["event_date"]))))


def _clone(source: int, new_date: date, title: str, actor: Actor | None) -> None:
    created: list[int] = []
    if write(lambda db: created.append(
            events.clone_event(db, source, new_date, actor, title))):
        n = int(load().set_index("id").loc[created[0], "tasks"])
        flash(tr("events.cloned", date=fmt.vn_date(new_date), n=n))
    # Drawn after this page showed its messages: run again so a refusal (a unit may not
    # clone) is said too, not only a success.
    st.rerun()


