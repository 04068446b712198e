"""Screenshots of running pages in Debian's Chromium: scripts/screenshot.py URL OUT.png [W H]."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.harness import chromium, wait_charts, wait_idle  # noqa: E402


def shoot(url: str, out: str, width: int = 1920, height: int = 1080) -> None:
    """Open url, wait until the script has finished and charts are drawn, save a PNG."""
    with chromium() as browser:
        page = browser.new_page(viewport={"width": width, "height": height})
        page.goto(url)
        wait_idle(page)
        if page.locator('[data-testid="stPlotlyChart"]').count():
            wait_charts(page)
        page.wait_for_timeout(1200)
        page.screenshot(path=out)


if __name__ == "__main__":
    w, h = (int(sys.argv[3]), int(sys.argv[4])) if len(sys.argv) > 4 else (1920, 1080)
    shoot(sys.argv[1], sys.argv[2], w, h)
