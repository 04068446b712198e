"""Shared fixtures: real SQLite files in tmp_path, built by the same writer as the demo."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlite_utils import Database

from ocop_tracker import features  # noqa: F401  (registers every feature)
from ocop_tracker.core import queries
from ocop_tracker.fixtures import build_demo_db, build_plan_db

if TYPE_CHECKING:
    from tests.harness import Pages, Server, SharedChromium

ROOT = Path(__file__).resolve().parent.parent
PLAN_TEXT = ROOT / "data" / "ke-hoach-le-cong-bo-ocop-hoc-mon-2024.txt"


def _template(folder: Path, name: str, build: Callable[[Path], object]) -> Path:
    """Build a database once, checkpointed and closed, so a byte copy is the whole database."""
    path = folder / name
    database = build(path)
    database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    # A copy of the main file alone would miss changes still in a -wal file.
    assert not any(path.with_name(name + s).exists() for s in ("-wal", "-shm")), path
    path.chmod(0o444)  # every test works on a copy; a write to the template must fail loudly
    return path


def copy_database(template: Path, target: Path) -> Path:
    """A private copy of a template database (closed and checkpointed: the file is all of it)."""
    shutil.copyfile(template, target)
    return target


@pytest.fixture(scope="session")
def plan_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """build_plan_db, run once per session; tests get copies (see db_path)."""
    return _template(tmp_path_factory.mktemp("templates"), "plan.db", build_plan_db)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """build_demo_db, run once per session; tests get copies (see demo_path)."""
    return _template(tmp_path_factory.mktemp("templates"), "demo.db", build_demo_db)


@pytest.fixture
def db_path(tmp_path: Path, plan_template: Path) -> Path:
    """A fresh database file holding the bundled plan, no progress."""
    return copy_database(plan_template, tmp_path / "ocop.db")


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """An open connection to db_path."""
    from ocop_tracker.core.db import open_db

    database = open_db(db_path)
    yield database
    database.close()


@pytest.fixture
def demo_path(tmp_path: Path, demo_template: Path) -> Path:
    """The demo database (progress as of 18/9/2024) in tmp_path."""
    return copy_database(demo_template, tmp_path / "demo.db")


@pytest.fixture
def event_id(db: Database) -> int:
    """The bundled plan's event."""
    return queries.current_event_id(db)


def task_by_code(db: Database, code: str) -> dict:
    """One task row by its plan code."""
    return next(db.query("SELECT * FROM tasks WHERE code = ?", [code]))


@pytest.fixture(scope="session")
def shared_chromium() -> Iterator[SharedChromium]:
    """Debian's Chromium, launched once for the whole session by the first test that asks."""
    from tests.harness import SharedChromium

    chromium = SharedChromium()
    yield chromium
    chromium.close()


@pytest.fixture
def browser(shared_chromium: SharedChromium) -> Iterator[Pages]:
    """A new browser context per test on the session's Chromium; under CI a missing Chromium
    fails the test instead of skipping it."""
    from tests.harness import Pages, require_browser

    require_browser()
    pages = Pages(shared_chromium.browser())
    yield pages
    pages.close()


@pytest.fixture
def app_db(app: Server) -> Iterator[Database]:
    """A connection to the database of the module's shared server (`app`, see harness.py)."""
    from ocop_tracker.core.db import open_db

    database = open_db(app.db_path)
    yield database
    database.close()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Browser tests carry the `browser` marker, and run last: the fast suite fails first, and
    Playwright's session-wide loop (see SharedChromium) cannot disturb a test that uses asyncio."""
    for item in items:
        drives_browser = ("browser" in getattr(item, "fixturenames", ())
                          or item.path.parent.name == "browser")
        if drives_browser and item.get_closest_marker("browser") is None:
            raise pytest.UsageError(f"{item.nodeid}: a browser test needs "
                                    "`pytestmark = pytest.mark.browser` in its module")

    def rank(item: pytest.Item) -> int:
        if "browser" in getattr(item, "fixturenames", ()):
            return 2
        return 1 if item.get_closest_marker("browser") else 0

    items.sort(key=rank)  # stable: the order inside each group is kept


def sign_in(at, db_path: Path, username: str) -> None:
    """Put a logged-in account in an AppTest session, as the sidebar login form does."""
    from ocop_tracker.accounts import users as accounts
    from ocop_tracker.core.db import open_db

    database = open_db(db_path)
    accounts.bootstrap_admin(database, "mat-khau-kiem-thu")  # plan-only databases have none
    ids = {r["username"]: r["id"] for r in accounts.list_accounts(database)}
    database.close()
    at.session_state["account_id"] = ids[username]
    at.session_state["account_username"] = username
