"""Nhiệm vụ: a department ticks off its own tasks."""

from ocop_tracker import ui
from ocop_tracker.ui import tasks

ui.demo_banner()
ui.show_flashes()
snap = ui.current_snapshot()
if snap is not None:
    unit_id, actor_name = tasks.controls(snap)
    tasks.board(snap, unit_id, actor_name)
