"""Every delegate write: one function per user action, one transaction, audited, version-checked."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlite_utils import Database

from ocop_tracker.core import audit, clock, permissions
from ocop_tracker.core.audit import update_versioned
from ocop_tracker.core.db import write_transaction
from ocop_tracker.core.errors import NotFoundError, ValidationError
from ocop_tracker.core.models import Actor, Change
from ocop_tracker.delegates.model import (
    NAME_LIMIT,
    TEXT_LIMIT,
    Channel,
    Invitation,
    clean,
    normalise_phone,
    person_key,
    search_key,
)

QUOTA_LIMIT = 10_000
COUNT_LIMIT = 10_000


@dataclass(frozen=True)
class InviteeInput:
    """One person to invite, checked and normalised."""

    group_id: int
    name: str
    title: str = ""
    unit: str = ""
    phone: str = ""
    status: Invitation = Invitation.NOT_SENT
    channel: Channel | None = None
    sent_at: str | None = None

    @property
    def person_key(self) -> str:
        """Name + unit, normalised: the duplicate rule."""
        return person_key(self.name, self.unit)


@dataclass(frozen=True)
class CheckIn:
    """The outcome of a check-in: when, by whom, and whether someone had already done it."""

    invitee_id: int
    name: str
    arrived_at: str
    arrived_by: str
    already: bool


# ---------------------------------------------------------------- plan install


def upsert_groups(db: Database, event_id: int, specs: Iterable[Mapping[str, Any]]) -> None:
    """II.3.1 groups from plan.toml, in the caller's transaction; organisers' quotas are kept."""
    for position, spec in enumerate(specs, start=1):
        plan_quota = spec.get("quota")
        db.execute(
            "INSERT INTO delegate_groups (event_id, name, position, per_unit, note, quota) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(event_id, name) DO UPDATE SET "
            "position = excluded.position, per_unit = excluded.per_unit, note = excluded.note, "
            # a quota in the plan file only fills a quota nobody has set in the app
            "quota = coalesce(delegate_groups.quota, excluded.quota)",
            [event_id, clean(spec["name"]), position, spec.get("per_unit"),
             clean(spec.get("note", "")), plan_quota],
        )


# ---------------------------------------------------------------- quotas


def set_quotas(db: Database, changes: Mapping[int, tuple[int | None, int]],
               actor: Actor) -> list[Change]:
    """Set several groups' quotas at once ({group_id: (quota or None, version)}): all or nothing."""
    permissions.check_actor(actor, permissions.EDIT, permissions.organiser_agency_id(db))
    wanted = {gid: _check_quota(db, gid, quota) for gid, (quota, _) in changes.items()}
    with write_transaction(db):
        rows = {gid: current(db, "delegate_groups", gid, version, "dlg.no_group")
                for gid, (_, version) in changes.items()}
        now = clock.now().isoformat()
        done = []
        for gid, row in rows.items():
            if row["quota"] == wanted[gid]:
                continue
            update_versioned(db, "delegate_groups", row, actor, now, quota=wanted[gid])
            done.append(audit.change(db, actor, "delegate_group", row, "quota", row["quota"],
                                     wanted[gid], now=now))
        return done


def _check_quota(db: Database, group_id: int, quota: object) -> int | None:
    if quota is None or (isinstance(quota, str) and not quota.strip()):
        return None
    name = group_name(db, group_id)
    try:
        number = float(cast(Any, quota))  # a form's number or text; bad ones are refused
    except (TypeError, ValueError):
        raise ValidationError("dlg.quota_not_number", group=name, value=quota) from None
    if number != int(number):
        raise ValidationError("dlg.quota_not_number", group=name, value=quota)
    if number < 0:
        raise ValidationError("dlg.quota_negative", group=name, value=int(number))
    if number > QUOTA_LIMIT:
        raise ValidationError("dlg.quota_too_big", group=name, limit=QUOTA_LIMIT)
    return int(number)


