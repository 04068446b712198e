"""DataFrame -> plotly Figure. No Streamlit here."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ocop_tracker.core.html import FONT
from ocop_tracker.core.models import HEALTH_COLOURS
from ocop_tracker.core.strings import health_label, t
from ocop_tracker.tasks.readiness import HEALTH_ORDER


def unit_label(row: pd.Series, lang: str = "vi") -> str:
    """'Phòng KT · 6/13' : who, and how far along, readable without the colours."""
    return f"{row['lead_short']} · {int(row['done'])}/{int(row['total'])}"


def readiness_by_unit(agencies: pd.DataFrame, lang: str = "vi", font_size: int = 14,
                      bar_px: int = 44) -> go.Figure:
    """Stacked bars, one per lead unit, one segment per status (the word in legend and hover);
    a smaller bar_px makes the compact chart that fits the overview's first screen."""
    labels = [unit_label(row, lang) for _, row in agencies.iterrows()]
    fig = go.Figure()
    for health in HEALTH_ORDER:
        counts = agencies[str(health)].astype(int)
        word = health_label(health, lang)
        fig.add_bar(
            name=word,
            y=labels,
            x=counts,
            orientation="h",
            marker_color=HEALTH_COLOURS[health],
            text=[str(c) if c else "" for c in counts],
            textposition="inside",
            insidetextanchor="middle",
            textangle=0,  # a rotated digit in a thin bar reads as noise: hide it instead
            hovertemplate=f"%{{y}}<br>{word}: %{{x}}<extra></extra>",
        )
    compact = bar_px < 44
    legend = {"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0, "traceorder": "normal"}
    fig.update_layout(
        barmode="stack",
        bargap=0.2 if compact else None,
        height=max(200, bar_px * len(labels) + (30 if compact else 110)),
        margin={"l": 10, "r": 10, "t": 0 if compact else 10, "b": 10},
        legend=legend,
        showlegend=not compact,  # a narrow column stacks it: the page writes the words instead
        font={"family": FONT, "size": font_size},
        xaxis={"title": None if compact else t("chart.tasks", lang),
               "dtick": 1 if agencies["total"].max() <= 15 else None},
        yaxis={"autorange": "reversed", "automargin": True},
        uniformtext={"minsize": font_size - 2, "mode": "hide"},
        plot_bgcolor="white",
    )
    return fig
