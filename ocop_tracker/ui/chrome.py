"""The frame around every page: tighter top spacing, Streamlit's own English replaced where
only CSS can reach it, and what happens right after a login (a unit lands on its board, a
phone's sidebar folds away)."""

from __future__ import annotations

import streamlit as st
import streamlit.components.v1 as components

from ocop_tracker.accounts.users import Account, slug
from ocop_tracker.core.models import Role
from ocop_tracker.ui import connect, tr

SIGNED_IN_NOW = "_signed_in_now"  # set by the login form, consumed by after_login()
TASKS_PAGE = "pages/tasks.py"
CHECKIN_PAGE = "pages/checkin.py"
UNIT_PARAM = "don-vi"

# Streamlit 1.67 has no setting for the file uploader's words ("Upload", "5MB per file • …"):
# the English is hidden and the same facts are written in the session's language instead.
_CSS = """<style>
@media (min-width: 769px) {{ [data-testid="stMainBlockContainer"] {{padding-top: 1rem;}} }}
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p
  {{display: none;}}
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"]::after
  {{content: "{choose}";}}
[data-testid="stFileUploaderDropzoneInstructions"] span {{display: none;}}
[data-testid="stFileUploaderDropzoneInstructions"] > div::after
  {{content: "{limit}"; font-size: 0.875rem; opacity: 0.7;}}
</style>"""

# A phone shows the sidebar over the page: once logged in, fold it (the same as tapping «).
_FOLD_ON_PHONE = """<script>
const doc = window.parent.document;
if (window.parent.innerWidth <= 768) {
  const fold = doc.querySelector('[data-testid="stSidebarCollapseButton"] button');
  if (fold) { fold.click(); }
}
</script>"""


def style() -> None:
    """The app's CSS, its words in the session's language."""
    limit = int(st.get_option("server.maxUploadSize"))
    st.markdown(_CSS.format(choose=tr("chrome.choose_file"),
                            limit=tr("chrome.upload_limit", mb=limit)),
                unsafe_allow_html=True)


def after_login(account: Account | None, url_path: str) -> None:
    """Right after a login: a unit account goes from the overview to its own board (the desk's
    account to the reception page), and on a phone the sidebar with the login form folds away."""
    if not st.session_state.get(SIGNED_IN_NOW) or account is None:
        return
    if url_path == "" and account.role == Role.RECEPTION:
        st.switch_page(CHECKIN_PAGE)  # the desk's account has one job
    if url_path == "" and account.role == Role.UNIT and account.agency_id is not None:
        st.switch_page(TASKS_PAGE, query_params={UNIT_PARAM: _unit_slug(account.agency_id)})
    st.session_state.pop(SIGNED_IN_NOW, None)
    with st.sidebar:
        components.html(_FOLD_ON_PHONE, height=0)


def _unit_slug(agency_id: int) -> str:
    with connect() as db:
        row = db.execute("SELECT short_name FROM agencies WHERE id = ?", [agency_id]).fetchone()
    return slug(row[0]) if row else ""
