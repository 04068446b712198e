"""Real-browser harness: the real app on a free port, Debian's Chromium through Playwright."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Locator, Page, Playwright

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
]
IDLE = ('[data-testid="stApp"][data-test-connection-state="CONNECTED"]'
        '[data-test-script-state="notRunning"]')


def require_browser() -> None:
    """Skip when Chromium is missing, except under CI where a browser test may never skip."""
    if Path(CHROMIUM).exists() and shutil.which("chromium"):
        return
    if os.environ.get("CI"):
        pytest.fail("Chromium is missing under CI: .ci/run must install Debian's chromium")
    pytest.skip("Debian's chromium is not installed (run the README's test command)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    url: str
    db_path: Path | None
    log: Path
    process: subprocess.Popen | None = None

    @property
    def pid(self) -> int:
        """The server's process id."""
        return self.process.pid


@contextmanager
def streamlit_server(db_path: Path | None, log_dir: Path, now: str | None = None,
                     extra_env: dict[str, str] | None = None,
                     script: Path = ROOT / "app.py") -> Iterator[Server]:
    """Serve the app as scripts/run.sh does (another script with `streamlit run`) on a free
    port against db_path; always stop it."""
    port = free_port()
    env = {**os.environ, **(extra_env or {})}
    if db_path is not None:
        env["OCOP_DB"] = str(db_path)
    env.pop("OCOP_NOW", None)
    if now:
        env["OCOP_NOW"] = now
    log = log_dir / f"streamlit-{port}.log"
    with log.open("wb") as out:
        launcher = (["-m", "ocop_tracker.ui.serve"] if script == ROOT / "app.py"
                    else ["-m", "streamlit", "run", str(script)])
        proc = subprocess.Popen(
            [sys.executable, *launcher, "--server.headless", "true",
             "--server.port", str(port), "--server.address", "127.0.0.1",
             "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
        )
        try:
            _wait_healthy(port, proc, log)
            yield Server(f"http://127.0.0.1:{port}", db_path, log, proc)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


def _wait_healthy(port: int, proc: subprocess.Popen, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited: {log.read_text(errors='replace')[-2000:]}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
                if r.read().decode() == "ok":
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("streamlit did not become healthy in time")


@contextmanager
def shared_server(factory: pytest.TempPathFactory, template: Path, now: str,
                  admin: bool = False) -> Iterator[Server]:
    """One server for a whole test module, on its own copy of a template database.

    Its tests share the database: each works on rows no other test of the module reads, so
    they pass in any order."""
    folder = factory.mktemp("app")
    db_path = folder / "app.db"
    shutil.copyfile(template, db_path)
    if admin:
        add_admin(db_path)
    with streamlit_server(db_path, folder, now=now) as server:
        yield server


@contextmanager
def chromium() -> Iterator[Browser]:
    """A headless Debian Chromium (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


class SharedChromium:
    """One Chromium for the test session, launched on first use, again if it went away.

    While Playwright's sync API is started, the thread counts as inside a running asyncio
    loop: conftest runs every test that asks for a browser after all the others."""

    def __init__(self) -> None:
        self._playwright: Playwright | None = None
        self._browser: Browser | None = None

    def browser(self) -> Browser:
        """The running browser (launched now if needed)."""
        from playwright.sync_api import sync_playwright

        if self._playwright is None:
            self._playwright = sync_playwright().start()
        if self._browser is None or not self._browser.is_connected():
            self._browser = self._playwright.chromium.launch(executable_path=CHROMIUM,
                                                            args=CHROMIUM_ARGS)
        return self._browser

    def close(self) -> None:
        """Close the browser and stop Playwright."""
        if self._browser is not None and self._browser.is_connected():
            self._browser.close()
        if self._playwright is not None:
            self._playwright.stop()
        self._browser = self._playwright = None


class Pages:
    """What a test gets as `browser`: pages in contexts of its own, all closed after it."""

    def __init__(self, browser: Browser) -> None:
        self._browser = browser
        self._contexts: list[BrowserContext] = []

    def new_context(self, **options: object) -> BrowserContext:
        """A fresh context (cookies, storage, viewport) on the shared browser."""
        context = self._browser.new_context(**options)
        self._contexts.append(context)
        return context

    def new_page(self, **options: object) -> Page:
        """A page in a new context, as playwright's Browser.new_page makes one."""
        return self.new_context(**options).new_page()

    def close(self) -> None:
        """Close every context this test opened."""
        if self._browser.is_connected():  # a crashed browser took its contexts with it
            for context in self._contexts:
                context.close()
        self._contexts.clear()


def wait_idle(page, timeout: float = 30_000) -> None:
    """Until the script run has finished and the app is connected."""
    page.wait_for_selector(IDLE, timeout=timeout)


def wait_charts(page, timeout: float = 30_000) -> None:
    """Until every plotly chart on the page has drawn its SVG."""
    page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg', state="attached",
                           timeout=timeout)


def scrolled(page: Page) -> None:
    """Until the scroll events of a scroll just made have fired (two animation frames)."""
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")


def into_view(page: Page, locator: Locator) -> None:
    """Scroll an element into view and let the page's scroll events pass before a click:
    a Streamlit select list opened while the page scrolls closes again at once."""
    locator.scroll_into_view_if_needed()
    scrolled(page)


def choose_option(page, selectbox, name: str, attempts: int = 3):
    """Open a Streamlit selectbox and pick `name`; reopen if a rerun closed the list."""
    option = page.get_by_role("option", name=name, exact=True)
    for _ in range(attempts):
        into_view(page, selectbox)
        selectbox.click()
        try:
            option.wait_for(timeout=3_000)
            break
        except Exception:  # the list closed under a rerun: open it again
            page.keyboard.press("Escape")
    return option


def login(page, username: str, password: str) -> None:
    """Log in through the sidebar form, as a person would."""
    wait_idle(page)
    form = page.locator('[data-testid="stForm"]', has_text="Đăng nhập").first
    form.get_by_label("Tên đăng nhập").fill(username)
    form.get_by_label("Mật khẩu", exact=True).fill(password)
    form.get_by_role("button", name="Đăng nhập").click()
    page.get_by_text("Đang đăng nhập:").wait_for(timeout=20_000)
    wait_idle(page)


ADMIN_PASSWORD = "mat-khau-kiem-thu"  # what conftest.sign_in and add_admin give the admin


def add_admin(db_path: Path) -> None:
    """The first-start admin account, with a password the browser tests know."""
    from ocop_tracker.accounts import users as accounts
    from ocop_tracker.core.db import open_db

    db = open_db(db_path)
    accounts.bootstrap_admin(db, ADMIN_PASSWORD)
    db.close()


def login_admin(page) -> None:
    """Log in as the admin (Phòng Kinh tế); each page.goto is a new session, so again after it."""
    login(page, "admin", ADMIN_PASSWORD)
