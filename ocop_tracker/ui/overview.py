"""Tổng quan: are we ready, and who is late? Answered at a glance."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from ocop_tracker.core import clock, fmt, registry
from ocop_tracker.core.models import HEALTH_ICONS, Health
from ocop_tracker.core.registry import Feature, Metric
from ocop_tracker.core.strings import health_label, t
from ocop_tracker.tasks import charts, readiness
from ocop_tracker.tasks.snapshot import Snapshot
from ocop_tracker.ui import SnapshotKey, connect, lang, md, snapshot_for, snapshot_key, tr

COMPACT_CSS = """<style>
[data-testid="stMetricValue"] {font-size: 1.5rem;}
[data-testid="stMetric"] {gap: 0;}
</style>"""
NEXT_ROWS = 8  # what fits beside the chart on a 1366x768 screen


def header(snap: Snapshot) -> None:
    """Title, then date, venue and sessions on one line: the first screen is for answers."""
    st.markdown(COMPACT_CSS, unsafe_allow_html=True)
    event = snap.event
    st.markdown(f"#### {md(event['title'])}")
    day = clock.parse_iso(event["starts_at"])
    sessions = " · ".join(
        tr("overview.session", time=fmt.vn_time(clock.parse_iso(s["starts_at"])),
           name=md(s["name"]))
        for s in event["sessions"]
    )
    st.caption(f"**{fmt.vn_weekday_date(day, lang())}** · {md(event['venue'])}  \n{sessions}")


def headline(snap: Snapshot) -> None:
    """The report's totals sentence, after the time left before the opening."""
    s = snap.summary
    sentence = tr("overview.headline", total=s.total, due=s.due, done=s.done,
                  percent=fmt.vn_percent(s.percent_done / 100, lang()), overdue=s.overdue)
    when = _when_line(snap)
    st.markdown(f"##### {when} · {sentence}" if when else f"##### {sentence}")


def _when_line(snap: Snapshot) -> str:
    if snap.phase == readiness.Phase.BEFORE:
        return tr("overview.opens_in", left=fmt.span(snap.countdown_seconds, lang()))
    if snap.phase == readiness.Phase.UNDER_WAY:
        return tr("overview.under_way")
    return ""  # after the day the page opens with the notice that the event is over


def figures_row(snap: Snapshot) -> None:
    """The countdown and the tasks' figures as numbers (below the first screen's answers)."""
    figures = feature_figures_for(snapshot_key())
    task_metrics = figures[0][1] if figures else []
    cols = st.columns([1.3] + [1] * len(task_metrics))
    with cols[0]:
        _countdown(snap)
    for col, metric in zip(cols[1:], task_metrics, strict=True):
        _metric(col, metric)


def first_screen(snap: Snapshot) -> None:
    """Readiness by unit beside what is due next: the two answers that must need no scroll."""
    if on_the_day(snap):
        now_and_next()  # on the day: the step now and the next one first
    chart, due = st.columns([1.1, 1], gap="medium")
    with chart:
        unit_chart(compact=True)
    with due:
        if snap.phase == readiness.Phase.OVER:
            event_over(snap)  # "overdue by 802 days" would answer nobody's question
        else:
            next_deadlines(snap)


def event_over(snap: Snapshot) -> None:
    """After the day: say so plainly and point to cloning the plan to a new date."""
    st.info(tr("overview.event_over", date=fmt.vn_date(snap.starts_at)),
            icon=":material/event_busy:")
    st.page_link("pages/events.py", label=tr("overview.clone_link"),
                 icon=":material/content_copy:")


def next_deadlines(snap: Snapshot) -> None:
    """Open tasks, overdue first, then by deadline: name, owner and time left."""
    st.markdown(f"**{tr('overview.next_due')}**")
    st.markdown(_next_due_text(snapshot_key(), lang()))


