"""Regenerate the README's screenshots from the demo database: scripts/screenshots.py [OUT_DIR].

Builds a fresh demo database in a temporary folder, serves it at the rehearsal time
18/09/2024 09:00 (and 28/09/2024 08:20 for the reception desk), and saves each view below
as a PNG (docs/ by default), signed in where the view needs an account."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ocop_tracker.accounts.users import DEMO_PASSWORD  # noqa: E402
from ocop_tracker.fixtures import build_demo_db  # noqa: E402
from tests.harness import chromium, login, streamlit_server, wait_charts, wait_idle  # noqa: E402

# (file, path, account or None, width, height, rehearsal time)
VIEWS = [
    ("overview.png", "", None, 1366, 768, "2024-09-18T09:00"),
    ("tasks.png", "nhiem-vu", "phong-vh-tt", 1366, 768, "2024-09-18T09:00"),
    ("projector.png", "trinh-chieu?panel=units", None, 1920, 1080, "2024-09-18T09:00"),
    ("reception-phone.png", "don-tiep", "le-tan", 390, 844, "2024-09-28T08:20"),
]


def shoot(browser, url: str, out: Path, account: str | None, width: int, height: int) -> None:
    """One view: open it, sign in if asked (opening a phone's folded sidebar first), save."""
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(url)
    wait_idle(page, 60_000)
    if account and width < 800:
        page.locator('[data-testid="stExpandSidebarButton"]').first.click()
    if account:
        login(page, account, DEMO_PASSWORD)
        wait_idle(page)
    if url.endswith("don-tiep"):  # the desk as it is used: a name typed without accents
        page.get_by_label("Họ tên hoặc đơn vị").fill("nguyen van")
        page.keyboard.press("Enter")
        wait_idle(page)
    if page.locator('[data-testid="stPlotlyChart"]').count():
        wait_charts(page)
    page.wait_for_timeout(1500)  # the fold of the sidebar and the charts' transitions
    page.screenshot(path=str(out))
    page.close()


def main(out_dir: Path) -> None:
    """Every view of VIEWS, one server per rehearsal time."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "demo.db"
        build_demo_db(db_path).close()
        for now in sorted({view[5] for view in VIEWS}):
            with streamlit_server(db_path, Path(folder), now=now) as server, \
                    chromium() as browser:
                for name, path, account, width, height, at in VIEWS:
                    if at == now:
                        shoot(browser, f"{server.url}/{path}", out_dir / name, account,
                              width, height)
                        print(out_dir / name)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
         / "docs")
