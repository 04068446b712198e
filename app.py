"""Router: page config, the shared sidebar with login, and the explicit list of pages."""

import streamlit as st

from ocop_tracker import ui
from ocop_tracker.ui import auth, chrome

st.set_page_config(page_title=ui.tr("app.title"), page_icon=":material/verified:", layout="wide")
account = auth.current_account()


def page_list(admin: bool) -> list[st.Page]:
    """The pages this account may open, in the order of the day's work."""
    pages = [
        st.Page("pages/overview.py", title=ui.tr("nav.overview"),
                icon=":material/dashboard:", default=True),
        st.Page("pages/tasks.py", title=ui.tr("nav.tasks"),
                icon=":material/task_alt:", url_path="nhiem-vu"),
        st.Page("pages/booths.py", title=ui.tr("nav.booths"),
                icon=":material/storefront:", url_path="gian-hang"),
        st.Page("pages/delegates.py", title=ui.tr("nav.delegates"),
                icon=":material/badge:", url_path="dai-bieu"),
        st.Page("pages/checkin.py", title=ui.tr("nav.checkin"),
                icon=":material/how_to_reg:", url_path="don-tiep"),
        st.Page("pages/programme.py", title=ui.tr("nav.programme"),
                icon=":material/event_note:", url_path="chuong-trinh"),
        st.Page("pages/projector.py", title=ui.tr("nav.projector"),
                icon=":material/slideshow:", url_path="trinh-chieu"),
        st.Page("pages/approvals.py", title=ui.tr("nav.approvals"),
                icon=":material/approval:", url_path="trinh-duyet"),
        st.Page("pages/budget.py", title=ui.tr("nav.budget"),
                icon=":material/payments:", url_path="kinh-phi"),
        st.Page("pages/clubhouse.py", title=ui.tr("nav.clubhouse"),
                icon=":material/cottage:", url_path="hoi-quan"),
        st.Page("pages/reports.py", title=ui.tr("nav.reports"),
                icon=":material/print:", url_path="bao-cao"),
        st.Page("pages/events.py", title=ui.tr("nav.events"),
                icon=":material/folder_copy:", url_path="su-kien"),
        st.Page("pages/import_plan.py", title=ui.tr("nav.import_plan"),
                icon=":material/upload_file:", url_path="nhap-ke-hoach"),
    ]
    if admin:  # a page not in the list cannot be reached by URL
        pages.append(st.Page("pages/admin.py", title=ui.tr("nav.admin"),
                             icon=":material/admin_panel_settings:", url_path="quan-tri"))
    return pages


admin = auth.is_admin(account)
# Built once per session, language and role (not on every rerun): each st.Page resolves its
# file on the disk. Never shared between sessions, whose runs may overlap.
pages = ui.session_memo(("pages", ui.lang(), admin), lambda: page_list(admin))
# st.navigation before anything that may stop the run: a run that never calls it makes
# Streamlit fall back to listing (and running) every file in pages/ without this router.
navigation = st.navigation(pages, expanded=True)  # every page in view: no "View N more"
with ui.guard():
    if navigation.url_path != "trinh-chieu":  # the projector shows no sidebar and no login
        chrome.style()
        ui.sidebar()
        auth.sidebar_login(account)
        chrome.after_login(account, navigation.url_path)
    if auth.gate(account, navigation.url_path):
        navigation.run()
