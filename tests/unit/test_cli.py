"""python -m ocop_tracker, run as a user would: in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def run_cli(*args: str, db: Path,
            now: str | None = "2024-09-18T09:00") -> subprocess.CompletedProcess:
    env = {**os.environ, "OCOP_DB": str(db)}
    env.pop("OCOP_NOW", None)
    if now:
        env["OCOP_NOW"] = now
    return subprocess.run([sys.executable, "-m", "ocop_tracker", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


def test_init_then_status_json_reports_the_plan(tmp_path):
    db = tmp_path / "ocop.db"
    init = run_cli("init", db=db)
    assert init.returncode == 0, init.stderr
    assert "36 nhiệm vụ" in init.stdout
    result = run_cli("status", "--json", db=db)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["event"]["start"] == "2024-09-28T07:00:00+07:00"
    assert "Lý Nam Đế" in report["event"]["venue"]
    assert report["now"] == "2024-09-18T09:00:00+07:00"
    assert report["countdown_seconds"] == (9 * 24 + 22) * 3600
    assert report["tasks"]["total"] >= 30
    assert report["tasks"]["done"] == 0
    assert [d["due"] for d in report["deadlines"]] == [
        "2024-09-20T00:00:00+07:00", "2024-09-25T00:00:00+07:00"]
    units = {a["short_name"]: a for a in report["agencies"]}
    assert units["Phòng KT"]["total"] == 13
    assert units["Công an huyện"]["total"] == 1
    assert sum(a["total"] for a in report["agencies"]) == report["tasks"]["total"]


def test_init_twice_is_harmless(tmp_path):
    db = tmp_path / "ocop.db"
    assert run_cli("init", db=db).returncode == 0
    assert run_cli("init", db=db).returncode == 0
    report = json.loads(run_cli("status", "--json", db=db).stdout)
    assert report["tasks"]["total"] == 35


def test_demo_database_is_separate_and_labelled(tmp_path):
    real = tmp_path / "ocop.db"
    demo = tmp_path / "demo.db"
    assert run_cli("init", db=real).returncode == 0
    made = run_cli("init", "--demo", "--db", str(demo), db=real)
    assert made.returncode == 0, made.stderr
    demo_report = json.loads(run_cli("status", "--json", db=demo).stdout)
    real_report = json.loads(run_cli("status", "--json", db=real).stdout)
    assert demo_report["tasks"]["done"] > 5
    assert real_report["tasks"]["done"] == 0
    refused = run_cli("init", "--demo", "--db", str(real), db=real)
    assert refused.returncode == 2
    assert "CSDL thật" in refused.stderr


def test_bad_clock_and_bad_database_fail_cleanly(tmp_path):
    db = tmp_path / "ocop.db"
    run_cli("init", db=db)
    bad_clock = run_cli("status", "--json", db=db, now="ngày mai")
    assert bad_clock.returncode == 2
    assert "Thời điểm không hợp lệ" in bad_clock.stderr and "Traceback" not in bad_clock.stderr
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(4096))
    broken = run_cli("status", db=junk)
    assert broken.returncode == 2
    assert "không phải cơ sở dữ liệu SQLite" in broken.stderr and "Traceback" not in broken.stderr


def test_text_status_reads_like_a_report(tmp_path):
    db = tmp_path / "ocop.db"
    run_cli("init", db=db)
    text = run_cli("status", db=db, now="2024-09-26T08:00").stdout
    assert "35 nhiệm vụ, 5 đã tới hạn, 0 hoàn thành (0%), 5 quá hạn" in text
