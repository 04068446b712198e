"""One command, one run: every page's cost against Streamlit's own floor, at 1x and 100x.

    .venv/bin/python -m bench.run            # full run (< 10 min on 2 cores), table + out/*.json
    .venv/bin/python -m bench.run --json     # the figures as JSON on stdout
    .venv/bin/python -m bench.run --quick    # seconds: the same code paths, tiny counts (tests)
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import platform
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.writers import run_writers  # noqa: E402
from ocop_tracker.fixtures import build_demo_db, build_scaled_db  # noqa: E402

NOW = "2024-09-18T09:00"
REFERENCE = ROOT / "bench" / "reference_page.py"


@dataclass(frozen=True)
class Settings:
    """How much to measure."""

    reruns: int
    navigations: int
    ticks: int
    writers: tuple[int, ...]
    changes: int
    sessions: int
    scales: dict[str, int]


FULL = Settings(reruns=31, navigations=9, ticks=12, writers=(1, 10, 30), changes=100,
                sessions=10, scales={"1x": 1, "100x": 100})
QUICK = Settings(reruns=1, navigations=1, ticks=1, writers=(1, 3), changes=10, sessions=1,
                 scales={"1x": 1, "100x": 2})


def app_pages() -> list[str]:
    """Every page the router lists, so a new page is benchmarked without editing this file."""
    return re.findall(r'st\.Page\(\s*"(pages/[^"]+\.py)"', (ROOT / "app.py").read_text())


def _rerun_ms(at, env: dict[str, str] | None = None) -> float:
    os.environ.update(env or {})  # the reference page reads its counts on every run
    started = time.perf_counter()
    at.run()
    elapsed = (time.perf_counter() - started) * 1000
    if at.exception:
        raise RuntimeError(f"page raised: {at.exception}")
    return elapsed


def _interleaved_medians(runners: list, runs: int) -> list[float]:
    """Median warm rerun time of each (AppTest, env), measured round by round: A, B, C, A, B,
    C... so that a machine slowing down for a moment slows every side of a ratio alike."""
    for at, env in runners:  # warm: caches filled, figures built
        _rerun_ms(at, env)
        _rerun_ms(at, env)
    gc.collect()  # start the rounds clean, not with the previous page's garbage
    samples: list[list[float]] = [[] for _ in runners]
    for _ in range(runs):
        for times, (at, env) in zip(samples, runners, strict=False):
            times.append(_rerun_ms(at, env))
    return [statistics.median(times) for times in samples]


def page_apptest(page: str):
    """AppTest of the real app switched to `page` (as a signed-in admin where accounts exist)."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    prepare_session(at)
    at.run()
    if page != app_pages()[0]:
        at.switch_page(page).run()
    return at


def prepare_session(at) -> None:
    """Sign the session in as the demo admin, so pages draw every control a user would see."""
    import sqlite3

    with sqlite3.connect(os.environ["OCOP_DB"]) as conn:
        account_id = conn.execute("SELECT id FROM users WHERE username = 'admin'").fetchone()[0]
    at.session_state["account_id"] = account_id
    at.session_state["account_username"] = "admin"


def reference_apptest():
    """AppTest of the reference page (what it draws is set through BENCH_* on each run)."""
    from streamlit.testing.v1 import AppTest

    return AppTest.from_file(str(REFERENCE), default_timeout=60)


def _reference_env(charts: int, elements: int = 0) -> dict[str, str]:
    return {"BENCH_CHARTS": str(charts), "BENCH_ELEMENTS": str(elements)}


# Not elements a page draws: the tree's root and the main/sidebar/event containers.
_FRAME = {"ElementTree", "SpecialBlock"}


def element_count(at) -> int:
    """Everything the page drew (blocks, columns, text and widgets, sidebar included)."""
    def count(node) -> int:
        children = getattr(node, "children", None)
        inner = sum(count(c) for c in children.values()) if isinstance(children, dict) else 0
        return inner + (type(node).__name__ not in _FRAME)

    return count(at._tree)