def group_name(db: Database, group_id: int) -> str:
    """The group's name; NotFoundError when there is no such group."""
    row = db.execute("SELECT name FROM delegate_groups WHERE id = ?", [group_id]).fetchone()
    if row is None:
        raise NotFoundError("dlg.no_group", id=group_id)
    return row[0]


# ---------------------------------------------------------------- invitees


def check_invitee(group_id: int, name: object, title: object = "", unit: object = "",
                  phone: object = "", status: object = None, channel: object = None,
                  sent_at: str | None = None) -> InviteeInput:
    """Validate one invitee's fields; ValidationError says what is wrong in Vietnamese."""
    name, title, unit = clean(name), clean(title), clean(unit)
    if not name:
        raise ValidationError("dlg.name_missing")
    if len(name) > NAME_LIMIT:
        raise ValidationError("dlg.name_too_long", limit=NAME_LIMIT)
    if len(title) > TEXT_LIMIT or len(unit) > TEXT_LIMIT:
        raise ValidationError("dlg.text_too_long", limit=TEXT_LIMIT)
    number = normalise_phone(phone)
    if number is None:
        raise ValidationError("dlg.bad_phone", value=clean(phone))
    return InviteeInput(group_id, name, title, unit, number, _status(status), _channel(channel),
                        sent_at)


def _status(value: object) -> Invitation:
    if value is None or value == "":
        return Invitation.NOT_SENT
    try:
        return Invitation(cast(str, value))
    except ValueError:
        raise ValidationError("dlg.bad_status", value=value) from None


def _channel(value: object) -> Channel | None:
    if value is None or value == "":
        return None
    try:
        return Channel(cast(str, value))
    except ValueError:
        raise ValidationError("dlg.bad_channel", value=value) from None


def duplicate_in_db(db: Database, event_id: int, person: InviteeInput,
                    exclude: int | None = None) -> dict[str, Any] | None:
    """The invitee (other than `exclude`) already holding this name + unit or phone, if any."""
    rows = list(db.query(
        "SELECT id, name, unit, phone FROM invitees WHERE event_id = ? AND id <> ? AND "
        "(person_key = ? OR (phone <> '' AND phone = ?)) LIMIT 1",
        [event_id, exclude or 0, person.person_key, person.phone]))
    return rows[0] if rows else None


def duplicate_error(person: InviteeInput, other: Mapping[str, Any]) -> ValidationError:
    """'Trùng đại biểu …' naming the rule that matched."""
    if person.phone and person.phone == other["phone"]:
        return ValidationError("dlg.duplicate_phone", name=person.name, phone=person.phone,
                               other=other["name"])
    return ValidationError("dlg.duplicate_person", name=other["name"],
                           unit=other.get("unit") or person.unit or "—")


def add_invitee(db: Database, event_id: int, person: InviteeInput, actor: Actor) -> Change:
    """Add one person to a group's list; a duplicate (name + unit, or phone) is refused."""
    return add_invitees(db, event_id, [person], actor)[0]


def add_invitees(db: Database, event_id: int, people: list[InviteeInput],
                 actor: Actor) -> list[Change]:
    """Add a list (an import) in ONE transaction: any duplicate refuses the whole list."""
    permissions.check_actor(actor, permissions.EDIT, permissions.organiser_agency_id(db))
    _check_unique_in_list(people)
    with write_transaction(db):
        now = clock.now().isoformat()
        changes = []
        for person in people:
            group_name(db, person.group_id)
            other = duplicate_in_db(db, event_id, person)
            if other is not None:
                raise duplicate_error(person, other)
            changes.append(_insert_invitee(db, event_id, person, actor, now))
        return changes


def _check_unique_in_list(people: list[InviteeInput]) -> None:
    seen_keys: dict[str, InviteeInput] = {}
    seen_phones: dict[str, InviteeInput] = {}
    for person in people:
        if person.person_key in seen_keys:
            raise duplicate_error(person, {"name": seen_keys[person.person_key].name,
                                           "unit": seen_keys[person.person_key].unit, "phone": ""})
        if person.phone and person.phone in seen_phones:
            raise duplicate_error(person, {"name": seen_phones[person.phone].name,
                                           "phone": person.phone})
        seen_keys[person.person_key] = person
        if person.phone:
            seen_phones[person.phone] = person


