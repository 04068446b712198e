"""Accounts: argon2id password hashes, roles, login with lockout, and their audited writes."""

from __future__ import annotations

import re
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, NoReturn

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlite_utils import Database

from ocop_tracker.accounts import passwords
from ocop_tracker.core import audit, clock, fmt, permissions, settings
from ocop_tracker.core.db import get_setting, write_transaction
from ocop_tracker.core.errors import (
    NotFoundError,
    StaleEditError,
    UserFacingError,
    ValidationError,
)
from ocop_tracker.core.models import Actor, Change, Role
from ocop_tracker.core.strings import t

MAX_FAILURES = 5
FIRST_WAIT = timedelta(seconds=30)
LOCKOUT = timedelta(minutes=15)  # the longest wait: nobody is locked out for good
USERNAME_LIMIT = 40
USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")
ADMIN_USERNAME = "admin"
ADMIN_AGENCY = "Phòng Kinh tế"  # the plan's owner
ADMIN_PASSWORD_ENV = "OCOP_ADMIN_PASSWORD"
# Only ever written into a database built by `init --demo` (fixtures.build_demo_db).
DEMO_PASSWORD = passwords.TRAINING_PASSWORD
DEMO_VIEWER = "lanh-dao"
ENTITY = "user"  # how accounts are named in the history
LOGIN_SETTING = "require_login"  # "1": read-only pages need a login too
SYSTEM = Actor(t("acc.system"), role=Role.ADMIN)  # the CLI and first start act as this

# argon2id at OWASP's recommended minimum (19 MiB, 2 passes, 1 lane): memory-hard, yet a
# login costs a few tens of milliseconds on the office's 2-core server shared by everyone.
_hasher = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)
_DUMMY_HASH = _hasher.hash("not-a-password")


class LoginError(UserFacingError):
    """Login refused: wrong name or password, locked out, or disabled."""


@dataclass(frozen=True)
class Account:
    """A logged-in person: enough to build the Actor every write receives."""

    id: int
    username: str
    display_name: str
    role: Role
    agency_id: int | None
    agency_name: str | None

    def actor(self) -> Actor:
        """The Actor for write functions: name, unit, role and account id."""
        return Actor(self.display_name, self.agency_id, self.role, self.id, self.username)


def hash_password(password: str) -> str:
    """An argon2id hash (salted, memory-hard)."""
    return _hasher.hash(password)


def generate_password() -> str:
    """A random 16-character password for first start and resets."""
    return secrets.token_urlsafe(12)


def get_account(db: Database, account_id: int) -> Account | None:
    """The enabled account with this id, or None (disabled or deleted)."""
    rows = list(db.query(_ACCOUNT_SQL + " WHERE u.id = ? AND u.disabled = 0", [account_id]))
    return _account(rows[0]) if rows else None


# The latest wait of an account's name from any client (lockouts are per name and client).
_LOCKED_SQL = "(SELECT max(l.locked_until) FROM login_attempts l WHERE l.username = u.username)"


def list_accounts(db: Database) -> list[dict[str, Any]]:
    """Every account with its unit, admins first (no hashes)."""
    return list(db.query(
        "SELECT u.id, u.username, u.display_name, u.role, a.name AS agency, u.disabled, "
        f"{_LOCKED_SQL} AS locked_until, u.last_login_at, u.version FROM users u "
        "LEFT JOIN agencies a ON a.id = u.agency_id "
        "ORDER BY CASE u.role WHEN 'admin' THEN 0 WHEN 'unit' THEN 1 ELSE 2 END, u.username"
    ))


def status_summary(db: Database) -> dict[str, Any]:
    """status --json "accounts": how many per role, disabled, locked out now (no names)."""
    now = datetime.now(clock.VN_TZ)
    rows = list(db.query(f"SELECT role, disabled, {_LOCKED_SQL} AS locked_until FROM users u"))
    return {
        "total": len(rows),
        "by_role": {str(r): sum(row["role"] == r for row in rows) for r in Role},
        "disabled": sum(bool(row["disabled"]) for row in rows),
        "locked": sum(bool(row["locked_until"]) and clock.parse_iso(row["locked_until"]) > now
                      for row in rows),
    }


