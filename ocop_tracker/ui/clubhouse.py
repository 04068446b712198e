"""Hội quán: the weekend log (each Saturday and Sunday after the ceremony), the issues raised
and where they stand; the duty unit logs a day, Phòng KT forwards issues for sign-off."""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd
import streamlit as st

from ocop_tracker.clubhouse import commands as clubhouse
from ocop_tracker.core import clock, fmt, permissions, queries
from ocop_tracker.core.models import Actor
from ocop_tracker.signoff import approvals
from ocop_tracker.ui import auth, connect, md, tr, write


def page() -> None:
    """The log so far (missing days marked), logging a day, and the issues."""
    actor = auth.current_actor()
    now = clock.now()
    with connect() as db:
        event_id = queries.current_event_id(db)
        if event_id is None:
            return
        weeks = clubhouse.weeks(db, event_id, now)
        issues = clubhouse.issues(db, event_id)
        duty = clubhouse.duty_agency_id(db, event_id)
        unit = db.execute("SELECT short_name FROM agencies WHERE id = ?", [duty]).fetchone()
        ceremony = clubhouse.ceremony_day(db, event_id)
        organiser = permissions.organiser_agency_id(db)
        people = approvals.approvers(db)
    st.title(tr("club.title"))
    st.caption(tr("club.caption", unit=unit[0] if unit else "—"))
    if weeks.empty:
        st.info(tr("club.no_days", day=fmt.vn_date(ceremony)))
    else:
        st.dataframe(_table(weeks), hide_index=True, width="stretch")
    if permissions.allowed(actor, permissions.EDIT, duty) and actor is not None:
        _log_form(event_id, weeks, ceremony, now.date(), actor)
    today = now.date().isoformat()
    _issues([i for i in issues if i["day"] <= today], actor, duty, organiser, people)


def _table(weeks: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({
        tr("club.day"): [fmt.vn_weekday_date(d, st.session_state.get("lang", "vi"))
                         for d in weeks["day"]],
        tr("club.logged"): ["✅ " + tr("club.open") if r.logged and r.is_open
                            else ("⚪ " + tr("club.closed") if r.logged
                                  else "🟥 " + tr("club.missing"))
                            for r in weeks.itertuples(index=False)],
        **{tr(f"club.{c}"): [str(v) if done else "" for v, done in
                              zip(weeks[c], weeks["logged"], strict=True)]
           for c in ("visitors", "products", "issues")},
        tr("club.unit"): weeks["unit"],
    })


def _log_form(event_id: int, weeks: pd.DataFrame, ceremony: date, today: date,
              actor: Actor) -> None:
    logged = {d for d, done in zip(weeks["day"], weeks["logged"], strict=True) if done}
    days = [d for d in clubhouse.weekend_days(ceremony, today) if d not in logged]
    if not days:
        st.caption(tr("club.nothing_to_log"))
        return
    with st.form("club-log", clear_on_submit=True):
        st.markdown(f"**{tr('club.log_title')}**")
        left, mid, right = st.columns(3)
        day = left.selectbox(tr("club.pick_day"), days, key="club-day",
                             format_func=lambda d: fmt.vn_weekday_date(d))
        visitors = mid.number_input(tr("club.visitors"), 0, clubhouse.COUNT_LIMIT, 0,
                                    key="club-visitors")
        products = right.number_input(tr("club.products"), 0, clubhouse.COUNT_LIMIT, 0,
                                      key="club-products")
        was_open = st.checkbox(tr("club.was_open"), value=True, key="club-open")
        note = st.text_input(tr("club.note"), key="club-note")
        issues = st.text_area(tr("club.issue_lines"), key="club-issues", height=80)
        if st.form_submit_button(tr("club.save"), type="primary"):
            write(lambda db: clubhouse.log_weekend(db, event_id, day, was_open, visitors,
                                                   products, note, issues.splitlines(), actor),
                  tr("club.saved", day=fmt.vn_date(day)))
            st.rerun()


def _issues(issues: list[dict[str, Any]], actor: Actor | None, duty: int | None,
            organiser: int | None, people: list[dict[str, Any]]) -> None:
    if not issues:
        return
    st.subheader(tr("club.issues"))
    chief = people[0]["id"] if people else None  # the Standing Committee's secretary first
    for issue in issues:
        cols = st.columns([4, 2, 2], vertical_alignment="center")
        day = fmt.vn_date(date.fromisoformat(issue["day"]))
        cols[0].markdown(f"**{md(issue['text'])}**  \n{day}")
        cols[1].markdown(tr(f"club.state.{issue['state']}"))
        key = f"{issue['id']}-v{issue['version']}"
        if issue["state"] == "open" and permissions.allowed(actor, permissions.EDIT, duty):
            if cols[2].button(tr("club.escalate"), key=f"esc-{key}"):
                write(lambda db, i=issue: clubhouse.escalate(db, i["id"], i["version"], actor))
                st.rerun()
        if (issue["state"] == "escalated" and chief is not None
                and permissions.allowed(actor, permissions.EDIT, organiser)):
            if cols[2].button(tr("club.forward"), key=f"fwd-{key}"):
                write(lambda db, i=issue: clubhouse.forward(db, i["id"], i["version"], chief,
                                                            actor))
                st.rerun()
