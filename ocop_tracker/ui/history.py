"""The change history as people read it: per task, the admin's feed, undo.

A history row stores raw text (`da_gui`, `1`, `2024-09-28T08:00:00+07:00`, a commune id). It
is shown in words: the subject from the feature's namer (`entry["subject"]`), the field from
the string key `history.field.<field>`, and each value through the formatter registered here
for (entity, field) or for the field alone. Lookups go by string key with the raw value as the
fallback, so this module knows no feature's internals and a new value is never hidden.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pandas as pd
import streamlit as st
from sqlite_utils import Database

from ocop_tracker.core import audit as history
from ocop_tracker.core import clock, fmt
from ocop_tracker.core.models import Actor, Status
from ocop_tracker.core.strings import STRINGS, status_label
from ocop_tracker.ui import connect, lang, md, tr, write
from ocop_tracker.ui.auth import current_actor

FEED_LIMIT = 300
TASK_STATUSES = frozenset(s.value for s in Status)
EMPTY = "∅"
UPDATES = frozenset({"update", "undo"})  # rows shown as "field before → after"

Entry = dict[str, Any]


class Names:
    """What stored ids point at (communes, units, delegate groups, products), read once."""

    # Tables of the core schema; a value with no row here is shown as stored.
    SQL = {
        "commune": "SELECT id, name FROM communes",
        "agency": "SELECT id, short_name FROM agencies",
        "group": "SELECT id, name FROM delegate_groups",
        "product": "SELECT id, name FROM products",
        "user": "SELECT id, display_name FROM users",
    }

    def __init__(self, tables: dict[str, dict[str, str]] | None = None) -> None:
        self._tables = tables

    @classmethod
    def read(cls, db: Database) -> Names:
        """Every name, from an open connection (one query per kind)."""
        return cls({kind: {str(r[0]): r[1] for r in db.execute(sql)}
                    for kind, sql in cls.SQL.items()})

    def of(self, kind: str, value: str) -> str:
        """The name of id `value` of a kind; read from the database on first use."""
        if self._tables is None:
            with connect() as db:
                self._tables = Names.read(db)._tables
        assert self._tables is not None
        return self._tables.get(kind, {}).get(value, value)


# (stored text, names) -> the value in words, in the session's language.
Formatter = Callable[[str, Names], str]
FORMATTERS: dict[tuple[str, str] | str, Formatter] = {}
# What a missing value (NULL) means where it is not "nothing", e.g. a setting never set.
DEFAULTS: dict[tuple[str, str], str] = {("setting", "require_login"): "0"}


def register_value(key: tuple[str, str] | str, formatter: Formatter) -> None:
    """Show values of (entity, field), or of a field of any entity, through `formatter`."""
    FORMATTERS[key] = formatter


def by_key(prefix: str) -> Formatter:
    """Words from the string key prefix + value (e.g. 'dlg.inv.da_gui'), else the value."""
    def shown(value: str, names: Names) -> str:
        key = f"{prefix}{value}"
        return tr(key) if key in STRINGS else value
    return shown


def yes_no(value: str, names: Names) -> str:
    """'Có' / 'Không' for a 1/0 flag."""
    return {"1": tr("history.yes"), "0": tr("history.no")}.get(value, value)


def task_status(value: str, names: Names) -> str:
    """A task's status word; other entities' statuses have formatters of their own."""
    return status_label(value, lang()) if value in TASK_STATUSES else value


def named(kind: str) -> Formatter:
    """The name of the row an id points at (a commune, a unit, a group)."""
    return lambda value, names: names.of(kind, value)


def minutes(value: str, names: Names) -> str:
    """'15 phút'."""
    return tr("time.minutes", m=value) if value.isdigit() else value


def money(value: str, names: Names) -> str:
    """An amount in VND as 1.234.567 đ."""
    return fmt.vnd(int(value)) if value.isdigit() else value


def product_list(value: str, names: Names) -> str:
    """A JSON list of product ids as their names."""
    try:
        ids = json.loads(value)
    except ValueError:
        return value
    if not isinstance(ids, list):
        return value
    return ", ".join(names.of("product", str(i)) for i in ids) or EMPTY


_ISO_DATETIME = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def dates(value: str) -> str:
    """ISO date-times in a text as 07:00 28/09/2024 (Vietnam time); a lone date as 28/09/2024."""
    if _ISO_DATE.fullmatch(value):
        return _when(value, fmt.vn_date)
    return _ISO_DATETIME.sub(lambda m: _when(m.group(), fmt.vn_datetime), value)


def _when(text: str, shown: Callable[[datetime], str]) -> str:
    try:
        return shown(clock.parse_iso(text))
    except clock.ClockError:  # looks like a date but is none (month 13): shown as stored
        return text


for _key, _formatter in (
    ("status", task_status),
    (("invitee", "status"), by_key("dlg.inv.")),
    (("invitee", "channel"), by_key("dlg.ch.")),
    (("standee", "status"), by_key("bth.st.")),
    (("booth", "space_ready"), yes_no),
    (("booth", "products_delivered"), yes_no),
    (("booth", "staffed"), yes_no),
    (("booth", "standee_in_place"), yes_no),
    (("booth", "products"), product_list),
    (("product", "newly_recognised"), yes_no),
    (("user", "disabled"), yes_no),
    (("setting", "require_login"), yes_no),
    ("commune_id", named("commune")),
    ("agency_id", named("agency")),
    ("lead_agency_id", named("agency")),
    ("owner_agency_id", named("agency")),
    ("group_id", named("group")),
    ("duration_min", minutes),
    (("approval", "state"), by_key("appr.state.")),
    (("approval", "approver"), named("user")),
    (("club_issue", "state"), by_key("club.state.")),
    (("evidence", "removed"), yes_no),
    *((("budget_line", f), money) for f in ("estimate", "approved", "spent")),
):
    register_value(_key, _formatter)


def value_text(entry: Entry, value: str | None, names: Names | None = None,
               limit: int = 80) -> str:
    """One stored value of a history row in words (cut to `limit` characters)."""
    entity, field = entry.get("entity") or "", entry.get("field") or ""
    if value is None:
        value = DEFAULTS.get((entity, field))
    if value is None:
        return EMPTY
    formatter = FORMATTERS.get((entity, field)) or FORMATTERS.get(field)
    shown = formatter(value, names or Names()) if formatter else dates(value)
    if len(shown) > limit:  # a long note stays readable on one line
        return shown[: limit - 1] + "…"
    return shown or EMPTY


def change_text(entry: Entry, with_task: bool = True, names: Names | None = None) -> str:
    """'III.2-02: trạng thái Chưa bắt đầu → Hoàn thành' (plain text, not Markdown)."""
    names = names or Names()
    text = _action_text(entry, names)
    if text is None:
        before, after = (value_text(entry, entry.get(k), names) for k in ("before", "after"))
        text = f"{_field_label(entry)} {before} → {after}" + _undo_mark(entry)
    return f"{_subject(entry)}: {text}" if with_task else text


def _action_text(entry: Entry, names: Names) -> str | None:
    """What a creation, reset, restore… did, in words; None for a field update."""
    action = entry.get("action") or "update"
    if action in UPDATES:
        return None
    for key in (f"history.action.{action}.{entry.get('field')}", f"history.action.{action}"):
        if key in STRINGS:
            value = entry.get("after") if entry.get("after") is not None else entry.get("before")
            shown = "" if value is None else value_text(entry, value, names)
            return tr(key, value=shown).strip()
    return None  # an action nobody named yet: shown as a field change, never hidden


def _what(entry: Entry, names: Names) -> str:
    text = _action_text(entry, names) or _field_label(entry) + _undo_mark(entry)
    return f"{_subject(entry)}: {text}"


def _subject(entry: Entry) -> str:
    return entry.get("subject") or f"{entry.get('entity', '')} #{entry.get('entity_id', '')}"


def _field_label(entry: Entry) -> str:
    """`history.field.<entity>.<field>` where one entity means something else by the field
    (an invitee's title is a job title), else `history.field.<field>`, else the raw field."""
    field = entry["field"]
    for key in (f"history.field.{entry.get('entity')}.{field}", f"history.field.{field}"):
        if key in STRINGS:
            return tr(key)
    return field


def _undo_mark(entry: Entry) -> str:
    return " " + tr("history.undo_of", id=entry["undoes"]) if entry.get("undoes") else ""


def _cell(entry: Entry, key: str, names: Names) -> str:
    if _action_text(entry, names) is not None:
        return ""  # the "what" column already says what happened, and to what
    return value_text(entry, entry.get(key), names, 500)


def feed_table(entries: list[Entry], names: Names | None = None) -> pd.DataFrame:
    """The feed as a table (st.dataframe draws text on a canvas: never HTML)."""
    names = names or Names()
    return pd.DataFrame({
        tr("col.id"): [e["id"] for e in entries],
        tr("col.when"): [fmt.vn_datetime(clock.parse_iso(e["at"])) for e in entries],
        tr("col.who"): [e["actor"] for e in entries],
        tr("col.what"): [_what(e, names) for e in entries],
        tr("col.before"): [_cell(e, "before", names) for e in entries],
        tr("col.after"): [_cell(e, "after", names) for e in entries],
    })


def feed_panel(actor: Actor) -> None:
    """The latest changes of everyone, and undo of any one of them (admin)."""
    with connect() as db:
        entries = history.feed(db, FEED_LIMIT)
        names = Names.read(db)
    st.dataframe(feed_table(entries, names), hide_index=True, width="stretch", height=420)
    undoable = [e for e in entries if history.undoable(e)]
    if not undoable:
        return
    with st.form("undo-any", border=False):
        chosen = st.selectbox(tr("admin.undo_pick"), undoable, key="undo_pick",
                              format_func=lambda e: f"#{e['id']} · {e['actor']} · "
                                                    f"{change_text(e, names=names)}")
        if st.form_submit_button(tr("admin.undo")):
            write(lambda db: history.undo(db, int(chosen["id"]), actor),
                  tr("history.undone", what=md(change_text(chosen, names=names))))
            st.rerun()


def own_last_change(actor: Actor | None) -> None:
    """The actor's latest change, in words, with an Undo button (the undo is itself audited).

    For any page where people write: it shows nothing when there is nothing to undo."""
    if actor is None:
        return
    with connect() as db:
        entry = history.last_own_change(db, actor)
    if entry is None:
        return
    text, button = st.columns([6, 1], vertical_alignment="center")
    text.caption(tr("history.undo_last", what=md(change_text(entry))))
    button.button(tr("history.undo"), key=f"undo-{entry['id']}", on_click=_on_undo,
                  args=(entry,))


def _on_undo(entry: Entry) -> None:
    # Callbacks run before the page: the account is re-read, never taken from the last run.
    actor = current_actor()
    write(lambda db: history.undo(db, int(entry["id"]), actor),
          tr("history.undone", what=md(change_text(entry))))
