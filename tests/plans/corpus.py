"""The corpus of plans written the ways other authorities write them, and their summaries.

Each plan file here has a hand-checked expectation beside it (`<name>.expected.json`): the
summary below of what the reader must find. `python -m tests.plans.corpus NAME` prints a
plan's current summary (to draft an expectation, which is then checked by hand line by line).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ocop_tracker.plan.parse import ParsedPlan, parse_plan_file

HERE = Path(__file__).resolve().parent
PLAN_SUFFIXES = (".txt", ".docx", ".pdf")


def plan_files() -> list[Path]:
    """Every corpus plan that has an expectation."""
    return sorted(p for p in HERE.iterdir() if p.suffix in PLAN_SUFFIXES
                  and expectation_path(p).exists())


def expectation_path(plan: Path) -> Path:
    """01-x.txt -> 01-x.txt.expected.json."""
    return plan.with_name(plan.name + ".expected.json")


def summary(parsed: ParsedPlan) -> dict[str, object]:
    """What a reader of the plan checks: event facts, units, tasks, warnings."""
    units = {parsed.organiser or ""} | {t.agency for t in parsed.tasks}
    units |= {s for t in parsed.tasks for s in t.supporting}
    return {
        "title": parsed.title,
        "organiser": parsed.organiser,
        "event_date": parsed.event_date.isoformat() if parsed.event_date else None,
        "sessions": [[s.name, s.start.isoformat()] for s in parsed.sessions],
        "venue": parsed.venue,
        "attendees": parsed.attendees_expected,
        "booths": [b.count for b in parsed.booths],
        "units": sorted(u for u in units if u),
        "tasks": [
            {"lead": t.agency, "supporting": list(t.supporting),
             "deadline": t.deadline.isoformat() if t.deadline else None,
             "stated": t.deadline_stated, "line": t.lines[0], "text": t.text}
            for t in parsed.tasks
        ],
        "warnings": [[w.code, w.line] for w in parsed.warnings],
    }


def main(names: list[str]) -> None:
    """Print the summary of each named plan (or every plan file)."""
    paths = [HERE / n for n in names] or sorted(
        p for p in HERE.iterdir() if p.suffix in PLAN_SUFFIXES)
    for path in paths:
        print(f"=== {path.name}")
        print(json.dumps(summary(parse_plan_file(path)), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
