"""Router: page config, the shared sidebar with login, and the explicit list of pages."""

import streamlit as st

from ocop_tracker import ui
from ocop_tracker.ui import auth

st.set_page_config(page_title=ui.tr("app.title"), page_icon="🏵️", layout="wide")
account = auth.current_account()
pages = [
    st.Page("pages/overview.py", title=ui.tr("nav.overview"), icon="📊", default=True),
    st.Page("pages/tasks.py", title=ui.tr("nav.tasks"), icon="✅", url_path="nhiem-vu"),
]
if auth.is_admin(account):  # a page not in the list cannot be reached by URL
    pages.append(st.Page("pages/admin.py", title=ui.tr("nav.admin"), icon="🛡️",
                         url_path="quan-tri"))
# st.navigation before anything that may stop the run: a run that never calls it makes
# Streamlit fall back to listing (and running) every file in pages/ without this router.
navigation = st.navigation(pages)
with ui.guard():
    ui.sidebar()
    auth.sidebar_login(account)
    if auth.gate(account):
        navigation.run()
