"""Nhiệm vụ: a unit's own tasks, one status widget per task, every write through commands."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pandas as pd
import streamlit as st
from sqlite_utils import Database

from ocop_tracker import clock, commands, fmt, queries, readiness
from ocop_tracker.errors import UserFacingError
from ocop_tracker.models import HEALTH_ICONS, Actor, Status
from ocop_tracker.status import Snapshot
from ocop_tracker.strings import health_label, status_label
from ocop_tracker.ui import SnapshotKey, connect, flash, lang, snapshot_key, tr

ACTOR_KEY = "actor_name"


def controls(snap: Snapshot) -> tuple[int, str]:
    """Which unit's board, and who is updating it."""
    unit_col, name_col = st.columns([3, 2])
    with unit_col:
        unit_id = choose_unit(units_with_tasks(snap))
    with name_col:
        actor_name = actor_input()
    return unit_id, actor_name


def actor_input() -> str:
    """The person's name, typed once per session (accounts come later)."""
    return st.text_input(tr("tasks.who"), key=ACTOR_KEY, help=tr("tasks.who_help")).strip()


@st.cache_resource(show_spinner=False, max_entries=16)
def _units(key: SnapshotKey) -> pd.DataFrame:
    with connect() as db:
        return queries.agencies(db, key[1])


@st.cache_resource(show_spinner=False, max_entries=16)
def _histories(key: SnapshotKey) -> dict[int, list[dict]]:
    with connect() as db:
        return queries.recent_task_history(db, key[1])


def units_with_tasks(snap: Snapshot) -> pd.DataFrame:
    """Units that lead or support at least one task, leads first by task count."""
    tasks = snap.tasks
    lead_ids = tasks["lead_agency_id"].astype(int).tolist()
    support_ids = [int(i) for ids in tasks["supporter_ids"] for i in ids.split(",") if i]
    units = _units(snapshot_key())
    units = units[units["id"].isin(set(lead_ids) | set(support_ids))].copy()
    units["leads"] = [lead_ids.count(i) for i in units["id"]]
    return units.sort_values(["leads", "id"], ascending=[False, True])


def choose_unit(units: pd.DataFrame) -> int:
    """Unit picker, remembered in the URL (?unit=ID) so a department can bookmark its board."""
    ids = units["id"].astype(int).tolist()
    names = dict(zip(ids, units["name"]))
    wanted = st.query_params.get("unit")
    index = ids.index(int(wanted)) if wanted and wanted.isdigit() and int(wanted) in ids else 0
    chosen = st.selectbox(tr("tasks.unit"), ids, index=index, format_func=names.get, key="unit")
    st.query_params["unit"] = str(chosen)
    return chosen


def board(snap: Snapshot, unit_id: int, actor_name: str) -> None:
    """The unit's tasks as lead (status + note) and as supporter (note only)."""
    tasks = snap.tasks
    lead = tasks[tasks["lead_agency_id"] == unit_id]
    support = tasks[[str(unit_id) in ids.split(",") for ids in tasks["supporter_ids"]]]
    if not actor_name:
        st.info(tr("tasks.who_missing"), icon="✍️")
    done = int(lead["is_done"].sum())
    late = int((lead["health"] == "overdue").sum())
    st.markdown(tr("tasks.unit_summary", total=len(lead), done=done, overdue=late))
    st.subheader(tr("tasks.as_lead", n=len(lead)))
    _task_list(lead, snap, actor_name, can_set_status=True)
    st.subheader(tr("tasks.as_support", n=len(support)))
    _task_list(support, snap, actor_name, can_set_status=False)


def _task_list(frame: pd.DataFrame, snap: Snapshot, actor_name: str, can_set_status: bool) -> None:
    if frame.empty:
        st.caption(tr("tasks.none"))
    for row in frame.itertuples(index=False):
        with st.container(border=True, key=f"task-{row.id}"):
            _task_row(row, snap, actor_name, can_set_status)


