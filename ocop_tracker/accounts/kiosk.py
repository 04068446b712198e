"""Kiosk links: a revocable, read-only pass to the projector page alone, for a meeting-room
screen when every page needs a login. Only a hash of the link's secret is stored."""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

from sqlite_utils import Database

from ocop_tracker.core import audit, clock, permissions
from ocop_tracker.core.db import write_transaction
from ocop_tracker.core.errors import NotFoundError, ValidationError
from ocop_tracker.core.models import Actor

ENTITY = "kiosk"  # how kiosk links are named in the history
PARAM = "kiosk"  # the projector URL's query parameter: /trinh-chieu?kiosk=SECRET
LABEL_LIMIT = 80
SECRET_LIMIT = 100  # longer is not one of ours: refused without hashing


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def create_link(db: Database, label: str, actor: Actor) -> tuple[int, str]:
    """Admin makes a kiosk link; returns its id and the secret (shown once, never stored)."""
    permissions.check_actor(actor, permissions.ADMIN)
    label = " ".join(label.split())
    if not label or len(label) > LABEL_LIMIT:
        raise ValidationError("kiosk.bad_label", n=LABEL_LIMIT)
    secret = secrets.token_urlsafe(24)
    now = clock.now().isoformat()
    with write_transaction(db):
        cursor = db.execute(
            "INSERT INTO kiosk_tokens (token_hash, label, created_at, created_by) "
            "VALUES (?, ?, ?, ?)", [_hash(secret), label, now, actor.name])
        token_id = int(cursor.lastrowid or 0)
        audit.record(db, actor, ENTITY, token_id, "link", None, label, action="create", at=now)
    return token_id, secret


def revoke(db: Database, token_id: int, actor: Actor) -> None:
    """Admin revokes a kiosk link: the screens using it show a message at their next load."""
    permissions.check_actor(actor, permissions.ADMIN)
    now = clock.now().isoformat()
    with write_transaction(db):
        row = db.execute("SELECT label, revoked_at FROM kiosk_tokens WHERE id = ?",
                         [token_id]).fetchone()
        if row is None:
            raise NotFoundError("kiosk.no_link", id=token_id)
        if row[1]:
            return
        db.execute("UPDATE kiosk_tokens SET revoked_at = ?, revoked_by = ?, "
                   "version = version + 1 WHERE id = ?", [now, actor.name, token_id])
        # Its own action: a revocation is never undone (a new link is made instead).
        audit.record(db, actor, ENTITY, token_id, "link", row[0], None, action="revoke", at=now)


def is_valid(db: Database, secret: str | None) -> bool:
    """True when secret belongs to a kiosk link not revoked."""
    if not secret or len(secret) > SECRET_LIMIT:
        return False
    return db.execute("SELECT 1 FROM kiosk_tokens WHERE token_hash = ? AND revoked_at IS NULL",
                      [_hash(secret)]).fetchone() is not None


def list_links(db: Database) -> list[dict[str, Any]]:
    """Every kiosk link, newest first (no secrets: they are not kept)."""
    return list(db.query("SELECT id, label, created_at, created_by, revoked_at, revoked_by "
                         "FROM kiosk_tokens ORDER BY id DESC"))


def kiosk_subjects(db: Database, ids: list[int]) -> dict[int, str]:
    """Kiosk links named by their label in the history feed."""
    marks = ",".join("?" * len(ids))
    return {r[0]: r[1] for r in db.execute(
        f"SELECT id, label FROM kiosk_tokens WHERE id IN ({marks})", ids)}