def measure_reruns(dbs: dict[str, Path], cfg: Settings) -> dict[str, dict]:
    """Warm server-side rerun time of each page, divided by the issue's reference (as many
    charts, nothing else) and by a second one that also draws as many elements."""
    out: dict[str, dict] = {k: {} for k in ("rerun_ratio", "rerun_ms", "elements",
                                            "rerun_ratio_same_elements")}
    for scale, path in dbs.items():
        os.environ["OCOP_DB"] = str(path)
        for page in app_pages():
            at = page_apptest(page)
            charts, elements = len(at.get("plotly_chart")), element_count(at)
            page_ms, floor_ms, same_ms = _interleaved_medians([
                (at, None),
                (reference_apptest(), _reference_env(charts)),
                (reference_apptest(), _reference_env(charts, max(elements - charts, 0))),
            ], cfg.reruns)
            name = Path(page).stem
            out["rerun_ratio"].setdefault(name, {})[scale] = round(page_ms / floor_ms, 2)
            out["rerun_ratio_same_elements"].setdefault(name, {})[scale] = round(
                page_ms / same_ms, 2)
            out["rerun_ms"].setdefault(name, {})[scale] = round(page_ms, 1)
            out["rerun_ms"].setdefault(f"reference_{charts}_charts", {})[scale] = round(
                floor_ms, 1)
            out["elements"].setdefault(name, {})[scale] = elements
    return out


def measure_browser(db: Path, cfg: Settings, workdir: Path) -> dict:
    """Navigation to the overview fully drawn, the tick-to-commit time, server memory."""
    from tests.harness import chromium, streamlit_server, wait_charts, wait_idle

    results: dict = {}
    app_ms: list[float] = []
    ref_ms: list[float] = []
    with chromium() as browser, streamlit_server(db, workdir, now=NOW) as app, \
            _reference_server(workdir) as ref:
        # One untimed visit each (first run of a server), then app and reference in turns,
        # so a slow moment of the machine falls on both sides of the ratio.
        # (The quick smoke run skips the warm-up: it checks that every step runs, not speed.)
        warm_up = 1 if cfg.navigations > 1 else 0
        for i in range(cfg.navigations + warm_up):
            app_time = _navigate_ms(browser, app.url, wait_idle, wait_charts)
            ref_time = _navigate_ms(browser, ref.url, wait_idle, wait_charts)
            if i >= warm_up:
                app_ms.append(app_time)
                ref_ms.append(ref_time)
        results["tick_ms"] = _tick_ms(browser, app.url, db, cfg.ticks, wait_idle)
        results["server_peak_mb"] = _peak_mb(browser, app, cfg.sessions, wait_idle,
                                             wait_charts)
    results["browser_ms"] = {"overview": round(statistics.median(app_ms)),
                             "reference_1_chart": round(statistics.median(ref_ms))}
    results["browser_ratio"] = {
        "overview": round(statistics.median(app_ms) / statistics.median(ref_ms), 2)}
    return results


def _navigate_ms(browser, url: str, wait_idle, wait_charts) -> float:
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    started = time.perf_counter()
    page.goto(url)
    wait_idle(page)
    wait_charts(page)
    elapsed = (time.perf_counter() - started) * 1000
    page.close()
    return elapsed


def _tick_ms(browser, url: str, db: Path, ticks: int, wait_idle) -> dict:
    """From choosing a status in the browser to that change being committed in SQLite."""
    import sqlite3

    from tests.harness import choose_option

    conn = sqlite3.connect(db)
    unit, task_id = conn.execute(
        "SELECT lead_agency_id, id FROM tasks WHERE code = 'III.2-06'").fetchone()
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    page.goto(f"{url}/nhiem-vu?unit={unit}")
    wait_idle(page)
    sign_in(page, wait_idle)
    samples = []
    for i in range(ticks):
        target = ["Đang thực hiện", "Vướng mắc"][i % 2]
        version = conn.execute("SELECT version FROM tasks WHERE id = ?", [task_id]).fetchone()[0]
        # Keyed by version: during a rerun the old and the new select can both be in the page.
        select = page.locator(f".st-key-status-{task_id}-v{version} [data-testid='stSelectbox']")
        option = choose_option(page, select, target)
        started = time.perf_counter()
        option.click()
        while conn.execute("SELECT version FROM tasks WHERE id = ?",
                           [task_id]).fetchone()[0] == version:
            if time.perf_counter() - started > 10:
                raise RuntimeError("tick never reached the database")
            time.sleep(0.002)
        samples.append((time.perf_counter() - started) * 1000)
        wait_idle(page)
    conn.close()
    page.close()
    samples.sort()
    return {"median": round(statistics.median(samples), 1),
            "p95": round(samples[int(0.95 * (len(samples) - 1))], 1)}


