"""python -m ocop_tracker."""

import sys

from ocop_tracker.cli import main

sys.exit(main())
