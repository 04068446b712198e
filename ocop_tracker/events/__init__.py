"""Events: the list, the current event, archive, clone to a new date."""

from ocop_tracker.core.strings import register as _register
from ocop_tracker.events.strings import STRINGS as _STRINGS

# Any import of the package makes its messages known to t(), errors raised by it included.
_register(_STRINGS)
