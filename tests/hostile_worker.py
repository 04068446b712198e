"""`python -m tests.hostile_worker FOLDER DB [ROUNDS]`: give every file in FOLDER to the
importers that take its kind, in a fresh process, and print (JSON) how long each refusal took,
what it said, how far the process's peak memory rose, and how long another session's overview
took meanwhile (a thread computing `status --json` on its own connection, as Streamlit's do)."""

from __future__ import annotations

import json
import resource
import sys
import threading
import time
from pathlib import Path
from typing import Any

from ocop_tracker import features
from ocop_tracker.booths import product_import
from ocop_tracker.core import queries
from ocop_tracker.core.db import open_db
from ocop_tracker.core.errors import UserFacingError
from ocop_tracker.core.strings import t
from ocop_tracker.delegates import exchange
from ocop_tracker.plan import importer
from ocop_tracker.plan.parse import PlanParseError


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _overview_seconds(db_file: str) -> float:
    db = open_db(db_file)
    started = time.perf_counter()
    features.full_status(db, queries.require_event_id(db))
    db.close()
    return time.perf_counter() - started


def _refusals(name: str, data: bytes, db_file: str) -> list[str]:
    """What each importer of this kind of file said (an empty string: it was accepted)."""
    if name.endswith(".docx"):
        try:
            importer.read_upload(name, data)
        except (PlanParseError, UserFacingError) as exc:
            return [str(exc)]
        return [""]
    found = product_import.preview(name, data, [], [])
    said = [t(found.file_error[0], **found.file_error[1]) if found.file_error else ""]
    db = open_db(db_file)
    said += exchange.preview(db, queries.require_event_id(db), name, data).errors or [""]
    db.close()
    return said


def main(folder: Path, db_file: str, rounds: int = 1) -> dict[str, Any]:
    """Every file refused (rounds times), timed; the overview timed before and during."""
    files = {p.name: p.read_bytes() for p in sorted(folder.iterdir())}
    quiet = sorted(_overview_seconds(db_file) for _ in range(3))
    start_mb = _peak_mb()
    busy: list[float] = []
    done = threading.Event()

    def other_session() -> None:
        while not done.is_set():
            busy.append(_overview_seconds(db_file))

    thread = threading.Thread(target=other_session)
    thread.start()
    results: dict[str, dict[str, Any]] = {}
    for _ in range(rounds):
        for name, data in files.items():
            started = time.perf_counter()
            said = _refusals(name, data, db_file)
            slowest = max(results.get(name, {}).get("seconds", 0.0), time.perf_counter() - started)
            results[name] = {"seconds": slowest, "said": said}
    done.set()
    thread.join()
    return {"files": results, "peak_rise_mb": _peak_mb() - start_mb,
            "overview_quiet_s": quiet[1], "overview_busy_max_s": max(busy, default=0.0),
            "overview_busy_median_s": sorted(busy)[len(busy) // 2] if busy else 0.0,
            "overview_busy_runs": len(busy)}


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), sys.argv[2], int((sys.argv[3:] or ["1"])[0])),
                     ensure_ascii=False))
