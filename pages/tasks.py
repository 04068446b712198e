"""Nhiệm vụ: a department ticks off its own tasks."""

from ocop_tracker import ui
from ocop_tracker.ui import tasks

ui.demo_banner()
actor_name = tasks.actor_input()
ui.show_flashes()
snap = ui.current_snapshot()
if snap is not None:
    unit_id = tasks.choose_unit(tasks.units_with_tasks(snap))
    tasks.board(snap, unit_id, actor_name)
