"""Chương trình: the run-of-show, edited before the day and marked live on the day."""

from __future__ import annotations

from datetime import time

import pandas as pd
import streamlit as st

from ocop_tracker.core import clock, fmt, queries
from ocop_tracker.core.models import HEALTH_ICONS, Actor
from ocop_tracker.core.strings import health_label
from ocop_tracker.programme import charts as programme_charts
from ocop_tracker.programme import commands as pc
from ocop_tracker.programme import queries as programme
from ocop_tracker.programme.queries import PREP_PROBLEMS, Programme
from ocop_tracker.programme.schedule import StepState, Timed
from ocop_tracker.ui import SnapshotKey, connect, keyed_load, lang, md, once_per, say, tr, write

STATE_ICONS = {StepState.PLANNED: "⚪", StepState.RUNNING: "🔵", StepState.DONE: "✅",
               StepState.SKIPPED: "⏭️"}


# Shared, not copied per rerun (cache_resource): callers never mutate what it returns.
@st.cache_resource(show_spinner=False, max_entries=64)
def _cached(key: SnapshotKey) -> Programme:
    # Keyed by the write revision and the minute, like the overview's snapshot.
    _, event_id, _, now_iso = key
    with connect() as db:
        return programme.load(db, event_id, clock.parse_iso(now_iso))


def current() -> Programme | None:
    """The programme of the current event as of this minute (None without an event)."""
    return keyed_load(_cached)


def overview_now_next() -> None:
    """Draws nothing: the overview shows the programme's registry Metrics (now/next on the
    day) like every feature's; kept until pages/overview.py stops calling it."""


def header(prog: Programme) -> None:
    """Title and the 'these times are estimates' note."""
    day = prog.day.steps[0].planned_start if prog.day.steps else clock.now()
    st.title(tr("prog.title", date=fmt.vn_weekday_date(day, lang())))
    st.info(tr("prog.estimated_note"), icon="🕗")


def now_next(prog: Programme) -> None:
    """The two big cards: what is on now, what comes next, and when the day will end."""
    day = prog.day
    left, right = st.columns(2)
    with left.container(border=True, key="now-card"):
        st.markdown(f"**{tr('prog.now')}**")
        if day.now_step:
            st.markdown(f"### ▶ {md(day.now_step.step.title)}")
            st.caption(tr("prog.since", time=fmt.vn_time(day.now_step.expected_start),
                          end=fmt.vn_time(day.now_step.expected_end)))
        else:
            st.markdown(f"### {tr('prog.now_none')}")
    with right.container(border=True, key="next-card"):
        st.markdown(f"**{tr('prog.next')}**")
        if day.next_step:
            st.markdown(f"### ⏭ {md(day.next_step.step.title)}")
            st.caption(tr("prog.at", time=fmt.vn_time(day.next_step.expected_start)))
        else:
            st.markdown(f"### {tr('prog.next_none')}")
    _end_line(prog)
    if not day.tracking:
        st.caption(tr("prog.by_plan"))


def _end_line(prog: Programme) -> None:
    day = prog.day
    if not day.steps:
        return
    end, planned = fmt.vn_time(day.expected_end), fmt.vn_time(day.planned_end)
    if day.end_delay_min > 0:
        st.error(tr("prog.end_late", end=end, late=day.end_delay_min, planned=planned), icon="⏰")
    elif day.end_delay_min < 0:
        st.success(tr("prog.end_early", end=end, early=-day.end_delay_min, planned=planned))
    else:
        st.success(tr("prog.end_on_time", end=end), icon="✅")


def timeline(prog: Programme) -> None:
    """The day as a plotly timeline: planned outline, expected bar with its state word."""
    if not prog.day.steps:
        return
    st.subheader(tr("prog.timeline"))
    language = lang()
    # Drawn once per programme object, i.e. per data revision and minute.
    fig = once_per(prog, ("timeline", language),
                   lambda: programme_charts.timeline(prog.day, clock.now(), language))
    st.plotly_chart(fig, width="stretch", config={"displayModeBar": False}, key="chart-day")
    st.caption(tr("prog.chart_caption"))


def steps(prog: Programme, actor: Actor | None) -> None:
    """One card per step: times, owner, cue, preparation and the live start/finish marks."""
    if not prog.day.steps:
        st.warning(tr("prog.no_steps"))
        return
    if not actor:
        st.info(tr("auth.login_to_change"), icon=":material/login:")
    rows = {int(r.id): r for r in prog.frame.itertuples(index=False)}
    for i, timed in enumerate(prog.day.steps):
        row = rows[timed.step.id]
        marker = _marker(prog, i)
        with st.container(border=True, key=f"step-{row.id}"):
            if marker:
                st.markdown(f"**{marker}**")
            when, what, act = st.columns([1.3, 4, 1.7])
            with when:
                _times(timed, row)
            with what:
                _what(prog, timed, row)
            with act:
                _actions(timed, row, actor)


