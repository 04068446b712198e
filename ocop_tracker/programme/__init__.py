"""The programme of the event day: steps, expected times, now and next."""

from ocop_tracker.core.strings import register as _register
from ocop_tracker.programme.strings import STRINGS as _STRINGS

# Any import of the package makes its messages known to t(), errors raised by it included.
_register(_STRINGS)
