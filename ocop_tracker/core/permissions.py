"""Who may change what: the one check every write function makes before it writes.

Adopting it in a write function is one line, inside its transaction once the row is read:

    permissions.require(actor, permissions.EDIT, row["owner_agency_id"])

Rules:
- admin (Phòng Kinh tế, the plan's owner) may do anything;
- a unit may EDIT what its own unit owns (tasks it leads, its booths, delegates, programme
  steps) and add a NOTE where it owns or supports the row;
- a viewer (leadership, the projector) may change nothing;
- a reception account may CHECK_IN guests (as may the organiser unit) and nothing else;
- ADMIN actions (accounts, settings, restoring a backup, undoing others' changes) are the
  admin's alone;
- an approver may APPROVE (approve or return what was submitted to it) and nothing else; the
  approval flow also checks that it is the named approver and not the submitting unit.
Pages call `allowed` only to hide controls; the refusal that counts is `require`'s.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from ocop_tracker.core.errors import PermissionDeniedError, ValidationError
from ocop_tracker.core.models import Actor, Role

EDIT = "edit"    # change a row the owner unit is responsible for
NOTE = "note"    # add/replace a note: owner or supporting unit
ADMIN = "admin"  # accounts, settings, backups, undo of someone else's change
CHECK_IN = "check_in"  # mark guests arrived: the organiser, or a reception-desk account
APPROVE = "approve"  # approve or return a submission: the approver role's only action
ACTIONS = (EDIT, NOTE, ADMIN, CHECK_IN, APPROVE)


def allowed(actor: Actor | None, action: str, owner_agency_id: int | None = None,
            supporter_ids: Iterable[int] = ()) -> bool:
    """True when actor may perform action on a row owned by owner_agency_id."""
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    if actor is None:
        return False
    if actor.role == Role.APPROVER or action == APPROVE:
        return actor.role == Role.APPROVER and action == APPROVE
    if actor.role == Role.ADMIN:
        return True
    if action == CHECK_IN:  # the desk's account, or the organiser unit (owner) itself
        if actor.role == Role.RECEPTION:
            return True
        return actor.role == Role.UNIT and owner_agency_id is not None \
            and actor.agency_id == owner_agency_id
    if actor.role != Role.UNIT or actor.agency_id is None or action == ADMIN:
        return False
    if owner_agency_id is not None and actor.agency_id == owner_agency_id:
        return True
    return action == NOTE and actor.agency_id in {int(i) for i in supporter_ids}


def require(actor: Actor | None, action: str, owner_agency_id: int | None = None,
            supporter_ids: Iterable[int] = ()) -> None:
    """Refuse (PermissionDeniedError, nothing written) unless actor may do action."""
    supporter_ids = tuple(supporter_ids)
    if allowed(actor, action, owner_agency_id, supporter_ids):
        return
    if actor is None or actor.role == Role.VIEWER:
        raise PermissionDeniedError("perm.read_only")
    if action == CHECK_IN:
        raise PermissionDeniedError("perm.check_in_only")
    if actor.role == Role.RECEPTION:
        raise PermissionDeniedError("perm.reception_only")
    if action == ADMIN:
        raise PermissionDeniedError("perm.admin_only")
    raise PermissionDeniedError("perm.not_your_unit")


NAME_LIMIT = 120


def check_actor(actor: Actor | None, action: str, owner_agency_id: int | None = None,
                supporter_ids: Iterable[int] = ()) -> Actor:
    """require() plus a usable name: the first line of every write function."""
    require(actor, action, owner_agency_id, supporter_ids)
    assert actor is not None  # require() refuses a signed-out visitor
    if not actor.name.strip() or len(actor.name) > NAME_LIMIT:
        raise ValidationError("cmd.no_actor")
    return actor


def organiser_agency_id(db: Database) -> int | None:
    """The unit in charge of booths, products and standees: Phòng Kinh tế (plan III.2)."""
    row = db.execute("SELECT id FROM agencies WHERE name = 'Phòng Kinh tế'").fetchone()
    return row[0] if row else None
