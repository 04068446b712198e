"""A formula typed into any text field comes out of every export as text, never a live formula;
numbers stay numbers."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from ocop_tracker.core import exports, queries
from ocop_tracker.core.db import open_db
from ocop_tracker.delegates import exchange as delegate_io
from ocop_tracker.delegates import queries as delegate_queries
from ocop_tracker.reports import csv_export
from ocop_tracker.reports import xlsx as xlsx_report
from tests import hostile_files as hostile
from tests.conftest import copy_database

STARTS = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture
def poisoned(tmp_path, demo_template):
    """The demo data with every free-text field starting like a formula."""
    path = copy_database(demo_template, tmp_path / "demo.db")
    db = open_db(path)
    hostile.poison(db, tuple(start + 'HYPERLINK("http://x/","bấm")' for start in STARTS))
    yield db
    db.close()


def _csv_cells(data: bytes) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(data.decode("utf-8-sig"))) for cell in row]


def test_no_cell_of_the_report_workbook_is_a_formula(poisoned):
    event_id = queries.require_event_id(poisoned)
    book = load_workbook(io.BytesIO(xlsx_report.workbook_bytes(poisoned, event_id)))
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    texts = [c.value for c in cells if isinstance(c.value, str) and "HYPERLINK" in c.value]
    assert len(texts) > 50  # the payloads are there, as text
    assert any(isinstance(c.value, int | float) for c in cells)  # numbers stay numbers


def test_every_csv_prefixes_the_payloads(poisoned):
    event_id = queries.require_event_id(poisoned)
    frames = csv_export.exports(poisoned, event_id)
    assert {"nhiem-vu", "lich-su"} <= set(frames)
    for name, frame in frames.items():
        cells = _csv_cells(csv_export.to_csv_bytes(frame))
        assert not [c for c in cells if c.startswith(STARTS)], name
    history = _csv_cells(csv_export.to_csv_bytes(frames["lich-su"]))
    assert any(c.startswith("'=HYPERLINK") for c in history)


def test_delegate_exports_use_the_same_helper(poisoned):
    event_id = queries.require_event_id(poisoned)
    frame = delegate_io.export_frame(delegate_queries.invitees(poisoned, event_id))
    assert not [c for c in _csv_cells(delegate_io.to_csv(frame)) if c.startswith(STARTS)]
    book = load_workbook(io.BytesIO(delegate_io.to_xlsx(frame)))
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row]
    assert not [c for c in cells if c.data_type == "f"]
    assert any(isinstance(c.value, str) and c.value[1:].startswith("HYPERLINK") for c in cells)


def test_numbers_and_plain_text_pass_unchanged():
    assert exports.csv_text(-5) == -5 and exports.csv_text(3.5) == 3.5
    assert exports.csv_text("Phòng Kinh tế") == "Phòng Kinh tế"
    assert exports.csv_text("@SUM(A1)") == "'@SUM(A1)"
