"""Nhiệm vụ: a unit's own tasks, one status widget per task, every write through commands."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st
from sqlite_utils import Database
from streamlit.delta_generator import DeltaGenerator

from ocop_tracker.accounts.users import slug
from ocop_tracker.core import audit, clock, fmt, permissions, queries
from ocop_tracker.core.models import HEALTH_ICONS, Actor, Change, Role, Status
from ocop_tracker.core.strings import health_label, status_label
from ocop_tracker.tasks import commands, readiness
from ocop_tracker.tasks.snapshot import Snapshot
from ocop_tracker.ui import (
    FLASH_KEY,
    SnapshotKey,
    connect,
    lang,
    md,
    snapshot_key,
    tr,
    write,
)
from ocop_tracker.ui.auth import current_actor
from ocop_tracker.ui.chrome import UNIT_PARAM  # ?don-vi=phong-kt: a unit's board, bookmarkable
from ocop_tracker.ui.history import change_text

NOTICE_KEY = "_task_notice"  # (task id, [(kind, message)]): shown at the card that changed


@st.cache_resource(show_spinner=False, max_entries=16)
def _units(key: SnapshotKey) -> pd.DataFrame:
    with connect() as db:
        return queries.agencies(db, key[1])


@st.cache_resource(show_spinner=False, max_entries=16)
def _histories(key: SnapshotKey) -> dict[int, list[dict]]:
    # One query per data revision for every task's history, not one per task per rerun.
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


def choose_unit(units: pd.DataFrame, actor: Actor | None) -> int:
    """Unit picker; a unit account opens on its own board; ?don-vi=<short name> (or the older
    ?unit=<id>) opens another, and the picker keeps the link in the address bar."""
    ids = units["id"].astype(int).tolist()
    names = dict(zip(ids, units["name"], strict=False))
    slugs = dict(zip(ids, (slug(s) for s in units["short_name"]), strict=False))
    own = actor.agency_id if actor else None
    default = ids.index(own) if own in ids else 0
    wanted = _wanted_unit(slugs)
    index = ids.index(wanted) if wanted in ids else default
    # Keyed by account: logging in starts a fresh picker on the account's own unit.
    key = f"unit-{actor.account_id if actor else 0}"
    chosen = st.selectbox(tr("tasks.unit"), ids, index=index, format_func=names.get, key=key)
    st.query_params.pop("unit", None)
    if chosen != ids[default] or chosen == wanted:
        st.query_params[UNIT_PARAM] = slugs[chosen]  # keep a bookmarked board in the URL
    else:  # the account's own board needs no link: logging in on it opens it anyway
        st.query_params.pop(UNIT_PARAM, None)
    return chosen


def _wanted_unit(slugs: dict[int, str]) -> int | None:
    wanted = st.query_params.get(UNIT_PARAM) or ""
    by_slug = {s: i for i, s in slugs.items()}
    if wanted in by_slug:
        return by_slug[wanted]
    legacy = st.query_params.get("unit") or ""
    return int(legacy) if legacy.isdigit() else None


def board(snap: Snapshot, unit_id: int, actor: Actor | None) -> None:
    """The unit's tasks as lead and as supporter; controls only where the actor may write."""
    tasks = snap.tasks
    lead = tasks[tasks["lead_agency_id"] == unit_id]
    support = tasks[[str(unit_id) in ids.split(",") for ids in tasks["supporter_ids"]]]
    if actor is None:
        st.info(tr("auth.login_to_edit"), icon=":material/login:")
    elif actor.role == Role.VIEWER:
        st.info(tr("auth.viewer_hint"), icon="👀")
    done = int(lead["is_done"].sum())
    late = int((lead["health"] == "overdue").sum())
    st.markdown(tr("tasks.unit_summary", total=len(lead), done=done, overdue=late))
    st.subheader(tr("tasks.as_lead", n=len(lead)))
    _task_list(lead, snap, actor, as_lead=True)
    st.subheader(tr("tasks.as_support", n=len(support)))
    _task_list(support, snap, actor, as_lead=False)


