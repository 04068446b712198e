"""Delegates: groups and quotas, invitees and invitations, the check-in desk."""

from ocop_tracker.core.strings import register as _register
from ocop_tracker.delegates.strings import STRINGS as _STRINGS

# Any import of the package makes its messages known to t(), errors raised by it included.
_register(_STRINGS)
