"""Tổng quan: readiness at a glance for leadership."""

import streamlit as st

from ocop_tracker import ui
from ocop_tracker.ui import booths as booths_ui
from ocop_tracker.ui import delegates, overview, programme

ui.demo_banner()


@st.fragment(run_every="60s")
def body() -> None:
    """Redrawn every minute so countdowns and figures stay current on an open screen."""
    snap = ui.current_snapshot()
    if snap is None:
        return
    overview.header(snap)
    programme.overview_now_next()
    overview.headline(snap)
    delegates.overview_metrics(snap.phase)
    overview.deadline_cards(snap)
    booths_ui.overview_section()
    overview.unit_chart()
    overview.attention_lists()


body()
