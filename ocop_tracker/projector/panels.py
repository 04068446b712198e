"""Projector panels as HTML for a 1920×1080 screen read from the back of a room. No Streamlit.

Add a panel with one line in PANELS: (key, title string key, render function). A render
function takes the Context and returns the panel's body as HTML; escape every user text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from html import escape

from ocop_tracker.core import fmt

from ocop_tracker.tasks import readiness
from ocop_tracker.core.models import HEALTH_COLOURS, Health
from ocop_tracker.programme.queries import Programme
from ocop_tracker.tasks.readiness import HEALTH_ORDER
from ocop_tracker.programme.schedule import StepState
from ocop_tracker.tasks.snapshot import Snapshot
from ocop_tracker.core.strings import health_label, t

RED, GREEN, BLUE, GREY = "#b71c1c", "#1b5e20", "#0d47a1", "#424242"
STATE_COLOURS = {StepState.PLANNED: GREY, StepState.RUNNING: BLUE, StepState.DONE: GREEN,
                 StepState.SKIPPED: GREY}


@dataclass(frozen=True)
class Context:
    """What every panel may draw from, read once per refresh."""

    snap: Snapshot
    prog: Programme | None
    now: datetime
    lang: str = "vi"


@dataclass(frozen=True)
class Panel:
    """One rotating screen."""

    key: str
    title_key: str
    render: Callable[[Context], str]


def cut(text: str, limit: int) -> str:
    """Shorten text for a fixed-width row (with an ellipsis)."""
    text = str(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def badge(word: str, colour: str) -> str:
    """A status word on its colour: never colour alone."""
    return f'<span class="pj-badge" style="background:{colour}">{escape(word)}</span>'


def units_panel(ctx: Context) -> str:
    """Headline totals, then one row per lead unit, laggards first."""
    s, lang = ctx.snap.summary, ctx.lang
    percent = fmt.vn_percent(s.percent_done / 100, lang)
    late = (badge(t("proj.overdue_n", lang, n=s.overdue), RED) if s.overdue
            else badge(t("proj.none_overdue", lang), GREEN))
    head = (f'<div class="pj-headline"><span class="pj-huge pj-done-figure">{s.done}/{s.total}'
            f'</span><span class="pj-sub">{t("proj.done_of", lang)} · {percent}</span>'
            f'<span class="pj-right">{late}</span></div>')
    rows = "".join(_unit_row(row, lang) for _, row in ctx.snap.agencies.head(11).iterrows())
    return head + f'<div class="pj-rows">{rows}</div>'


def _unit_row(row, lang: str) -> str:
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


def deadlines_panel(ctx: Context) -> str:
    """The countdown to the opening, each deadline's time left, and what is overdue."""
    snap, lang = ctx.snap, ctx.lang
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
            f'<div class="pj-h2">{t("proj.overdue_list", lang)} ({len(readiness.overdue(snap.tasks))})'
            f'</div><div class="pj-rows">{items}</div>')


def _countdown(snap: Snapshot, lang: str) -> str:
    if snap.phase == readiness.Phase.BEFORE:
        return fmt.span(snap.countdown_seconds, lang)
    if snap.phase == readiness.Phase.UNDER_WAY:
        return t("overview.under_way", lang)
    return t("overview.took_place", lang, date=fmt.vn_date(snap.starts_at))


def _deadline_card(row, lang: str) -> str:
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


def programme_panel(ctx: Context) -> str:
    """Now and next in large type, then the whole run-of-show with expected times."""
    lang, prog = ctx.lang, ctx.prog
    if prog is None or not prog.day.steps:
        return placeholder("prog.no_steps")(ctx)
    day = prog.day
    now = _step_box(t("prog.now", lang), day.now_step, BLUE, lang, t("prog.now_none", lang))
    nxt = _step_box(t("prog.next", lang), day.next_step, GREY, lang, t("prog.next_none", lang))
    rows = "".join(_step_row(i, timed, day, lang) for i, timed in enumerate(day.steps))
    end_word = (badge(t("proj.late", lang, n=day.end_delay_min), RED) if day.end_delay_min > 0
                else badge(t("proj.on_time", lang), GREEN))
    end = (f'<div class="pj-row pj-end"><span>{t("proj.end", lang)}: '
           f'<b>{fmt.vn_time(day.expected_end)}</b></span>{end_word}</div>')
    return f'<div class="pj-boxes">{now}{nxt}</div><div class="pj-rows pj-small">{rows}</div>{end}'


def _step_box(label: str, timed, colour: str, lang: str, empty: str) -> str:
    if timed is None:
        return f'<div class="pj-box"><div class="pj-label">{label}</div><div>{empty}</div></div>'
    when = f"{fmt.vn_time(timed.expected_start)}–{fmt.vn_time(timed.expected_end)}"
    return (f'<div class="pj-box" style="border-color:{colour}"><div class="pj-label" '
            f'style="background:{colour}">{label} · {when}</div>'
            f'<div class="pj-step">{escape(cut(timed.step.title, 70))}</div></div>')


def _step_row(i: int, timed, day, lang: str) -> str:
    mark = "▶ " if day.now_index == i else ("⏭ " if day.next_index == i else "")
    delay = (f' <span class="pj-late">+{timed.delay_min}′</span>'
             if timed.state == StepState.PLANNED and timed.delay_min > 0 else "")
    word = badge(t(f"step.{timed.state}", lang), STATE_COLOURS[timed.state])
    if not day.tracking:  # nobody marks steps: say where the clock stands against the plan
        word = _clock_word(i, timed, day, lang)
    cls = " pj-current" if day.now_index == i else ""
    return (f'<div class="pj-row pj-prog{cls}"><span class="pj-code">'
            f'{fmt.vn_time(timed.expected_start)}{delay}</span>'
            f'<span class="pj-name">{mark}{escape(cut(timed.step.title, 62))}</span>'
            f'<span class="pj-word">{word}</span></div>')


def _clock_word(i: int, timed, day, lang: str) -> str:
    if day.now_index == i:
        return badge(t("step.dang_dien_ra", lang), BLUE)
    if day.now_index is not None and i < day.now_index or (
            day.next_index is not None and i < day.next_index):
        return badge(t("step.past", lang), GREY)
    return badge(t("step.expected", lang), GREY)


def placeholder(plan_key: str) -> Callable[[Context], str]:
    """A clear 'no data yet' panel for features still being built, with the plan's figure."""
    def render(ctx: Context) -> str:
        plan = t(plan_key, ctx.lang, attendees=ctx.snap.event.get("attendees_expected", 0))
        return (f'<div class="pj-placeholder"><div class="pj-big">⏳ '
                f'{t("proj.placeholder", ctx.lang)}</div><div>{escape(plan)}</div></div>')
    return render


PANELS: list[Panel] = [
    Panel("units", "proj.units", units_panel),
    Panel("deadlines", "proj.deadlines", deadlines_panel),
    Panel("booths", "proj.booths", placeholder("proj.booth_plan")),
    Panel("delegates", "proj.delegates", placeholder("proj.delegate_plan")),
    Panel("programme", "proj.programme", programme_panel),
]


def find(key: str | None) -> Panel | None:
    """The panel with that key (for ?panel=...), or None."""
    return next((p for p in PANELS if p.key == key), None)
