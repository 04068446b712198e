"""The only part of the package that imports Streamlit: shared widgets and cached loaders."""

from __future__ import annotations

import re
import sqlite3
import threading
import weakref
from collections.abc import Callable, Hashable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any, TypeVar

import streamlit as st
from sqlite_utils import Database

from ocop_tracker import features  # noqa: F401  (registers every feature)
from ocop_tracker.core import clock, fmt, queries
from ocop_tracker.core.db import (
    ConnectionPool,
    DatabaseFileError,
    DatabaseMissingError,
    StorageError,
    db_path,
)
from ocop_tracker.core.errors import AccountGoneError, PermissionDeniedError, UserFacingError
from ocop_tracker.core.strings import LANG_NAMES, LANGS, register, t
from ocop_tracker.tasks import snapshot as status
from ocop_tracker.ui.strings import STRINGS as UI_STRINGS

register(UI_STRINGS)
FLASH_KEY = "_flash"
ACCOUNT_KEY = "account_id"  # the signed-in account's id (ocop_tracker.ui.auth)
MEMO_KEY = "_memo"
_DRAWN: dict[int, dict[Hashable, Any]] = {}
_DRAWN_LOCK = threading.Lock()
T = TypeVar("T")
# Every ASCII punctuation mark that Markdown (or Streamlit's :directives[] and $math$) reads.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&\"'=^])")


def lang() -> str:
    """The language chosen in the sidebar (Vietnamese unless switched)."""
    return st.session_state.get("lang", "vi")


def tr(key: str, **values: object) -> str:
    """t() in the session's language."""
    return t(key, lang(), **values)


