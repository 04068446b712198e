"""Đón tiếp: the reception desk on the day, laid out for a phone held in one hand."""

from __future__ import annotations

import streamlit as st

from ocop_tracker.core import clock, fmt, permissions
from ocop_tracker.core.models import Actor
from ocop_tracker.delegates import commands as delegate_commands
from ocop_tracker.delegates.model import Invitation, matches
from ocop_tracker.ui import connect, md, say, tr
from ocop_tracker.ui.delegates import Data, _person_fields, load, write

RESULT_LIMIT = 15  # a phone screen's worth; typing more narrows the list


def desk_actor(actor: Actor | None) -> Actor | None:
    """The actor when it may check guests in; otherwise None, after saying why, once, at the
    top: the buttons below are then greyed out rather than refusing after a tap."""
    with connect() as db:
        organiser = permissions.organiser_agency_id(db)
    if permissions.allowed(actor, permissions.CHECK_IN, organiser):
        return actor
    if actor is None:
        st.info(tr("ci.who_may"), icon=":material/lock:")
    else:
        st.warning(tr("ci.not_this_account", name=md(actor.name)), icon=":material/block:")
    return None


@st.fragment(run_every="15s")
def arrived_count() -> None:
    """The live count, refreshed on its own so other desks' check-ins show up."""
    data = load()
    if data is None:
        return
    total = data.totals
    # one line, not st.metric columns: columns stack on a phone and push the search down
    st.markdown(f"### :material/how_to_reg: {tr('ci.arrived_metric')}: "
                f"{total.arrived}/{total.expected}")
    st.caption(f"{tr('dlg.m_confirmed')}: {total.confirmed} · {tr('dlg.m_invited')}: "
               f"{total.invited}")


def search(data: Data, actor: Actor | None) -> None:
    """Search by name or unit without diacritics; one button per guest to mark arrival."""
    query = st.text_input(tr("ci.search"), key="ci-q", placeholder=tr("ci.search_placeholder"))
    if not query.strip():
        st.caption(tr("ci.type_to_search"))
        return
    people = data.invitees
    found = people[matches(people["search_key"], query)]
    if found.empty:
        st.info(say("ci.no_match", query=query.strip()))
        return
    # those not yet arrived first: they are who the desk is looking for
    found = found.assign(_here=found["arrived_at"].notna()).sort_values(["_here", "name"])
    for row in found.head(RESULT_LIMIT).itertuples(index=False):
        with st.container(border=True, key=f"ci-{row.id}"):
            _guest(row, actor)
    if len(found) > RESULT_LIMIT:
        st.caption(tr("ci.more", n=len(found) - RESULT_LIMIT))


def _guest(row: object, actor: Actor | None) -> None:
    st.markdown(f"**{md(row.name)}**" + (f" · {md(row.title)}" if row.title else ""))
    declined = f" {tr('ci.declined_note')}" if row.status == Invitation.DECLINED else ""
    st.caption(" · ".join(md(p) for p in (row.unit, row.group_name) if p) + declined)
    if isinstance(row.arrived_at, str):
        when = fmt.vn_time(clock.parse_iso(row.arrived_at))
        left, right = st.columns([3, 1], vertical_alignment="center")
        left.success(say("ci.arrived_at", time=when, who=row.arrived_by),
                     icon=":material/how_to_reg:")
        if right.button(tr("ci.undo"), key=f"undo-{row.id}-v{row.version}",
                        icon=":material/undo:", disabled=not actor):
            write(lambda db: delegate_commands.undo_check_in(db, int(row.id), int(row.version),
                                                             actor),
                  say("ci.undone", name=row.name))
            st.rerun()
        return
    if st.button(tr("ci.arrive"), key=f"arrive-{row.id}", type="primary", width="stretch",
                 icon=":material/how_to_reg:", disabled=not actor):
        write(lambda db: delegate_commands.check_in(db, int(row.id), actor),
              _checked_in_message)
        st.rerun()


def _checked_in_message(result: delegate_commands.CheckIn) -> str:
    when = fmt.vn_time(clock.parse_iso(result.arrived_at))
    if result.already:
        return say("ci.already", name=result.name, who=result.arrived_by, time=when)
    return say("ci.checked_in", name=result.name, time=when)


def walk_in(data: Data, actor: Actor | None) -> None:
    """A guest not on the list: add on the spot, arrived now."""
    with st.expander(tr("ci.walk_in"), icon=":material/person_add:"):
        with st.form("walk-in", clear_on_submit=True):
            fields = _person_fields(data, None, "walk")
            if st.form_submit_button(tr("ci.walk_in_add"), type="primary",
                                     disabled=not actor):
                values = fields()

                def action(db: object) -> object:
                    person = delegate_commands.check_invitee(**values)
                    return delegate_commands.add_walk_in(db, data.event_id, person,
                                                         actor)

                write(action, _checked_in_message)
                st.rerun()


def counted_groups(data: Data, actor: Actor | None) -> None:
    """Groups known only by numbers: +1 per person arriving."""
    if data.counts.empty:
        return
    with st.expander(tr("ci.counts")):
        for row in data.counts.itertuples(index=False):
            left, right = st.columns([3, 1], vertical_alignment="center")
            left.text(tr("ci.count_line", label=row.label, arrived=row.arrived,
                         confirmed=row.confirmed))
            if right.button(tr("ci.plus_one"), key=f"plus-{row.id}", disabled=not actor):
                write(lambda db, block=int(row.id): delegate_commands.add_arrivals(
                    db, block, 1, actor),
                      say("dlg.block_saved", label=row.label))
                st.rerun()