@st.cache_resource(show_spinner=False, max_entries=64)
def _next_due_text(key: SnapshotKey | None, language: str) -> str:
    if key is None:
        return ""
    tasks = readiness.next_due(snapshot_for(key).tasks)
    if tasks.empty:
        return t("overview.all_done", language)
    lines, heading = [], None
    for row in tasks.head(NEXT_ROWS).itertuples(index=False):
        group = (t("overview.overdue_group", language) if row.health == "overdue"
                 else t("overview.due_group", language, date=fmt.vn_deadline(row.due_at, language),
                        left=fmt.time_left(row.seconds_left, language)))
        if group != heading:
            lines.append(f"\n**{group}**\n")
            heading = group
        lines.append(f"- {HEALTH_ICONS[row.health]} {_cell(row.title)} — "
                     f"*{_cell(row.lead_short)}*")
    if len(tasks) > NEXT_ROWS:
        lines.append(f"\n:gray[{t('overview.more', language, n=len(tasks) - NEXT_ROWS)}]")
    return "\n".join(lines)


def _metric(where: DeltaGenerator, metric: Metric, with_detail: bool = True) -> None:
    # a metric's value and delta are Markdown too; a detail can name communes or groups
    detail = metric.detail if with_detail else None
    where.metric(metric.label, md(metric.value), md(detail) if detail else None,
                 delta_color="off", delta_arrow="off")


@st.cache_resource(show_spinner=False, max_entries=64)
def _feature_figures(key: SnapshotKey, language: str) -> list[tuple[Feature, list[Metric]]]:
    _, event_id, _, now_iso = key
    with connect() as db:
        return registry.overview_figures(db, event_id, clock.parse_iso(now_iso), language)


def feature_figures_for(key: SnapshotKey | None) -> list[tuple[Feature, list[Metric]]]:
    """Every feature's overview figures (tasks first), once per data revision and minute."""
    if key is None:
        return []
    return _feature_figures(key, lang())


def feature_figures(only: str | None = None, skip: str | None = None) -> None:
    """One row of figures per feature after the tasks (booths, delegates, programme …)."""
    for feature, metrics in feature_figures_for(snapshot_key())[1:]:
        if not metrics or (only and feature.key != only) or feature.key == skip:
            continue
        st.subheader(tr(feature.title_key))
        cols = st.columns(max(len(metrics), 3))
        for col, metric in zip(cols, metrics, strict=False):
            _metric(col, metric)


def _countdown(snap: Snapshot) -> None:
    phase = snap.phase
    if phase == readiness.Phase.BEFORE:
        st.metric(tr("overview.countdown"), fmt.span(snap.countdown_seconds, lang()))
    elif phase == readiness.Phase.UNDER_WAY:
        st.metric(tr("overview.event_metric"), tr("overview.under_way"))
    else:
        st.metric(tr("overview.event_metric"),
                  tr("overview.took_place", date=fmt.vn_date(snap.starts_at)))


def deadline_cards(snap: Snapshot) -> None:
    """One card per dated deadline: time left and how many of its tasks are done."""
    if snap.deadlines.empty:
        return
    st.subheader(tr("overview.deadlines"))
    cols = st.columns(len(snap.deadlines))
    for col, row in zip(cols, snap.deadlines.itertuples(index=False), strict=False):
        with col.container(border=True):
            st.markdown(f"**{tr('overview.deadline_label', date=fmt.vn_date(row.due_at))}**")
            st.markdown(f"#### {fmt.time_left(row.seconds_left, lang())}")
            st.progress(row.done / row.total if row.total else 0.0,
                        text=tr("overview.deadline_done", done=row.done, total=row.total))


@st.cache_resource(show_spinner=False, max_entries=64)
def _unit_figure(key: SnapshotKey, language: str, compact: bool) -> go.Figure:
    agencies = snapshot_for(key).agencies
    if compact:
        return charts.readiness_by_unit(agencies, language, font_size=12, bar_px=22)
    return charts.readiness_by_unit(agencies, language)


# Streamlit's named text colours nearest to each status colour: the legend as words.
_MARKDOWN_COLOURS = {
    Health.OVERDUE: "red", Health.BLOCKED: "violet", Health.NOT_STARTED: "gray",
    Health.IN_PROGRESS: "blue", Health.DONE_LATE: "orange", Health.DONE_ON_TIME: "green",
}