def authenticate(db: Database, username: str, password: str,
                 now: datetime | None = None, client: str = "") -> Account:
    """The account if the password matches.

    Failures are counted per typed name and client, known names or not, so the refusals
    say nothing about which names exist; from the 5th on, that name waits longer after each
    failure from that client (30 s doubling, at most 15 minutes). Another client is never
    held up, and `user reset`/`user unlock` on the server clear the count."""
    # Real time, not the rehearsal clock: a frozen OCOP_NOW would make a lockout endless.
    moment = now or datetime.now(clock.VN_TZ)
    name = username.strip().lower()[:USERNAME_LIMIT]
    waiting = _locked_until(db, name, client, moment)
    if waiting is not None:
        raise LoginError("auth.locked", until=_vn_time(waiting))
    row = _user_by_name(db, name)
    if not _verify(row["password_hash"] if row else _DUMMY_HASH, password) or row is None:
        _record_failure(db, name, client, moment)
    if row["disabled"]:
        raise LoginError("auth.disabled")
    _record_success(db, row, password, moment, client)
    return _enabled(db, row["id"])


def unlock(db: Database, username: str, actor: Actor) -> int:
    """Admin (or the server's shell) clears a name's failed logins from every client."""
    permissions.require(actor, permissions.ADMIN)
    with write_transaction(db):
        return db.execute("DELETE FROM login_attempts WHERE username = ?",
                          [username.strip().lower()]).rowcount


def create_account(db: Database, username: str, display_name: str, role: Role | str,
                   agency_id: int | None, password: str, actor: Actor) -> Account:
    """Admin creates an account; a unit account must name its unit."""
    permissions.require(actor, permissions.ADMIN)
    username, display_name, role = _valid_new(username, display_name, role, agency_id)
    passwords.check(db, password)
    now = clock.now().isoformat()
    with write_transaction(db):
        if _user_by_name(db, username) is not None:
            raise ValidationError("auth.username_taken", username=username)
        cursor = db.execute(
            "INSERT INTO users (username, display_name, role, agency_id, password_hash, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?)",
            [username, display_name, str(role), agency_id, hash_password(password), now],
        )
        # "create", not "update": an account's creation is never offered for undo.
        user_id = int(cursor.lastrowid or 0)
        audit.record(db, actor, ENTITY, user_id, "account", None, f"{username} ({role})",
                     action="create", at=now)
    return _enabled(db, user_id)


def reset_password(db: Database, username: str, password: str, actor: Actor) -> None:
    """Admin sets a new password; it also lifts a lockout."""
    permissions.require(actor, permissions.ADMIN)
    passwords.check(db, password)
    with write_transaction(db):
        row = _existing(db, username)
        db.execute("DELETE FROM login_attempts WHERE username = ?", [row["username"]])
        db.execute(
            "UPDATE users SET password_hash = ?, failed_logins = 0, locked_until = NULL, "
            "version = version + 1 WHERE id = ?", [hash_password(password), row["id"]])
        # The history says that it happened, never what the password is; its own action
        # keeps it out of undo (an old hash is never put back).
        audit.record(db, actor, ENTITY, row["id"], "password", None, None,
                     action="reset_password")


def set_disabled(db: Database, username: str, disabled: bool, actor: Actor) -> Change:
    """Admin disables (or re-enables) an account; nobody disables their own."""
    permissions.require(actor, permissions.ADMIN)
    with write_transaction(db):
        row = _existing(db, username)
        if row["id"] == actor.account_id:
            raise ValidationError("auth.not_self")
        if bool(row["disabled"]) == disabled:
            return audit.unchanged(ENTITY, row, "disabled")
        return _write_disabled(db, row, actor, clock.now().isoformat(), int(disabled))


