"""The booth layout: a numbered grid coloured by commune, as a plotly figure and printable HTML."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from ocop_tracker.core import fmt
from ocop_tracker.core.html import FONT
from ocop_tracker.core.strings import t

PER_ROW = 7
# Twelve pale fills (ColorBrewer Set3, its mint swapped for tan so no two greens meet): dark
# text stays legible on every one, in print too; the commune's name is written on each cell.
# Unassigned booths are white with a dashed border, so Set3's grey cannot be mistaken for them.
COMMUNE_COLOURS = (
    "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
    "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#e5c494", "#ffed6f",
)
FREE_FILL = "#ffffff"


def commune_colours(communes: list[dict]) -> dict[int, str]:
    """A fixed colour per commune, in the district's usual order."""
    return {c["id"]: COMMUNE_COLOURS[i % len(COMMUNE_COLOURS)] for i, c in enumerate(communes)}


@dataclass(frozen=True)
class LayoutBooth:
    """What one cell of the layout shows, taken from a row of queries.booths()."""

    number: int
    kind: str
    commune: str | None  # None: not given to a commune yet
    commune_id: int | None
    product_names: tuple[str, ...]

    @classmethod
    def from_row(cls, row: Any) -> LayoutBooth:
        """Build from an itertuples row (pandas rows carry no types, hence Any)."""
        # An unassigned booth's commune is missing (None or NaN), so only a str counts.
        commune = row.commune if isinstance(row.commune, str) else None
        commune_id = None if pd.isna(row.commune_id) else int(row.commune_id)
        return cls(int(row.number), str(row.kind), commune, commune_id,
                   tuple(str(n) for n in row.product_names))


