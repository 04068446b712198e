"""Đại biểu: quotas for the 150 attendees, the invitation list, import/export, the chart."""

import streamlit as st

from ocop_tracker import ui
from ocop_tracker.ui import auth, delegates, history

ui.demo_banner()
actor = auth.current_actor()
ui.show_flashes()
data = delegates.load()
if data is not None:
    delegates.header(data)
    if not actor:  # names, positions and phones are for signed-in accounts only
        st.info(ui.tr("auth.login_for_names"), icon="🔒")
        delegates.group_table(data)
        delegates.chart(data)
        st.stop()
    history.own_last_change(actor)
    # keyed and rerun on change: the chosen tab survives every write, only it is drawn
    summary, quotas, people, files = st.tabs([
        ui.tr("dlg.tab_summary"), ui.tr("dlg.tab_quota"), ui.tr("dlg.tab_list"),
        ui.tr("dlg.tab_import"),
    ], key="dlg-tab", on_change="rerun")
    if summary.open:
        with summary:
            delegates.group_table(data)
            delegates.chart(data)
    if quotas.open:
        with quotas:
            delegates.quota_form(data, actor)
    if people.open:
        with people:
            group_id = delegates.choose_group(data)
            delegates.add_person_form(data, group_id, actor)
            delegates.invitee_list(data, group_id, actor)
            delegates.count_blocks(data, group_id, actor)
    if files.open:
        with files:
            delegates.import_section(data, actor)
            delegates.export_section(data)
