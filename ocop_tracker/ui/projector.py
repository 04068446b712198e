"""Trình chiếu: a read-only, self-refreshing, rotating screen for the meeting-room projector."""

from __future__ import annotations

from datetime import datetime
from html import escape

import streamlit as st

from ocop_tracker import features
from ocop_tracker.core import clock, fmt, queries, registry
from ocop_tracker.core.registry import PanelView, ProjectorPanel
from ocop_tracker.core.strings import LANGS, t
from ocop_tracker.programme import commands as pc
from ocop_tracker.ui import SnapshotKey, connect, keyed_load, lang

TICK_KEY = "pj-tick"

# No sidebar, no toolbar, no page menu, no dialogs (with plain `streamlit run`, the cold-start
# 'Page not found' would cover the screen for good): nothing to click on a wall screen. Sizes are for
# 1920×1080 read from ~10 m: body 32 px (never under 28 px), headline figures 150 px.
CSS = """<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stExpandSidebarButton"], [data-testid="stSidebarNav"],
header[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
[data-testid="stStatusWidget"], [data-testid="stDialog"] { display: none !important; }
[data-testid="stMainBlockContainer"] { padding: 12px 36px 0 36px !important; max-width: 100% !important; }
.stApp { background: #ffffff; }
.pj { font-family: "Noto Sans", "Segoe UI", Arial, sans-serif; font-size: 32px; line-height: 1.25;
      color: #000; display: flex; flex-direction: column; gap: 14px; }
.pj-top { display: flex; justify-content: space-between; align-items: center; background: #0b2545;
          color: #fff; padding: 8px 28px; border-radius: 10px; }
.pj-title { font-size: 48px; font-weight: 800; }
.pj-clock { text-align: right; font-size: 30px; }
.pj-clock b { font-size: 54px; display: block; line-height: 1; }
.pj-demo { background: #ffd54f; color: #000; font-weight: 800; padding: 6px 20px; border-radius: 8px; }
.pj-headline { display: flex; align-items: baseline; gap: 32px; flex-wrap: wrap;
               margin-bottom: 14px; }
.pj-huge { font-size: 128px; font-weight: 900; line-height: 1; }
.pj-large { font-size: 84px; font-weight: 900; line-height: 1.1; }
.pj-big { font-size: 48px; font-weight: 800; }
.pj-sub { font-size: 44px; font-weight: 700; }
.pj-right { margin-left: auto; }
.pj-h2 { font-size: 40px; font-weight: 800; margin-top: 8px; }
.pj-badge { color: #fff; font-weight: 800; padding: 4px 16px; border-radius: 8px; white-space: nowrap;
            font-size: 32px; display: inline-block; }
.pj-headline .pj-badge { font-size: 56px; padding: 8px 24px; }
.pj-rows { display: flex; flex-direction: column; gap: 6px; }
.pj-row { display: grid; gap: 24px; align-items: center; border-bottom: 2px solid #bdbdbd;
          padding-bottom: 6px; }
.pj-unit { grid-template-columns: 300px 1fr 210px 330px; }
.pj-task { grid-template-columns: 170px 1fr 230px 380px; }
.pj-prog { grid-template-columns: 200px 1fr 360px; }
.pj-current { background: #e3f2fd; font-weight: 800; }
.pj-name { overflow: hidden; white-space: nowrap; text-overflow: ellipsis; font-weight: 700; }
.pj-code, .pj-num { font-weight: 700; white-space: nowrap; }
.pj-word { text-align: right; }
.pj-bar { display: flex; height: 34px; background: #eeeeee; border: 2px solid #212121; }
.pj-bar span { display: block; height: 100%; }
.pj-late { color: #b71c1c; font-weight: 900; }
.pj-cards { display: flex; gap: 24px; }
.pj-card { flex: 1; border: 4px solid #212121; border-radius: 12px; padding: 16px 24px;
           display: flex; flex-direction: column; gap: 8px; }
.pj-boxes { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
.pj-box { border: 6px solid #424242; border-radius: 12px; overflow: hidden; min-height: 170px; }
.pj-box > div { padding: 8px 20px; }
.pj-label { color: #fff; background: #424242; font-size: 36px; font-weight: 900; }
.pj-step { font-size: 42px; font-weight: 800; line-height: 1.15; }
.pj-small { font-size: 29px; gap: 4px; }
.pj-small .pj-badge { font-size: 28px; padding: 2px 12px; }
.pj-end { display: flex; justify-content: space-between; border: none; font-size: 38px; }
.pj-placeholder { display: flex; flex-direction: column; gap: 40px; padding: 80px 40px;
                  border: 6px dashed #616161; border-radius: 16px; font-size: 40px; }
.pj-foot { display: flex; justify-content: space-between; color: #212121; font-size: 30px;
           border-top: 3px solid #0b2545; padding-top: 8px; }
</style>"""


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
    features.all_features()
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
    view = PanelView(data, clock.now(), _lang())
    with connect() as db:
        demo = queries.is_demo(db)
    st.html(_frame(panel, panel.render(view), every.index(panel) + 1, len(every), seconds,
                   view, demo))


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
    updated = datetime.now(clock.VN_TZ).strftime("%H:%M:%S")  # when this screen read the data
    return (
        f'<div class="pj pj-panel-{panel.key}">'
        f'<div class="pj-top"><span class="pj-title">{escape(t(panel.title_key, lg))}</span>'
        f'<span class="pj-clock">{escape(clock_line)}<b>{fmt.vn_time(now)}</b></span></div>'
        f"{demo_tag}<div class=\"pj-body\">{body}</div>"
        f'<div class="pj-foot"><span class="pj-updated">{t("proj.updated", lg, time=updated)}'
        f'</span><span>{t("proj.page", lg, i=index, n=count, s=seconds)}</span></div></div>'
    )