def editor(prog: Programme, actor: Actor | None, agencies: dict[int, str],
           task_titles: dict[str, str]) -> None:
    """One form for the chosen step (one, not ten: the page stays light on a busy laptop)."""
    if not prog.day.steps:
        return
    st.subheader(tr("prog.edit"))
    rows = {int(r.id): r for r in prog.frame.itertuples(index=False)}
    ids = [t.step.id for t in prog.day.steps]
    chosen = st.selectbox(tr("prog.f_step"), ids, key="edit-step",
                          format_func=lambda i: f"{ids.index(i) + 1}. {rows[i].title}")
    row, timed = rows[chosen], prog.day.steps[ids.index(chosen)]
    args = (int(row.id), int(row.version), actor)
    u, d, _ = st.columns([1, 1, 4])
    u.button(tr("prog.up"), key="move-up", on_click=_move, args=(-1, *args),
             disabled=chosen == ids[0] or not actor)
    d.button(tr("prog.down"), key="move-down", on_click=_move, args=(1, *args),
             disabled=chosen == ids[-1] or not actor)
    _edit_form(timed, row, actor, agencies, task_titles)


def _marker(prog: Programme, i: int) -> str:
    if prog.day.now_index == i:
        return f"▶ {tr('prog.now')}"
    if prog.day.next_index == i:
        return f"⏭ {tr('prog.next')}"
    return ""


def _times(timed: Timed, row) -> None:
    st.markdown(f"### {fmt.vn_time(timed.planned_start)}")
    pinned = f" · {tr('prog.pinned')}" if row.pinned_start else ""
    lines = [tr("prog.planned", start=fmt.vn_time(timed.planned_start),
                end=fmt.vn_time(timed.planned_end), minutes=timed.step.duration_min) + pinned]
    if timed.state == StepState.DONE:
        lines.append(tr("prog.actual", start=fmt.vn_time(timed.expected_start),
                        end=fmt.vn_time(timed.expected_end)))
    st.caption("  \n".join(lines))  # one element per card part: a rerun draws every card
    if timed.state not in (StepState.DONE, StepState.SKIPPED) and timed.delay_min > 0:
        st.markdown(":red[**" + tr("prog.expected", start=fmt.vn_time(timed.expected_start),
                                    end=fmt.vn_time(timed.expected_end),
                                    late=timed.delay_min) + "**]")


def _what(prog: Programme, timed: Timed, row) -> None:
    st.markdown(f"**{md(row.title)}**")
    owner = md(row.owner_name) if row.owner_name else tr("prog.no_owner")
    lines = [tr("prog.owner", unit=owner)]
    if row.cue:  # typed text, kept literal and on its own lines
        lines.append(tr("prog.cue", cue="  \n".join(md(x) for x in row.cue.splitlines())))
    prep = prog.prep.get(int(row.id), [])
    if prep:
        marks = [f"{HEALTH_ICONS[p['health']]} {md(p['code'])} · "
                 f"{health_label(p['health'], lang())}" for p in prep]
        lines.append(tr("prog.prep") + " " + " · ".join(marks))
    st.caption("  \n".join(lines))
    worst = prog.worst_prep(int(row.id))
    if worst in PREP_PROBLEMS and timed.state == StepState.PLANNED:
        st.warning(tr("prog.prep_late", word=health_label(worst, lang()).lower()))


def _actions(timed: Timed, row, actor: Actor | None) -> None:
    st.markdown(f"{STATE_ICONS[timed.state]} **{tr('step.' + str(timed.state))}**")
    marks = (int(row.id), int(row.version), actor, row.title)
    c1, c2 = st.columns(2)
    c1.button(tr("prog.start_btn"), key=f"start-{row.id}", on_click=_mark, args=("start", *marks),
              disabled=bool(row.started_at) or not actor)
    c2.button(tr("prog.finish_btn"), key=f"finish-{row.id}", on_click=_mark,
              args=("finish", *marks), disabled=bool(row.finished_at) or not actor)
    if row.started_at:
        st.button(tr("prog.reset_btn"), key=f"reset-{row.id}", on_click=_mark,
                  args=("reset", *marks), disabled=not actor)


