"""The benchmark's quick mode runs every measurement end to end, so the script cannot rot."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench import run as bench
from tests.harness import require_browser

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.browser


def test_quick_benchmark_measures_everything():
    require_browser()  # like the browser tests: never skipped under CI
    # The script as a user runs it, in its own process: its Playwright and environment
    # cannot meet the test session's shared browser, whichever worker runs this test.
    done = subprocess.run([sys.executable, "-m", "bench.run", "--quick", "--json"], cwd=ROOT,
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout)
    pages = {p.split("/")[-1].removesuffix(".py") for p in bench.app_pages()}
    assert set(report["rerun_ratio"]) == pages
    for key in ("rerun_ratio", "rerun_ratio_same_elements", "rerun_ms", "elements"):
        assert {p for p in report[key] if not p.startswith("reference_")} == pages
        for scales in report[key].values():
            assert set(scales) == {"1x", "100x"} and all(r > 0 for r in scales.values())
    assert report["elements"]["overview"]["1x"] > 20
    assert report["browser_ratio"]["overview"] > 0
    assert report["tick_ms"]["median"] > 0
    assert report["server_peak_mb"] > 50
    for writers in report["writers"].values():
        assert writers["lost"] == 0 and writers["locked"] == 0
        assert writers["applied"] + writers["refused_stale"] == writers["changes"]
