"""SIGKILL during a burst of writes: the file stays intact and keeps every reported save."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from ocop_tracker.core.db import open_db

ROOT = Path(__file__).resolve().parents[2]
WRITERS = 3
SAVES_BEFORE_KILL = 150


def _saved(report: Path) -> list[str]:
    # A line is complete only with its newline: a kill can cut the last one short.
    text = report.read_text() if report.exists() else ""
    return [line for line in text.split("\n")[:-1] if line]


def test_killing_writers_mid_burst_keeps_every_saved_change(db_path, tmp_path):
    reports = [tmp_path / f"saved-{w}.txt" for w in range(WRITERS)]
    procs = [subprocess.Popen([sys.executable, "-m", "tests.crash_writer", str(db_path),
                               str(report), str(w)], cwd=ROOT)
             for w, report in enumerate(reports)]
    try:
        deadline = time.monotonic() + 45
        while time.monotonic() < deadline:
            if all(len(_saved(r)) >= SAVES_BEFORE_KILL for r in reports):
                break
            assert all(p.poll() is None for p in procs), "a writer died on its own"
            time.sleep(0.05)
    finally:
        for proc in procs:
            os.kill(proc.pid, signal.SIGKILL)  # mid-transaction, no cleanup
        for proc in procs:
            proc.wait()
    saved = [line for r in reports for line in _saved(r)]
    assert len(saved) >= WRITERS * SAVES_BEFORE_KILL // 2

    db = open_db(db_path)  # recovers the WAL left behind by the killed writers
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    recorded = {r[0] for r in db.execute(
        "SELECT after FROM history WHERE entity = 'task' AND field = 'note'").fetchall()}
    missing = [s for s in saved if s not in recorded]
    assert missing == []
