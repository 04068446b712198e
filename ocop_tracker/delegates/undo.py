"""Undo of the delegates' changes (run by core.audit.undo inside its write lock).

A delegate write may change several fields of one row at once: an invitee's name and unit,
an invitation's status with its channel and sending day, a counted group's invited and
confirmed figures. Those fields depend on each other (the duplicate keys, "chưa gửi" has no
sending day, confirmed <= invited), so undoing any history row of such a write puts back
every field that write changed, together, and recomputes what is derived from them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlite_utils import Database

from ocop_tracker.core import audit, clock, fmt, permissions
from ocop_tracker.core.errors import StaleEditError, ValidationError
from ocop_tracker.core.models import Actor, Change
from ocop_tracker.core.strings import t
from ocop_tracker.delegates import commands
from ocop_tracker.delegates.model import Invitation

Row = dict[str, Any]

# Fields one write changes together, per entity, in the order the write records them; a
# write never mixes two families.
FAMILIES: dict[str, tuple[tuple[str, ...], ...]] = {
    "delegate_group": (("quota",),),
    "invitee": (("group_id", "name", "title", "unit", "phone"),
                ("status", "channel", "sent_at"),
                ("arrived_at",)),
    "delegate_count": (("invited", "confirmed", "arrived"),),
}
TABLES = {"delegate_group": "delegate_groups", "invitee": "invitees",
          "delegate_count": "delegate_counts"}
MISSING = {"delegate_group": "dlg.no_group", "invitee": "dlg.no_invitee",
           "delegate_count": "dlg.no_block"}
INTEGERS = frozenset({"quota", "group_id", "invited", "confirmed", "arrived"})

_ROWS_SQL = """
SELECT h.*, (SELECT min(u.id) FROM history u WHERE u.undoes = h.id) AS undone_by
FROM history h WHERE h.id BETWEEN ? AND ? ORDER BY h.id
"""


def undo_group_change(db: Database, entry: Row, actor: Actor, now: str) -> Change:
    """Put a group's quota back."""
    return _undo(db, entry, actor, now, _no_rules)


def undo_invitee_change(db: Database, entry: Row, actor: Actor, now: str) -> Change:
    """Put an invitee's details, invitation or arrival back as they were before `entry`."""
    return _undo(db, entry, actor, now, _invitee_rules)


def undo_count_change(db: Database, entry: Row, actor: Actor, now: str) -> Change:
    """Put a counted group's figures back."""
    return _undo(db, entry, actor, now, _count_rules)


# (db, the row as it is, the fields put back) -> derived columns to write with them
Rules = Callable[[Database, Row, dict[str, object]], dict[str, object]]


def _undo(db: Database, entry: Row, actor: Actor, now: str, rules: Rules) -> Change:
    entity = entry["entity"]
    # The same rule as the writes: the organiser unit (Phòng Kinh tế) or the admin.
    permissions.check_actor(actor, permissions.EDIT, permissions.organiser_agency_id(db))
    row = audit.fetch(db, TABLES[entity], int(entry["entity_id"]), MISSING[entity])
    rows = same_write(db, entry)
    for written in rows:
        _require_unchanged(db, written, row)
    values = {w["field"]: _stored(w["field"], w["before"]) for w in rows}
    extra = rules(db, row, values)
    audit.update_versioned(db, TABLES[entity], row, actor, now, **values, **extra)
    changes = {w["id"]: audit.change(db, actor, entity, row, w["field"], row[w["field"]],
                                     values[w["field"]], undoes=int(w["id"]), now=now)
               for w in rows}
    return changes[entry["id"]]


def same_write(db: Database, entry: Row) -> list[Row]:
    """`entry` and the rows the same write added beside it, not yet undone, in their order.

    One write holds the write lock, so its rows are consecutive; they share the moment, the
    person, the row and the action, and follow the family's order, each field once. (Under
    the frozen rehearsal clock, two back-to-back writes of one person on one row in that
    order cannot be told apart, and are undone together.)"""
    family = next((f for f in FAMILIES.get(entry["entity"], ()) if entry["field"] in f), None)
    if family is None:
        raise ValidationError("undo.not_undoable")
    span = len(family) - 1
    near = {r["id"]: r for r in db.query(_ROWS_SQL, [entry["id"] - span, entry["id"] + span])}
    picked = [entry]
    for step in (-1, 1):
        at, place = entry["id"] + step, family.index(entry["field"])
        while at in near and _sibling(near[at], entry, family):
            following = family.index(near[at]["field"])
            if (following - place) * step <= 0:  # out of the write's order: another write
                break
            picked.append(near[at])
            at, place = at + step, following
    picked.sort(key=lambda r: r["id"])
    return [r for r in picked if r["id"] == entry["id"] or r["undone_by"] is None]