def _insert_invitee(db: Database, event_id: int, person: InviteeInput, actor: Actor, now: str,
                    walk_in: bool = False) -> Change:
    sent_at = person.sent_at or (now if person.status != Invitation.NOT_SENT else None)
    cursor = db.execute(
        "INSERT INTO invitees (event_id, group_id, name, title, unit, phone, person_key, "
        "search_key, status, channel, sent_at, walk_in, created_at, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [event_id, person.group_id, person.name, person.title, person.unit, person.phone,
         person.person_key, search_key(person.name, person.unit, person.title),
         str(person.status), person.channel and str(person.channel), sent_at, int(walk_in),
         now, now, actor.name],
    )
    row = {"id": cursor.lastrowid, "event_id": event_id, "version": 0}
    return audit.change(db, actor, "invitee", row, "invitee", None, person.name,
                        action="create", now=now)


def set_invitation(db: Database, invitee_id: int, status: Invitation | str,
                   channel: Channel | str | None, expected_version: int, actor: Actor,
                   sent_at: datetime | None = None) -> list[Change]:
    """Record that an invitation went out / was confirmed / declined, how and when."""
    return set_invitations(db, {invitee_id: expected_version}, status, channel, actor, sent_at)


def set_invitations(db: Database, versions: Mapping[int, int], status: Invitation | str,
                    channel: Channel | str | None, actor: Actor,
                    sent_at: datetime | None = None) -> list[Change]:
    """The same invitation state for several people ({id: version}) in one transaction."""
    permissions.check_actor(actor, permissions.EDIT, permissions.organiser_agency_id(db))
    new_status, new_channel = _status(status), _channel(channel)
    with write_transaction(db):
        rows = [current(db, "invitees", iid, version, "dlg.no_invitee")
                for iid, version in versions.items()]
        now = clock.now().isoformat()
        changes: list[Change] = []
        for row in rows:
            changes += _apply_invitation(db, row, new_status, new_channel, sent_at, actor, now)
        return changes


def _apply_invitation(db: Database, row: dict[str, Any], status: Invitation,
                      channel: Channel | None, sent_at: datetime | None, actor: Actor,
                      now: str) -> list[Change]:
    values: dict[str, Any] = {}
    if row["status"] != status:
        values["status"] = str(status)
    if channel is not None and row["channel"] != channel:
        values["channel"] = str(channel)
    when = clock.to_vn(sent_at).isoformat() if sent_at else None
    if status == Invitation.NOT_SENT:
        when = None
    elif when is None:
        when = row["sent_at"] or now
    if when != row["sent_at"]:
        values["sent_at"] = when
    if not values:
        return []
    update_versioned(db, "invitees", row, actor, now, **values)
    return [audit.change(db, actor, "invitee", row, field, row[field], value, now=now)
            for field, value in values.items()]


def update_invitee(db: Database, invitee_id: int, person: InviteeInput, expected_version: int,
                   actor: Actor) -> list[Change]:
    """Correct a person's name, title, unit, phone or group (typos before the name cards)."""
    permissions.check_actor(actor, permissions.EDIT, permissions.organiser_agency_id(db))
    with write_transaction(db):
        row = current(db, "invitees", invitee_id, expected_version, "dlg.no_invitee")
        group_name(db, person.group_id)
        other = duplicate_in_db(db, row["event_id"], person, exclude=invitee_id)
        if other is not None:
            raise duplicate_error(person, other)
        wanted = {"group_id": person.group_id, "name": person.name, "title": person.title,
                  "unit": person.unit, "phone": person.phone}
        changed = {k: v for k, v in wanted.items() if row[k] != v}
        if not changed:
            return []
        now = clock.now().isoformat()
        update_versioned(db, "invitees", row, actor, now, **changed, **derived_keys(person))
        return [audit.change(db, actor, "invitee", row, k, row[k], v, now=now)
                for k, v in changed.items()]


