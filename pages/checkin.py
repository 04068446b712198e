"""Đón tiếp: check guests in at the reception desk (phone-sized)."""

import streamlit as st

from ocop_tracker import ui
from ocop_tracker.ui import auth, checkin, delegates

ui.demo_banner()
st.header(ui.tr("ci.title"))
signed_in = auth.current_actor()
actor = checkin.desk_actor(signed_in)  # None: why is said once, buttons greyed
ui.show_flashes()
checkin.arrived_count()
data = delegates.load() if signed_in else None
if not signed_in:  # the guest list (names, positions) is for signed-in accounts only
    st.info(ui.tr("auth.login_for_names"), icon="🔒")
if data is not None:
    checkin.search(data, actor)
    checkin.walk_in(data, actor)
    checkin.counted_groups(data, actor)
