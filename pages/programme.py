"""Chương trình: the run-of-show of 28/9/2024, edited beforehand and marked live on the day."""

from ocop_tracker import ui
from ocop_tracker.ui import auth, history, programme

ui.demo_banner()
actor = auth.current_actor()
ui.show_flashes()
prog = programme.current()
if prog is not None:
    history.own_last_change(actor)  # a mark made by mistake is taken back here, where it was made
    programme.header(prog)
    programme.now_next(prog)
    programme.timeline(prog)
    programme.steps(prog, actor)
    agencies, task_titles = programme.choices()
    programme.editor(prog, actor, agencies, task_titles)
    programme.projector_settings(actor)
