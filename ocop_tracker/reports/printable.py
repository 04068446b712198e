"""One A4 page for the coordination meeting: standalone HTML with a print stylesheet (and PDF)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from datetime import datetime
from html import escape
from pathlib import Path

import pandas as pd
from sqlite_utils import Database

from ocop_tracker.core import fmt
from ocop_tracker.core.strings import t
from ocop_tracker.reports import content as reports
from ocop_tracker.tasks import readiness
from ocop_tracker.tasks.snapshot import Snapshot, snapshot

MAX_OVERDUE = 8
MAX_DEADLINES = 6
CHROMIUM = "/usr/bin/chromium"

CSS = """
@page { size: A4 portrait; margin: 10mm 11mm 10mm 13mm; }
* { box-sizing: border-box; }
.annex { break-before: page; }
h2 { break-after: avoid; }
body { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif;
       font-size: 10.5pt; color: #111; margin: 0 auto; max-width: 186mm; line-height: 1.25; }
header { text-align: center; border-bottom: 2px solid #333; padding-bottom: 4pt; }
header .org { font-weight: bold; font-size: 10.5pt; text-transform: uppercase; }
h1 { font-size: 15pt; margin: 3pt 0 1pt; text-transform: uppercase; }
header .event { font-style: italic; font-size: 11pt; }
header .meta { font-size: 10pt; margin-top: 2pt; }
h2 { font-size: 12pt; margin: 7pt 0 3pt; border-bottom: 1px solid #999; }
.headline { font-size: 12.5pt; font-weight: bold; text-align: center; margin: 5pt 0 4pt; }
.figures { display: flex; gap: 5pt; margin: 0; }
.figure { flex: 1; border: 1px solid #777; border-radius: 3pt; text-align: center; padding: 3pt; }
.figure b { display: block; font-size: 15pt; }
.figure span { font-size: 9.5pt; }
.figure.late { border: 2px solid #b71c1c; color: #b71c1c; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
th, td { border: 1px solid #888; padding: 1.5pt 4pt; vertical-align: top; }
th { background: #e8eef6; }
td.n { text-align: center; white-space: nowrap; }
td.late { color: #b71c1c; font-weight: bold; }
.bar { height: 8pt; background: #eee; border: 1px solid #aaa; min-width: 24mm; }
.bar i { display: block; height: 100%; background: #2e7d32; }
.none { font-style: italic; }
footer { margin-top: 8pt; font-size: 8.5pt; color: #555; text-align: right; }
@media screen { body { padding: 10mm; background: #fff; } }
@media print {
  body { max-width: none; }
  .figure.late, td.late { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .bar, .bar i, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  table, tr { page-break-inside: avoid; }
}
"""


def status_html(db: Database, event_id: int, now: datetime | None = None,
                lang: str = "vi") -> str:
    """The printable status page as a complete HTML document (every value escaped)."""
    snap = snapshot(db, event_id, now)
    footer = escape(t("print.footer", lang, when=reports.as_of(snap.now, lang)))
    body = "\n".join([_header(snap, lang), _figures(snap, lang), _units(snap, lang),
                      _overdue(snap, lang), _next(snap, lang), f"<footer>{footer}</footer>",
                      _annex(db, event_id, lang)])
    title = escape(f"{t('print.title', lang)} – {fmt.vn_date(snap.now)}")
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{title}</title><style>{CSS}</style></head>\n<body>\n{body}\n</body></html>\n")


def html_to_pdf(html: str, out: Path, timeout: float = 90) -> Path:
    """Print the page to an A4 PDF with headless Chromium (the print stylesheet applies)."""
    browser = shutil.which("chromium") or CHROMIUM
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "status.html"
        source.write_text(html, encoding="utf-8")
        subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-dev-shm-usage", "--no-pdf-header-footer",
             f"--user-data-dir={Path(tmp) / 'profile'}",
             f"--print-to-pdf={Path(out).resolve()}", source.as_uri()],
            check=True, capture_output=True, timeout=timeout,
        )
    return Path(out)


def _header(snap: Snapshot, lang: str) -> str:
    event = snap.event
    when = f"{fmt.vn_time(snap.starts_at)}, {fmt.vn_weekday_date(snap.starts_at, lang)}"
    as_of = t("report.as_of_line", lang, when=reports.as_of(snap.now, lang))
    countdown = ""
    if snap.countdown_seconds > 0:
        countdown = " · " + t("print.countdown", lang, span=fmt.span(snap.countdown_seconds, lang))
    return (
        f'<header><div class="org">{escape(event["organiser"])}</div>'
        f"<h1>{escape(t('print.title', lang))}</h1>"
        f'<div class="event">{escape(event["title"])}</div>'
        f'<div class="meta">{escape(when)} · {escape(event["venue"])}</div>'
        f'<div class="meta"><b>{escape(as_of)}</b>{escape(countdown)}</div></header>'
    )


def _figures(snap: Snapshot, lang: str) -> str:
    s = snap.summary
    boxes = [
        (s.total, t("report.fig_total", lang), ""),
        (s.due, t("report.fig_due", lang), ""),
        (f"{s.done} ({fmt.vn_percent(s.percent_done / 100, lang)})", t("report.fig_done", lang),
         ""),
        (s.overdue, t("report.fig_overdue", lang), " late" if s.overdue else ""),
        (s.due_within_7_days, t("report.fig_due7", lang), ""),
    ]
    cells = "".join(f'<div class="figure{cls}"><b>{escape(str(v))}</b>'
                    f"<span>{escape(label)}</span></div>" for v, label, cls in boxes)
    return (f'<p class="headline">{escape(reports.headline(snap, lang))}</p>'
            f'<div class="figures">{cells}</div>')


def _units(snap: Snapshot, lang: str) -> str:
    head = _row("th", [t(k, lang) for k in ("report.col_no", "report.col_unit",
                                            "report.col_tasks", "report.col_done",
                                            "report.col_overdue", "report.col_percent")] + [""])
    rows = []
    for i, u in enumerate(reports.unit_rows(snap).itertuples(index=False), start=1):
        bar = f'<div class="bar"><i style="width:{u.percent:.0f}%"></i></div>'
        late = ' class="n late"' if u.overdue else ' class="n"'
        rows.append(
            f'<tr><td class="n">{i}</td><td>{escape(u.name)}</td><td class="n">{u.total}</td>'
            f'<td class="n">{u.done}</td><td{late}>{u.overdue}</td>'
            f'<td class="n">{escape(fmt.vn_percent(u.percent / 100, lang))}</td><td>{bar}</td></tr>'
        )
    return f"<h2>{escape(t('print.readiness', lang))}</h2><table>{head}{''.join(rows)}</table>"


def _overdue(snap: Snapshot, lang: str) -> str:
    late = readiness.overdue(snap.tasks)
    title = f"<h2>{escape(t('print.overdue', lang))} ({len(late)})</h2>"
    if late.empty:
        return title + f'<p class="none">{escape(t("overview.none_overdue", lang))}</p>'
    head = _row("th", [t(k, lang) for k in ("report.col_code", "report.col_task",
                                            "report.col_lead", "report.col_due",
                                            "report.col_left")])
    rows = [
        f'<tr><td class="n">{escape(r.code)}</td><td>{escape(r.title)}</td>'
        f"<td>{escape(r.lead_short)}</td>"
        f'<td class="n">{escape(fmt.vn_deadline(r.due_at, lang))}</td>'
        f'<td class="n late">{escape(fmt.time_left(r.seconds_left, lang))}</td></tr>'
        for r in late.head(MAX_OVERDUE).itertuples(index=False)
    ]
    more = ""
    if len(late) > MAX_OVERDUE:
        more = f'<p class="none">{escape(t("print.more", lang, n=len(late) - MAX_OVERDUE))}</p>'
    return f"{title}<table>{head}{''.join(rows)}</table>{more}"


def _next(snap: Snapshot, lang: str) -> str:
    coming = reports.next_deadlines(snap, MAX_DEADLINES)
    title = f"<h2>{escape(t('print.next', lang))}</h2>"
    if coming.empty:
        return title + f'<p class="none">{escape(t("overview.none_due", lang))}</p>'
    head = _row("th", [t(k, lang) for k in ("report.col_due", "report.col_left",
                                            "report.col_open", "report.col_units")])
    rows = [
        f'<tr><td class="n">{escape(fmt.vn_deadline(r.due_at, lang))}</td>'
        f'<td class="n">{escape(fmt.time_left(fmt_seconds(snap, r.due_at), lang))}</td>'
        f'<td class="n">{r.open}/{r.total}</td><td>{escape(r.units)}</td></tr>'
        for r in coming.itertuples(index=False)
    ]
    return f"{title}<table>{head}{''.join(rows)}</table>"


def fmt_seconds(snap: Snapshot, due: datetime) -> float:
    """Seconds from the snapshot's 'now' to due."""
    return readiness.seconds_until(snap.now, due)


def _annex(db: Database, event_id: int, lang: str) -> str:
    """Every feature's report section (booths, products, delegates, programme …) from page 2:
    the status itself stays one A4 page that leadership reads first."""
    sections = "".join(_section(t(section.title_key, lang), frame)
                       for section, frame in reports.extra_sections(db, event_id, lang))
    return f'<section class="annex">{sections}</section>' if sections else ""


def _section(title: str, frame: pd.DataFrame) -> str:
    head = _row("th", [str(c) for c in frame.columns])
    rows = [_row("td", ["" if pd.isna(v) else str(v) for v in values])
            for values in frame.itertuples(index=False)]
    return (f"<h2>{escape(title)}</h2><table><thead>{head}</thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


def _row(tag: str, cells: list[str]) -> str:
    return "<tr>" + "".join(f"<{tag}>{escape(c)}</{tag}>" for c in cells) + "</tr>"
