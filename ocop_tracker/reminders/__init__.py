"""Reminders: a daily digest per unit by e-mail or chat, sent once, retried when it failed."""

from ocop_tracker.core.strings import register as _register
from ocop_tracker.reminders.strings import STRINGS as _STRINGS

# Any import of the package makes its messages known to t(), errors raised by it included.
_register(_STRINGS)
