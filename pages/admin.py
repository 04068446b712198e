"""Quản trị: accounts, the history feed with undo, backups (administrator only)."""

import streamlit as st

from ocop_tracker import ui
from ocop_tracker.ui import admin, auth
from ocop_tracker.ui.history import feed_panel
from ocop_tracker.ui.reminders import reminders_panel

ui.demo_banner()
actor = auth.current_actor()
if not auth.is_admin(auth.current_account()):
    # Not in the menu for others, and refused here too: the write functions check again.
    st.error(ui.tr("admin.not_admin"))
    st.stop()
ui.show_flashes()
st.title(ui.tr("nav.admin"))
# Keyed and rerun on change: only the open tab is drawn (the feed alone is 300 rows).
accounts_tab, history_tab, backup_tab, reminders_tab = st.tabs(
    [ui.tr("admin.accounts"), ui.tr("admin.history"), ui.tr("admin.backup"),
     ui.tr("nav.reminders")],
    key="admin-tab", on_change="rerun")
if accounts_tab.open:
    with accounts_tab:
        admin.accounts_panel(actor)
if history_tab.open:
    with history_tab:
        feed_panel(actor)
if backup_tab.open:
    with backup_tab:
        admin.backup_panel(actor)
if reminders_tab.open:
    with reminders_tab:
        reminders_panel(actor)
