"""Đón tiếp: check guests in at the reception desk (phone-sized)."""

import streamlit as st

from ocop_tracker import ui
from ocop_tracker.ui import checkin, delegates

ui.demo_banner()
st.header(ui.tr("ci.title"))
actor_name = delegates.actor_input(sidebar=False)
ui.show_flashes()
checkin.arrived_count()
data = delegates.load()
if data is not None:
    checkin.search(data, actor_name)
    checkin.walk_in(data, actor_name)
    checkin.counted_groups(data, actor_name)
