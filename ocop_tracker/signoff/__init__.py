"""Deliverables and sign-off: evidence files and links, approvals, the budget, the weekend log."""

from ocop_tracker.core.strings import register as _register
from ocop_tracker.signoff.strings import STRINGS as _STRINGS

_register(_STRINGS)
