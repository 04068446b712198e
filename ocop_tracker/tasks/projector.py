"""The tasks' projector panels: readiness by unit, and the deadlines with what is overdue."""

from __future__ import annotations

from html import escape
from typing import Any

from ocop_tracker.core import fmt
from ocop_tracker.core.html import BLUE, GREEN, RED, badge
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
    return head + legend(lang) + f'<div class="pj-rows">{rows}</div>'


def legend(lang: str) -> str:
    """The bars' colours, each with its word: a bar never relies on colour alone."""
    items = "".join(
        f'<span class="pj-key"><i style="background:{HEALTH_COLOURS[h]}"></i>'
        f"{escape(health_label(h, lang))}</span>"
        for h in HEALTH_ORDER)
    return f'<div class="pj-legend">{items}</div>'


def unit_badge(row: Any, lang: str) -> str:
    """The unit's state in the bars' own words and colours: overdue, then blocked, first."""
    overdue, blocked = int(row["overdue"]), int(row[str(Health.BLOCKED)])
    if overdue:
        return badge(t("proj.unit_late", lang, n=overdue), HEALTH_COLOURS[Health.OVERDUE])
    if blocked:
        return badge(t("proj.unit_blocked", lang, n=blocked), HEALTH_COLOURS[Health.BLOCKED])
    if int(row["done"]) == int(row["total"]):
        return badge(t("proj.unit_done_all", lang), HEALTH_COLOURS[Health.DONE_ON_TIME])
    return badge(t("proj.unit_ok", lang), HEALTH_COLOURS[Health.IN_PROGRESS])


def _unit_row(row: Any, lang: str) -> str:
    total = int(row["total"]) or 1
    segments = "".join(
        f'<span style="width:{100 * int(row[str(h)]) / total:.2f}%;'
        f'background:{HEALTH_COLOURS[h]}"></span>'
        for h in reversed(HEALTH_ORDER) if int(row[str(h)])
    )
    word = unit_badge(row, lang)
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
    return (head + f'<div class="pj-cards">{cards}</div>' + _task_list(snap, lang)
            + _waiting(snap, lang))


TASK_ROWS = 5  # under the cards on a 1366x768 screen


def _task_list(snap: Snapshot, lang: str) -> str:
    """What is overdue; when nothing is, the tasks due next, by name, before the day comes."""
    late = readiness.overdue(snap.tasks)
    tasks = late if not late.empty else readiness.next_due(snap.tasks)
    title = (f'{t("proj.overdue_list", lang)} ({len(late)})' if not late.empty
             else t("proj.next_list", lang))
    items = "".join(_task_row(r, lang) for r in tasks.head(TASK_ROWS).itertuples(index=False))
    if late.empty:  # nothing overdue is news too: say it above the next tasks
        title = f'{title} · {badge(t("proj.none_overdue", lang), GREEN)}'
    if len(tasks) > TASK_ROWS:
        items += (f'<div class="pj-row pj-more">'
                  f'{t("proj.more_n", lang, n=len(tasks) - TASK_ROWS)}</div>')
    return f'<div class="pj-h2">{title}</div><div class="pj-rows">{items}</div>'


def _task_row(r: Any, lang: str) -> str:
    colour = RED if r.seconds_left < 0 else BLUE
    # The full title: the row's CSS ends it with "…" only where the screen runs out.
    return (f'<div class="pj-row pj-task"><span class="pj-code">{escape(r.code)}</span>'
            f'<span class="pj-name" title="{escape(r.title)}">{escape(r.title)}</span>'
            f'<span class="pj-num">{escape(r.lead_short)}</span>'
            f'<span class="pj-word">{badge(fmt.time_left(r.seconds_left, lang), colour)}'
            f'</span></div>')


def _waiting(snap: Snapshot, lang: str) -> str:
    """What waits for sign-off ("chờ duyệt") and with whom, on one line: the room needs who
    holds how many; the queue itself is the Trình duyệt page."""
    if not snap.waiting:
        return ""
    holders: dict[str, int] = {}  # oldest first: the first holder named waited longest
    for row in snap.waiting:
        holders[row["approver"] or "?"] = holders.get(row["approver"] or "?", 0) + 1
    who = " · ".join(f"{escape(name)}: {count}" for name, count in holders.items())
    return (f'<div class="pj-h2 pj-waiting">{t("appr.pj_waiting", lang)} ({len(snap.waiting)})'
            f' <span class="pj-more">{who}</span></div>')


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
