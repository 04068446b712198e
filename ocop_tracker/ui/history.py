"""The change history as people read it: per task, the admin's feed, undo."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from ocop_tracker.core import audit as history
from ocop_tracker.core import clock, fmt
from ocop_tracker.core.models import Actor, Status
from ocop_tracker.core.strings import STRINGS, status_label
from ocop_tracker.ui import connect, lang, md, tr, write

FEED_LIMIT = 300


TASK_STATUSES = frozenset(s.value for s in Status)


def change_text(entry: dict[str, Any], with_task: bool = True) -> str:
    """'III.2-02: trạng thái Chưa bắt đầu → Hoàn thành' (plain text, not Markdown)."""
    field = entry["field"]
    before, after = (_value(field, v) for v in (entry["before"], entry["after"]))
    text = f"{_field_label(field)} {before} → {after}" + _undo_mark(entry)
    return f"{_subject(entry)}: {text}" if with_task else text


def _what(entry: dict[str, Any]) -> str:
    return f"{_subject(entry)}: {_field_label(entry['field'])}{_undo_mark(entry)}"


def _subject(entry: dict[str, Any]) -> str:
    return entry.get("subject") or f"{entry.get('entity', '')} #{entry.get('entity_id', '')}"


def _field_label(field: str) -> str:
    key = f"history.field.{field}"
    return tr(key) if key in STRINGS else field


def _undo_mark(entry: dict[str, Any]) -> str:
    return " " + tr("history.undo_of", id=entry["undoes"]) if entry.get("undoes") else ""


def _value(field: str, value: str | None, limit: int = 80) -> str:
    if field == "status" and value in TASK_STATUSES:  # standees have statuses of their own
        return status_label(value, lang())
    if value and len(value) > limit:  # a long note stays readable on one line
        return value[: limit - 1] + "…"
    return value or "∅"


def feed_table(entries: list[dict[str, Any]]) -> pd.DataFrame:
    """The feed as a table (st.dataframe draws text on a canvas: never HTML)."""
    return pd.DataFrame({
        tr("col.id"): [e["id"] for e in entries],
        tr("col.when"): [fmt.vn_datetime(clock.parse_iso(e["at"])) for e in entries],
        tr("col.who"): [e["actor"] for e in entries],
        tr("col.what"): [_what(e) for e in entries],
        tr("col.before"): [_value(e["field"], e["before"], 500) for e in entries],
        tr("col.after"): [_value(e["field"], e["after"], 500) for e in entries],
    })


def feed_panel(actor: Actor) -> None:
    """The latest changes of everyone, and undo of any one of them (admin)."""
    with connect() as db:
        entries = history.feed(db, FEED_LIMIT)
    st.dataframe(feed_table(entries), hide_index=True, width="stretch", height=420)
    undoable = [e for e in entries if history.undoable(e)]
    if not undoable:
        return
    with st.form("undo-any", border=False):
        chosen = st.selectbox(tr("admin.undo_pick"), undoable, key="undo_pick",
                              format_func=lambda e: f"#{e['id']} · {e['actor']} · "
                                                    f"{change_text(e)}")
        if st.form_submit_button(tr("admin.undo")):
            write(lambda db: history.undo(db, int(chosen["id"]), actor),
                  tr("tasks.undone", what=md(change_text(chosen))))
            st.rerun()
