"""The password policy every new password meets: long enough, not a common one, and never
the published training password outside the training database."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from sqlite_utils import Database

from ocop_tracker.core import queries
from ocop_tracker.core.errors import ValidationError

MIN_LENGTH = 10
MAX_LENGTH = 200  # argon2 hashes anything, but nobody types more; a bound on the work
COMMON_FILE = Path(__file__).with_name("common_passwords.txt")
# The training password printed in the README and the demo's output: only the demo's own.
TRAINING_PASSWORD = "ocop2024"


@cache
def common_passwords() -> frozenset[str]:
    """The shipped list of passwords guessed first (lower case)."""
    lines = COMMON_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(s.strip().lower() for s in lines if s.strip() and not s.startswith("#"))


def check(db: Database | None, password: str) -> None:
    """Refuse (ValidationError, Vietnamese message) a password the policy does not allow."""
    if password == TRAINING_PASSWORD and db is not None and queries.is_demo(db):
        return  # the training database keeps its training password
    if TRAINING_PASSWORD in password.lower():
        raise ValidationError("auth.training_password")
    if len(password) < MIN_LENGTH or len(password) > MAX_LENGTH:
        raise ValidationError("auth.short_password", n=MIN_LENGTH, most=MAX_LENGTH)
    if password.lower() in common_passwords() or len(set(password)) < 3:
        raise ValidationError("auth.common_password")
