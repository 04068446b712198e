"""Login in the sidebar; the logged-in account becomes the Actor of every write."""

from __future__ import annotations

import os

import streamlit as st

from ocop_tracker.accounts import kiosk
from ocop_tracker.accounts import users as accounts
from ocop_tracker.accounts.users import Account
from ocop_tracker.core import permissions
from ocop_tracker.core.db import DatabaseFileError, StorageError, get_setting
from ocop_tracker.core.errors import UserFacingError
from ocop_tracker.core.models import Actor, Role
from ocop_tracker.ui import (
    ACCOUNT_KEY,
    connect,
    error_text,
    md,
    pooled_connection,
    show_flashes,
    sign_out_gone,
    tr,
)
from ocop_tracker.ui.chrome import SIGNED_IN_NOW

USERNAME_KEY = "account_username"
REQUIRE_LOGIN_ENV = "OCOP_REQUIRE_LOGIN"
KIOSK_PAGE = "trinh-chieu"  # the one page a kiosk link opens


def current_account() -> Account | None:
    """The logged-in account, re-read each run so a disabled account is logged out at once."""
    account_id = st.session_state.get(ACCOUNT_KEY)
    if account_id is None:
        return None
    try:
        with pooled_connection() as db:
            account = accounts.get_account(db, int(account_id))
    except (DatabaseFileError, StorageError):
        return None  # nobody is let in; the page itself shows the database message
    # The name must match too: after restoring an older backup, the same id may be
    # someone else's account.
    if account is None or account.username != st.session_state.get(USERNAME_KEY):
        sign_out_gone()
        return None
    return account


def current_actor() -> Actor | None:
    """The Actor for write functions, or None when nobody is logged in."""
    account = current_account()
    return account.actor() if account else None


def is_admin(account: Account | None) -> bool:
    """True for the administrator (shows the admin page in the menu)."""
    return account is not None and permissions.allowed(account.actor(), permissions.ADMIN)


def login_required() -> bool:
    """Whether read-only pages need a login too: env OCOP_REQUIRE_LOGIN, else the setting."""
    env = os.environ.get(REQUIRE_LOGIN_ENV, "").strip().lower()
    if env:
        return env in ("1", "true", "yes", "on")
    return login_setting()


def login_setting() -> bool:
    """The admin's stored choice (which OCOP_REQUIRE_LOGIN, when set, overrides)."""
    with connect() as db:
        return get_setting(db, accounts.LOGIN_SETTING) == "1"


def sidebar_login(account: Account | None) -> None:
    """Who is logged in (with a log-out button), or the login form."""
    with st.sidebar:
        if account is not None:
            _signed_in(account)
        else:
            _login_form()


def gate(account: Account | None, url_path: str = "") -> bool:
    """False (and a notice) when the setting says every page needs a login and nobody has.

    The projector has no sidebar to log in from: it opens through a kiosk link instead."""
    if account is None and login_required():
        if url_path == KIOSK_PAGE:
            return _kiosk_pass()
        show_flashes()  # e.g. why a page's account was just signed out
        st.info(tr("auth.login_required"), icon="🔒")
        return False
    return True


def _kiosk_pass() -> bool:
    """True for a kiosk link not revoked; otherwise a message fit for a meeting room."""
    secret = st.query_params.get(kiosk.PARAM)
    with connect() as db:
        valid = kiosk.is_valid(db, secret)
    if not valid:
        st.warning(tr("kiosk.revoked" if secret else "kiosk.login_required"), icon="🔒")
    return valid


def _signed_in(account: Account) -> None:
    # "Phòng VH-TT — Phòng Văn hóa và Thông tin", "Lãnh đạo (Chỉ xem)": each word once.
    role = tr(f"role.{account.role}")
    extra = role if role.casefold() not in account.display_name.casefold() else ""
    if account.role == Role.UNIT and account.agency_name:
        extra = account.agency_name
    who = md(account.display_name) + (f" ({md(extra)})" if extra else "")
    st.caption(tr("auth.signed_in", name=who))
    if st.button(tr("auth.logout"), key="logout"):
        st.session_state.pop(ACCOUNT_KEY, None)
        st.rerun()


def _client() -> str:
    """Who is trying, for the lockout: the browser's address (none under AppTest)."""
    try:
        return str(st.context.ip_address or "")
    except (AttributeError, RuntimeError):
        return ""


def _login_form() -> None:
    with st.form("login", border=True):
        st.markdown(f"**{tr('auth.title')}**")
        username = st.text_input(tr("auth.username"), key="login_username")
        password = st.text_input(tr("auth.password"), type="password", key="login_password")
        submitted = st.form_submit_button(tr("auth.login"))
    if not submitted:
        return
    try:
        with connect() as db:
            account = accounts.authenticate(db, username, password, client=_client())
    except UserFacingError as exc:
        st.error(error_text(exc))
        return
    st.session_state[ACCOUNT_KEY] = account.id
    st.session_state[USERNAME_KEY] = account.username
    st.session_state[SIGNED_IN_NOW] = True  # ui.chrome.after_login: landing page, phone
    st.rerun()
