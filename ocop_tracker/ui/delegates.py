"""Đại biểu: quotas per group, the invitation list, import/export, the chart, overview metrics."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import pandas as pd
import streamlit as st
from sqlite_utils import Database

from ocop_tracker.core import clock, fmt, queries
from ocop_tracker.core.models import Actor
from ocop_tracker.delegates import charts as delegate_charts
from ocop_tracker.delegates import commands as delegate_commands
from ocop_tracker.delegates import exchange as delegate_io
from ocop_tracker.delegates import queries as delegate_queries
from ocop_tracker.delegates import summary as delegate_summary
from ocop_tracker.delegates.model import INVITATION_ICONS, Channel, Invitation, Totals, matches
from ocop_tracker.ui import SnapshotKey, connect, keyed_load, lang, md, once_per, say, tr, write

SHOW_LIMIT = 200


@dataclass(frozen=True)
class Data:
    """Everything the delegate pages draw, read once per data revision."""

    event_id: int
    table: pd.DataFrame
    totals: Totals
    invitees: pd.DataFrame
    counts: pd.DataFrame
    event: dict


# Shared, not copied per rerun (cache_resource): callers never mutate what it returns.
@st.cache_resource(show_spinner=False, max_entries=32)
def _cached(key: SnapshotKey) -> Data:
    # keyed on the history revision: any write from any session shows on the next run
    event_id = key[1]
    with connect() as db:
        table, total = delegate_queries.overview(db, event_id)
        return Data(event_id, table, total, delegate_queries.invitees(db, event_id),
                    delegate_queries.counts(db, event_id), queries.event(db, event_id))


def load() -> Data | None:
    """The current event's delegate data (None, with a warning, when there is no event)."""
    return keyed_load(_cached)


# ---------------------------------------------------------------- summary


def header(data: Data) -> None:
    """Title, the plan's reference and the totals against 150."""
    st.title(tr("dlg.title"))
    st.caption(tr("dlg.caption", expected=data.totals.expected))
    metrics(data.totals)


def metrics(total: Totals) -> None:
    """Allocated/remaining quota and the invitation funnel, with the over-allocation warning."""
    cols = st.columns(5)
    cols[0].metric(tr("dlg.m_allocated"), f"{total.quota_allocated}/{total.expected}")
    cols[1].metric(tr("dlg.m_remainder"), total.remainder)
    cols[2].metric(tr("dlg.m_invited"), total.invited)
    cols[3].metric(tr("dlg.m_confirmed"), f"{total.confirmed}/{total.expected}")
    cols[4].metric(tr("dlg.m_arrived"), total.arrived)
    if total.over_allocated:
        st.warning(tr("dlg.over_warning", allocated=total.quota_allocated,
                      expected=total.expected, over=-total.remainder), icon="⚠️")
    elif total.remainder == 0:
        st.success(tr("dlg.exact", expected=total.expected))
    if total.groups_without_quota:
        st.info(tr("dlg.unset_info", n=total.groups_without_quota))


def group_table(data: Data) -> None:
    """Per group: quota, listed, invited, confirmed, declined, arrived."""
    shown = once_per(data, ("groups", lang()), lambda: _group_frame(data.table))
    narrow = {c: st.column_config.Column(width="small") for c in shown.columns[2:]}
    st.dataframe(shown, hide_index=True, width="stretch", height=35 * (len(shown) + 1) + 3,
                 column_config={"#": st.column_config.Column(width=40),
                                tr("dlg.col_group"): st.column_config.Column(width="large"),
                                **narrow})