def _task_list(frame: pd.DataFrame, snap: Snapshot, actor: Actor | None, as_lead: bool) -> None:
    if frame.empty:
        st.caption(tr("tasks.none"))
    for row in frame.itertuples(index=False):
        with st.container(border=True, key=f"task-{row.id}"):
            _task_row(row, snap, actor, as_lead)


def _task_row(row: object, snap: Snapshot, actor: Actor | None, as_lead: bool) -> None:
    # The pages only hide what the actor may not do; the write functions refuse it anyway.
    supporters = [int(i) for i in row.supporter_ids.split(",") if i]
    can_edit = permissions.allowed(actor, permissions.EDIT, int(row.lead_agency_id))
    can_note = permissions.allowed(actor, permissions.NOTE, int(row.lead_agency_id), supporters)
    info, state, note = st.columns([5, 2, 2], vertical_alignment="center")
    with info:
        st.markdown(f"**{md(row.code)}** · {md(row.title)}")
        st.caption("  \n".join(_detail_lines(row, snap, as_lead)))
    with state:
        st.markdown(f"{HEALTH_ICONS[row.health]} **{health_label(row.health, lang())}**")
        if can_edit:
            _done_button(row)
            _status_select(row)
        elif as_lead and actor is not None:
            st.caption(tr("tasks.view_only"))
    with note:
        _note_popover(row, actor, can_note)
    _card_notice(int(row.id), actor)


def _detail_lines(row: object, snap: Snapshot, as_lead: bool) -> list[str]:
    """Deadline, supporting units, lead (on a supporter's board), dropped from the plan."""
    lines = [_due_line(row, snap)]
    if row.supporters:
        lines.append(tr("tasks.supporting_is", units=md(row.supporters)))
    if not as_lead:
        lines.append(tr("tasks.lead_is", lead=md(row.lead_short)))
    if isinstance(row.approval, str):  # done counts only once the approver signs it off
        lines.append(tr("appr.task_line", state=tr(f"appr.state.{row.approval}")))
    if row.dropped_at:  # kept for its progress, gone from the re-imported plan
        lines.append(tr("tasks.dropped", date=fmt.vn_date(clock.parse_iso(row.dropped_at))))
    return lines


def _due_line(row: object, snap: Snapshot) -> str:
    if row.is_recurring:
        weekdays = readiness.recurrence_weekdays(row.recurrence)
        event_day = date.fromisoformat(snap.event["event_date"])
        nxt = readiness.next_occurrence(weekdays, event_day, snap.now.date())
        return tr("tasks.recurring_due", due=fmt.vn_weekday_date(nxt, lang()))
    return tr("tasks.due", due=fmt.vn_deadline(row.due_at, lang()),
              left=fmt.time_left(row.seconds_left, lang()))


def _status_select(row: object) -> None:
    # Keyed by id and version: after any write (ours or another session's) the widget
    # is rebuilt from the database, and the version it carries is what the write checks.
    key = f"status-{row.id}-v{row.version}"
    st.selectbox(
        tr("tasks.status"), list(Status), index=list(Status).index(Status(row.status)),
        format_func=lambda s: status_label(s, lang()), key=key, label_visibility="collapsed",
        on_change=_on_status, args=(row, key),
    )


def _done_button(row: object) -> None:
    """One click from open to done: the most common change a unit makes."""
    if row.status == Status.DONE:
        return
    st.button(tr("tasks.mark_done"), key=f"done-{row.id}-v{row.version}", type="primary",
              icon=":material/check_circle:", width="stretch", on_click=_set_status,
              args=(row, Status.DONE))


def _on_status(row: object, key: str) -> None:
    if not _set_status(row, st.session_state[key]):
        st.session_state[key] = Status(row.status)  # never show a choice that was not saved


def _set_status(row: object, value: str) -> bool:
    actor = current_actor()
    return _write_at_card(
        int(row.id),
        lambda db: commands.set_task_status(db, int(row.id), value, int(row.version), actor),
        tr("tasks.saved", task=md(row.title), value=status_label(value, lang())),
    )


def _write_at_card(task_id: int, action: object, message: str) -> bool:
    """write(), its outcome kept for the card that changed rather than the page's top: the
    person is looking at the card, which may be far down the board."""
    saved = write(action, message)  # type: ignore[arg-type]
    st.session_state[NOTICE_KEY] = (task_id, st.session_state.pop(FLASH_KEY, []))
    return saved