def derived_keys(person: InviteeInput) -> dict[str, str]:
    """The columns computed from a person's name, unit and title (duplicates, desk search)."""
    return {"person_key": person.person_key,
            "search_key": search_key(person.name, person.unit, person.title)}


def remove_invitee(db: Database, invitee_id: int, expected_version: int, actor: Actor) -> Change:
    """Take a person off the list (entered by mistake); refused once they have arrived."""
    permissions.check_actor(actor, permissions.EDIT, permissions.organiser_agency_id(db))
    with write_transaction(db):
        row = current(db, "invitees", invitee_id, expected_version, "dlg.no_invitee")
        if row["arrived_at"]:
            raise ValidationError("dlg.remove_arrived", name=row["name"])
        now = clock.now().isoformat()
        db.execute("DELETE FROM invitees WHERE id = ? AND version = ?", [row["id"], row["version"]])
        return audit.change(db, actor, "invitee", row, "invitee", row["name"], None,
                            action="delete", now=now)


# ---------------------------------------------------------------- the day itself


def check_in(db: Database, invitee_id: int, actor: Actor) -> CheckIn:
    """Mark a guest arrived. Idempotent under the write lock: two desks at once = one arrival."""
    permissions.check_actor(actor, permissions.CHECK_IN, permissions.organiser_agency_id(db))
    with write_transaction(db):
        row = audit.fetch(db, "invitees", invitee_id, "dlg.no_invitee")
        if row["arrived_at"]:
            return CheckIn(row["id"], row["name"], row["arrived_at"], row["arrived_by"], True)
        now = clock.now().isoformat()
        _arrive(db, row, actor, now)
        return CheckIn(row["id"], row["name"], now, actor.name, False)


def _arrive(db: Database, row: Mapping[str, Any], actor: Actor, now: str) -> Change:
    # An arrival is an update of arrived_at (arrived_by follows it): undoable like any field.
    update_versioned(db, "invitees", row, actor, now, arrived_at=now, arrived_by=actor.name)
    return audit.change(db, actor, "invitee", row, "arrived_at", None, now, now=now)


def undo_check_in(db: Database, invitee_id: int, expected_version: int, actor: Actor) -> Change:
    """Undo a check-in made on the wrong person."""
    permissions.check_actor(actor, permissions.CHECK_IN, permissions.organiser_agency_id(db))
    with write_transaction(db):
        row = current(db, "invitees", invitee_id, expected_version, "dlg.no_invitee")
        if not row["arrived_at"]:
            return Change("invitee", row["id"], "arrived_at", None, None, row["version"])
        now = clock.now().isoformat()
        update_versioned(db, "invitees", row, actor, now, arrived_at=None, arrived_by=None)
        return audit.change(db, actor, "invitee", row, "arrived_at", row["arrived_at"], None,
                            now=now)


def add_walk_in(db: Database, event_id: int, person: InviteeInput, actor: Actor) -> CheckIn:
    """Someone not on the list came: add them and mark them arrived in one transaction."""
    permissions.check_actor(actor, permissions.CHECK_IN, permissions.organiser_agency_id(db))
    with write_transaction(db):
        group_name(db, person.group_id)
        other = duplicate_in_db(db, event_id, person)
        if other is not None:
            raise duplicate_error(person, other)
        now = clock.now().isoformat()
        change = _insert_invitee(db, event_id, person, actor, now, walk_in=True)
        _arrive(db, audit.fetch(db, "invitees", change.entity_id, "dlg.no_invitee"), actor, now)
        return CheckIn(change.entity_id, person.name, now, actor.name, False)


# ---------------------------------------------------------------- groups counted, not named


