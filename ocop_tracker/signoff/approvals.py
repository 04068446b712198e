"""Sign-off: the unit submits ("trình duyệt") with its evidence, the named approver approves
or returns it with a comment ("yêu cầu chỉnh sửa"), the unit resubmits. Every step is one
audited, undoable change of the approval's state; what the subject shows follows it (a
standee's "đã trình / đã duyệt", a budget line's approved amount, an issue's resolution)."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from ocop_tracker.core import audit, clock, permissions
from ocop_tracker.core.db import write_transaction
from ocop_tracker.core.errors import PermissionDeniedError, StaleEditError, ValidationError
from ocop_tracker.core.models import Actor, Change, Role
from ocop_tracker.signoff import subjects

ENTITY = "approval"
STATES = ("draft", "waiting", "approved", "returned")
# A standee's status as each state of its approval shows it (printed/in place are later).
STANDEE_STATUS = {"draft": "du_thao", "returned": "du_thao", "waiting": "da_trinh",
                  "approved": "da_duyet"}
STANDEE_FOLLOWS = frozenset(STANDEE_STATUS.values())
ISSUE_STATE = {"waiting": "forwarded", "returned": "forwarded", "approved": "resolved",
               "draft": "escalated"}
COMMENT_LIMIT = 1000


def approvers(db: Database) -> list[dict[str, Any]]:
    """Accounts that may be named as approver (enabled, approver role)."""
    return list(db.query(
        "SELECT u.id, u.username, u.display_name, a.short_name AS agency FROM users u "
        "LEFT JOIN agencies a ON a.id = u.agency_id WHERE u.role = ? AND u.disabled = 0 "
        "ORDER BY u.id", [str(Role.APPROVER)]))


def for_subject(db: Database, entity: str, entity_id: int) -> dict[str, Any] | None:
    """The approval a subject requires, if any."""
    rows = list(db.query("SELECT * FROM approvals WHERE entity = ? AND entity_id = ?",
                         [entity, entity_id]))
    return rows[0] if rows else None


def require_approval(db: Database, entity: str, entity_id: int, approver_id: int,
                     actor: Actor) -> Change:
    """Name the approver a subject needs (the unit answerable for it decides)."""
    with write_transaction(db):
        subject = subjects.owner(db, entity, entity_id)
        permissions.check_actor(actor, permissions.EDIT, subject.owner_agency_id)
        _check_approver_account(db, approver_id, subject.owner_agency_id)
        if for_subject(db, entity, entity_id) is not None:
            raise ValidationError("appr.exists", name=subject.name)
        now = clock.now().isoformat()
        cursor = db.execute(
            "INSERT INTO approvals (event_id, entity, entity_id, owner_agency_id, approver_id, "
            "due_at, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [subject.event_id, entity, entity_id, subject.owner_agency_id, approver_id,
             subject.due_at, now, now, actor.name])
        row = {"id": cursor.lastrowid, "event_id": subject.event_id, "version": 0}
        return audit.change(db, actor, ENTITY, row, "approver", None, approver_id,
                            action="create", now=now)


def _check_approver_account(db: Database, approver_id: int, owner_agency_id: int | None) -> None:
    found = db.execute("SELECT role, agency_id, disabled FROM users WHERE id = ?",
                       [approver_id]).fetchone()
    if found is None or found[0] != Role.APPROVER or found[2]:
        raise ValidationError("appr.not_an_approver")
    if found[1] is not None and found[1] == owner_agency_id:
        raise ValidationError("appr.own_unit_approver")


def submit(db: Database, approval_id: int, expected_version: int, actor: Actor) -> Change:
    """The unit submits (or resubmits after a return) with at least one file or link."""
    with write_transaction(db):
        row = _current(db, approval_id, expected_version)
        permissions.check_actor(actor, permissions.EDIT, row["owner_agency_id"])
        if row["state"] not in ("draft", "returned"):
            raise ValidationError(f"appr.cannot_submit.{row['state']}")
        if not _has_evidence(db, row):
            raise ValidationError("appr.no_evidence")
        now = clock.now().isoformat()
        return _step(db, row, actor, now, "waiting", submitted_at=now,
                     submitted_account_id=actor.account_id, decided_at=None)


def approve(db: Database, approval_id: int, expected_version: int, actor: Actor,
            amount: int | None = None) -> Change:
    """The named approver signs off (a budget line may be approved for another amount)."""
    with write_transaction(db):
        row = _decidable(db, approval_id, expected_version, actor)
        now = clock.now().isoformat()
        if amount is not None and row["entity"] == "budget_line":
            _set_budget_approved(db, row, actor, now, amount)
        return _step(db, row, actor, now, "approved", decided_at=now)


def send_back(db: Database, approval_id: int, expected_version: int, actor: Actor,
              comment: str) -> Change:
    """The named approver returns the submission with what must change."""
    comment = comment.strip()
    if not comment:
        raise ValidationError("appr.no_comment")
    if len(comment) > COMMENT_LIMIT:
        raise ValidationError("appr.comment_long", limit=COMMENT_LIMIT)
    with write_transaction(db):
        row = _decidable(db, approval_id, expected_version, actor)
        now = clock.now().isoformat()
        audit.record(db, actor, ENTITY, row["id"], "comment", row["comment"], comment,
                     event_id=row["event_id"], action="comment", at=now)
        return _step(db, row, actor, now, "returned", decided_at=now, comment=comment)


def _decidable(db: Database, approval_id: int, expected_version: int,
               actor: Actor) -> dict[str, Any]:
    row = _current(db, approval_id, expected_version)
    if actor.role != Role.APPROVER:
        raise PermissionDeniedError("appr.approvers_only")
    if actor.account_id != row["approver_id"]:
        raise PermissionDeniedError("appr.not_named")
    if actor.agency_id == row["owner_agency_id"] or (
            actor.account_id == row["submitted_account_id"]):
        raise PermissionDeniedError("appr.own_submission")
    permissions.check_actor(actor, permissions.APPROVE)
    if row["state"] != "waiting":
        raise ValidationError(f"appr.not_waiting.{row['state']}")
    return row


def _current(db: Database, approval_id: int, expected_version: int) -> dict[str, Any]:
    return audit.current(db, "approvals", approval_id, expected_version,
                         missing_key="appr.missing", stale_key="appr.stale")


def _has_evidence(db: Database, row: dict[str, Any]) -> bool:
    if row["entity"] == "club_issue":  # the issue's own text is what is forwarded
        return True
    return db.execute("SELECT 1 FROM evidence WHERE entity = ? AND entity_id = ? AND removed = 0 "
                      "LIMIT 1", [row["entity"], row["entity_id"]]).fetchone() is not None


def _step(db: Database, row: dict[str, Any], actor: Actor, now: str, state: str,
          **values: object) -> Change:
    """Move the subject first, then the approval: the approval's row is the actor's latest
    change, the one their "undo" takes back (with the subject)."""
    follow(db, row, state, actor, now)
    audit.update_versioned(db, "approvals", row, actor, now, state=state, **values)
    return audit.change(db, actor, ENTITY, row, "state", row["state"], state, now=now)


def follow(db: Database, row: dict[str, Any], state: str, actor: Actor, now: str) -> None:
    """What the subject shows follows its approval's state."""
    if row["entity"] == "standee":
        _follow_column(db, "standees", "standee", row["entity_id"], "status",
                       STANDEE_STATUS[state], actor, now, only_from=STANDEE_FOLLOWS)
    elif row["entity"] == "club_issue":
        _follow_column(db, "club_issues", "club_issue", row["entity_id"], "state",
                       ISSUE_STATE[state], actor, now)
    elif row["entity"] == "budget_line":
        line = audit.fetch(db, "budget_lines", row["entity_id"], "bud.missing")
        approved = (line["approved"] or line["estimate"]) if state == "approved" else None
        _follow_column(db, "budget_lines", "budget_line", row["entity_id"], "approved",
                       approved, actor, now)


