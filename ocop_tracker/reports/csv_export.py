"""CSV exports in UTF-8 with a BOM, so Excel opens the Vietnamese diacritics correctly."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
from sqlite_utils import Database

from ocop_tracker import features  # noqa: F401  (registers every feature)
from ocop_tracker.core import clock, fmt, registry
from ocop_tracker.core.exports import csv_bytes
from ocop_tracker.core.models import Status
from ocop_tracker.core.strings import status_label, t
from ocop_tracker.reports import content as reports
from ocop_tracker.tasks.snapshot import snapshot

ENCODING = "utf-8-sig"  # the BOM is what makes Excel read UTF-8
TASK_HEADERS = ["report.col_code", "report.col_task", "report.col_lead", "report.col_supporting",
                "report.col_due", "report.col_status", "report.col_note", "report.col_updated_by"]
STATUS_CODES = frozenset(str(s) for s in Status)
HISTORY_NAME = "lich-su"  # the audit trail: who changed what (the admin's download only)
HISTORY_FIELDS = ["at", "actor", "entity", "entity_id", "action", "field", "before", "after"]


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    """A frame as CSV bytes with the BOM and Windows line ends (what Excel expects)."""
    return csv_bytes(frame, ENCODING)


def tasks_frame(db: Database, event_id: int, now: datetime | None = None,
                lang: str = "vi") -> pd.DataFrame:
    """Every task of the event (recurring duties too) with readable headers."""
    snap = snapshot(db, event_id, now)
    rows = reports.task_rows(snap.tasks.assign(group=""), lang)
    values = [
        rows["code"], rows["title"], rows["lead"], rows["supporting"],
        [_due(d) for d in rows["due_at"]],
        rows["status_text"],
        rows["note"], rows["updated_by"],
    ]
    return pd.DataFrame({t(k, lang): list(v) for k, v in zip(TASK_HEADERS, values, strict=False)})


def _due(value: datetime) -> str:
    local = clock.to_vn(value)
    return fmt.vn_date(local) if (local.hour, local.minute) == (0, 0) else fmt.vn_datetime(local)


def history_frame(db: Database, event_id: int, lang: str = "vi") -> pd.DataFrame:
    """The event's audit trail, oldest first, times as 'HH:MM dd/mm/yyyy' Vietnam time."""
    rows = list(db.query(
        f"SELECT {', '.join(HISTORY_FIELDS)} FROM history WHERE event_id = ? ORDER BY id",
        [event_id]))
    frame = pd.DataFrame(rows, columns=HISTORY_FIELDS)
    frame["at"] = [_stamp(clock.parse_iso(a)) for a in frame["at"]]
    is_status = frame["field"] == "status"
    for column in ("before", "after"):  # status codes as the words the screens use
        frame[column] = [status_label(v, lang) if flag and v in STATUS_CODES else v
                         for flag, v in zip(is_status, frame[column], strict=False)]
    return frame.rename(columns={f: t(f"csv.history_{f}", lang) for f in HISTORY_FIELDS})


def _stamp(moment: datetime) -> str:
    return f"{moment.strftime('%H:%M:%S')} {fmt.vn_date(moment)}"


def export_names() -> list[str]:
    """The CSV files `exports` writes, in its order, without reading anything."""
    return ["nhiem-vu", HISTORY_NAME, *(s.key for s in registry.report_sections())]


def exports(db: Database, event_id: int, now: datetime | None = None,
            lang: str = "vi") -> dict[str, pd.DataFrame]:
    """Every CSV the office can download: name -> frame (feature tables only when present)."""
    out = {"nhiem-vu": tasks_frame(db, event_id, now, lang),
           HISTORY_NAME: history_frame(db, event_id, lang)}
    for section, frame in reports.extra_sections(db, event_id, lang):
        out[section.key] = frame
    return out


