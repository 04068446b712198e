"""Báo cáo: the Excel report, CSVs, calendars and the printable A4 page, ready to download."""

from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory

import streamlit as st

from ocop_tracker.core import clock, fmt, queries
from ocop_tracker.core.db import db_path
from ocop_tracker.reports import content as report_data
from ocop_tracker.reports import csv_export, printable
from ocop_tracker.reports import ics as calendar_ics
from ocop_tracker.reports import xlsx as xlsx_report
from ocop_tracker.reports.exporting import default_name
from ocop_tracker.tasks.snapshot import Snapshot
from ocop_tracker.ui import connect, lang, say, tr

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _key() -> tuple[str, int, int, str]:
    """Cache key: database, event, data revision and the minute (figures move with the clock)."""
    with connect() as db:
        event_id = queries.current_event_id(db)
        revision = queries.data_revision(db)
    minute = clock.now().replace(second=0, microsecond=0).isoformat()
    return str(db_path()), int(event_id), revision, minute


@st.cache_data(show_spinner=False, max_entries=16)
def _xlsx(path: str, event_id: int, revision: int, minute: str, language: str) -> bytes:
    with connect() as db:
        return xlsx_report.workbook_bytes(db, event_id, clock.parse_iso(minute), language)


@st.cache_data(show_spinner=False, max_entries=16)
def _csvs(path: str, event_id: int, revision: int, minute: str,
          language: str) -> dict[str, bytes]:
    with connect() as db:
        frames = csv_export.exports(db, event_id, clock.parse_iso(minute), language)
    return {name: csv_export.to_csv_bytes(frame) for name, frame in frames.items()}


@st.cache_data(show_spinner=False, max_entries=32)
def _ics(path: str, event_id: int, revision: int, minute: str, agency: str | None,
         language: str) -> bytes:
    with connect() as db:
        return calendar_ics.calendar_bytes(db, event_id, agency, clock.parse_iso(minute), language)


@st.cache_data(show_spinner=False, max_entries=16)
def _html(path: str, event_id: int, revision: int, minute: str, language: str) -> str:
    with connect() as db:
        return printable.status_html(db, event_id, clock.parse_iso(minute), language)


@st.cache_data(show_spinner=False, max_entries=4)
def _pdf(html: str) -> bytes:
    with TemporaryDirectory() as tmp:
        return printable.html_to_pdf(html, Path(tmp) / "status.pdf").read_bytes()


def header(snap: Snapshot) -> None:
    """Page title and which event the files are about."""
    st.title(tr("reports.heading"))
    st.caption(say("reports.event_is", title=snap.event["title"],
                  date=fmt.vn_weekday_date(snap.starts_at, lang())))
    st.markdown(f"**{report_data.headline(snap, lang())}** · "
                + tr("report.as_of_line", when=report_data.as_of(snap.now, lang())))


def _file_name(kind: str, agency: str | None = None) -> str:
    with connect() as db:
        return default_name(db, queries.current_event_id(db), kind, agency)


def downloads(snap: Snapshot, signed_in: bool = True, admin: bool = True) -> None:
    """Four boxes: Excel report, CSV files, calendars, printable page; then the preview.

    Signed out, only the calendars (deadlines, no person): the report, CSVs and print page
    name who updated each task. The history CSV (every change, by whom) is the admin's."""
    if not signed_in:
        st.info(tr("auth.login_for_names"), icon="🔒")
        _calendars(snap)
        return
    top = st.columns(2)
    bottom = st.columns(2)
    _excel(top[0])
    _csv(top[1], admin)
    with bottom[0]:
        _calendars(snap)
    with bottom[1]:
        html = _print_page()
    # Drawn only while open: the page with its annex is large to send on every rerun.
    preview = st.expander(tr("reports.preview"), expanded=False, key="report-preview",
                          on_change="rerun")
    if preview.open:
        with preview:
            # Every value in the page is escaped by printable.status_html (user text included).
            st.iframe(html, height=1130)


def _excel(column) -> None:
    key, language = _key(), lang()
    with column.container(border=True, height="stretch"):
        st.subheader(tr("reports.xlsx"))
        st.caption(tr("reports.xlsx_help"))
        # Written when pressed, not on every rerun (the workbook grows with every feature).
        st.download_button(tr("reports.download_xlsx"), lambda: _xlsx(*key, language),
                           file_name=_file_name("xlsx"), mime=XLSX_MIME,
                           icon=":material/table_view:", type="primary", key="dl-xlsx",
                           on_click="ignore")


def _csv(column, admin: bool) -> None:
    with column.container(border=True, height="stretch"):
        st.subheader(tr("reports.csv"))
        st.caption(tr("reports.csv_help"))
        key, language = _key(), lang()
        for name in csv_export.export_names():
            if name == csv_export.HISTORY_NAME and not admin:
                continue
            st.download_button(tr("reports.download_csv", name=name),
                               lambda name=name: _csvs(*key, language)[name],
                               file_name=f"{name}.csv", mime="text/csv", key=f"dl-csv-{name}",
                               icon=":material/description:", on_click="ignore")


def _calendars(snap: Snapshot) -> None:
    """All deadlines, or one unit's, as an .ics file."""
    with st.container(border=True, height="stretch"):
        st.subheader(tr("reports.ics"))
        st.caption(tr("reports.ics_help"))
        with connect() as db:
            units = queries.agencies(db, int(snap.event["id"]))
        leads = set(snap.tasks["lead_agency_id"].astype(int))
        # "" (not None) for all units: a None option reads as "no selection" to the widget.
        names = ["", *units[units["id"].isin(leads)]["short_name"]]
        chosen = st.selectbox(tr("reports.ics_unit"), names, key="ics-unit",
                              format_func=lambda n: n or tr("reports.ics_all")) or None
        st.download_button(tr("reports.download_ics"), _ics(*_key(), chosen, lang()),
                           file_name=_file_name("ics", chosen), mime="text/calendar",
                           icon=":material/calendar_month:", key="dl-ics")


def _print_page() -> str:
    """Download the A4 page (HTML, or PDF when Chromium is on the server)."""
    html = _html(*_key(), lang())
    with st.container(border=True, height="stretch"):
        st.subheader(tr("reports.print"))
        st.caption(tr("reports.print_help"))
        st.download_button(tr("reports.download_html"), html.encode("utf-8"),
                           file_name=_file_name("html"), mime="text/html", icon=":material/print:",
                           key="dl-html")
        if Path(printable.CHROMIUM).exists():
            st.download_button(tr("reports.download_pdf"), lambda: _pdf(html),
                               file_name=_file_name("pdf"), mime="application/pdf",
                               icon=":material/picture_as_pdf:", key="dl-pdf", on_click="ignore")
    return html