def undo_user_change(db: Database, entry: dict[str, Any], actor: Actor, now: str) -> Change:
    """Put an account's disabled flag back as it was before `entry` (admin; inside the lock).

    Only `disabled` is undoable: creations and password resets are recorded with other
    actions. Refused when the account changed since, or when it would disable the actor."""
    permissions.require(actor, permissions.ADMIN)
    if entry["field"] != "disabled":
        raise ValidationError("undo.not_undoable")
    row = audit.fetch(db, "users", int(entry["entity_id"]), "auth.no_user",
                      username=f"#{entry['entity_id']}")
    if audit.text(row["disabled"]) != entry["after"] or audit.changed_since(db, entry):
        raise StaleEditError("acc.undo_stale", current=row, username=row["username"],
                             **settings.last_writer(db, ENTITY, row["id"], "disabled"))
    wanted = int(entry["before"] or 0)
    if wanted and row["id"] == actor.account_id:
        raise ValidationError("auth.not_self")
    return _write_disabled(db, row, actor, now, wanted, undoes=int(entry["id"]))


def set_login_required(db: Database, required: bool, actor: Actor) -> Change | None:
    """Admin decides whether read-only pages (overview, projector) need a login."""
    permissions.require(actor, permissions.ADMIN)
    with write_transaction(db):
        if (get_setting(db, LOGIN_SETTING) or "0") == str(int(required)):
            return None
        return settings.write_setting(db, actor, LOGIN_SETTING, str(int(required)),
                                      clock.now().isoformat())


def bootstrap_admin(db: Database, password: str | None = None) -> str | None:
    """First start: create the admin with the given or a random password and return it once."""
    if db.execute("SELECT count(*) FROM users").fetchone()[0]:
        return None
    password = password or generate_password()
    create_account(db, ADMIN_USERNAME, t("acc.admin_name", agency=ADMIN_AGENCY), Role.ADMIN,
                   _agency_id(db, ADMIN_AGENCY), password, SYSTEM)
    return password


def create_demo_accounts(db: Database, agency_ids: list[int]) -> list[str]:
    """Training accounts (admin, one per unit, one viewer), all with DEMO_PASSWORD."""
    hashed = hash_password(DEMO_PASSWORD)  # one hash for all: building the demo stays fast
    now = clock.now().isoformat()
    names = {r["id"]: r["short_name"] for r in db.query("SELECT id, short_name FROM agencies")}
    rows = [(ADMIN_USERNAME, t("acc.admin_name", agency=ADMIN_AGENCY), Role.ADMIN,
             _agency_id(db, ADMIN_AGENCY))]
    rows += [(slug(names[i]), names[i], Role.UNIT, i) for i in agency_ids]
    rows.append((DEMO_VIEWER, t("acc.viewer_name"), Role.VIEWER, None))
    with write_transaction(db):
        for username, display, role, agency_id in rows:
            db.execute(
                "INSERT INTO users (username, display_name, role, agency_id, password_hash, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?)",
                [username, display, str(role), agency_id, hashed, now])
    return [r[0] for r in rows]


def slug(text: str) -> str:
    """'Phòng VH-TT' -> 'phong-vh-tt': a login name from a unit's short name."""
    plain = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


_ACCOUNT_SQL = (
    "SELECT u.id, u.username, u.display_name, u.role, u.agency_id, a.name AS agency_name "
    "FROM users u LEFT JOIN agencies a ON a.id = u.agency_id"
)


def _enabled(db: Database, account_id: int) -> Account:
    """The account just created or let in (enabled, so present)."""
    account = get_account(db, account_id)
    assert account is not None
    return account


def _account(row: dict[str, Any]) -> Account:
    return Account(row["id"], row["username"], row["display_name"], Role(row["role"]),
                   row["agency_id"], row["agency_name"])


def _user_by_name(db: Database, username: str) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM users WHERE username = ?", [username]))
    return rows[0] if rows else None


def _existing(db: Database, username: str) -> dict[str, Any]:
    row = _user_by_name(db, username.strip())
    if row is None:
        raise NotFoundError("auth.no_user", username=username)
    return row


