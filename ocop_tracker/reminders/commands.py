"""Writes: a unit's contacts set and removed, each audited and undoable (admin only)."""

from __future__ import annotations

from sqlite_utils import Database

from ocop_tracker.core import audit, clock, permissions
from ocop_tracker.core.db import write_transaction
from ocop_tracker.core.errors import ValidationError
from ocop_tracker.core.models import Actor, Change
from ocop_tracker.reminders import addresses
from ocop_tracker.reminders.queries import Row, find_unit

ENTITY = "contact"


def set_contact(db: Database, unit: str, address: str, actor: Actor) -> Change:
    """Add an address to a unit (by name or short name); an existing one is kept as is."""
    permissions.require(actor, permissions.ADMIN)
    clean = addresses.normalise(address)
    if not addresses.is_valid(clean):
        raise ValidationError("rem.bad_address", address=address.strip()[:80])
    with write_transaction(db):
        agency = find_unit(db, unit)
        row = _row(db, agency["id"], clean)
        now = clock.now().isoformat()
        if row is None:
            db.execute("INSERT INTO reminder_contacts (agency_id, address, active, created_at, "
                       "version) VALUES (?, ?, 0, ?, 1)", [agency["id"], clean, now])
            row = _row(db, agency["id"], clean)
            assert row is not None
        if row["active"]:
            return audit.unchanged(ENTITY, row, "active")
        return _set_active(db, row, True, actor, now)


def remove_contact(db: Database, unit: str, address: str, actor: Actor) -> Change:
    """Stop sending a unit's digest to an address (kept, inactive, so undo can restore it)."""
    permissions.require(actor, permissions.ADMIN)
    clean = addresses.normalise(address)
    with write_transaction(db):
        agency = find_unit(db, unit)
        row = _row(db, agency["id"], clean)
        if row is None or not row["active"]:
            raise ValidationError("rem.no_contact", unit=agency["short_name"], address=clean)
        return _set_active(db, row, False, actor, clock.now().isoformat())


def _row(db: Database, agency_id: int, address: str) -> Row | None:
    rows = list(db.query("SELECT * FROM reminder_contacts WHERE agency_id = ? AND address = ?",
                         [agency_id, address]))
    return rows[0] if rows else None


def _set_active(db: Database, row: Row, active: bool, actor: Actor, now: str) -> Change:
    audit.update_versioned(db, "reminder_contacts", row, actor, now, active=int(active))
    return audit.change(db, actor, ENTITY, row, "active", row["active"], int(active), now=now)


def undo_contact_change(db: Database, entry: Row, actor: Actor, now: str) -> Change:
    """Put a contact back as it was before an addition or a removal."""
    permissions.require(actor, permissions.ADMIN)
    return audit.undo_field(db, entry, actor, now, table="reminder_contacts",
                            owner_agency_id=None, stale_key="rem.stale_contact",
                            stored=lambda v: int(v or 0))
