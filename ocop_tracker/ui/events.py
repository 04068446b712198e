"""Sự kiện: the list of events, the current one, archive, and clone to next year's date."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import streamlit as st

from ocop_tracker import events, fmt
from ocop_tracker.errors import UserFacingError
from ocop_tracker.models import Actor
from ocop_tracker.ui import connect, flash, lang, tr


def load() -> pd.DataFrame:
    """Every event with its totals (small table: read fresh on each run)."""
    with connect() as db:
        return events.list_events(db)


def _state(row: pd.Series) -> str:
    if row["is_current"]:
        return "▶ " + tr("events.current")
    return "🗄 " + tr("events.archived") if row["archived"] else tr("events.active")


def _label(row: pd.Series) -> str:
    return f"{fmt.vn_date(date.fromisoformat(row['event_date']))} — {row['title']}"


def table(frame: pd.DataFrame) -> None:
    """The events as a read-only table, current one marked in words, not colour alone."""
    st.title(tr("events.heading"))
    shown = pd.DataFrame({
        tr("events.col_date"): [fmt.vn_weekday_date(date.fromisoformat(d), lang())
                                for d in frame["event_date"]],
        tr("events.col_title"): frame["title"],
        tr("events.col_state"): [_state(r) for _, r in frame.iterrows()],
        tr("events.col_progress"): [f"{d}/{t}" for d, t in zip(frame["done"], frame["tasks"])],
    })
    if frame.empty:
        st.info(tr("error.no_event"))
        return
    st.dataframe(shown, hide_index=True, width="stretch")


def manage(frame: pd.DataFrame, actor: Actor | None) -> None:
    """Pick an event; make it current, archive or unarchive it."""
    if not actor:
        st.info(tr("auth.login_to_edit"), icon="🔑")
    ids = frame["id"].astype(int).tolist()
    rows = frame.set_index("id")
    chosen = st.selectbox(tr("events.choose"), ids, key="event-choice",
                          format_func=lambda i: _label(rows.loc[i]))
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
    rows = frame.set_index("id")
    with st.form("clone-event", border=True):
        source = st.selectbox(tr("events.clone_source"), rows.index.astype(int).tolist(),
                              format_func=lambda i: _label(rows.loc[i]), key="clone-source")
        default = date.fromisoformat(rows.loc[source, "event_date"]) + timedelta(days=364)
        new_date = st.date_input(tr("events.clone_date"), value=default, format="DD/MM/YYYY",
                                 key="clone-date")
        title = st.text_input(tr("events.clone_title"), key="clone-title", max_chars=300)
        if st.form_submit_button(tr("events.clone_submit"), type="primary",
                                 disabled=not actor):
            _clone(int(source), new_date, title, actor)


def _run(write) -> bool:
    try:
        with connect() as db:
            write(db)
    except UserFacingError as exc:
        flash(exc.message(lang()), "error")
        return False
    return True


def _make_current(event_id: int, actor: Actor | None) -> None:
    if _run(lambda db: events.set_current_event(db, event_id, actor)):
        _say("events.made_current", event_id)


def _archive(event_id: int, archived: bool, version: int, actor: Actor | None) -> None:
    if _run(lambda db: events.set_archived(db, event_id, archived, version, actor)):
        _say("events.archived_done" if archived else "events.unarchived_done", event_id)


def _say(key: str, event_id: int) -> None:
    row = load().set_index("id").loc[event_id]
    flash(tr(key, title=row["title"], date=fmt.vn_date(date.fromisoformat(row["event_date"]))))


def _clone(source: int, new_date: date, title: str, actor: Actor | None) -> None:
    created: list[int] = []
    if _run(lambda db: created.append(
            events.clone_event(db, source, new_date, actor, title))):
        n = int(load().set_index("id").loc[created[0], "tasks"])
        flash(tr("events.cloned", date=fmt.vn_date(new_date), n=n))
        st.rerun()