def _edit_form(timed: Timed, row, actor: Actor | None, agencies: dict[int, str],
               task_titles: dict[str, str]) -> None:
    suffix = f"{row.id}-{row.version}"  # a new version re-reads the stored values
    with st.form(key=f"edit-{suffix}"):
        st.text_input(tr("prog.f_title"), value=row.title, key=f"f-title-{suffix}")
        a, b, c = st.columns(3)
        a.checkbox(tr("prog.f_pin"), value=bool(row.pinned_start), key=f"f-pin-{suffix}")
        start = clock.to_vn(timed.planned_start).time()
        b.time_input(tr("prog.f_start"), value=start, step=300, key=f"f-start-{suffix}")
        c.number_input(tr("prog.f_minutes"), 0, pc.MAX_MINUTES, int(row.duration_min),
                       key=f"f-min-{suffix}")
        owners = [None, *agencies]
        owner = None if pd.isna(row.owner_agency_id) else int(row.owner_agency_id)
        st.selectbox(tr("prog.f_owner"), owners, index=owners.index(owner),
                     format_func=lambda i: agencies.get(i, tr("prog.no_owner")),
                     key=f"f-owner-{suffix}")
        st.text_area(tr("prog.f_cue"), value=row.cue, key=f"f-cue-{suffix}", height=68)
        codes = [c for c in row.task_codes.split(",") if c in task_titles]
        st.multiselect(tr("prog.f_tasks"), list(task_titles), default=codes,
                       format_func=lambda c: f"{c} · {task_titles[c]}", key=f"f-tasks-{suffix}")
        st.form_submit_button(tr("prog.f_save"), on_click=_save, args=(row, suffix, actor, start),
                              disabled=not actor)


def _save(row, suffix: str, actor: Actor | None, shown_start: time) -> None:
    state = st.session_state
    typed: time = state[f"f-start-{suffix}"]
    # A start typed by hand fixes the step at that time, even if the box was left unticked.
    pinned = state[f"f-pin-{suffix}"] or typed != shown_start
    start: time | None = typed if pinned else None
    write(lambda db: pc.update_step(
        db, int(row.id), int(row.version), actor, title=state[f"f-title-{suffix}"],
        start=start, duration_min=int(state[f"f-min-{suffix}"]),
        owner_agency_id=state[f"f-owner-{suffix}"], cue=state[f"f-cue-{suffix}"],
        task_codes=list(state[f"f-tasks-{suffix}"])), say("prog.saved", step=row.title))


def _mark(action: str, step_id: int, version: int, actor: Actor | None, title: str) -> None:
    mark = {"start": pc.start_step, "finish": pc.finish_step, "reset": pc.reset_step}[action]
    word = {"start": "prog.start_btn", "finish": "prog.finish_btn", "reset": "prog.reset_btn"}
    write(lambda db: mark(db, step_id, version, actor),
          say("prog.marked", step=f"{title} — {tr(word[action])}"))


def _move(offset: int, step_id: int, version: int, actor: Actor | None) -> None:
    write(lambda db: pc.move_step(db, step_id, offset, version, actor))


def projector_settings(actor: Actor | None) -> None:
    """Link to the projector page and its refresh period (a shared setting)."""
    with connect() as db:
        current_refresh = pc.projector_refresh(db)
    with st.expander(tr("prog.projector"), icon="📽️"):
        st.markdown(tr("prog.projector_link", url="trinh-chieu"))
        key = f"refresh-{current_refresh}"
        st.number_input(tr("prog.refresh"), *pc.REFRESH_RANGE, current_refresh, key=key)
        st.button(tr("prog.refresh_save"), key="refresh-save", disabled=not actor,
                  on_click=lambda: write(lambda db: pc.set_projector_refresh(
                      db, int(st.session_state[key]), current_refresh, actor),
                      tr("prog.saved", step=tr("prog.refresh"))))


@st.cache_resource(show_spinner=False, max_entries=16)
def _choices(key: SnapshotKey) -> tuple[dict[int, str], dict[str, str]]:
    with connect() as db:
        units = queries.agencies(db, key[1])
        tasks = queries.tasks(db, key[1])
    return (dict(zip(units["id"].astype(int), units["name"], strict=True)),
            dict(zip(tasks["code"], tasks["title"], strict=True)))


def choices() -> tuple[dict[int, str], dict[str, str]]:
    """Units an owner can be chosen from, and tasks that can prepare a step (read once per
    data revision, not on every rerun of the page)."""
    return keyed_load(_choices) or ({}, {})

