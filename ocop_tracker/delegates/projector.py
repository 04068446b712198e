"""The delegates' projector panel: confirmed (and on the day arrived) of the 150, then groups."""

from __future__ import annotations

from html import escape
from typing import Any

import pandas as pd

from ocop_tracker.core.html import BLUE, GREEN, GREY, badge, cut
from ocop_tracker.core.registry import PanelView
from ocop_tracker.core.strings import t
from ocop_tracker.delegates.summary import Board, day_reached

ROW_LIMIT = 11  # the plan's 11 groups fit the 1080 px screen; more end in "+N nữa"
# The columns (name, quota, confirmed, arrived, word) and the tighter rows that fit 12 rows
# and the headline under the demo banner are styled by the projector's stylesheet (pj-dlg-*).


def delegates_panel(view: PanelView) -> str:
    """Headline figures against the expected attendance, then one compact row per group."""
    board: Board = view.data
    lang, total = view.lang, board.totals
    confirmed = (f'<span class="pj-huge pj-dlg-confirmed">{total.confirmed}/{total.expected}'
                 f'</span><span class="pj-sub">{t("dlg.pj_confirmed", lang)} · '
                 f'{t("dlg.ov_invited", lang, n=total.invited)}</span>')
    arrived = ""
    if day_reached(board.event_date, view.now):
        arrived = (f'<span class="pj-right"><span class="pj-huge pj-dlg-arrived">'
                   f'{total.arrived}/{total.expected}</span> '
                   f'<span class="pj-sub">{t("dlg.pj_arrived", lang)}</span></span>')
    head = f'<div class="pj-headline">{confirmed}{arrived}</div>'
    return (head + f'<div class="pj-rows pj-dlg-rows">{_header(lang)}'
            f'{_rows(board.table, lang)}</div>')


def _header(lang: str) -> str:
    cells = "".join(f'<span class="pj-num">{t(key, lang)}</span>'
                    for key in ("dlg.col_quota", "dlg.col_confirmed", "dlg.col_arrived"))
    return (f'<div class="pj-row pj-dlg-head">'
            f'<span>{t("dlg.col_group", lang)}</span>{cells}<span></span></div>')


def _rows(table: pd.DataFrame, lang: str) -> str:
    shown = table if len(table) <= ROW_LIMIT else table.head(ROW_LIMIT - 1)
    rows = "".join(_row(row, lang) for row in shown.itertuples(index=False))
    if len(shown) < len(table):
        rows += (f'<div class="pj-row pj-dlg-more">'
                 f'{t("dlg.pj_more", lang, n=len(table) - len(shown))}</div>')
    return rows


def _row(row: Any, lang: str) -> str:
    quota = None if pd.isna(row.quota) else int(row.quota)
    confirmed, arrived = int(row.confirmed), int(row.arrived)
    if quota is None:
        word = badge(t("dlg.pj_no_quota", lang), GREY)
    elif confirmed >= quota:
        word = badge(t("dlg.pj_full", lang), GREEN)
    else:
        word = badge(t("dlg.pj_short", lang, n=quota - confirmed), BLUE)
    name = escape(cut(str(row.name), 64))
    return (f'<div class="pj-row pj-dlg-group">'
            f'<span class="pj-name">{name}</span>'
            f'<span class="pj-num pj-dlg-quota">{"—" if quota is None else quota}</span>'
            f'<span class="pj-num pj-dlg-conf">{confirmed}</span>'
            f'<span class="pj-num pj-dlg-arr">{arrived}</span>'
            f'<span class="pj-word">{word}</span></div>')