def _follow_column(db: Database, table: str, entity: str, entity_id: int, column: str,
                   value: object, actor: Actor, now: str,
                   only_from: frozenset[str] | None = None) -> None:
    subject = audit.fetch(db, table, entity_id, "appr.subject_gone")
    if subject[column] == value or (only_from is not None and subject[column] not in only_from):
        return
    audit.update_versioned(db, table, subject, actor, now, **{column: value})
    audit.change(db, actor, entity, subject, column, subject[column], value, now=now)


def _set_budget_approved(db: Database, row: dict[str, Any], actor: Actor, now: str,
                         amount: int) -> None:
    if amount < 0:
        raise ValidationError("bud.negative")
    line = audit.fetch(db, "budget_lines", row["entity_id"], "bud.missing")
    audit.update_versioned(db, "budget_lines", line, actor, now, approved=amount)
    audit.change(db, actor, "budget_line", line, "approved", line["approved"], amount, now=now)


def undo_approval_change(db: Database, entry: dict[str, Any], actor: Actor,
                         now: str) -> Change:
    """Take one step back (submit, approve or return), and the subject with it."""
    row = audit.fetch(db, "approvals", int(entry["entity_id"]), "undo.gone")
    if entry["field"] != "state" or row["state"] != entry["after"] or audit.changed_since(
            db, entry):
        raise StaleEditError("appr.undo_stale", current=row, **audit.stale_details(row))
    before = entry["before"] or "draft"
    return _step(db, row, actor, now, before)


def approval_subjects(db: Database, ids: list[int]) -> dict[int, str]:
    """An approval named in the feed by what it is about."""
    marks = ",".join("?" * len(ids))
    rows = db.execute(f"SELECT id, entity, entity_id FROM approvals WHERE id IN ({marks})",
                      ids).fetchall()
    named = subjects.names(db, [(r[1], r[2]) for r in rows])
    return {r[0]: named.get((r[1], r[2]), f"#{r[0]}") for r in rows}