def _task_row(row: object, snap: Snapshot, actor_name: str, can_set_status: bool) -> None:
    info, state, note = st.columns([5, 2, 2], vertical_alignment="center")
    with info:
        st.markdown(f"**{row.code}** · {row.title}")
        st.caption(_due_line(row, snap))
        if row.supporters:
            st.caption(tr("tasks.supporting_is", units=row.supporters))
        if not can_set_status:
            st.caption(tr("tasks.lead_is", lead=row.lead_short))
        if row.dropped_at:  # issue 6: kept for its progress, gone from the imported plan
            st.caption(tr("tasks.dropped", date=fmt.vn_date(clock.parse_iso(row.dropped_at))))
    with state:
        st.markdown(f"{HEALTH_ICONS[row.health]} **{health_label(row.health, lang())}**")
        if can_set_status:
            _status_select(row, actor_name)
    with note:
        _note_popover(row, actor_name)


def _due_line(row: object, snap: Snapshot) -> str:
    if row.is_recurring:
        weekdays = readiness.recurrence_weekdays(row.recurrence)
        event_day = date.fromisoformat(snap.event["event_date"])
        nxt = readiness.next_occurrence(weekdays, event_day, snap.now.date())
        return tr("tasks.recurring_due", due=fmt.vn_weekday_date(nxt, lang()))
    return tr("tasks.due", due=fmt.vn_deadline(row.due_at, lang()),
              left=fmt.time_left(row.seconds_left, lang()))


def _status_select(row: object, actor_name: str) -> None:
    # Keyed by id and version: after any write (ours or another session's) the widget
    # is rebuilt from the database, and the version it carries is what the write checks.
    key = f"status-{row.id}-v{row.version}"
    st.selectbox(
        tr("tasks.status"), list(Status), index=list(Status).index(Status(row.status)),
        format_func=lambda s: status_label(s, lang()), key=key, disabled=not actor_name,
        on_change=_on_status, args=(row, key, actor_name),
    )


def _on_status(row: object, key: str, actor_name: str) -> None:
    value = st.session_state[key]
    saved = _write(
        lambda db: commands.set_task_status(db, int(row.id), value, int(row.version),
                                            Actor(actor_name)),
        tr("tasks.saved", task=row.title, value=status_label(value, lang())),
    )
    if not saved:
        st.session_state[key] = Status(row.status)  # never show a choice that was not saved


def _note_popover(row: object, actor_name: str) -> None:
    label = f"📝 {tr('tasks.note')}" + (" •" if row.note else "")
    with st.popover(label, width="stretch"):
        with st.form(key=f"note-form-{row.id}-v{row.version}", border=False):
            text = st.text_area(tr("tasks.note"), value=row.note, max_chars=commands.NOTE_LIMIT)
            if st.form_submit_button(tr("tasks.save_note")):
                _write(lambda db: commands.set_task_note(db, int(row.id), text, int(row.version),
                                                         Actor(actor_name)),
                       tr("tasks.saved", task=row.title, value=tr("tasks.note")))
                st.rerun()
        _history(int(row.id))
    if row.updated_by:
        st.caption(tr("tasks.last_change", who=row.updated_by, when=fmt.vn_datetime(row.updated_at)))
    if row.note:
        st.text(row.note)  # st.text: a note is shown as typed, never as markdown or HTML


def _history(task_id: int) -> None:
    st.markdown(f"**{tr('tasks.history')}**")
    changes = _histories(snapshot_key()).get(task_id, [])
    if not changes:
        st.caption(tr("tasks.no_history"))
    for change in changes:
        when = fmt.vn_datetime(clock.parse_iso(change["at"]))
        before, after = (_shown(change["field"], v) for v in (change["before"], change["after"]))
        st.text(f"{when} · {change['actor']}: {before} → {after}")


def _shown(field: str, value: str | None) -> str:
    if field == "status" and value:
        return status_label(value, lang())
    return value or "∅"


def _write(action: Callable[[Database], object], success: str) -> bool:
    """Run one command; queue its outcome as a message for the next run."""
    try:
        with connect() as db:
            action(db)
    except UserFacingError as exc:
        flash(exc.message(lang()), "error")
        return False
    flash(success, "success")
    return True