def _agency_id(db: Database, name: str) -> int | None:
    row = db.execute("SELECT id FROM agencies WHERE name = ?", [name]).fetchone()
    return row[0] if row else None


def _verify(hashed: str, password: str) -> bool:
    try:
        return _hasher.verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False


def _locked_until(db: Database, name: str, client: str, moment: datetime) -> str | None:
    row = db.execute("SELECT locked_until FROM login_attempts WHERE username = ? AND client = ?",
                     [name, client]).fetchone()
    if row and row[0] and moment < clock.parse_iso(row[0]):
        return str(row[0])
    return None


def lockout_after(failures: int) -> timedelta | None:
    """How long a name waits after this many failures in a row: none before the 5th, then
    30 s doubling each time, never more than LOCKOUT."""
    if failures < MAX_FAILURES:
        return None
    return min(FIRST_WAIT * 2 ** min(failures - MAX_FAILURES, 10), LOCKOUT)


def _record_failure(db: Database, name: str, client: str, moment: datetime) -> NoReturn:
    """Count a wrong password for this name from this client. Always raises."""
    with write_transaction(db):
        row = db.execute("SELECT failures FROM login_attempts WHERE username = ? AND client = ?",
                         [name, client]).fetchone()
        failures = (row[0] if row else 0) + 1
        wait = lockout_after(failures)
        until = (moment + wait).isoformat() if wait else None
        db.execute(
            "INSERT INTO login_attempts (username, client, failures, locked_until) "
            "VALUES (?, ?, ?, ?) ON CONFLICT(username, client) DO UPDATE SET "
            "failures = excluded.failures, locked_until = excluded.locked_until",
            [name, client, failures, until])
    if until:
        raise LoginError("auth.locked", until=_vn_time(until))
    raise LoginError("auth.failed")


def _record_success(db: Database, row: dict[str, Any], password: str, moment: datetime,
                    client: str) -> None:
    rehash = _hasher.check_needs_rehash(row["password_hash"])
    with write_transaction(db):
        db.execute("DELETE FROM login_attempts WHERE username = ? AND client = ?",
                   [row["username"], client])
        db.execute(
            "UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = ?, "
            "password_hash = ? WHERE id = ?",
            [moment.isoformat(), hash_password(password) if rehash else row["password_hash"],
             row["id"]])


def _valid_new(username: str, display_name: str, role: Role | str,
               agency_id: int | None) -> tuple[str, str, Role]:
    username, display_name = username.strip().lower(), display_name.strip()
    if not USERNAME_RE.match(username):
        raise ValidationError("auth.bad_username")
    if not display_name or len(display_name) > 120:
        raise ValidationError("auth.bad_display_name")
    try:
        role = Role(role)
    except ValueError:
        raise ValidationError("auth.bad_role", value=role) from None
    if role == Role.UNIT and agency_id is None:
        raise ValidationError("auth.unit_needs_agency")
    return username, display_name, role


def _write_disabled(db: Database, row: dict[str, Any], actor: Actor, now: str, disabled: int,
                    undoes: int | None = None) -> Change:
    """Set the flag on a row read under the write lock, with its one history row."""
    # users has no updated_at/updated_by, so not audit.update_versioned; the version still
    # moves so that a screen holding the old row is refused.
    cursor = db.execute("UPDATE users SET disabled = ?, version = version + 1 "
                        "WHERE id = ? AND version = ?", [disabled, row["id"], row["version"]])
    if cursor.rowcount != 1:
        raise RuntimeError(f"users {row['id']} changed under the write lock")
    return audit.change(db, actor, ENTITY, row, "disabled", row["disabled"], disabled,
                        undoes=undoes, now=now)


def _vn_time(iso: str) -> str:
    return fmt.vn_datetime(clock.parse_iso(iso))


def user_subjects(db: Database, ids: list[int]) -> dict[int, str]:
    """Accounts named by their user name in the history feed."""
    marks = ",".join("?" * len(ids))
    return {r[0]: r[1] for r in db.execute(
        f"SELECT id, username FROM users WHERE id IN ({marks})", ids)}
