"""Báo cáo: progress report (.xlsx), CSV files, deadline calendars, printable A4 status."""

from ocop_tracker import ui
from ocop_tracker.ui import reports

ui.demo_banner()
snap = ui.current_snapshot()
if snap is not None:
    reports.header(snap)
    reports.downloads(snap)
