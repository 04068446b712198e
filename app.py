"""Router: page config, the shared sidebar, and the explicit list of pages."""

import streamlit as st

from ocop_tracker import ui

st.set_page_config(page_title=ui.tr("app.title"), page_icon="🏵️", layout="wide")
ui.sidebar()
pages = [
    st.Page("pages/overview.py", title=ui.tr("nav.overview"), icon="📊", default=True),
    st.Page("pages/tasks.py", title=ui.tr("nav.tasks"), icon="✅", url_path="nhiem-vu"),
    st.Page("pages/reports.py", title=ui.tr("nav.reports"), icon="🖨️", url_path="bao-cao"),
    st.Page("pages/events.py", title=ui.tr("nav.events"), icon="📁", url_path="su-kien"),
    st.Page("pages/programme.py", title=ui.tr("nav.programme"), icon="🗓️", url_path="chuong-trinh"),
    st.Page("pages/projector.py", title=ui.tr("nav.projector"), icon="📽️", url_path="trinh-chieu"),
    st.Page("pages/import_plan.py", title=ui.tr("nav.import_plan"), icon="📥", url_path="nhap-ke-hoach"),
    st.Page("pages/booths.py", title=ui.tr("nav.booths"), icon="🏬", url_path="gian-hang"),
]
st.navigation(pages).run()
