"""The tasks' projector panels: readiness by unit, and the deadlines with what is overdue."""

from __future__ import annotations

from html import escape
from typing import Any

from ocop_tracker.core import clock, fmt
from ocop_tracker.core.html import BLUE, GREEN, RED, badge, cut
from ocop_tracker.core.models import HEALTH_COLOURS, Health
from ocop_tracker.core.registry import PanelView
from ocop_tracker.core.strings import health_label, t
from ocop_tracker.tasks import readiness
from ocop_tracker.tasks.readiness import HEALTH_ORDER
from ocop_tracker.tasks.snapshot import Snapshot

# Rows that fit under the headline on a 1920×1080 screen; more units rotate as pages.
UNITS_PER_PAGE = 11


def unit_pages(snap: Snapshot) -> int:
    """Screens the units panel needs: 11 units to a screen."""
    return max(1, -(-len(snap.agencies) // UNITS_PER_PAGE))


def units_panel(view: PanelView) -> str:
    """Headline totals, then one row per lead unit, laggards first."""
    snap: Snapshot = view.data
    s, lang = snap.summary, view.lang
    percent = fmt.vn_percent(s.percent_done / 100, lang)
    late = (badge(t("proj.overdue_n", lang, n=s.overdue), RED) if s.overdue
            else badge(t("proj.none_overdue", lang), GREEN))
    pages = unit_pages(snap)
    page = view.page % pages
    # The page marker shares the headline's line: a line of its own would not fit 768 px.
    more = (f' · <span class="pj-more">{t("proj.units_page", lang, i=page + 1, n=pages)}'
            '</span>' if pages > 1 else "")
    head = (f'<div class="pj-headline"><span class="pj-huge pj-done-figure">{s.done}/{s.total}'
            f'</span><span class="pj-sub">{t("proj.done_of", lang)} · {percent}{more}</span>'
            f'<span class="pj-right">{late}</span></div>')
    shown = snap.agencies.iloc[page * UNITS_PER_PAGE:(page + 1) * UNITS_PER_PAGE]
    rows = "".join(_unit_row(row, lang) for _, row in shown.iterrows())
    return head + f'<div class="pj-rows">{rows}</div>'


def _unit_row(row: Any, lang: str) -> str:
    total = int(row["total"]) or 1
    segments = "".join(
        f'<span style="width:{100 * int(row[str(h)]) / total:.2f}%;'
        f'background:{HEALTH_COLOURS[h]}"></span>'
        for h in reversed(HEALTH_ORDER) if int(row[str(h)])
    )
    overdue = int(row["overdue"])
    word = (badge(t("proj.unit_late", lang, n=overdue), RED) if overdue
            else badge(t("proj.unit_ok", lang), GREEN))
    done = t("proj.unit_done", lang, done=int(row["done"]), total=int(row["total"]))
    return (f'<div class="pj-row pj-unit"><span class="pj-name">{escape(row["lead_short"])}</span>'
            f'<span class="pj-bar">{segments}</span><span class="pj-num">{done}</span>'
            f'<span class="pj-word">{word}</span></div>')


def deadlines_panel(view: PanelView) -> str:
    """The countdown to the opening, each deadline's time left, and what is overdue."""
    snap: Snapshot = view.data
    lang = view.lang
    if snap.phase == readiness.Phase.BEFORE:
        head = (f'<div class="pj-headline"><span class="pj-sub">{t("proj.to_opening", lang)}'
                f'</span><span class="pj-huge">{escape(_countdown(snap, lang))}</span></div>')
    else:
        head = f'<div class="pj-headline pj-large">{escape(_countdown(snap, lang))}</div>'
    cards = "".join(_deadline_card(row, lang) for row in snap.deadlines.itertuples(index=False))
    late = readiness.overdue(snap.tasks).head(5)
    items = "".join(
        f'<div class="pj-row pj-task"><span class="pj-code">{escape(r.code)}</span>'
        f'<span class="pj-name">{escape(cut(r.title, 58))}</span>'
        f'<span class="pj-num">{escape(r.lead_short)}</span>'
        f'<span class="pj-word">{badge(fmt.time_left(r.seconds_left, lang), RED)}</span></div>'
        for r in late.itertuples(index=False)
    )
    if not items:
        items = f'<div class="pj-row">{badge(t("proj.none_overdue", lang), GREEN)}</div>'
    return (head + f'<div class="pj-cards">{cards}</div>'
            f'<div class="pj-h2">{t("proj.overdue_list", lang)} '
            f'({len(readiness.overdue(snap.tasks))})'
            f'</div><div class="pj-rows">{items}</div>' + _waiting(snap, lang))


WAITING_ROWS = 3  # the oldest few: the room sees who holds them; the full queue is a page


def _waiting(snap: Snapshot, lang: str) -> str:
    """What waits for sign-off ("chờ duyệt"), oldest first, and with whom."""
    if not snap.waiting:
        return ""
    rows = "".join(
        f'<div class="pj-row pj-task"><span class="pj-code">{escape(w["unit"] or "")}</span>'
        f'<span class="pj-name">{escape(cut(w["subject"] or "", 40))} → '
        f'{escape(w["approver"] or "")}</span><span class="pj-num"></span>'
        f'<span class="pj-word">{badge(_since(w, lang), BLUE)}</span></div>'
        for w in snap.waiting[:WAITING_ROWS])
    return (f'<div class="pj-h2">{t("appr.pj_waiting", lang)} ({len(snap.waiting)})</div>'
            f'<div class="pj-rows">{rows}</div>')


def _since(row: dict[str, Any], lang: str) -> str:
    due = row.get("due_at")  # the heading already says "chờ duyệt"; the badge, by when
    return fmt.vn_deadline(clock.parse_iso(due), lang) if due else t("appr.state.waiting", lang)


def _countdown(snap: Snapshot, lang: str) -> str:
    if snap.phase == readiness.Phase.BEFORE:
        return fmt.span(snap.countdown_seconds, lang)
    if snap.phase == readiness.Phase.UNDER_WAY:
        return t("overview.under_way", lang)
    return t("overview.took_place", lang, date=fmt.vn_date(snap.starts_at))


def _deadline_card(row: Any, lang: str) -> str:
    open_left = int(row.total) - int(row.done)
    if open_left == 0:
        word = badge(health_label(Health.DONE_ON_TIME, lang), GREEN)
    elif row.seconds_left < 0:
        word = badge(t("proj.overdue_n", lang, n=open_left), RED)
    else:
        word = badge(fmt.time_left(row.seconds_left, lang), BLUE)
    label = t("overview.deadline_label", lang, date=fmt.vn_date(row.due_at))
    done = t("proj.deadline_done", lang, done=int(row.done), total=int(row.total))
    return (f'<div class="pj-card"><div>{label}</div><div class="pj-big">{done}</div>'
            f'<div>{word}</div></div>')
