"""python -m ocop_tracker import-plan, run as a user would: in a subprocess."""

from __future__ import annotations

import hashlib
import json
from concurrent.futures import ThreadPoolExecutor

from ocop_tracker.core.db import open_db
from tests.conftest import PLAN_TEXT
from tests.unit.test_cli import run_cli

TEXT = PLAN_TEXT.read_text(encoding="utf-8")
JSON_KEYS = ["title", "organiser", "event", "attendees_expected", "booths", "programme", "tasks",
             "dates", "warnings"]


def _fingerprint(path) -> tuple:
    """The database files' names and contents: equal before and after = nothing written."""
    files = sorted(path.parent.glob(path.name + "*"))
    return tuple((f.name, hashlib.sha256(f.read_bytes()).hexdigest()) for f in files)


def test_json_dry_run_prints_the_plan_and_writes_nothing(db_path):
    before = _fingerprint(db_path)
    result = run_cli("import-plan", str(PLAN_TEXT), "--json", "--dry-run", "--db", str(db_path),
                     db=db_path)
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    assert list(plan) == JSON_KEYS
    assert list(plan["event"]) == ["date", "sessions", "venue"]
    assert plan["event"]["date"] == "2024-09-28"
    assert [s["start"] for s in plan["event"]["sessions"]] == [
        "2024-09-28T07:00:00+07:00", "2024-09-28T08:00:00+07:00"]
    assert plan["attendees_expected"] == 150
    assert [b["count"] for b in plan["booths"]] == [14, 7]
    assert len(plan["programme"]) == 9 and len(plan["tasks"]) == 34
    assert {"agency", "text", "deadline", "recurring", "supporting", "section"} <= set(
        plan["tasks"][0])
    assert plan["warnings"] == []
    assert "Chạy thử, không ghi gì" in result.stderr and "Sẽ tạo sự kiện mới" in result.stderr
    # A read-only SQLite reader of a WAL database may leave an empty -wal and its -shm
    # index behind; the database itself must be byte for byte the same.
    after = dict(_fingerprint(db_path))
    assert after["ocop.db"] == dict(before)["ocop.db"]
    wal = db_path.with_name("ocop.db-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_dry_run_on_a_missing_database_creates_no_file(tmp_path):
    missing = tmp_path / "none.db"
    result = run_cli("import-plan", str(PLAN_TEXT), "--dry-run", "--db", str(missing), db=missing)
    assert result.returncode == 0, result.stderr
    assert "34 nhiệm vụ" in result.stdout
    assert list(tmp_path.iterdir()) == []


def test_import_then_reimport_through_the_cli(db_path):
    first = run_cli("import-plan", str(PLAN_TEXT), "--db", str(db_path), db=db_path)
    assert first.returncode == 0, first.stderr
    assert "34 nhiệm vụ (34 mới, 0 cập nhật" in first.stdout
    again = run_cli("import-plan", str(PLAN_TEXT), "--db", str(db_path), db=db_path)
    assert "(0 mới, 34 cập nhật" in again.stdout
    db = open_db(db_path)
    try:
        assert db.execute("SELECT count(*) FROM events").fetchone()[0] == 2
        assert db.execute("SELECT value FROM settings WHERE key = 'current_event_id'"
                          ).fetchone()[0] == "2"
        assert db.execute("SELECT count(*) FROM tasks WHERE event_id = 2").fetchone()[0] == 34
    finally:
        db.close()


def test_bad_input_is_refused_in_vietnamese_and_nothing_is_written(db_path, tmp_path):
    cases = {
        "trong.txt": (b"", "trống"),
        "nhi-phan.txt": (bytes(range(256)) * 8, "không phải văn bản"),
        "qua-lon.txt": (b"a" * (5 * 1024 * 1024 + 10), "quá lớn"),
        "khong-phan-cong.txt": (TEXT.split("III. PHÂN CÔNG")[0].encode(), "không có nhiệm vụ"),
        "english.txt": (b"PLAN\n\nIII. ASSIGNMENTS\n\n1. Office: prepare the hall.\n" * 20,
                        "không phải tiếng Việt"),
        "ngay-sai.txt": (TEXT.replace("28/9/2024", "31/9/2024").encode(), "31/9/2024"),
        "ke-hoach.pdf": (b"%PDF-1.4", "PDF bị hỏng"),
    }
    before = _fingerprint(db_path)
    for name, (content, _) in cases.items():
        (tmp_path / name).write_bytes(content)
    # Seven interpreters started one after the other spend most of the test's time starting:
    # run them side by side (each must still refuse and write nothing).
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = dict(zip(cases, pool.map(
            lambda name: run_cli("import-plan", str(tmp_path / name), "--db", str(db_path),
                                 db=db_path), cases), strict=True))
    for name, (_, words) in cases.items():
        result = results[name]
        assert result.returncode == 2, (name, result.stdout, result.stderr)
        assert result.stderr.startswith("Lỗi: ") and words in result.stderr, (name, result.stderr)
        assert "Traceback" not in result.stderr and result.stdout == "", name
    assert _fingerprint(db_path) == before
