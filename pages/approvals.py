"""Trình duyệt: the approvers' queue and the units' submissions with their evidence."""

from ocop_tracker import ui
from ocop_tracker.ui import approvals, history

ui.demo_banner()
ui.show_flashes()
history.own_last_change(approvals.auth.current_actor())
approvals.page()
