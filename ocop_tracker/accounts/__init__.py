"""Accounts: logins, roles, lockout."""

from ocop_tracker.accounts.strings import STRINGS as _STRINGS
from ocop_tracker.core.strings import register as _register

# Any import of the package makes its messages known to t(), errors raised by it included.
_register(_STRINGS)
