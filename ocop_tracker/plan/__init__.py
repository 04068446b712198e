"""Plans: the bundled plan as data, and reading a Kế hoạch document into an event."""

from ocop_tracker.core.strings import register as _register
from ocop_tracker.plan.strings import STRINGS as _STRINGS

# Any import of the package makes its messages known to t(), errors raised by it included.
_register(_STRINGS)
