"""Screenshots of running pages in Debian's Chromium: python scripts/screenshot.py URL OUT.png [W H]."""

from __future__ import annotations

import sys

from playwright.sync_api import sync_playwright

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
]
IDLE = '[data-testid="stApp"][data-test-connection-state="CONNECTED"][data-test-script-state="notRunning"]'


def shoot(url: str, out: str, width: int = 1920, height: int = 1080, full: bool = True) -> None:
    """Open url, wait until the script has finished and charts are drawn, save a PNG."""
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": width, "height": height})
        page.goto(url)
        page.wait_for_selector(IDLE, timeout=30_000)
        if page.locator('[data-testid="stPlotlyChart"]').count():
            page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg', state="attached")
        page.wait_for_timeout(1200)
        page.screenshot(path=out, full_page=full)
        browser.close()


if __name__ == "__main__":
    w, h = (int(sys.argv[3]), int(sys.argv[4])) if len(sys.argv) > 4 else (1920, 1080)
    shoot(sys.argv[1], sys.argv[2], w, h)
