"""The Hội quán OCOP's weekend log after the ceremony, and the issues raised there."""

from ocop_tracker.clubhouse.strings import STRINGS as _STRINGS
from ocop_tracker.core.strings import register as _register

# Any import of the package makes its messages known to t(), errors raised by it included.
_register(_STRINGS)
