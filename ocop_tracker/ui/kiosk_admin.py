"""Quản trị → Sao lưu và cài đặt: the projector's kiosk links (create, show once, revoke)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ocop_tracker.accounts import kiosk
from ocop_tracker.core import clock, fmt
from ocop_tracker.core.errors import UserFacingError
from ocop_tracker.core.models import Actor
from ocop_tracker.ui import connect, error_text, md, tr, write

PROJECTOR_PATH = "trinh-chieu"
NEW_LINK_KEY = "kiosk-new-link"  # this session's new link, until shown once


def kiosk_panel(actor: Actor) -> None:
    """The links so far, a form to make one (its URL shown once) and one to revoke."""
    st.subheader(tr("kiosk.title"))
    st.caption(tr("kiosk.help"))
    made = st.session_state.pop(NEW_LINK_KEY, None)
    if made:  # shown once, right after it was made: the secret is never stored
        label, url = made
        st.success(tr("kiosk.created", label=md(label)))
        st.code(url, language=None)
    with connect() as db:
        links = kiosk.list_links(db)
    if links:
        st.dataframe(_table(links), hide_index=True, width="stretch")
    else:
        st.caption(tr("kiosk.none"))
    left, right = st.columns(2)
    with left:
        _create_form(actor)
    active = {r["id"]: r["label"] for r in links if not r["revoked_at"]}
    if active:
        with right:
            _revoke_form(actor, active)


def _table(links: list[dict]) -> pd.DataFrame:
    return pd.DataFrame({
        tr("kiosk.label"): [r["label"] for r in links],
        tr("kiosk.col_by"): [r["created_by"] for r in links],
        tr("kiosk.col_at"): [fmt.vn_datetime(clock.parse_iso(r["created_at"])) for r in links],
        tr("kiosk.col_state"): [
            tr("kiosk.revoked_on", when=fmt.vn_datetime(clock.parse_iso(r["revoked_at"])))
            if r["revoked_at"] else tr("kiosk.active") for r in links],
    })


def _create_form(actor: Actor) -> None:
    with st.form("kiosk-create", clear_on_submit=True):
        label = st.text_input(tr("kiosk.label"), max_chars=kiosk.LABEL_LIMIT, key="kiosk-label")
        if not st.form_submit_button(tr("kiosk.create")):
            return
    try:
        with connect() as db:
            _, secret = kiosk.create_link(db, label, actor)
    except UserFacingError as exc:
        st.error(error_text(exc))
        return
    st.session_state[NEW_LINK_KEY] = (" ".join(label.split()),
                                      f"{_projector_url()}?{kiosk.PARAM}={secret}")
    st.rerun()


def _revoke_form(actor: Actor, active: dict[int, str]) -> None:
    with st.form("kiosk-revoke"):
        chosen = st.selectbox(tr("kiosk.label"), list(active), format_func=active.get,
                              key="kiosk-chosen")
        if st.form_submit_button(tr("kiosk.revoke")) and chosen is not None:
            write(lambda db: kiosk.revoke(db, int(chosen), actor),
                  tr("kiosk.revoked_done", label=md(active[chosen])))
            st.rerun()


def _projector_url() -> str:
    """This server's projector page, as the admin's browser reaches it."""
    here = str(st.context.url or "").split("?", 1)[0]
    base = here.rsplit("/", 1)[0] if here.count("/") > 2 else here.rstrip("/")
    return f"{base}/{PROJECTOR_PATH}"
