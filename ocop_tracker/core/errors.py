"""Errors the user is shown: each carries a string key so it can be said in either language."""

from __future__ import annotations

from ocop_tracker.core.strings import t


class UserFacingError(Exception):
    """A refusal with a message for the user; nothing was written."""

    def __init__(self, key: str, **values: object) -> None:
        self.key = key
        self.values = values
        super().__init__(self.message("vi"))

    def message(self, lang: str = "vi") -> str:
        """The message in lang."""
        return t(self.key, lang, **self.values)


class ValidationError(UserFacingError):
    """The input is not acceptable."""


class NotFoundError(UserFacingError):
    """The thing to change does not exist (any more)."""


class StaleEditError(UserFacingError):
    """Someone changed the row since the screen showed it."""

    def __init__(self, key: str, current: dict[str, object], **values: object) -> None:
        self.current = current
        super().__init__(key, **values)


class PlanDataError(ValueError):
    """A plan file (data/plan.toml) cannot be loaded; the message says where and why."""


class PermissionDeniedError(UserFacingError):
    """The actor's role or unit may not make this change (checked by the write function)."""


class AccountGoneError(PermissionDeniedError):
    """The signed-in account was disabled or no longer exists: its open page may not write."""
