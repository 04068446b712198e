"""Delegate figures: DataFrame -> plotly Figure. No Streamlit here."""

from __future__ import annotations

import textwrap

import pandas as pd
import plotly.graph_objects as go

from ocop_tracker.core.html import FONT
from ocop_tracker.core.strings import t

SERIES = (  # column, label key, colour: quota grey, then the funnel in blues/green
    ("quota", "dlg.col_quota", "#9e9e9e"),
    ("invited", "dlg.col_invited", "#90caf9"),
    ("confirmed", "dlg.col_confirmed", "#1565c0"),
    ("arrived", "dlg.col_arrived", "#2e7d32"),
)


def wrap(name: str, width: int = 34) -> str:
    """A long group name over several lines for an axis label."""
    return "<br>".join(textwrap.wrap(name, width)) or name


def groups_chart(table: pd.DataFrame, lang: str = "vi", font_size: int = 13) -> go.Figure:
    """Grouped horizontal bars per delegate group: quota vs invited vs confirmed vs arrived."""
    labels = [wrap(f"{i}. {name}") for i, name in enumerate(table["name"], start=1)]
    fig = go.Figure()
    for column, key, colour in SERIES:
        values = table[column].astype("Float64").fillna(0).astype(int)
        word = t(key, lang)
        text = [str(v) if (column != "quota" or not pd.isna(q)) else t("dlg.not_set", lang)
                for v, q in zip(values, table["quota"], strict=True)]
        fig.add_bar(name=word, y=labels, x=values, orientation="h", marker_color=colour,
                    text=text, textposition="outside", cliponaxis=False,
                    hovertemplate=f"%{{y}}<br>{word}: %{{x}}<extra></extra>")
    fig.update_layout(
        barmode="group",
        height=max(320, 72 * len(labels) + 90),
        margin={"l": 10, "r": 40, "t": 10, "b": 10},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.01, "x": 0, "traceorder": "normal"},
        font={"family": FONT, "size": font_size},
        xaxis={"title": t("dlg.chart_people", lang), "rangemode": "tozero"},
        yaxis={"autorange": "reversed", "automargin": True},
        bargap=0.22,
        plot_bgcolor="white",
    )
    return fig
