"""A writer for the kill test: saves notes through the write path, reports each saved one.

python -m tests.crash_writer DB REPORT WORKER: runs until killed.
"""

from __future__ import annotations

import itertools
import sys

from ocop_tracker.core.db import open_db
from ocop_tracker.core.errors import StaleEditError
from ocop_tracker.core.models import Actor, Role
from ocop_tracker.tasks import commands


def main(db_path: str, report_path: str, worker: str) -> None:
    """Write until SIGKILL; a line reaches REPORT only after its transaction committed."""
    db = open_db(db_path)
    actor = Actor(f"writer-{worker}", role=Role.ADMIN)
    task_ids = [r[0] for r in db.execute("SELECT id FROM tasks ORDER BY id LIMIT 6").fetchall()]
    with open(report_path, "a", buffering=1) as report:
        for i in itertools.count():
            task_id = task_ids[i % len(task_ids)]
            version = db.execute("SELECT version FROM tasks WHERE id = ?", [task_id]).fetchone()[0]
            try:
                commands.set_task_note(db, task_id, f"w{worker}-{i}", version, actor)
            except StaleEditError:
                continue
            report.write(f"w{worker}-{i}\n")
            report.flush()


if __name__ == "__main__":
    main(*sys.argv[1:4])
