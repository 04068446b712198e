"""Nhiệm vụ: a department ticks off its own tasks (as the logged-in account)."""

from ocop_tracker import ui
from ocop_tracker.ui import auth, history, tasks

ui.demo_banner()
actor = auth.current_actor()
ui.show_flashes()
snap = ui.current_snapshot()
if snap is not None:
    history.own_last_change(actor)
    unit_id = tasks.choose_unit(tasks.units_with_tasks(snap), actor)
    tasks.board(snap, unit_id, actor)
