"""Trình duyệt: an approver's queue (oldest first, with the deadline), a unit's submissions
with their evidence, the approver's comments and resubmission; evidence on any subject."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st
from sqlite_utils import Database

from ocop_tracker.core import fmt, permissions, queries
from ocop_tracker.core.models import Actor, Role
from ocop_tracker.signoff import approvals, evidence, subjects
from ocop_tracker.signoff import queries as signoff
from ocop_tracker.signoff.report import due_text, when
from ocop_tracker.ui import auth, connect, lang, md, tr, write

# One more than evidence.MAX_BYTES allows: a larger file reaches the app and is refused with
# its Vietnamese message instead of Streamlit's English one.
UPLOAD_MB = evidence.MAX_BYTES // (1024 * 1024) + 1
STATE_ICONS = {"draft": "⚪", "waiting": "🔵", "approved": "✅", "returned": "🟧"}


def page() -> None:
    """The queue for an approver; a unit's own submissions (and starting one) otherwise."""
    actor = auth.current_actor()
    with connect() as db:
        event_id = queries.current_event_id(db)
    if event_id is None:
        return
    st.title(tr("nav.approvals"))
    if actor is not None and actor.role == Role.APPROVER:
        queue(event_id, actor)
        return
    with connect() as db:
        waiting = signoff.queue(db, event_id)
    st.caption(f"{tr('appr.all_waiting')}: {len(waiting)}")
    if actor is None or actor.role == Role.VIEWER:
        _waiting_table(waiting)
        return
    _start_form(event_id, actor)
    own(event_id, actor)
    other_evidence(event_id, actor)