def _group_frame(table: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({
        "#": range(1, len(table) + 1),
        tr("dlg.col_group"): table["name"],
        tr("dlg.col_quota"): [tr("dlg.not_set") if pd.isna(q) else str(int(q))
                              for q in table["quota"]],
        tr("dlg.col_listed"): table["listed"] + table["counted"],
        tr("dlg.col_invited"): table["invited"],
        tr("dlg.col_confirmed"): table["confirmed"],
        tr("dlg.col_declined"): table["declined"],
        tr("dlg.col_arrived"): table["arrived"],
    })


# ---------------------------------------------------------------- quotas


def quota_form(data: Data, actor: Actor | None) -> None:
    """One number per group, saved together (all or nothing, stale screens refused)."""
    st.caption(tr("dlg.quota_form_help"))
    table = data.table
    with st.form(key=f"quota-form-{_versions(table)}"):
        for row in table.itertuples(index=False):
            left, right = st.columns([4, 1], vertical_alignment="center")
            left.markdown(f"**{row.position}. {md(row.name)}**")
            if row.note:
                left.caption(f"📌 {md(row.note)}")
            if (not pd.isna(row.per_unit) and not pd.isna(row.quota)
                    and row.quota % row.per_unit == 0):
                left.caption(tr("dlg.per_unit_hint", per_unit=int(row.per_unit),
                                units=int(row.quota // row.per_unit), total=int(row.quota)))
            right.number_input(row.name, value=None if pd.isna(row.quota) else int(row.quota),
                               step=1, key=f"quota-{row.id}-v{row.version}",
                               label_visibility="collapsed", placeholder=tr("dlg.not_set"))
        submitted = st.form_submit_button(tr("dlg.quota_save"), type="primary",
                                          disabled=not actor)
    if submitted:
        _save_quotas(table, actor)
        st.rerun()


def _versions(table: pd.DataFrame) -> str:
    return "-".join(str(v) for v in table["version"])


def _save_quotas(table: pd.DataFrame, actor: Actor | None) -> None:
    changes = {}
    for row in table.itertuples(index=False):
        value = st.session_state.get(f"quota-{row.id}-v{row.version}")
        current = None if pd.isna(row.quota) else int(row.quota)
        if value != current:
            changes[int(row.id)] = (value, int(row.version))
    write(lambda db: delegate_commands.set_quotas(db, changes, actor),
          lambda done: tr("dlg.quota_saved", n=len(done)))


# ---------------------------------------------------------------- invitation list


def choose_group(data: Data, key: str = "dlg-group") -> int | None:
    """A group picker (None = all groups)."""
    ids = [None, *data.table["id"].astype(int).tolist()]
    names = {None: tr("dlg.all_groups"),
             **{int(r.id): f"{r.position}. {r.name}" for r in data.table.itertuples()}}
    return st.selectbox(tr("dlg.group"), ids, format_func=names.get, key=key)


def invitee_list(data: Data, group_id: int | None, actor: Actor | None) -> None:
    """The named invitees of a group: one status and one channel widget per person."""
    people = data.invitees
    if group_id is not None:
        people = people[people["group_id"] == group_id]
    query = st.text_input(tr("dlg.search"), key="dlg-search")
    if query.strip():
        people = people[matches(people["search_key"], query)]
    if people.empty:
        st.caption(tr("dlg.none_in_group"))
        return
    st.caption(tr("dlg.n_shown", n=len(people)))
    _bulk_send(people, actor)
    for row in people.head(SHOW_LIMIT).itertuples(index=False):
        with st.container(border=True, key=f"inv-{row.id}"):
            _invitee_row(row, actor, show_group=group_id is None)


def _bulk_send(people: pd.DataFrame, actor: Actor | None) -> None:
    """Letters go out in batches: mark every 'chưa gửi' person shown as sent, in one write."""
    waiting = people[(people["status"] == Invitation.NOT_SENT) & ~people["walk_in"].astype(bool)]
    if waiting.empty:
        return
    with st.form(f"bulk-{'-'.join(str(i) for i in waiting['id'].head(50))}", border=False):
        left, middle, right = st.columns([2, 1, 3], vertical_alignment="bottom")
        channel = left.selectbox(tr("dlg.channel"), list(Channel),
                                 format_func=lambda c: tr(f"dlg.ch.{c}"))
        now = clock.now()
        day = middle.date_input(tr("dlg.sent_day"), value=now.date(), max_value=now.date(),
                                format="DD/MM/YYYY")
        if right.form_submit_button(tr("dlg.bulk_send", n=len(waiting)), disabled=not actor):
            versions = dict(zip(waiting["id"].astype(int), waiting["version"].astype(int),
                                strict=True))
            sent_at = datetime.combine(day, now.time(), clock.VN_TZ)  # the day it really went
            write(lambda db: delegate_commands.set_invitations(
                db, versions, Invitation.SENT, channel, actor, sent_at),
                tr("dlg.bulk_sent", n=len(versions)))
            st.rerun()


def _invitee_row(row: object, actor: Actor | None, show_group: bool = False) -> None:
    who, state, how, side = st.columns([4, 2, 2, 1.3], vertical_alignment="center")
    with who:
        st.markdown(f"**{md(row.name)}**" + (f" · {md(row.title)}" if row.title else ""))
        parts = (row.unit, row.phone, row.group_name if show_group else "")
        st.caption(" · ".join(md(p) for p in parts if p) or "—")
    statuses = list(Invitation)
    state.selectbox(tr("dlg.status"), statuses, index=statuses.index(Invitation(row.status)),
                    format_func=lambda s: f"{INVITATION_ICONS[s]} {tr(f'dlg.inv.{s}')}",
                    key=f"st-{row.id}-v{row.version}", disabled=not actor,
                    on_change=_on_status, args=(row, actor), label_visibility="collapsed")
    channels = [None, *Channel]
    current = Channel(row.channel) if isinstance(row.channel, str) else None
    how.selectbox(tr("dlg.channel"), channels, index=channels.index(current),
                  format_func=lambda c: tr(f"dlg.ch.{c or 'none'}"),
                  key=f"ch-{row.id}-v{row.version}", disabled=not actor,
                  on_change=_on_channel, args=(row, actor), label_visibility="collapsed")
    with side:
        if isinstance(row.arrived_at, str):
            when = fmt.vn_time(clock.parse_iso(row.arrived_at))
            st.caption("🟢 " + say("ci.arrived_at", time=when, who=row.arrived_by))
        elif isinstance(row.sent_at, str):
            st.caption(tr("dlg.sent_on", when=fmt.vn_date(clock.parse_iso(row.sent_at))))
        _edit_popover(row, actor)
        with st.popover("🗑️", help=tr("dlg.remove"), disabled=not actor):
            st.text(tr("dlg.remove_confirm", name=row.name))
            if st.button(tr("dlg.remove"), key=f"rm-{row.id}-v{row.version}", type="primary"):
                write(lambda db: delegate_commands.remove_invitee(
                    db, int(row.id), int(row.version), actor),
                    say("dlg.removed", name=row.name))
                st.rerun()


def _edit_popover(row: object, actor: Actor | None) -> None:
    with st.popover("✏️", help=tr("dlg.edit"), disabled=not actor):
        with st.form(f"edit-{row.id}-v{row.version}", border=False):
            name = st.text_input(tr("dlg.f_name"), value=row.name)
            title = st.text_input(tr("dlg.f_title"), value=row.title)
            unit = st.text_input(tr("dlg.f_unit"), value=row.unit)
            phone = st.text_input(tr("dlg.f_phone"), value=row.phone)
            if st.form_submit_button(tr("dlg.f_save_block")):
                def action(db: Database) -> object:
                    person = delegate_commands.check_invitee(int(row.group_id), name, title,
                                                             unit, phone)
                    return delegate_commands.update_invitee(db, int(row.id), person,
                                                            int(row.version), actor)

                write(action, say("dlg.saved", name=name.strip(), value=tr("dlg.edit")))
                st.rerun()


def _on_status(row: object, actor: Actor | None) -> None:
    value = st.session_state[f"st-{row.id}-v{row.version}"]
    write(lambda db: delegate_commands.set_invitation(db, int(row.id), value, None,
                                                      int(row.version), actor),
          say("dlg.saved", name=row.name, value=tr(f"dlg.inv.{value}")))


def _on_channel(row: object, actor: Actor | None) -> None:
    value = st.session_state[f"ch-{row.id}-v{row.version}"]
    if value is None:
        return
    write(lambda db: delegate_commands.set_invitation(db, int(row.id), row.status, value,
                                                      int(row.version), actor),
          say("dlg.saved", name=row.name, value=tr(f"dlg.ch.{value}")))


def add_person_form(data: Data, group_id: int | None, actor: Actor | None) -> None:
    """Add one invitee by hand."""
    with st.expander(tr("dlg.add_person")):
        with st.form("add-invitee", clear_on_submit=True):
            person = _person_fields(data, group_id, "add")
            if st.form_submit_button(tr("dlg.f_add"), disabled=not actor):
                _add(data.event_id, person(), actor)


def _person_fields(data: Data, group_id: int | None, prefix: str) -> Callable[[], dict]:
    """Name, title, unit, phone and group inputs; returns a reader of their values."""
    ids = data.table["id"].astype(int).tolist()
    names = {int(r.id): f"{r.position}. {r.name}" for r in data.table.itertuples()}
    group = st.selectbox(tr("dlg.group"), ids, format_func=names.get,
                         index=ids.index(group_id) if group_id in ids else 0, key=f"{prefix}-g")
    name = st.text_input(tr("dlg.f_name"), key=f"{prefix}-name")
    cols = st.columns(3)
    title = cols[0].text_input(tr("dlg.f_title"), key=f"{prefix}-title")
    unit = cols[1].text_input(tr("dlg.f_unit"), key=f"{prefix}-unit")
    phone = cols[2].text_input(tr("dlg.f_phone"), key=f"{prefix}-phone")
    return lambda: {"group_id": group, "name": name, "title": title, "unit": unit,
                    "phone": phone}


def _add(event_id: int, fields: dict, actor: Actor | None) -> None:
    def action(db: Database) -> object:
        person = delegate_commands.check_invitee(**fields)
        return delegate_commands.add_invitee(db, event_id, person, actor)

    write(action, say("dlg.added", name=fields["name"].strip()))
    st.rerun()


# ---------------------------------------------------------------- counted groups


def count_blocks(data: Data, group_id: int | None, actor: Actor | None) -> None:
    """Groups tracked by numbers alone: edit the figures, add a line."""
    st.subheader(tr("dlg.counts_title"))
    st.caption(tr("dlg.counts_help"))
    blocks = data.counts
    if group_id is not None:
        blocks = blocks[blocks["group_id"] == group_id]
    for row in blocks.itertuples(index=False):
        with st.form(key=f"block-{row.id}-v{row.version}"):
            cols = st.columns([3, 1, 1, 1, 1], vertical_alignment="bottom")
            cols[0].markdown(f"**{md(row.label)}**")
            inv = cols[1].number_input(tr("dlg.f_invited"), value=int(row.invited), step=1)
            con = cols[2].number_input(tr("dlg.f_confirmed"), value=int(row.confirmed), step=1)
            arr = cols[3].number_input(tr("dlg.f_arrived"), value=int(row.arrived), step=1)
            if cols[4].form_submit_button(tr("dlg.f_save_block"), disabled=not actor):
                figures = (int(row.id), inv, con, arr, int(row.version))
                write(lambda db, f=figures: delegate_commands.set_counts(db, *f, actor),
                    say("dlg.block_saved", label=row.label))
                st.rerun()
    _add_block_form(data, group_id, actor)


def _add_block_form(data: Data, group_id: int | None, actor: Actor | None) -> None:
    ids = data.table["id"].astype(int).tolist()
    names = {int(r.id): f"{r.position}. {r.name}" for r in data.table.itertuples()}
    with st.form("add-block", clear_on_submit=True):
        cols = st.columns([3, 3, 1, 1], vertical_alignment="bottom")
        group = cols[0].selectbox(tr("dlg.group"), ids, format_func=names.get,
                                  index=ids.index(group_id) if group_id in ids else len(ids) - 2)
        label = cols[1].text_input(tr("dlg.f_label"), placeholder="Đoàn Thanh niên huyện")
        invited = cols[2].number_input(tr("dlg.f_invited"), value=10, step=1)
        confirmed = cols[3].number_input(tr("dlg.f_confirmed"), value=0, step=1)
        if st.form_submit_button(tr("dlg.f_add_block"), disabled=not actor):
            write(lambda db: delegate_commands.add_count_block(
                db, data.event_id, group, label, invited, confirmed, actor),
                say("dlg.block_saved", label=label))
            st.rerun()


# ---------------------------------------------------------------- import / export


def import_section(data: Data, actor: Actor | None) -> None:
    """Upload -> preview with every line's problem -> one transaction."""
    st.caption(tr("dlg.import_help"))
    # a new key after each import empties the uploader (a widget's value cannot be reset)
    round_ = st.session_state.setdefault("dlg-upload-round", 0)
    upload = st.file_uploader(tr("dlg.import_file"), type=["csv", "xlsx"],
                              key=f"dlg-upload-{round_}")
    ids = [None, *data.table["id"].astype(int).tolist()]
    names = {None: "—", **{int(r.id): f"{r.position}. {r.name}" for r in data.table.itertuples()}}
    default = st.selectbox(tr("dlg.import_default_group"), ids, format_func=names.get,
                           key="dlg-import-group")
    if upload is None:
        return
    with connect() as db:
        result = delegate_io.preview(db, data.event_id, upload.name, upload.getvalue(), default,
                                     lang())
    if result.errors:
        st.error(tr("dlg.import_errors", n=len(result.errors)))
        st.text("\n".join(result.errors[:200]))  # st.text: file content is never markdown
        return
    st.markdown(f"**{tr('dlg.import_preview', n=len(result.people))}**")
    st.dataframe(_preview_frame(data, result), hide_index=True, width="stretch", height=260)
    if st.button(tr("dlg.import_commit", n=len(result.people)), type="primary",
                 disabled=not actor, key="dlg-import-commit"):
        people = [person for _, person in result.people]
        if write(lambda db: delegate_commands.add_invitees(db, data.event_id, people,
                                                           actor),
                 tr("dlg.imported", n=len(people))):
            st.session_state["dlg-upload-round"] = round_ + 1
        st.rerun()


def _preview_frame(data: Data, result: delegate_io.Preview) -> pd.DataFrame:
    names = dict(zip(data.table["id"].astype(int), data.table["name"], strict=True))
    return pd.DataFrame(
        [(line, names[p.group_id], p.name, p.title, p.unit, p.phone, tr(f"dlg.inv.{p.status}"))
         for line, p in result.people],
        columns=["#", tr("dlg.group"), tr("dlg.f_name"), tr("dlg.f_title"), tr("dlg.f_unit"),
                 tr("dlg.f_phone"), tr("dlg.status")],
    )


def export_section(data: Data) -> None:
    """Excel and CSV of the whole list, for name cards and the reception desk."""
    st.subheader(tr("dlg.export_title"))
    frame = delegate_io.export_frame(data.invitees, lang())
    stamp = clock.now().strftime("%Y%m%d-%H%M")
    left, right = st.columns(2)
    left.download_button(tr("dlg.export_xlsx"), delegate_io.to_xlsx(frame, data.counts, lang()),
                         file_name=f"dai-bieu-{stamp}.xlsx", key="dlg-xlsx",
                         mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    right.download_button(tr("dlg.export_csv"), delegate_io.to_csv(frame),
                          file_name=f"dai-bieu-{stamp}.csv", mime="text/csv", key="dlg-csv")


def chart(data: Data) -> None:
    """Quota vs invited vs confirmed vs arrived per group."""
    st.subheader(tr("dlg.chart_title"))
    language = lang()
    figure = once_per(data, ("chart", language),
                      lambda: delegate_charts.groups_chart(data.table, language))
    st.plotly_chart(figure, width="stretch",
                    config={"displayModeBar": False}, key="chart-delegates")


# ---------------------------------------------------------------- overview


def overview_metrics(phase: object = None) -> None:
    """The delegates' overview figures (the registry's Metric list), drawn with st.metric.

    Kept until pages/overview.py draws every feature's registry figures itself; `phase` is
    no longer needed (the figures know the event's day) and is ignored."""
    data = load()
    if data is None:
        return
    figures = delegate_summary.overview_metrics(data.totals, data.event["event_date"],
                                                clock.now(), lang())
    for column, figure in zip(st.columns(4), figures, strict=False):
        column.metric(figure.label, md(figure.value), md(figure.detail) if figure.detail else None,
                      delta_color="off", delta_arrow="off")
