"""The progress report as an Excel workbook (openpyxl): what a district office sends upward."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet
from sqlite_utils import Database

from ocop_tracker.core import clock, exports, fmt
from ocop_tracker.core.strings import t
from ocop_tracker.reports import content as reports
from ocop_tracker.tasks.snapshot import Snapshot, snapshot

FONT = "Times New Roman"  # the typeface of Vietnamese administrative documents
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
LATE_FILL = PatternFill("solid", fgColor="F8D7DA")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
DATE_FORMAT = "dd/mm/yyyy"
DATETIME_FORMAT = "hh:mm dd/mm/yyyy"
PERCENT_FORMAT = "0.0%"
HEADER_ROW = 5  # rows 1-4: title, event, as-of, blank; then the table's header row


def build_workbook(db: Database, event_id: int, now: datetime | None = None,
                   lang: str = "vi") -> Workbook:
    """The whole report: summary and units, attention list, all tasks, then feature sections."""
    snap = snapshot(db, event_id, now)
    wb = Workbook()
    summary = wb.active
    assert isinstance(summary, Worksheet)  # a new workbook opens on one worksheet
    _summary_sheet(summary, snap, lang)
    _task_sheet(wb.create_sheet(t("report.sheet_attention", lang)[:31]), snap,
                reports.attention_rows(snap, lang), t("report.attention_title", lang), lang)
    all_tasks = snap.tasks.assign(group="")  # recurring duties listed too, marked "Định kỳ"
    _task_sheet(wb.create_sheet(t("report.sheet_tasks", lang)[:31]), snap,
                reports.task_rows(all_tasks, lang), t("report.tasks_title", lang), lang)
    for section, frame in reports.extra_sections(db, event_id, lang):
        title = t(section.title_key, lang)
        _frame_sheet(wb.create_sheet(title[:31]), snap, frame, title, lang)
    return exports.neutralise(wb)


def workbook_bytes(db: Database, event_id: int, now: datetime | None = None,
                   lang: str = "vi") -> bytes:
    """The report as .xlsx bytes (for a download button or a file)."""
    return exports.xlsx_bytes(build_workbook(db, event_id, now, lang))


def _title_block(ws: Worksheet, snap: Snapshot, title: str, width: int, lang: str) -> None:
    event = snap.event
    when = fmt.vn_weekday_date(snap.starts_at, lang) + ", " + fmt.vn_time(snap.starts_at)
    lines = [
        (title.upper(), Font(name=FONT, size=14, bold=True)),
        (f"{event['title']} — {when}", Font(name=FONT, size=11, italic=True)),
        (t("report.as_of_line", lang, when=reports.as_of(snap.now, lang)),
         Font(name=FONT, size=11)),
    ]
    for row, (text, font) in enumerate(lines, start=1):
        cell = ws.cell(row=row, column=1, value=text)
        cell.font = font
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    ws.row_dimensions[2].height = 32


def _summary_sheet(ws: Worksheet, snap: Snapshot, lang: str) -> None:
    ws.title = t("report.sheet_summary", lang)[:31]
    headers = [t(k, lang) for k in ("report.col_no", "report.col_unit", "report.col_short",
                                    "report.col_tasks", "report.col_done",
                                    "report.col_overdue", "report.col_percent")]
    _title_block(ws, snap, t("report.title", lang), len(headers), lang)
    # Headline first, in the sentence leadership reads (same text as the overview).
    s = snap.summary
    ws.cell(row=4, column=1, value=reports.headline(snap, lang)).font = Font(
        name=FONT, size=12, bold=True)
    ws.merge_cells(start_row=4, start_column=1, end_row=4, end_column=len(headers))
    ws.row_dimensions[4].height = 22
    totals_header = HEADER_ROW + 1
    _header(ws, HEADER_ROW, headers)
    units = reports.unit_rows(snap)
    for i, u in enumerate(units.itertuples(index=False), start=1):
        _row(ws, HEADER_ROW + i, [i, u.name, u.short, u.total, u.done, u.overdue,
                                  u.percent / 100])
        ws.cell(row=HEADER_ROW + i, column=7).number_format = PERCENT_FORMAT
        if u.overdue:
            ws.cell(row=HEADER_ROW + i, column=6).fill = LATE_FILL
    total_row = HEADER_ROW + len(units) + 1
    _row(ws, total_row, ["", t("report.total", lang), "", s.total, s.done, s.overdue,
                         s.percent_done / 100], bold=True)
    ws.cell(row=total_row, column=7).number_format = PERCENT_FORMAT
    _figures(ws, total_row + 2, snap, lang)
    _widths(ws, [6, 52, 16, 13, 13, 11, 13])
    ws.freeze_panes = f"A{totals_header}"
    _page_setup(ws, landscape=False)


def _figures(ws: Worksheet, start: int, snap: Snapshot, lang: str) -> None:
    """The headline figures one per row, so a reader (or a formula) can pick them up."""
    s = snap.summary
    cell = ws.cell(row=start, column=2, value=t("report.figures", lang))
    cell.font = Font(name=FONT, bold=True)
    figures = [
        ("report.fig_total", s.total), ("report.fig_due", s.due), ("report.fig_done", s.done),
        ("report.fig_percent", s.percent_done / 100), ("report.fig_overdue", s.overdue),
        ("report.fig_due1", s.due_within_1_day), ("report.fig_due3", s.due_within_3_days),
        ("report.fig_due7", s.due_within_7_days), ("report.fig_recurring", s.recurring),
    ]
    for offset, (key, value) in enumerate(figures, start=1):
        _row(ws, start + offset, ["", t(key, lang), "", value], first=2)
        if key == "report.fig_percent":
            ws.cell(row=start + offset, column=4).number_format = PERCENT_FORMAT


def _task_sheet(ws: Worksheet, snap: Snapshot, rows: pd.DataFrame, title: str,
                lang: str) -> None:
    keys = ["report.col_no", "report.col_group", "report.col_code", "report.col_task",
            "report.col_lead", "report.col_supporting", "report.col_due", "report.col_left",
            "report.col_status", "report.col_note"]
    headers = [t(k, lang) for k in keys]
    _title_block(ws, snap, title, len(headers), lang)
    _header(ws, HEADER_ROW, headers)
    if rows.empty:
        ws.cell(row=HEADER_ROW + 1, column=2, value=t("report.none", lang)).font = Font(name=FONT)
    for i, r in enumerate(rows.itertuples(index=False), start=1):
        due = clock.to_vn(r.due_at)
        _row(ws, HEADER_ROW + i, [i, r.group, r.code, r.title, r.lead, r.supporting,
                                  due.replace(tzinfo=None), r.left, r.status_text, r.note])
        midnight = (due.hour, due.minute) == (0, 0)
        ws.cell(row=HEADER_ROW + i, column=7).number_format = (
            DATE_FORMAT if midnight else DATETIME_FORMAT)
    if "group" in rows and not rows["group"].astype(bool).any():
        ws.column_dimensions["B"].hidden = True
    _widths(ws, [5, 16, 11, 60, 30, 26, 17, 20, 22, 40])
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    last_row = HEADER_ROW + max(len(rows), 1)
    ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(headers))}{last_row}"
    _page_setup(ws, landscape=True)


def _frame_sheet(ws: Worksheet, snap: Snapshot, frame: pd.DataFrame, title: str,
                 lang: str) -> None:
    headers = [t("report.col_no", lang), *[str(c) for c in frame.columns]]
    _title_block(ws, snap, title, max(len(headers), 4), lang)
    _header(ws, HEADER_ROW, headers)
    for i, values in enumerate(frame.itertuples(index=False), start=1):
        _row(ws, HEADER_ROW + i, [i, *[_plain(v) for v in values]])
    widths = [5.0] + [_column_width(h, frame[c])
                      for h, c in zip(headers[1:], frame.columns, strict=True)]
    _widths(ws, widths)
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    _page_setup(ws, landscape=True)


def _plain(value: Any) -> Any:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, datetime):
        return fmt.vn_datetime(value)
    return value


def _header(ws: Worksheet, row: int, headers: list[str]) -> None:
    for col, text in enumerate(headers, start=1):
        cell = ws.cell(row=row, column=col, value=text)
        cell.font = Font(name=FONT, bold=True)
        cell.fill = HEADER_FILL
        cell.border = BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[row].height = 32


def _row(ws: Worksheet, row: int, values: list[Any], bold: bool = False, first: int = 1) -> None:
    for col, value in enumerate(values, start=1):
        if col < first:
            continue
        cell = ws.cell(row=row, column=col, value=value)
        cell.font = Font(name=FONT, bold=bold)
        cell.border = BOX
        cell.alignment = Alignment(vertical="top", wrap_text=isinstance(value, str),
                                   horizontal="center" if isinstance(value, int | float)
                                   and not isinstance(value, bool) else None)


def _widths(ws: Worksheet, widths: list[float]) -> None:
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width


def _column_width(header: str, values: pd.Series) -> float:
    """Wide enough for the header and the longest value, within 12..45 characters."""
    longest = max((len(str(v)) + 2 for v in values), default=0)
    return float(min(45, max(12, len(header) + 4, longest)))


def _page_setup(ws: Worksheet, landscape: bool) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
