"""The booths' projector panel and overview figures: booths, communes on display, standees."""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import Any

from ocop_tracker.booths import queries as booths
from ocop_tracker.booths.queries import BoothData
from ocop_tracker.core import fmt
from ocop_tracker.core.html import BLUE, GREEN, RED, badge
from ocop_tracker.core.registry import Metric, PanelView
from ocop_tracker.core.strings import t

# Six rows of communes keep the panel inside 1080 px without scrolling; past that, the
# last row says how many more there are.
MAX_ROWS = 6


def booths_panel(view: PanelView) -> str:
    """Booths assigned and ready, communes on display, standees, and which communes lack one."""
    data: BoothData = view.data
    lang = view.lang
    f = booths.figures(data, view.now)
    ready_colour = GREEN if f["ready"] == f["total"] else BLUE
    head = (f'<div class="pj-headline"><span class="pj-huge pj-booths-figure">{f["assigned"]}/'
            f'{f["total"]}</span><span class="pj-sub">{escape(t("bth.pj_assigned", lang))}</span>'
            f'<span class="pj-right">'
            f'{badge(t("bth.pj_ready", lang, n=f["ready"], total=f["total"]), ready_colour)}'
            f"</span></div>")
    cards = _communes_card(f, lang) + _standees_card(f, lang) + _deadline_card(f, lang)
    return (head + f'<div class="pj-cards">{cards}</div>'
            + _missing_rows(data, f, lang))


def _card(label: str, figure: str, word: str, css: str) -> str:
    return (f'<div class="pj-card {css}"><div>{escape(label)}</div>'
            f'<div class="pj-big">{escape(figure)}</div><div>{word}</div></div>')


def _communes_card(f: dict[str, Any], lang: str) -> str:
    missing = f["communes_total"] - f["communes_covered"]
    word = (badge(t("bth.pj_missing_n", lang, n=missing), RED) if missing
            else badge(t("bth.pj_all_covered", lang, total=f["communes_total"]), GREEN))
    return _card(t("bth.pj_covered", lang), f"{f['communes_covered']}/{f['communes_total']}",
                 word, "pj-communes")


def _standees_card(f: dict[str, Any], lang: str) -> str:
    target, approved = f["standees_total"], f["standees_approved"]
    word = badge(t("bth.pj_submitted", lang, n=f["standees_submitted"], target=target),
                 GREEN if approved >= target else BLUE)
    return _card(t("bth.pj_standees", lang), f"{approved}/{target}", word, "pj-standees")


def _deadline_card(f: dict[str, Any], lang: str) -> str:
    seconds = f["standee_drafts_seconds_left"]
    due = datetime.fromisoformat(f["standee_drafts_due"])
    unsent = max(f["standees_total"] - f["standees_submitted"], 0)
    if unsent == 0:
        word = badge(t("bth.pj_all_submitted", lang), GREEN)
    else:
        word = badge(t("bth.pj_unsent", lang, n=unsent), RED if seconds < 0 else BLUE)
    return _card(t("bth.pj_drafts_due", lang, due=fmt.vn_deadline(due, lang)),
                 fmt.time_left(seconds, lang), word, "pj-drafts")


def _missing_rows(data: BoothData, f: dict[str, Any], lang: str) -> str:
    cov = data.coverage
    gaps = cov[~cov["covered"]]
    total = f["communes_total"]
    if gaps.empty:
        row = (f'<div class="pj-row">'
               f'{badge(t("bth.all_covered", lang, total=total), GREEN)}</div>')
        return f'<div class="pj-rows">{row}</div>'
    shown = gaps if len(gaps) <= MAX_ROWS else gaps.head(MAX_ROWS - 1)
    rows = "".join(
        f'<div class="pj-row pj-commune" style="grid-template-columns: 1fr auto">'
        f'<span class="pj-name">{escape(str(r.commune))}</span>'
        f'<span class="pj-word">{badge(t(f"bth.pj_gap.{r.gap}", lang), RED)}</span></div>'
        for r in shown.itertuples(index=False))
    if len(shown) < len(gaps):
        rows += (f'<div class="pj-row pj-more"><span class="pj-name">'
                 f'{escape(t("bth.pj_more", lang, n=len(gaps) - len(shown)))}</span></div>')
    title = t("bth.pj_missing_title", lang, n=len(gaps), total=total)
    return f'<div class="pj-h2">{escape(title)}</div><div class="pj-rows">{rows}</div>'


def overview_metrics(data: BoothData, now: datetime, lang: str) -> list[Metric]:
    """Booths x/21, communes y/12 (which lack one), standees z/14 with the drafts deadline."""
    f = booths.figures(data, now)
    missing = f["communes_missing"]
    if missing:
        names = ", ".join(missing[:3])
        if len(missing) > 3:
            names += " " + t("bth.pj_more", lang, n=len(missing) - 3)
        communes = t("bth.ov_missing", lang, names=names)
    else:
        communes = t("bth.ov_all_covered", lang)
    due = fmt.vn_deadline(datetime.fromisoformat(f["standee_drafts_due"]), lang)
    drafts = t("bth.ov_drafts", lang, submitted=f["standees_submitted"],
               target=f["standees_total"], due=due,
               left=fmt.time_left(f["standee_drafts_seconds_left"], lang))
    return [
        Metric(t("bth.m_assigned", lang), f"{f['assigned']}/{f['total']}",
               t("bth.ov_ready", lang, n=f["ready"], total=f["total"])),
        Metric(t("bth.m_covered", lang), f"{f['communes_covered']}/{f['communes_total']}",
               communes),
        Metric(t("bth.m_standees", lang), f"{f['standees_approved']}/{f['standees_total']}",
               drafts),
    ]
