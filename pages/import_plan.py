"""Nhập kế hoạch: read a plan document, check what was understood, correct it, import it."""

import streamlit as st

from ocop_tracker import ui
from ocop_tracker.ui import plandraft
from ocop_tracker.ui import planimport as view

ui.demo_banner()
st.title(ui.tr("nav.import_plan"))
st.caption(ui.tr("import.intro"))
source = view.source_input()
parsed = view.parsed_or_error(source) if source else None
if source and parsed:
    plandraft.warnings(parsed, source)
    parsed = plandraft.complete(parsed, source)
    parsed = plandraft.units(parsed, source)
    view.understood(parsed)
    slug, preview = view.target(parsed)
    corrections = view.task_review(parsed, source, preview)
    view.import_button(parsed, source, slug, corrections)
else:
    view.done()
