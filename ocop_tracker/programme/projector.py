"""The programme's projector panel: now and next in large type, then the whole run-of-show."""

from __future__ import annotations

from html import escape

from ocop_tracker.core import fmt
from ocop_tracker.core.html import BLUE, GREEN, GREY, RED, badge, empty
from ocop_tracker.core.registry import PanelView
from ocop_tracker.core.strings import t
from ocop_tracker.programme.queries import Programme
from ocop_tracker.programme.schedule import Day, StepState, Timed

STATE_COLOURS = {StepState.PLANNED: GREY, StepState.RUNNING: BLUE, StepState.DONE: GREEN,
                 StepState.SKIPPED: GREY}


def programme_panel(view: PanelView) -> str:
    """Now and next in large type, then the whole run-of-show with expected times."""
    prog: Programme | None = view.data
    lang = view.lang
    if prog is None or not prog.day.steps:
        return empty(t("prog.no_steps", lang))
    day = prog.day
    now = _step_box(t("prog.now", lang), day.now_step, BLUE, lang, t("prog.now_none", lang))
    nxt = _step_box(t("prog.next", lang), day.next_step, GREY, lang, t("prog.next_none", lang))
    rows = "".join(_step_row(i, timed, day, lang) for i, timed in enumerate(day.steps))
    end_word = (badge(t("proj.late", lang, n=day.end_delay_min), RED) if day.end_delay_min > 0
                else badge(t("proj.on_time", lang), GREEN))
    expected_end = day.expected_end
    assert expected_end is not None  # a day with steps (checked above) has an end
    end = (f'<div class="pj-row pj-end"><span>{t("proj.end", lang)}: '
           f'<b>{fmt.vn_time(expected_end)}</b></span>{end_word}</div>')
    return f'<div class="pj-boxes">{now}{nxt}</div><div class="pj-rows pj-small">{rows}</div>{end}'


def _step_box(label: str, timed: Timed | None, colour: str, lang: str, empty: str) -> str:
    if timed is None:
        return f'<div class="pj-box"><div class="pj-label">{label}</div><div>{empty}</div></div>'
    when = f"{fmt.vn_time(timed.expected_start)}–{fmt.vn_time(timed.expected_end)}"
    return (f'<div class="pj-box" style="border-color:{colour}"><div class="pj-label" '
            f'style="background:{colour}">{label} · {when}</div>'
            f'<div class="pj-step pj-clamp">{escape(timed.step.title)}</div></div>')


def _step_row(i: int, timed: Timed, day: Day, lang: str) -> str:
    mark = "▶ " if day.now_index == i else ("⏭ " if day.next_index == i else "")
    delay = (f' <span class="pj-late">+{timed.delay_min}′</span>'
             if timed.state == StepState.PLANNED and timed.delay_min > 0 else "")
    word = badge(t(f"step.{timed.state}", lang), STATE_COLOURS[timed.state])
    if not day.tracking:  # nobody marks steps: say where the clock stands against the plan
        word = _clock_word(i, timed, day, lang)
    cls = " pj-current" if day.now_index == i else ""
    return (f'<div class="pj-row pj-prog{cls}"><span class="pj-code">'
            f'{fmt.vn_time(timed.expected_start)}{delay}</span>'
            f'<span class="pj-name" title="{escape(timed.step.title)}">{mark}'
            f'{escape(timed.step.title)}</span>'
            f'<span class="pj-word">{word}</span></div>')


def _clock_word(i: int, timed: Timed, day: Day, lang: str) -> str:
    if day.now_index == i:
        return badge(t("step.dang_dien_ra", lang), BLUE)
    if day.now_index is not None and i < day.now_index or (
            day.next_index is not None and i < day.next_index):
        return badge(t("step.past", lang), GREY)
    return badge(t("step.expected", lang), GREY)
