"""Kinh phí: estimate, approved and spent per line and in total."""

from ocop_tracker import ui
from ocop_tracker.ui import budget

ui.demo_banner()
ui.show_flashes()
budget.page()
