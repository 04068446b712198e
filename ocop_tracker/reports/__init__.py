"""Reports and exports: the progress report (.xlsx, print page, PDF), CSVs, calendars."""

from ocop_tracker.core.strings import register as _register
from ocop_tracker.reports.strings import STRINGS as _STRINGS

# Any import of the package makes its messages known to t(), errors raised by it included.
_register(_STRINGS)
