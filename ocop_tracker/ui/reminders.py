"""Quản trị → Nhắc việc: contacts per unit, a test message, send now, the last deliveries."""

from __future__ import annotations

import pandas as pd
import streamlit as st
from sqlite_utils import Database

from ocop_tracker.core import clock, fmt, queries
from ocop_tracker.core.models import Actor
from ocop_tracker.reminders import addresses, commands, outbox, send
from ocop_tracker.reminders import queries as rq
from ocop_tracker.ui import connect, flash, md, tr, write
from ocop_tracker.ui.history import register_value, yes_no

# The history feed (on this same page) says "nhận nhắc việc Không → Có" for a contact.
register_value((commands.ENTITY, "active"), yes_no)


def reminders_panel(actor: Actor) -> None:
    """Where digests go, sending now, and what the last runs did (and why they failed)."""
    _smtp_line()
    with connect() as db:
        contacts = rq.contacts(db)
        units = queries.agencies(db, queries.current_event_id(db) or 0)
        runs = rq.deliveries(db)
    names = dict(zip(units["id"].astype(int), units["name"], strict=True))
    st.markdown(f"#### {tr('rem.contacts_heading')}")
    st.caption(tr("rem.contacts_help"))
    if contacts:
        st.dataframe(_contacts_table(contacts), hide_index=True, width="stretch")
    else:
        st.info(tr("rem.none"))
    left, right = st.columns(2)
    with left:
        _add_form(actor, names)
    with right:
        _remove_form(actor, contacts)
    st.markdown(f"#### {tr('rem.send_heading')}")
    _send_form(names)
    st.markdown(f"#### {tr('rem.runs_heading')}")
    if runs:
        st.dataframe(_runs_table(runs), hide_index=True, width="stretch", column_config={
            tr("rem.col_why"): st.column_config.TextColumn(width="large")})
    else:
        st.info(tr("rem.no_runs"))


def _smtp_line() -> None:
    # Host, port and sender only: the password is never put on a screen.
    smtp = send.SmtpSettings.from_env()
    if smtp is None:
        st.warning(tr("rem.smtp_off"), icon="✉️")
        return
    login = tr("rem.smtp_login") if smtp.user else ""
    st.caption(tr("rem.smtp_on", host=md(smtp.host), port=smtp.port, sender=md(smtp.sender),
                  login=login))


def _contacts_table(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame({
        tr("col.unit"): [r["unit"] for r in rows],
        tr("rem.col_address"): [addresses.shown(r["address"]) for r in rows],
        tr("rem.col_added"): [_when(r["updated_at"] or r["created_at"]) for r in rows],
    })


def _runs_table(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame({
        tr("rem.col_when"): [_when(r["last_attempt_at"] or r["created_at"]) for r in rows],
        tr("col.unit"): [r["unit"] for r in rows],
        tr("rem.col_address"): [addresses.shown(r["address"]) for r in rows],
        tr("rem.col_state"): [tr(f"rem.state.{r['state']}") for r in rows],
        tr("rem.col_subject"): [r["subject"] for r in rows],
        tr("rem.col_why"): [r["error"] or "" for r in rows],
    })


def _when(iso: str | None) -> str:
    return fmt.vn_datetime(clock.parse_iso(iso)) if iso else ""


def _add_form(actor: Actor, names: dict[int, str]) -> None:
    with st.form("reminder-contact-add"):
        unit = st.selectbox(tr("col.unit"), list(names), format_func=names.get, key="rem_unit")
        address = st.text_input(tr("rem.col_address"), key="rem_address",
                                placeholder="ten@donvi.gov.vn")
        add, test = st.columns(2)
        if add.form_submit_button(tr("rem.add"), type="primary") and unit is not None:
            write(lambda db: commands.set_contact(db, names[unit], address, actor),
                  tr("rem.added", address=md(address.strip()), unit=md(names[unit])))
            st.rerun()
        if test.form_submit_button(tr("rem.test")) and unit is not None:
            _send_test(names[unit], address)
            st.rerun()


def _send_test(unit: str, address: str) -> None:
    clean = addresses.normalise(address)
    if not addresses.is_valid(clean):
        flash(tr("rem.bad_address", address=md(address.strip()[:80])), "error")
        return
    shown = md(addresses.shown(clean))
    try:
        outbox.send_test(unit, clean)
    except send.DeliveryError as exc:
        flash(tr("rem.test_failed", address=shown, error=md(exc)), "error")
        return
    flash(tr("rem.test_sent", address=shown))


def _remove_form(actor: Actor, contacts: list[dict]) -> None:
    with st.form("reminder-contact-remove"):
        labels = {r["id"]: f"{r['unit_short']} · {addresses.shown(r['address'])}"
                  for r in contacts}
        chosen = st.selectbox(tr("rem.col_address"), list(labels), format_func=labels.get,
                              key="rem_remove")
        if st.form_submit_button(tr("rem.remove")) and chosen is not None:
            row = next(r for r in contacts if r["id"] == chosen)
            write(lambda db: commands.remove_contact(db, row["unit"], row["address"], actor),
                  tr("rem.removed", address=md(addresses.shown(row["address"]))))
            st.rerun()


def _send_form(names: dict[int, str]) -> None:
    st.caption(tr("rem.send_help"))
    with st.form("reminder-send"):
        options: list[int | None] = [None, *names]
        unit = st.selectbox(tr("col.unit"), options, key="rem_send_unit",
                            format_func=lambda i: names[i] if i else tr("rem.all_units"))
        if st.form_submit_button(tr("rem.send"), icon="📨"):
            write(lambda db: _send_now(db, unit), _sent_message)
            st.rerun()


def _send_now(db: Database, unit: int | None) -> outbox.RunResult:
    return outbox.run(db, None, unit)


def _sent_message(result: outbox.RunResult) -> str:
    delivered = sum(o.state == "delivered" for o in result.outcomes)
    return tr("rem.sent", delivered=delivered, failed=len(result.failed),
              digests=len(result.digests))