def _card_notice(task_id: int, actor: Actor | None) -> None:
    """The saved/refused message of the last write, at its card, with Undo beside it."""
    notice = st.session_state.get(NOTICE_KEY)
    if not notice or notice[0] != task_id:
        return
    st.session_state.pop(NOTICE_KEY)
    for kind, message in notice[1]:
        if kind == "success":
            st.toast(message, icon=":material/check_circle:")
            text, undo = st.columns([6, 1], vertical_alignment="center")
            text.success(message, icon=":material/check_circle:")
            _undo_button(undo, task_id, actor)
        else:
            getattr(st, kind)(message)


def _undo_button(where: DeltaGenerator, task_id: int, actor: Actor | None) -> None:
    with connect() as db:
        entry = audit.last_own_change(db, actor)
    if entry is None or entry["entity"] != "task" or int(entry["entity_id"]) != task_id:
        return
    where.button(tr("history.undo"), key=f"card-undo-{entry['id']}", icon=":material/undo:",
                 on_click=_undo, args=(task_id, int(entry["id"]), change_text(entry)))


def _undo(task_id: int, history_id: int, what: str) -> None:
    actor = current_actor()
    _write_at_card(task_id, lambda db: audit.undo(db, history_id, actor),
                   tr("history.undone", what=md(what)))


def _note_popover(row: object, actor: Actor | None, can_note: bool) -> None:
    # A fixed label: the popover's identity includes it, and a new label would close it.
    label = tr("tasks.note")
    # Drawn only while open (on_change="rerun"): a form and a history for every task on the
    # board would cost more than the rest of the board together.
    with st.popover(label, width="stretch", key=f"note-pop-{row.id}", icon=":material/edit_note:",
                    on_change="rerun") as popover:
        if popover.open:
            if can_note:
                _note_form(row, actor)
            if actor is not None:  # who changed what: for signed-in accounts only
                _history(int(row.id))
    if row.updated_by and actor is not None:
        st.caption(tr("tasks.last_change", who=md(row.updated_by),
                      when=fmt.vn_datetime(row.updated_at)))
    if row.note:
        st.text(row.note)  # st.text: a note is shown as typed, never as markdown or HTML


def _note_form(row: object, actor: Actor) -> None:
    # The lead unit edits the note; a supporting unit adds a signed line under it.
    lead = permissions.allowed(actor, permissions.EDIT, int(row.lead_agency_id))
    text_key = f"note-text-{row.id}-v{row.version}"
    with st.form(key=f"note-form-{row.id}-v{row.version}", border=False):
        if lead:
            st.text_area(tr("tasks.note"), value=row.note, max_chars=commands.NOTE_LIMIT,
                         key=text_key)
        else:
            st.text_area(tr("tasks.add_note"), max_chars=commands.NOTE_LIMIT // 4,
                         key=text_key)
        st.form_submit_button(tr("tasks.save_note"), icon=":material/save:",
                              on_click=_on_note, args=(row, text_key, lead))


def _on_note(row: object, text_key: str, lead: bool) -> None:
    # A callback runs before the popover is drawn again: only then may its state be set.
    actor, text = current_actor(), st.session_state.get(text_key, "")
    saved = _write_at_card(int(row.id), lambda db: _save_note(db, row, text, actor, lead),
                           tr("tasks.saved", task=md(row.title), value=tr("tasks.note")))
    if saved:
        st.session_state[f"note-pop-{row.id}"] = False  # close it: the card says it is saved


def _save_note(db: Database, row: object, text: str, actor: Actor, lead: bool) -> Change:
    if lead:
        return commands.set_task_note(db, int(row.id), text, int(row.version), actor)
    return commands.append_task_note(db, int(row.id), text, int(row.version), actor, row.note)


def _history(task_id: int) -> None:
    st.markdown(f"**{tr('tasks.history')}**")
    changes = _histories(snapshot_key()).get(task_id, [])
    if not changes:
        st.caption(tr("tasks.no_history"))
    for change in changes:
        when = fmt.vn_datetime(clock.parse_iso(change["at"]))
        st.text(f"{when} · {change['actor']}: {change_text(change, with_task=False)}")
