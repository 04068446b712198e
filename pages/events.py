"""Sự kiện: several events — the current one, archive, clone to next year's date."""

from ocop_tracker import ui
from ocop_tracker.ui import auth, events

ui.demo_banner()
actor = auth.current_actor()
ui.show_flashes()
frame = events.load()
events.table(frame)
if not frame.empty:
    events.manage(frame, actor)
    events.clone_form(frame, actor)
