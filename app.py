"""Router: page config, the shared sidebar, and the explicit list of pages."""

import streamlit as st

from ocop_tracker import ui

st.set_page_config(page_title=ui.tr("app.title"), page_icon="🏵️", layout="wide")
ui.sidebar()
pages = [
    st.Page("pages/overview.py", title=ui.tr("nav.overview"), icon="📊", default=True),
    st.Page("pages/tasks.py", title=ui.tr("nav.tasks"), icon="✅", url_path="nhiem-vu"),
    st.Page("pages/delegates.py", title=ui.tr("nav.delegates"), icon="🎫", url_path="dai-bieu"),
    st.Page("pages/checkin.py", title=ui.tr("nav.checkin"), icon="🛎️", url_path="don-tiep"),
]
st.navigation(pages).run()
