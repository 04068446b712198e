"""K writer processes hammering the one write path; counts what was applied, refused, lost."""

from __future__ import annotations

import multiprocessing as mp
import random
import sqlite3
import statistics
import time
from pathlib import Path

STATUSES = ["chua_bat_dau", "dang_thuc_hien", "hoan_thanh", "vuong_mac"]


def _writer(db_path: str, task_ids: list[int], changes: int, seed: int, out: mp.Queue) -> None:
    from ocop_tracker.core.db import open_db
    from ocop_tracker.core.errors import StaleEditError
    from ocop_tracker.core.models import Actor, Role
    from ocop_tracker.tasks import commands

    rng = random.Random(seed)
    db = open_db(db_path)
    actor = Actor(f"bench-writer-{seed}", role=Role.ADMIN)
    applied = refused = locked = 0
    latencies: list[float] = []
    for _ in range(changes):
        task_id = rng.choice(task_ids)
        version, status = db.execute(
            "SELECT version, status FROM tasks WHERE id = ?", [task_id]).fetchone()
        target = rng.choice([s for s in STATUSES if s != status])
        started = time.perf_counter()
        try:
            commands.set_task_status(db, task_id, target, version, actor)
            applied += 1
        except StaleEditError:
            refused += 1
        except sqlite3.OperationalError as exc:
            locked += "locked" in str(exc)
        latencies.append((time.perf_counter() - started) * 1000)
    db.close()
    out.put({"applied": applied, "refused": refused, "locked": locked, "latencies": latencies})


def run_writers(db_path: Path, writers: int, changes: int) -> dict[str, float | int]:
    """Start `writers` processes, each making `changes` status changes; report the outcome."""
    conn = sqlite3.connect(db_path)
    task_ids = [r[0] for r in conn.execute("SELECT id FROM tasks WHERE event_id = "
                                          "(SELECT min(id) FROM events) AND recurrence IS NULL")]
    history_before = conn.execute("SELECT count(*) FROM history").fetchone()[0]
    conn.close()
    ctx = mp.get_context("fork")
    queue: mp.Queue = ctx.Queue()
    procs = [ctx.Process(target=_writer, args=(str(db_path), task_ids, changes, 1000 + i, queue))
             for i in range(writers)]
    started = time.perf_counter()
    for p in procs:
        p.start()
    results = [queue.get(timeout=300) for _ in procs]
    for p in procs:
        p.join()
    elapsed = time.perf_counter() - started
    conn = sqlite3.connect(db_path)
    history_added = conn.execute("SELECT count(*) FROM history").fetchone()[0] - history_before
    # A change is lost if the task's final status is not the last one its history recorded.
    diverged = conn.execute(
        "SELECT count(*) FROM tasks t WHERE t.status != coalesce((SELECT h.after FROM history h "
        "WHERE h.entity = 'task' AND h.entity_id = t.id AND h.field = 'status' "
        "ORDER BY h.id DESC LIMIT 1), 'chua_bat_dau')").fetchone()[0]
    conn.close()
    applied = sum(r["applied"] for r in results)
    latencies = sorted(x for r in results for x in r["latencies"])
    return {
        "changes": writers * changes,
        "applied": applied,
        "refused_stale": sum(r["refused"] for r in results),
        "per_s": round(writers * changes / elapsed, 1),
        "p95_ms": round(latencies[int(0.95 * (len(latencies) - 1))], 2),
        "median_ms": round(statistics.median(latencies), 2),
        "lost": (applied - history_added) + diverged,
        "locked": sum(r["locked"] for r in results),
    }
