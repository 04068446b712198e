"""Tổng quan: readiness at a glance for leadership."""

import streamlit as st

from ocop_tracker import ui
from ocop_tracker.ui import overview

ui.demo_banner()


@st.fragment(run_every="60s")
def body() -> None:
    """Redrawn every minute so countdowns and figures stay current on an open screen."""
    snap = ui.current_snapshot()
    if snap is None:
        return
    overview.header(snap)
    overview.headline(snap)
    overview.first_screen(snap)  # the answers above the fold; the detail below
    overview.figures_row(snap)
    overview.deadline_cards(snap)
    overview.feature_figures(skip="programme" if overview.on_the_day(snap) else None)
    overview.attention_lists()


body()