def _waiting_table(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        st.markdown(f"🔵 **{md(row['subject'])}** · {md(row['unit'])} → {md(row['approver'])} · "
                    f"{tr('appr.since', when=when(row['submitted_at']))}")


def queue(event_id: int, actor: Actor) -> None:
    """What waits for this approver, oldest submission first."""
    with connect() as db:
        rows = signoff.queue(db, event_id, actor.account_id)
    st.subheader(tr("appr.queue_title"))
    st.caption(tr("appr.queue_caption", n=len(rows)))
    if not rows:
        st.info(tr("appr.queue_empty"))
        return
    summary(rows, approver=False)
    for row in rows:
        with st.container(border=True, key=f"queue-{row['id']}"):
            _heading(row)
            evidence_list(row["entity"], row["entity_id"], can_remove=False)
            _decide(row, actor)


def _heading(row: dict[str, Any]) -> None:
    parts = [tr("appr.unit", unit=row["unit"]),
             tr("appr.line", state=tr(f"appr.state.{row['state']}"),
                approver=row["approver"] or "—")]
    if row["submitted_at"]:
        parts.append(tr("appr.since", when=when(row["submitted_at"])))
    if row["due_at"]:
        parts.append(tr("appr.due", due=due_text(row["due_at"], lang())))
    st.markdown(f"{STATE_ICONS[row['state']]} **{md(row['subject'])}**")
    st.caption(" · ".join(parts))
    if row["state"] == "returned" and row["comment"]:
        st.warning(tr("appr.returned_note", comment=md(row["comment"])))


def _decide(row: dict[str, Any], actor: Actor) -> None:
    key = f"decide-{row['id']}-v{row['version']}"
    with st.form(key, border=False):
        comment = st.text_area(tr("appr.comment"), key=f"{key}-comment", height=80)
        left, right = st.columns(2)
        approve = left.form_submit_button(tr("appr.approve"), type="primary")
        send_back = right.form_submit_button(tr("appr.return"))
    if approve:
        write(lambda db: approvals.approve(db, row["id"], row["version"], actor),
              tr("appr.approved_msg", name=row["subject"]))
        st.rerun()
    if send_back:
        write(lambda db: approvals.send_back(db, row["id"], row["version"], actor, comment),
              tr("appr.returned_msg", name=row["subject"]))
        st.rerun()


def own(event_id: int, actor: Actor) -> None:
    """The unit's submissions (every one, for the admin), returned ones first."""
    agency = None if actor.role == Role.ADMIN else actor.agency_id
    with connect() as db:
        rows = signoff.of_unit(db, event_id, agency)
    st.subheader(tr("appr.mine_title"))
    if rows:
        summary(rows)
    # Only what the unit must act on gets a card: returned (with the comment) and not sent.
    for row in (r for r in rows if r["state"] in ("draft", "returned")):
        with st.container(border=True, key=f"own-{row['id']}"):
            _heading(row)
            evidence_list(row["entity"], row["entity_id"], can_remove=True, actor=actor)
            attach(row["entity"], row["entity_id"], actor, key=f"att-{row['id']}")
            label = tr("appr.resubmit" if row["state"] == "returned" else "appr.submit")
            if st.button(label, key=f"submit-{row['id']}-v{row['version']}", type="primary"):
                write(lambda db, r=row: approvals.submit(db, r["id"], r["version"], actor),
                      tr("appr.submitted_msg", name=row["subject"]))
                st.rerun()


def _state(state: str) -> str:
    return f"{STATE_ICONS[state]} {tr(f'appr.state.{state}')}"


def summary(rows: list[dict[str, Any]], approver: bool = True) -> None:
    """One line per submission: what, state, approver, when sent, deadline, attachments."""
    frame = pd.DataFrame({
        tr("appr.col_subject"): [r["subject"] for r in rows],
        tr("appr.col_state"): [_state(r["state"]) for r in rows],
        tr("appr.col_approver"): [r["approver"] for r in rows],
        tr("appr.col_submitted"): [when(r["submitted_at"]) for r in rows],
        tr("appr.col_due"): [due_text(r["due_at"], lang()) for r in rows],
        tr("appr.col_evidence"): [r["evidence"] for r in rows],
    })
    if not approver:  # the approver's own queue: it is them
        frame = frame.drop(columns=tr("appr.col_approver"))
    st.dataframe(frame, hide_index=True, width="stretch")


def _candidates(db: Database, event_id: int, actor: Actor,
                include_taken: bool = False) -> dict[str, str]:
    """Standees, tasks and budget lines this unit answers for that need no approver yet (or
    all of them, booths included, for evidence alone)."""
    taken = set() if include_taken else {(r["entity"], r["entity_id"]) for r in db.query(
        "SELECT entity, entity_id FROM approvals WHERE event_id = ?", [event_id])}
    admin = actor.role == Role.ADMIN
    # (kind, query, parameters): a unit sees its own tasks; Phòng KT also standees and budget.
    sources = [("task", "SELECT id FROM tasks WHERE event_id = ? AND recurrence IS NULL "
                "AND (? OR lead_agency_id = ?) ORDER BY position",
                [event_id, admin, actor.agency_id])]
    if admin or actor.agency_id == permissions.organiser_agency_id(db):
        sources[:0] = [("standee", "SELECT id FROM standees WHERE event_id = ? ORDER BY id",
                        [event_id]),
                       ("budget_line", "SELECT id FROM budget_lines WHERE event_id = ? "
                        "ORDER BY position", [event_id])]
        if include_taken:
            sources.append(("booth", "SELECT id FROM booths WHERE event_id = ? ORDER BY number",
                            [event_id]))
    found: dict[str, str] = {}
    for entity, query, params in sources:
        ids = [r[0] for r in db.execute(query, params) if (entity, r[0]) not in taken]
        names = subjects.names(db, [(entity, i) for i in ids])
        found.update({f"{entity}:{i}": names[(entity, i)] for i in ids if (entity, i) in names})
    return found


def _start_form(event_id: int, actor: Actor) -> None:
    with connect() as db:
        options = _candidates(db, event_id, actor)
        people = approvals.approvers(db)
    if not people:
        st.caption(tr("appr.no_approvers"))
        return
    names = {p["id"]: f"{p['display_name']}" for p in people}
    with st.expander(tr("appr.set_approver")), st.form("appr-start", border=False):
        chosen = st.selectbox(tr("appr.col_subject"), list(options), format_func=options.get,
                              key="appr-subject")
        approver = st.selectbox(tr("appr.require"), list(names), format_func=names.get,
                                key="appr-approver")
        if st.form_submit_button(tr("appr.create")) and chosen:
            entity, entity_id = chosen.split(":")
            write(lambda db: approvals.require_approval(db, entity, int(entity_id),
                                                        int(approver), actor),
                  tr("appr.created", name=options[chosen]))
            st.rerun()


def other_evidence(event_id: int, actor: Actor) -> None:
    """Files and links on anything the unit answers for (a booth's photos, a task's minutes),
    whether or not it needs a sign-off."""
    with connect() as db:
        options = _candidates(db, event_id, actor, include_taken=True)
    if not options:
        return
    with st.expander(tr("ev.other_title")):
        chosen = st.selectbox(tr("appr.col_subject"), list(options), format_func=options.get,
                              key="ev-subject")
        if chosen:
            entity, entity_id = chosen.split(":")
            evidence_list(entity, int(entity_id), can_remove=True, actor=actor)
            attach(entity, int(entity_id), actor, key=f"ev-{entity}-{entity_id}")


def evidence_list(entity: str, entity_id: int, can_remove: bool,
                  actor: Actor | None = None) -> None:
    """A subject's files (thumbnail for images, every file a download) and links."""
    with connect() as db:
        items = evidence.listing(db, entity, entity_id)
    st.caption(tr("ev.files", n=len(items)) if items else tr("ev.none"))
    for item in items:
        cols = st.columns([0.8, 4, 1.2], vertical_alignment="center")
        if item["thumbnail"]:
            cols[0].image(item["thumbnail"], width=80)
        else:
            cols[0].markdown("🔗" if item["kind"] == "link" else "📄")
        by = tr("ev.by", who=item["added_by"], when=when(item["added_at"]))
        if item["kind"] == "link":
            cols[1].markdown(f"[{md(item['name'])}]({item['url']})  \n{md(by)}")
        else:
            size = fmt.vn_number(item["size"] / 1024, 0)
            cols[1].markdown(f"**{md(item['name'])}** · {size} KB  \n{md(by)}")
            cols[2].download_button(tr("ev.download"), data=_file_loader(item["id"]),
                                    file_name=item["name"], mime=item["mime"],
                                    key=f"dl-{item['id']}", on_click="ignore")
        if can_remove and actor is not None and cols[2].button(
                tr("ev.remove"), key=f"rm-{item['id']}-v{item['version']}"):
            write(lambda db, i=item: evidence.set_removed(db, i["id"], True, i["version"],
                                                          actor))
            st.rerun()


def _file_loader(evidence_id: int) -> Any:
    def load() -> bytes:
        with connect() as db:
            return evidence.download(db, evidence_id)[2]
    return load


def attach(entity: str, entity_id: int, actor: Actor, key: str) -> None:
    """Attach a file (checked from its content) or a link."""
    with st.form(key, clear_on_submit=True, border=False):
        upload = st.file_uploader(tr("ev.upload"), key=f"{key}-file",
                                  max_upload_size=UPLOAD_MB)
        left, right = st.columns(2)
        title = left.text_input(tr("ev.link_title"), key=f"{key}-title")
        url = right.text_input(tr("ev.link_url"), key=f"{key}-url")
        pressed = st.form_submit_button(tr("ev.attach"))
    if not pressed:
        return
    if upload is not None:
        content = upload.getvalue()
        write(lambda db: evidence.add_file(db, entity, entity_id, upload.name, content, actor),
              tr("ev.added", name=upload.name))
    if url.strip():
        write(lambda db: evidence.add_link(db, entity, entity_id, title, url, actor),
              tr("ev.added", name=title or url))
    st.rerun()
