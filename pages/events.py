"""Sự kiện: several events — the current one, archive, clone to next year's date."""

from ocop_tracker import ui
from ocop_tracker.ui import events, tasks

ui.demo_banner()
actor_name = tasks.actor_input()
ui.show_flashes()
frame = events.load()
events.table(frame)
if not frame.empty:
    events.manage(frame, actor_name)
    events.clone_form(frame, actor_name)