def sign_in(page, wait_idle) -> None:
    """Log in as the demo database's Phòng Kinh tế account through the sidebar form."""
    from ocop_tracker.accounts.users import DEMO_PASSWORD
    from tests.harness import login

    login(page, "phong-kt", DEMO_PASSWORD)


def _peak_mb(browser, app, sessions: int, wait_idle, wait_charts) -> float:
    pages = []
    for _ in range(sessions):
        page = browser.new_page(viewport={"width": 1366, "height": 768})
        page.goto(app.url)
        wait_idle(page)
        wait_charts(page)
        pages.append(page)
    status = Path(f"/proc/{app.pid}/status").read_text()
    for page in pages:
        page.close()
    return round(int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024, 1)


def _reference_server(workdir: Path):
    """The reference page served alone, as its own Streamlit app."""
    from tests.harness import streamlit_server

    return streamlit_server(None, workdir, script=REFERENCE, extra_env={"BENCH_CHARTS": "1"})


def build_databases(cfg: Settings, workdir: Path) -> dict[str, Path]:
    """The bundled plan with demo progress (1x) and `scales['100x']` events of it."""
    dbs = {}
    for scale, events in cfg.scales.items():
        path = workdir / f"bench-{scale}.db"
        (build_demo_db(path) if events == 1 else build_scaled_db(path, events)).close()
        dbs[scale] = path
    return dbs


def run(cfg: Settings) -> dict:
    """Every measurement in one run, on fresh databases in a temporary folder."""
    os.environ["OCOP_NOW"] = NOW
    workdir = Path(tempfile.mkdtemp(prefix="ocop-bench-"))
    try:
        phases: dict[str, float] = {}
        with _timed(phases, "databases"):
            dbs = build_databases(cfg, workdir)
        with _timed(phases, "reruns"):
            report = measure_reruns(dbs, cfg)
        with _timed(phases, "browser"):
            report.update(measure_browser(_copy(dbs["1x"], workdir / "b.db"), cfg, workdir))
        with _timed(phases, "writers"):
            report["writers"] = {str(k): run_writers(_copy(dbs["1x"], workdir / f"w{k}.db"), k,
                                                     cfg.changes) for k in cfg.writers}
        report["phase_seconds"] = phases
        report["machine"] = {"cpus": os.cpu_count(), "python": platform.python_version(),
                             "platform": platform.platform()}
        return report
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


@contextmanager
def _timed(phases: dict[str, float], name: str) -> Iterator[None]:
    started = time.perf_counter()
    yield
    phases[name] = round(time.perf_counter() - started, 1)


def _copy(source: Path, target: Path) -> Path:
    import sqlite3

    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def _print_table(report: dict) -> None:
    print("Rerun (warm, median) / reference page with the same number of cached charts;")
    print("  [ / reference with as many charts and as many elements ] (elements drawn)")
    for page, scales in report["rerun_ratio"].items():
        ms, same = report["rerun_ms"][page], report["rerun_ratio_same_elements"][page]
        counts = report["elements"][page]
        print(f"  {page:<14}" + "".join(f"  {s}: {r:>5} ({ms[s]} ms) [{same[s]}] ({counts[s]})"
                                        for s, r in scales.items()))
    print(f"Browser: overview drawn / bare page with one chart: {report['browser_ratio']} "
          f"{report['browser_ms']}")
    print(f"Tick to commit (ms): {report['tick_ms']}")
    for k, w in report["writers"].items():
        print(f"Writers K={k}: {w}")
    print(f"Server peak memory: {report['server_peak_mb']} MB")


def main(argv: list[str] | None = None) -> int:
    """Parse options, run, print."""
    parser = argparse.ArgumentParser(prog="python -m bench.run")
    parser.add_argument("--json", action="store_true", help="print JSON only")
    parser.add_argument("--quick", action="store_true", help="tiny counts: a smoke run")
    args = parser.parse_args(argv)
    # AppTest outside `streamlit run` logs "missing ScriptRunContext" thousands of times.
    logging.disable(logging.WARNING)
    report = run(QUICK if args.quick else FULL)
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / ("quick.json" if args.quick else "latest.json")).write_text(
        json.dumps(report, ensure_ascii=False, indent=2))
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        _print_table(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
