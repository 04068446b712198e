"""Gian hàng: the 21 booths by commune, OCOP products and their import, coverage, standees."""

from ocop_tracker import queries, ui
from ocop_tracker.ui import booths
from ocop_tracker.ui.tasks import actor_input

ui.demo_banner()
actor_name = actor_input()
ui.show_flashes()
found = booths.current_data()
if found is not None:
    event_id, data = found
    with ui.connect() as db:
        event = queries.event(db, event_id)
    booths.header(event, data)
    section = booths.choose_section(data)
    booths.show_section(section, event, data, actor_name)