def add_count_block(db: Database, event_id: int, group_id: int, label: str, invited: int,
                    confirmed: int, actor: Actor) -> Change:
    """Track a group by numbers alone, e.g. 'Đoàn viên Đoàn Thanh niên huyện: 10 mời'."""
    permissions.check_actor(actor, permissions.EDIT, permissions.organiser_agency_id(db))
    label = clean(label)
    if not label:
        raise ValidationError("dlg.label_missing")
    if len(label) > TEXT_LIMIT:
        raise ValidationError("dlg.label_too_long", limit=TEXT_LIMIT)
    invited, confirmed = _count(invited), _count(confirmed)
    check_confirmed(confirmed, invited)
    with write_transaction(db):
        group_name(db, group_id)
        if db.execute("SELECT 1 FROM delegate_counts WHERE group_id = ? AND label = ?",
                      [group_id, label]).fetchone():
            raise ValidationError("dlg.label_taken", label=label)
        now = clock.now().isoformat()
        cursor = db.execute(
            "INSERT INTO delegate_counts (event_id, group_id, label, invited, confirmed, "
            "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [event_id, group_id, label, invited, confirmed, now, actor.name])
        row = {"id": cursor.lastrowid, "event_id": event_id, "version": 0}
        return audit.change(db, actor, "delegate_count", row, "count_line", None,
                            f"{label}: {invited}/{confirmed}", action="create", now=now)


def set_counts(db: Database, block_id: int, invited: int, confirmed: int, arrived: int,
               expected_version: int, actor: Actor) -> list[Change]:
    """Correct a counted group's figures (a stale screen is refused)."""
    permissions.check_actor(actor, permissions.EDIT, permissions.organiser_agency_id(db))
    values = {"invited": _count(invited), "confirmed": _count(confirmed),
              "arrived": _count(arrived)}
    check_confirmed(values["confirmed"], values["invited"])
    with write_transaction(db):
        row = current(db, "delegate_counts", block_id, expected_version, "dlg.no_block")
        changed = {k: v for k, v in values.items() if row[k] != v}
        if not changed:
            return []
        now = clock.now().isoformat()
        update_versioned(db, "delegate_counts", row, actor, now, **changed)
        return [audit.change(db, actor, "delegate_count", row, k, row[k], v, now=now)
                for k, v in changed.items()]


def add_arrivals(db: Database, block_id: int, number: int, actor: Actor) -> Change:
    """+n arrived for a counted group: additive, so two desks counting at once both count."""
    permissions.check_actor(actor, permissions.CHECK_IN, permissions.organiser_agency_id(db))
    number = _count(number)
    with write_transaction(db):
        row = audit.fetch(db, "delegate_counts", block_id, "dlg.no_block")
        if row["arrived"] + number < 0:
            raise ValidationError("dlg.count_negative")
        now = clock.now().isoformat()
        update_versioned(db, "delegate_counts", row, actor, now, arrived=row["arrived"] + number)
        return audit.change(db, actor, "delegate_count", row, "arrived", row["arrived"],
                            row["arrived"] + number, now=now)


def _count(value: object) -> int:
    try:
        number = int(cast(Any, value))
    except (TypeError, ValueError):
        raise ValidationError("dlg.count_not_number", value=value) from None
    if number < 0:
        raise ValidationError("dlg.count_negative")
    if number > COUNT_LIMIT:
        raise ValidationError("dlg.count_too_big", limit=COUNT_LIMIT)
    return number


def check_confirmed(confirmed: int, invited: int) -> None:
    """A counted group cannot have more confirmations than invitations."""
    if confirmed > invited:
        raise ValidationError("dlg.confirmed_over_invited", confirmed=confirmed, invited=invited)


# ---------------------------------------------------------------- shared write helpers


def current(db: Database, table: str, row_id: int, expected_version: int,
            missing_key: str) -> dict[str, Any]:
    """The row as it is now, inside the write lock; a stale screen is refused (dlg.stale)."""
    return audit.current(db, table, row_id, expected_version, missing_key=missing_key,
                         stale_key="dlg.stale", details=lambda row: {"what": shown_name(row)})


def shown_name(row: Mapping[str, Any]) -> str:
    """What a refusal calls a row: a group's or person's name, a count line's label."""
    return str(row.get("name") or row.get("label") or f"#{row['id']}")