def _sibling(row: Mapping[str, Any], entry: Mapping[str, Any], family: tuple[str, ...]) -> bool:
    keys = ("entity", "entity_id", "at", "actor", "actor_account_id", "action")
    return all(row[k] == entry[k] for k in keys) and row["field"] in family


def _require_unchanged(db: Database, written: Row, row: Row) -> None:
    """Refused when the field no longer holds what the change wrote: someone changed it since."""
    field = written["field"]
    if audit.text(row[field]) == written["after"] and not audit.changed_since(db, written):
        return
    raise StaleEditError("undo.stale", current=row, task=commands.shown_name(row),
                         **audit.stale_details(row), value=shown(field, row[field]))


def _stored(field: str, value: str | None) -> object:
    if value is None or field not in INTEGERS:
        return value
    return int(value)


def _no_rules(db: Database, row: Row, values: dict[str, object]) -> dict[str, object]:
    return {}


def _invitee_rules(db: Database, row: Row, values: dict[str, object]) -> dict[str, object]:
    """The derived columns of the put-back row, and the list's rules checked on it."""
    after = {**row, **values}
    extra: dict[str, object] = {}
    if values.keys() & {"group_id", "name", "title", "unit", "phone"}:
        person = commands.InviteeInput(int(str(after["group_id"])), str(after["name"]),
                                       str(after["title"]), str(after["unit"]),
                                       str(after["phone"]))
        commands.group_name(db, person.group_id)
        other = commands.duplicate_in_db(db, int(row["event_id"]), person, exclude=int(row["id"]))
        if other is not None:
            raise commands.duplicate_error(person, other)
        extra.update(commands.derived_keys(person))
    if ("status" in values and "sent_at" not in values and after["status"] == Invitation.NOT_SENT
            and after["sent_at"]):
        # "chưa gửi" has no sending day (set_invitation keeps it so); a write that changed
        # the status from "chưa gửi" also wrote sent_at, so this only mends older rows.
        extra["sent_at"] = None
    if "arrived_at" in values:
        extra["arrived_by"] = _arrived_by(db, row, after["arrived_at"])
    return extra


def _arrived_by(db: Database, row: Row, arrived_at: object) -> str | None:
    """Who checked the guest in at `arrived_at`: the desk of the first row that wrote it."""
    if arrived_at is None:
        return None
    found = db.execute(
        "SELECT actor FROM history WHERE entity = 'invitee' AND entity_id = ? "
        "AND field = 'arrived_at' AND after = ? ORDER BY id LIMIT 1",
        [row["id"], arrived_at]).fetchone()
    return found[0] if found else row["arrived_by"]


def _count_rules(db: Database, row: Row, values: dict[str, object]) -> dict[str, object]:
    after = {**row, **values}
    commands.check_confirmed(int(str(after["confirmed"])), int(str(after["invited"])))
    return {}


def shown(field: str, value: object, lang: str = "vi") -> str:
    """A field's value as a person reads it (a refusal message)."""
    if value is None or value == "":
        return "∅"
    if field == "status":
        return t(f"dlg.inv.{value}", lang)
    if field == "channel":
        return t(f"dlg.ch.{value}", lang)
    if field in ("sent_at", "arrived_at"):
        return fmt.vn_datetime(clock.parse_iso(str(value)))
    return str(value)


# ---------------------------------------------------------------- how the feed names them


def group_subjects(db: Database, ids: list[int]) -> dict[int, str]:
    """Delegate groups by their name."""
    return _names(db, "SELECT id, name FROM delegate_groups WHERE id IN ({})", ids)


def count_subjects(db: Database, ids: list[int]) -> dict[int, str]:
    """Counted groups by their label."""
    return _names(db, "SELECT id, label FROM delegate_counts WHERE id IN ({})", ids)


def invitee_subjects(db: Database, ids: list[int]) -> dict[int, str]:
    """Invitees by name (and unit); one taken off the list by the name it was removed with."""
    marks = ",".join("?" * len(ids))
    names = {r[0]: f"{r[1]} ({r[2]})" if r[2] else r[1] for r in db.execute(
        f"SELECT id, name, unit FROM invitees WHERE id IN ({marks})", ids)}
    gone = [i for i in ids if i not in names]
    if gone:
        marks = ",".join("?" * len(gone))
        for entity_id, name in db.execute(
                "SELECT entity_id, coalesce(before, after) FROM history WHERE id IN ("
                "SELECT max(id) FROM history WHERE entity = 'invitee' AND field = 'invitee' "
                f"AND entity_id IN ({marks}) GROUP BY entity_id)", gone):
            names[entity_id] = name
    return names


def _names(db: Database, sql: str, ids: list[int]) -> dict[int, str]:
    return {r[0]: r[1] for r in db.execute(sql.format(",".join("?" * len(ids))), ids)}

