"""How long reading a 30-page plan takes (the importer's parse, no database).

    .venv/bin/python -m bench.plan_parse        # median CPU time of 9 parses, in ms

The plan is the corpus's province fair plan (tests/plans/01-…) with its assignments repeated
to 30 pages (about 1,460 lines, 660 tasks).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ocop_tracker.plan.parse import parse_plan  # noqa: E402

SOURCE = ROOT / "tests" / "plans" / "01-hoi-cho-ocop-tinh.txt"
HEADING = "III. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ"


def thirty_pages() -> str:
    """The source plan with its assignments repeated to about 45 lines × 30 pages."""
    head, rest = SOURCE.read_text(encoding="utf-8").split(HEADING)
    body, tail = rest.split("Trên đây")
    return head + HEADING + body * 110 + "Trên đây" + tail


def main() -> None:
    text = thirty_pages()
    parse_plan(text)  # warm the regex and unit caches, as a running server has them
    runs = []
    for _ in range(9):
        start = time.process_time()
        parse_plan(text)
        runs.append(time.process_time() - start)
    print(f"30-page plan ({len(text.splitlines())} lines): "
          f"median {statistics.median(runs) * 1000:.0f} ms CPU, "
          f"min {min(runs) * 1000:.0f} ms, max {max(runs) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
