"""Quản trị: accounts, the history feed with undo, backups and the login setting."""

from __future__ import annotations

import os
from collections.abc import Callable

import pandas as pd
import streamlit as st
from sqlite_utils import Database

from ocop_tracker.accounts import users as accounts
from ocop_tracker.core import backup, clock, fmt, queries
from ocop_tracker.core.db import db_path
from ocop_tracker.core.models import Actor, Role
from ocop_tracker.ui import connect, kiosk_admin, md, tr, write
from ocop_tracker.ui.auth import REQUIRE_LOGIN_ENV, login_setting


def accounts_panel(actor: Actor) -> None:
    """The accounts table, then forms to create one and to reset or disable one."""
    with connect() as db:
        rows = accounts.list_accounts(db)
        units = queries.agencies(db, queries.current_event_id(db) or 0)
    st.dataframe(_accounts_table(rows), hide_index=True, width="stretch")
    left, right = st.columns(2)
    with left:
        _create_form(actor, units)
    with right:
        _manage_form(actor, [r["username"] for r in rows])


def _accounts_table(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame({
        tr("col.username"): [r["username"] for r in rows],
        tr("admin.display_name"): [r["display_name"] for r in rows],
        tr("col.role"): [tr(f"role.{r['role']}") for r in rows],
        tr("col.unit"): [r["agency"] or "" for r in rows],
        tr("col.state"): [_state(r) for r in rows],
        tr("col.last_login"): [fmt.vn_datetime(clock.parse_iso(r["last_login_at"]))
                               if r["last_login_at"] else "" for r in rows],
    })


def _state(row: dict) -> str:
    if row["disabled"]:
        return tr("state.disabled")
    if row["locked_until"] and clock.parse_iso(row["locked_until"]) > clock.now():
        return tr("state.locked", until=fmt.vn_datetime(clock.parse_iso(row["locked_until"])))
    return tr("state.active")


def _create_form(actor: Actor, units: pd.DataFrame) -> None:
    names = dict(zip(units["id"].astype(int), units["name"], strict=True))
    with st.form("create-account"):
        st.markdown(f"**{tr('admin.create')}**")
        username = st.text_input(tr("col.username"))
        display = st.text_input(tr("admin.display_name"))
        role = st.selectbox(tr("admin.role"), list(Role), index=1,
                            format_func=lambda r: tr(f"role.{r}"))
        unit = st.selectbox(tr("admin.unit"), [None, *names], format_func=lambda i: names.get(
            i, tr("admin.no_unit")))
        password = st.text_input(tr("admin.new_password"), type="password")
        if st.form_submit_button(tr("admin.create")):
            password = password or accounts.generate_password()
            _run(lambda db: accounts.create_account(db, username, display or names.get(unit, ""),
                                                    role or Role.UNIT, unit, password, actor),
                 tr("admin.created", username=md(username.strip().lower()), password=md(password)))


def _manage_form(actor: Actor, usernames: list[str]) -> None:
    with st.form("manage-account"):
        st.markdown(f"**{tr('admin.account')}**")
        username = st.selectbox(tr("col.username"), usernames)
        password = st.text_input(tr("admin.new_password"), type="password")
        reset, disable, enable = st.columns(3)
        done = tr("admin.disabled_done", username=md(username))
        if reset.form_submit_button(tr("admin.reset")):
            password = password or accounts.generate_password()
            _run(lambda db: accounts.reset_password(db, username, password, actor),
                 tr("admin.reset_done", username=md(username), password=md(password)))
        if disable.form_submit_button(tr("admin.disable")):
            _run(lambda db: accounts.set_disabled(db, username, True, actor), done)
        if enable.form_submit_button(tr("admin.enable")):
            _run(lambda db: accounts.set_disabled(db, username, False, actor), done)


def backup_panel(actor: Actor) -> None:
    """Download a consistent backup; choose whether read-only pages need a login."""
    st.caption(tr("admin.backup_help"))
    stamp = clock.now().strftime("%Y%m%d-%H%M")
    st.download_button(tr("admin.download"), data=lambda: backup.backup_bytes(db_path()),
                       file_name=f"ocop-sao-luu-{stamp}.db", mime="application/vnd.sqlite3",
                       on_click="ignore", icon="💾")
    stored = login_setting()
    overridden = bool(os.environ.get(REQUIRE_LOGIN_ENV, "").strip())
    # Keyed by the stored value: when it changes elsewhere (another admin, an undo) the
    # toggle is drawn afresh instead of writing this screen's old position back.
    required = st.toggle(tr("admin.require_login"), value=stored, disabled=overridden,
                         key=f"require_login-{int(stored)}",
                         help=tr("admin.require_login_env", env=REQUIRE_LOGIN_ENV)
                         if overridden else None)
    if required != stored and not overridden:
        _run(lambda db: accounts.set_login_required(db, required, actor),
             tr("admin.setting_saved"))
    kiosk_admin.kiosk_panel(actor)


def _run(action: Callable[[Database], object], success: str) -> None:
    """One admin write; its outcome shown after the rerun (passwords only once)."""
    write(action, success)
    st.rerun()
