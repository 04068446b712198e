"""`python -m ocop_tracker export`: the report files written from the command line."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from sqlite_utils import Database

from ocop_tracker.core import queries
from ocop_tracker.core.db import open_db
from ocop_tracker.core.errors import UserFacingError
from ocop_tracker.core.strings import t
from ocop_tracker.reports import csv_export, printable
from ocop_tracker.reports import ics as calendar_ics
from ocop_tracker.reports import xlsx as xlsx_report

FORMATS = ("xlsx", "csv", "ics", "html", "pdf")


def cmd_export(args: argparse.Namespace) -> int:
    """Write the chosen export; prints the paths written."""
    db = open_db(args.db)
    event_id = args.event or queries.current_event_id(db)
    if event_id is None:
        raise SystemExit(f"Lỗi: {t('error.no_event')}")
    try:
        for path in write_export(db, event_id, args.format, args.out, args.agency):
            print(f"Đã ghi {path}")
    except UserFacingError as exc:
        print(f"Lỗi: {exc.message()}", file=sys.stderr)
        return 2
    return 0


def write_export(db: Database, event_id: int, kind: str, out: Path | None,
                 agency: str | None = None) -> list[Path]:
    """Write one export kind for the event; returns the files written."""
    if kind == "csv":
        folder = out or Path(".")
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for name, frame in csv_export.exports(db, event_id).items():
            path = folder / f"{name}.csv"
            path.write_bytes(csv_export.to_csv_bytes(frame))
            written.append(path)
        return written
    target = out or Path(default_name(db, event_id, kind, agency))
    if kind == "xlsx":
        target.write_bytes(xlsx_report.workbook_bytes(db, event_id))
    elif kind == "ics":
        target.write_bytes(calendar_ics.calendar_bytes(db, event_id, agency))
    elif kind == "html":
        target.write_text(printable.status_html(db, event_id), encoding="utf-8")
    else:
        printable.html_to_pdf(printable.status_html(db, event_id), target)
    return [target]


def default_name(db: Database, event_id: int, kind: str, agency: str | None = None) -> str:
    """bao-cao-tien-do-2024-09-28.xlsx, lich-han-phong-kt-2024-09-28.ics, ..."""
    day = queries.event(db, event_id)["event_date"]
    stem = {"xlsx": "bao-cao-tien-do", "ics": "lich-han", "html": "tinh-hinh-chuan-bi",
            "pdf": "tinh-hinh-chuan-bi"}[kind]
    if agency:
        stem += "-" + calendar_ics.agency_slug(agency)
    return f"{stem}-{day}.{kind}"


def cmd_events(args: argparse.Namespace) -> int:
    """List the events, current one marked."""
    from ocop_tracker.core import fmt
    from ocop_tracker.events import commands as events

    db = open_db(args.db)
    for row in events.list_events(db).itertuples(index=False):
        mark = "*" if row.is_current else ("a" if row.archived else " ")
        day = fmt.vn_date(date.fromisoformat(row.event_date))
        print(f"{mark} {row.id:>3}  {day}  {row.done}/{row.tasks}  {row.title}")
    return 0


def cmd_clone(args: argparse.Namespace) -> int:
    """Clone an event (default: the current one) to a new date."""
    from ocop_tracker.core.models import Actor, Role
    from ocop_tracker.events import commands as events

    db = open_db(args.db)
    source = args.event or queries.require_event_id(db)
    try:
        new_date = date.fromisoformat(args.to)
        new_id = events.clone_event(db, source, new_date, Actor(args.by, role=Role.ADMIN),
                                    args.title)
    except ValueError:
        print(f"Lỗi: ngày không hợp lệ: {args.to!r} (cần dạng 2025-09-27)", file=sys.stderr)
        return 2
    except UserFacingError as exc:
        print(f"Lỗi: {exc.message()}", file=sys.stderr)
        return 2
    print(f"Đã tạo sự kiện #{new_id} ngày {new_date:%d/%m/%Y} từ sự kiện #{source}.")
    return 0
