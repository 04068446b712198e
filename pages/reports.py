"""Báo cáo: progress report (.xlsx), CSV files, deadline calendars, printable A4 status."""

from ocop_tracker import ui
from ocop_tracker.ui import auth, reports

ui.demo_banner()
account = auth.current_account()
snap = ui.current_snapshot()
if snap is not None:
    reports.header(snap)
    reports.downloads(snap, signed_in=account is not None, admin=auth.is_admin(account))
