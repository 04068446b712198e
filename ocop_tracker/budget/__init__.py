"""The event's budget: estimate by item, approval (through sign-off), actual spending."""

from ocop_tracker.budget.strings import STRINGS as _STRINGS
from ocop_tracker.core.strings import register as _register

# Any import of the package makes its messages known to t(), errors raised by it included.
_register(_STRINGS)