def md(text: object) -> str:
    """User text made literal inside Markdown (st.markdown, st.caption, st.table, alerts)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text))


def say(key: str, **values: object) -> str:
    """tr() for Markdown (st.markdown, st.caption, alerts, flashes): every value filled in is
    made literal, so a name like ![x](http://host/p) shows as typed and fetches nothing."""
    return t(key, lang(), **{k: md(v) for k, v in values.items()})


def error_text(exc: UserFacingError) -> str:
    """A refusal in the session's language, its user-typed values escaped for Markdown."""
    return t(exc.key, lang(), **{k: md(v) for k, v in exc.values.items()})


@contextmanager
def guard() -> Iterator[None]:
    """A damaged database file mid-run gets a clear message, not a traceback."""
    try:
        yield
    except StorageError as exc:  # read-only file or full disk, met while drawing a page
        st.error(error_text(exc), icon="🛑")
        st.stop()
    except sqlite3.OperationalError as exc:
        if not _busy(exc):
            raise
        st.warning(tr("error.busy"), icon="⏳")  # a lock held past the busy timeout
        st.stop()
    except sqlite3.DatabaseError as exc:
        st.error(tr("error.db_broken", error=md(exc)), icon="🛑")
        st.stop()


def _busy(exc: sqlite3.OperationalError) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def sidebar() -> None:
    """Language switch and the Vietnam clock, on every page."""
    with st.sidebar:
        st.radio(t("sidebar.language", lang()), LANGS, key="lang", horizontal=True,
                 format_func=LANG_NAMES.get)
        now = fmt.vn_weekday_date(clock.now(), lang()) + " " + fmt.vn_time(clock.now())
        key = "sidebar.rehearsal" if clock.is_rehearsal() else "sidebar.clock"
        st.caption(tr(key, now=now))


@st.cache_resource(show_spinner=False, max_entries=8)
def _pool(path: str) -> ConnectionPool:
    return ConnectionPool(path)


def pooled_connection() -> AbstractContextManager[Database]:
    """A connection borrowed from the pool every session shares (DatabaseFileError if the
    file is not a usable database)."""
    return _pool(str(db_path())).connection()


@contextmanager
def connect() -> Iterator[Database]:
    """A connection for one unit of work; an unusable file stops the page with a message."""
    try:
        with pooled_connection() as db:
            yield db
    except DatabaseMissingError as exc:  # never created on the fly: only `init` makes one
        st.error(error_text(exc), icon="🛑")
        st.stop()
    except DatabaseFileError as exc:
        st.error(tr("error.db", error=md(exc)), icon="🛑")
        st.stop()


SnapshotKey = tuple[str, int, int, str]


# cache_resource, not cache_data: every session shares the one immutable Snapshot instead of
# unpickling a copy of its DataFrames on each rerun (measured: the copy cost most of a rerun).
@st.cache_resource(show_spinner=False, max_entries=64)
def snapshot_for(key: SnapshotKey) -> status.Snapshot:
    """The snapshot for (database, event, revision, minute); never mutate what it returns."""
    _, event_id, _, now_iso = key
    with connect() as db:
        return status.snapshot(db, event_id, clock.parse_iso(now_iso))


def snapshot_key() -> SnapshotKey | None:
    """What the current picture depends on: the history revision (grows with every write,
    from any session) and the minute (countdowns move on); None when no event exists."""
    with connect() as db:
        event_id = queries.current_event_id(db)
        revision = queries.data_revision(db)
    if event_id is None:
        return None
    minute = clock.now().replace(second=0, microsecond=0).isoformat()
    return (str(db_path()), event_id, revision, minute)


def keyed_load(load: Callable[[SnapshotKey], T]) -> T | None:
    """load(snapshot_key()) for a cached loader; a warning and None when no event exists."""
    key = snapshot_key()
    if key is None:
        st.warning(tr("error.no_event"))
        return None
    return load(key)


def current_snapshot() -> status.Snapshot | None:
    """The readiness of the current event as of this minute (None when no event exists)."""
    return keyed_load(snapshot_for)


def demo_banner() -> None:
    """A loud banner when the app runs on the training database."""
    with connect() as db:
        demo = queries.is_demo(db)
    if demo:
        st.warning(tr("demo.banner"), icon="🧪")


def once_per(source: object, key: Hashable, build: Callable[[], T]) -> T:
    """build() once per cached data object and key, e.g. a figure drawn from a snapshot.

    A write makes a new revision and so a new data object: what is kept here never outlives
    the data it was drawn from (the entry goes when the object is collected)."""
    memo = _DRAWN.get(id(source))
    if memo is None:
        with _DRAWN_LOCK:
            memo = _DRAWN.get(id(source))
            if memo is None:
                weakref.finalize(source, _DRAWN.pop, id(source), None)  # first: may refuse
                memo = _DRAWN[id(source)] = {}
    if key not in memo:
        memo[key] = build()
    return memo[key]


def session_memo(key: Hashable, build: Callable[[], T]) -> T:
    """`build()` once per browser session and key; the session's later runs reuse it."""
    memo = st.session_state.setdefault(MEMO_KEY, {})
    if key not in memo:
        memo[key] = build()
    return memo[key]


def flash(message: str, kind: str = "success") -> None:
    """Queue a message from a callback for the next run of the page."""
    st.session_state.setdefault(FLASH_KEY, []).append((kind, message))


def write(action: Callable[[Database], T],
          success: str | Callable[[T], str] | None = None) -> bool:
    """Run one write function; queue its outcome for the next run: the refusal, or the
    success message (made from the action's result when success is a function)."""
    try:
        with connect() as db:
            result = action(db)
    except UserFacingError as exc:
        if isinstance(exc, AccountGoneError):
            sign_out_gone()
        elif not (isinstance(exc, PermissionDeniedError) and _gone_flashed()):
            # (a refusal because this run found its account gone says nothing more)
            flash(error_text(exc), "error")
        return False
    except sqlite3.OperationalError as exc:
        if not _busy(exc):
            raise
        flash(tr("error.busy"), "warning")  # nothing was written: the transaction rolled back
        return False
    message = success(result) if callable(success) else success
    if message:
        flash(message, "success")
    return True


def sign_out_gone() -> None:
    """Sign out an account found disabled or gone, saying so once (on any page)."""
    st.session_state.pop(ACCOUNT_KEY, None)
    if not _gone_flashed():
        flash(tr("perm.account_gone"), "error")


def _gone_flashed() -> bool:
    return ("error", tr("perm.account_gone")) in st.session_state.get(FLASH_KEY, [])


def show_flashes() -> None:
    """Show (once) the messages queued by callbacks."""
    for kind, message in st.session_state.pop(FLASH_KEY, []):
        getattr(st, kind)(message)
