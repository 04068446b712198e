"""python -m ocop_tracker."""

import sys

from ocop_tracker.cli.main import main

sys.exit(main())
