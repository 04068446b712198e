"""The day's timeline as a plotly figure. No Streamlit here."""

from __future__ import annotations

from datetime import datetime, timedelta

import plotly.graph_objects as go

from ocop_tracker.core.clock import to_vn
from ocop_tracker.core.html import FONT
from ocop_tracker.core.strings import t
from ocop_tracker.programme.schedule import Day, StepState, Timed

STATE_COLOURS = {
    StepState.PLANNED: "#757575",
    StepState.RUNNING: "#1565c0",
    StepState.DONE: "#2e7d32",
    StepState.SKIPPED: "#bdbdbd",
}
LATE_COLOUR = "#c62828"


def _local(moment: datetime) -> str:
    # Naive Vietnam wall time: plotly would otherwise draw aware times in UTC (7 h off).
    return to_vn(moment).strftime("%Y-%m-%d %H:%M:%S")


def _ms(start: datetime, end: datetime) -> float:
    return (end - start).total_seconds() * 1000


def short(title: str, limit: int = 42) -> str:
    """A step's title cut to fit a chart row."""
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def timeline(day: Day, now: datetime, lang: str = "vi", font_size: int = 14) -> go.Figure:
    """Planned (light) and expected (coloured, with the state word) bars per step, and 'now'."""
    labels = [f"{i + 1}. {short(s.step.title)}" for i, s in enumerate(day.steps)]
    fig = go.Figure()
    fig.add_bar(
        name=t("prog.chart_planned", lang), y=labels, orientation="h",
        base=[_local(s.planned_start) for s in day.steps],
        x=[_ms(s.planned_start, s.planned_end) for s in day.steps],
        marker={"color": "rgba(0,0,0,0)", "line": {"color": "#424242", "width": 2}},
        hovertemplate="%{y}<br>" + t("prog.chart_planned", lang) + "<extra></extra>",
    )
    # The state word only where it says something (a mark or a delay): less noise on the chart.
    words = ["" if s.state == StepState.PLANNED and s.delay_min <= 0 else _word(s, lang)
             for s in day.steps]
    colours = [LATE_COLOUR if s.state == StepState.PLANNED and s.delay_min > 0
               else STATE_COLOURS[s.state] for s in day.steps]
    if not day.tracking:  # nobody marks steps: the clock says which are past and current
        words, colours = _by_the_clock(day, lang)
    fig.add_bar(
        name=t("prog.timeline", lang), y=labels, orientation="h", showlegend=False,
        base=[_local(s.expected_start) for s in day.steps],
        x=[max(_ms(s.expected_start, s.expected_end), 30_000) for s in day.steps],
        marker={"color": colours, "opacity": 0.85}, width=0.5,
        text=words, textposition="outside", cliponaxis=False,
        hovertemplate="%{y}<br>%{text}<extra></extra>",
    )
    fig.add_shape(type="line", x0=_local(now), x1=_local(now), y0=0, y1=1, yref="paper",
                  line={"color": LATE_COLOUR, "width": 3, "dash": "dot"})
    fig.add_annotation(x=_local(now), y=1, yref="paper", yanchor="bottom", showarrow=False,
                       text=t("prog.chart_now", lang) + " " + to_vn(now).strftime("%H:%M"),
                       font={"color": LATE_COLOUR, "size": font_size})
    _layout(fig, day, now, len(labels), font_size)
    return fig


def _by_the_clock(day: Day, lang: str) -> tuple[list[str], list[str]]:
    """Words and colours from where the clock stands: past steps (by the plan's times) in the
    done colour, the current one in the running colour, the rest in the planned grey."""
    current = day.now_index if day.now_index is not None else day.next_index
    words, colours = [], []
    for i in range(len(day.steps)):
        if day.now_index == i:
            words.append(t("step.dang_dien_ra", lang))
            colours.append(STATE_COLOURS[StepState.RUNNING])
        elif current is not None and i < current:
            words.append(t("step.past", lang))
            colours.append(STATE_COLOURS[StepState.DONE])
        else:
            words.append("")
            colours.append(STATE_COLOURS[StepState.PLANNED])
    return words, colours


def _word(timed: Timed, lang: str) -> str:
    word = t(f"step.{timed.state}", lang)
    if timed.state == StepState.PLANNED and timed.delay_min > 0:
        return f"{word} · +{timed.delay_min}′"
    return word


def _layout(fig: go.Figure, day: Day, now: datetime, rows: int, font_size: int) -> None:
    starts = [s.planned_start for s in day.steps] + [s.expected_start for s in day.steps]
    ends = [s.planned_end for s in day.steps] + [s.expected_end for s in day.steps]
    low, high = min(starts), max(ends) + timedelta(minutes=10)  # room for the last word
    if low.date() == to_vn(now).date():  # keep 'now' in view on the day itself
        low, high = min(low, to_vn(now)), max(high, to_vn(now))
    fig.update_layout(
        barmode="overlay", height=max(300, 40 * rows + 120), showlegend=False,
        margin={"l": 10, "r": 110, "t": 30, "b": 10}, plot_bgcolor="white",
        font={"family": FONT, "size": font_size},
        xaxis={"type": "date", "tickformat": "%H:%M", "range": [_local(low), _local(high)],
               "gridcolor": "#e0e0e0"},
        yaxis={"autorange": "reversed", "automargin": True},
    )