def cells(booths: pd.DataFrame) -> list[tuple[int, int, LayoutBooth]]:
    """(grid row, column, booth) with each kind starting on a new row, 7 booths a row."""
    placed: list[tuple[int, int, LayoutBooth]] = []
    row = 0
    for kind in ("ocop_3_sao", "moi_cong_nhan"):
        group = booths[booths["kind"] == kind].sort_values("number")
        for i, booth in enumerate(group.itertuples(index=False)):
            placed.append((row + i // PER_ROW, i % PER_ROW, LayoutBooth.from_row(booth)))
        row += -(-len(group) // PER_ROW) if len(group) else 0
    return placed


def two_lines(name: str) -> str:
    """'Xuân Thới Thượng' -> 'Xuân Thới<br>Thượng': long names fit a seventh of a page."""
    words = html.escape(name).split()
    if len(words) < 3:
        return " ".join(words)
    cut = (len(words) + 1) // 2
    return " ".join(words[:cut]) + "<br>" + " ".join(words[cut:])


def _colour(booth: LayoutBooth, colours: dict[int, str]) -> str:
    """The commune's fill; white for a booth not given to a commune."""
    if booth.commune is None or booth.commune_id is None:
        return FREE_FILL
    return colours.get(booth.commune_id, FREE_FILL)


def _label(booth: LayoutBooth, lang: str) -> str:
    name = booth.commune if booth.commune is not None else t("bth.layout_free", lang)
    count = len(booth.product_names)
    lines = [f"<span style='font-size:22px'><b>{booth.number}</b></span>",
             f"<b>{two_lines(name)}</b>", t(f"bth.kind.{booth.kind}", lang)]
    if count:
        lines.append(t("bth.layout_n_products", lang, n=count))
    return "<br>".join(lines)


def layout_figure(booths: pd.DataFrame, communes: list[dict], lang: str = "vi",
                  title: str = "") -> go.Figure:
    """Numbered grid of the booths, each cell filled with its commune's colour and named."""
    colours = commune_colours(communes)
    placed = cells(booths)
    rows = max((r for r, _, _ in placed), default=0) + 1
    fig = go.Figure()
    for row, col, booth in placed:
        assigned = booth.commune is not None
        x0, y0 = col, -row
        fig.add_shape(type="rect", x0=x0 + 0.04, x1=x0 + 0.96, y0=y0 - 0.92, y1=y0 - 0.04,
                      fillcolor=_colour(booth, colours),
                      line={"color": "#37474f" if assigned else "#9e9e9e", "width": 2,
                            "dash": "solid" if assigned else "dash"})
        fig.add_annotation(x=x0 + 0.5, y=y0 - 0.48, text=_label(booth, lang), showarrow=False,
                           font={"size": 13, "color": "#212121" if assigned else "#757575"})
    fig.update_xaxes(visible=False, range=[-0.02, PER_ROW + 0.02], fixedrange=True)
    fig.update_yaxes(visible=False, range=[-rows - 0.02, 0.02], fixedrange=True)
    fig.update_layout(
        height=165 * rows + (60 if title else 20), margin={"l": 4, "r": 4, "t": 50 if title else 8,
                                                          "b": 4},
        title={"text": title, "x": 0, "font": {"size": 18}} if title else None,
        font={"family": FONT}, plot_bgcolor="white", paper_bgcolor="white", showlegend=False,
    )
    return fig


def layout_html(booths: pd.DataFrame, communes: list[dict], title: str, printed_at: datetime,
                lang: str = "vi") -> str:
    """A self-contained page for the set-up team: prints on one landscape A4 sheet, in colour."""
    colours = commune_colours(communes)
    rows = []
    placed = cells(booths)
    for row_index in sorted({r for r, _, _ in placed}):
        cells_html = "".join(_cell_html(b, colours, lang) for r, _, b in placed if r == row_index)
        rows.append(f'<div class="row">{cells_html}</div>')
    note = html.escape(t("bth.layout_note", lang).split(". ")[0] + ".")
    stamp = html.escape(t("bth.printed_at", lang, when=fmt.vn_datetime(printed_at)))
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>
  @page {{ size: A4 landscape; margin: 10mm; }}
  * {{ box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
  body {{ font-family: {FONT}; color: #212121; margin: 16px; }}
  h1 {{ font-size: 20px; margin: 0 0 4px; }}
  p {{ margin: 0 0 12px; font-size: 12px; color: #424242; }}
  .row {{ display: grid; grid-template-columns: repeat({PER_ROW}, 1fr); gap: 8px;
          margin-bottom: 8px; }}
  .cell {{ border: 2px solid #37474f; border-radius: 6px; padding: 8px; min-height: 120px;
           page-break-inside: avoid; break-inside: avoid; }}
  .cell.free {{ border-style: dashed; border-color: #9e9e9e; color: #757575; background: #fff; }}
  .num {{ font-size: 28px; font-weight: 700; line-height: 1; }}
  .commune {{ font-size: 16px; font-weight: 700; margin-top: 4px; }}
  .kind {{ font-size: 11px; text-transform: uppercase; letter-spacing: .03em; }}
  ul {{ margin: 6px 0 0 16px; padding: 0; font-size: 11px; }}
  @media print {{ body {{ margin: 0; }} .cell {{ min-height: 105px; }} }}
</style></head>
<body><h1>{html.escape(title)}</h1><p>{note} {stamp}</p>{''.join(rows)}</body></html>
"""


def _cell_html(booth: LayoutBooth, colours: dict[int, str], lang: str) -> str:
    assigned = booth.commune is not None
    name = booth.commune if booth.commune is not None else t("bth.layout_free", lang)
    style = f' style="background:{_colour(booth, colours)}"' if assigned else ""
    items = "".join(f"<li>{html.escape(n)}</li>" for n in booth.product_names)
    return (f'<div class="cell{"" if assigned else " free"}"{style}>'
            f'<div class="num">{booth.number}</div><div class="commune">{html.escape(name)}</div>'
            f'<div class="kind">{html.escape(t(f"bth.kind.{booth.kind}", lang))}</div>'
            f'{"<ul>" + items + "</ul>" if items else ""}</div>')
