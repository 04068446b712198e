"""Gian hàng: the 21 booths by commune, OCOP products and their import, coverage, standees."""

from ocop_tracker import ui
from ocop_tracker.core import queries
from ocop_tracker.ui import auth, booths, history

ui.demo_banner()
actor = auth.current_actor()
ui.show_flashes()
found = booths.current_data()
if found is not None:
    event_id, data = found
    with ui.connect() as db:
        event = queries.event(db, event_id)
    booths.header(event, data)
    history.own_last_change(actor)
    section = booths.choose_section(data)
    booths.show_section(section, event, data, actor)