def legend_words(language: str) -> str:
    """'■ Quá hạn ■ Vướng mắc …', each square in its bar colour, the word beside it."""
    return " ".join(f":{colour}[■] {health_label(health, language)}"
                    for health, colour in _MARKDOWN_COLOURS.items())


def unit_chart(compact: bool = False) -> None:
    """Readiness by lead unit, laggards on top (the figure is built once per data revision)."""
    key = snapshot_key()
    if key is None:
        return
    st.markdown(f"**{tr('overview.by_unit')}**")
    if compact:
        st.caption(legend_words(lang()))
    st.plotly_chart(_unit_figure(key, lang(), compact), width="stretch",
                    config={"displayModeBar": False}, key="chart-units")


def task_table(frame: pd.DataFrame, language: str) -> str:
    """Rows a person reads (item, task, lead, deadline, time left, status) as one Markdown
    table: one element to send, not a table converted to Arrow on every rerun."""
    header = [t(k, language) for k in
              ("col.code", "col.task", "col.lead", "col.due", "col.left", "col.status")]
    rows = [
        [_cell(code), _cell(title), _cell(lead), fmt.vn_deadline(due, language),
         fmt.time_left(left, language), f"{HEALTH_ICONS[h]} {health_label(h, language)}"]
        for code, title, lead, due, left, h in zip(
            frame["code"], frame["title"], frame["lead_short"], frame["due_at"],
            frame["seconds_left"], frame["health"], strict=False)
    ]
    lines = [header, ["---"] * len(header), *rows]
    return "\n".join("| " + " | ".join(cells) + " |" for cells in lines)


def _cell(text: object) -> str:
    """Text made literal for a Markdown table cell: a line break would end the row."""
    return md(" ".join(str(text).split()))


@dataclass(frozen=True)
class AttentionLists:
    """The overview's lists, written once per data revision and minute."""

    overdue: str | None  # a Markdown table, None when nothing is overdue
    due_soon: tuple[tuple[int, str | None], ...]  # (days, table or None), nearest first


@st.cache_resource(show_spinner=False, max_entries=64)
def _attention(key: SnapshotKey, language: str) -> AttentionLists:
    tasks = snapshot_for(key).tasks
    late = readiness.overdue(tasks)
    shown: set[int] = set()
    soon = []
    for days in sorted(readiness.WARNING_DAYS):
        frame = readiness.due_within(tasks, days)
        frame = frame[~frame["id"].isin(shown)]
        shown.update(frame["id"])
        soon.append((days, None if frame.empty else task_table(frame, language)))
    return AttentionLists(None if late.empty else task_table(late, language), tuple(soon))


def attention_lists() -> None:
    """Overdue tasks, then tasks due within 1, 3 and 7 days."""
    key = snapshot_key()
    if key is None:
        return
    lists = _attention(key, lang())
    st.subheader(tr("overview.overdue"))
    if lists.overdue is None:
        st.success(tr("overview.none_overdue"))
    else:
        st.markdown(lists.overdue)
    st.subheader(tr("overview.due_soon"))
    for days, table in lists.due_soon:
        title = f"**{tr('overview.within', days=days)}**"
        none = f":gray[{tr('overview.none_due')}]"
        st.markdown(f"{title}\n\n{table}" if table else f"{title}  \n{none}")


def now_and_next() -> None:
    """The programme's figures as wrapping text: a metric would cut a step's title short."""
    for feature, metrics in feature_figures_for(snapshot_key())[1:]:
        if feature.key != "programme":
            continue
        for col, metric in zip(st.columns(len(metrics) or 1), metrics, strict=False):
            detail = f"  \n:gray[{md(metric.detail)}]" if metric.detail else ""
            col.markdown(f":gray[{md(metric.label)}]  \n**{md(metric.value)}**{detail}")


def on_the_day(snap: Snapshot) -> bool:
    """True while the event is under way (the programme's figures then lead the page)."""
    return snap.phase == readiness.Phase.UNDER_WAY
