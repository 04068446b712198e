"""Hội quán: the weekend log after the ceremony and the issues raised."""

from ocop_tracker import ui
from ocop_tracker.ui import clubhouse

ui.demo_banner()
ui.show_flashes()
clubhouse.page()
