"""Trình chiếu: a read-only, self-refreshing, rotating screen for the meeting-room projector."""

from __future__ import annotations

from html import escape
from pathlib import Path

import streamlit as st

from ocop_tracker.core import clock, fmt, queries, registry
from ocop_tracker.core.registry import PanelView, ProjectorPanel
from ocop_tracker.core.strings import LANGS, t
from ocop_tracker.programme import commands as pc
from ocop_tracker.ui import SnapshotKey, auth, connect, keyed_load, lang, once_per

TICK_KEY = "pj-tick"

VISITS_KEY = "pj-visits"
# No sidebar, toolbar, menu or dialogs (with plain `streamlit run` the cold-start 'Page not
# found' dialog would cover the screen for good); sizes scale with the window (projector.css).
CSS = "<style>" + (Path(__file__).with_name("projector.css")).read_text() + "</style>"


def refresh_seconds() -> int:
    """?refresh=N if given and sensible, else the organisers' setting (30 s by default)."""
    wanted = st.query_params.get("refresh", "")
    low, high = pc.REFRESH_RANGE
    if wanted.isdigit() and low <= int(wanted) <= high:
        return int(wanted)
    with connect() as db:
        return pc.projector_refresh(db)


def panels() -> list[ProjectorPanel]:
    """Every feature's panels, in the features' order."""
    return registry.projector_panels()


def find(key: str | None) -> ProjectorPanel | None:
    """The panel with that key (for ?panel=...), or None."""
    return next((p for p in panels() if p.key == key), None)


@st.cache_resource(show_spinner=False, max_entries=64)
def _panel_data(panel_key: str, key: SnapshotKey) -> object:
    """A panel's data, read once per data revision and minute, shared by every screen."""
    panel = find(panel_key)
    assert panel is not None
    _, event_id, _, now_iso = key
    with connect() as db:
        return panel.load(db, event_id, clock.parse_iso(now_iso))


def run() -> None:
    """Hide the app's chrome and draw the rotating screen, re-read every N seconds."""
    st.html(CSS)
    seconds = refresh_seconds()
    pinned = find(st.query_params.get("panel"))

    # Only the fragment reruns: the page is not reloaded, the browser keeps its state.
    @st.fragment(run_every=seconds)
    def screen() -> None:
        # Asked again at every tick: a revoked kiosk link (or a disabled account) stops
        # the screen without anyone reloading it.
        if auth.gate(auth.current_account(), auth.KIOSK_PAGE):
            _draw(pinned, seconds)

    screen()


def _draw(pinned: ProjectorPanel | None, seconds: int) -> None:
    tick = st.session_state.get(TICK_KEY, -1) + 1
    st.session_state[TICK_KEY] = tick
    every = panels()
    panel = pinned or every[tick % len(every)]
    data = keyed_load(lambda key: _panel_data(panel.key, key))
    if data is None:
        return
    visits = st.session_state.setdefault(VISITS_KEY, {})
    visits[panel.key] = visits.get(panel.key, -1) + 1  # a long panel shows its next page
    # The data is read per minute (and per change), so the panel is drawn as of that minute
    # and its HTML is kept with the data: screens that rotate redraw nothing twice.
    minute = clock.now().replace(second=0, microsecond=0)
    view = PanelView(data, minute, _lang(), visits[panel.key] % panel.pages(data))
    body = once_per(data, (panel.key, view.lang, view.page), lambda: panel.render(view))
    with connect() as db:
        demo = queries.is_demo(db)
    st.html(_frame(panel, body, every.index(panel) + 1, len(every), seconds, view, demo))


def _lang() -> str:
    """?lang=en for an English screen (the sidebar's switch is hidden here)."""
    wanted = st.query_params.get("lang", "")
    return wanted if wanted in LANGS else lang()


def _frame(panel: ProjectorPanel, body: str, index: int, count: int, seconds: int,
           view: PanelView, demo: bool) -> str:
    lg = view.lang
    now = view.now
    clock_line = fmt.vn_weekday_date(now, lg)
    if clock.is_rehearsal():
        clock_line += f" · {t('proj.rehearsal', lg)}"
    demo_tag = f'<span class="pj-demo">{escape(t("demo.banner", lg))}</span>' if demo else ""
    # When this screen read the data, on the clock the screen shows (the rehearsal's, if set).
    updated = clock.now().strftime("%H:%M:%S")
    which = t("proj.rehearsal", lg) if clock.is_rehearsal() else t("proj.clock_vn", lg)
    footer = t("proj.updated", lg, clock=which[:1].upper() + which[1:], time=updated)
    return (
        f'<div class="pj pj-panel-{panel.key}">'
        f'<div class="pj-top"><span class="pj-title">{escape(t(panel.title_key, lg))}</span>'
        f'<span class="pj-clock">{escape(clock_line)}<b>{fmt.vn_time(now)}</b></span></div>'
        f"{demo_tag}<div class=\"pj-body\">{body}</div>"
        f'<div class="pj-foot"><span class="pj-updated">{footer}'
        f'</span><span>{t("proj.page", lg, i=index, n=count, s=seconds)}</span></div></div>'
    )
