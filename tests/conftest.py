"""Shared fixtures: real SQLite files in tmp_path, built by the same writer as the demo."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from ocop_tracker import features  # noqa: F401  (registers every feature)
from ocop_tracker.core import queries
from ocop_tracker.fixtures import build_demo_db, build_plan_db

ROOT = Path(__file__).resolve().parent.parent
PLAN_TEXT = ROOT / "data" / "ke-hoach-le-cong-bo-ocop-hoc-mon-2024.txt"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A fresh database file holding the bundled plan, no progress."""
    path = tmp_path / "ocop.db"
    build_plan_db(path).close()
    return path


@pytest.fixture
def db(db_path: Path) -> Database:
    """An open connection to db_path."""
    from ocop_tracker.core.db import open_db

    database = open_db(db_path)
    yield database
    database.close()


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    """The demo database (progress as of 18/9/2024) in tmp_path."""
    path = tmp_path / "demo.db"
    build_demo_db(path).close()
    return path


@pytest.fixture
def event_id(db: Database) -> int:
    """The bundled plan's event."""
    return queries.current_event_id(db)


def task_by_code(db: Database, code: str) -> dict:
    """One task row by its plan code."""
    return next(db.query("SELECT * FROM tasks WHERE code = ?", [code]))


@pytest.fixture
def browser():
    """Debian's Chromium; under CI its absence fails the test instead of skipping it."""
    from tests.browser import chromium, require_browser

    require_browser()
    with chromium() as b:
        yield b


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
