"""No English on a Vietnamese screen where Streamlit lets us choose the words: every label,
help text, placeholder, option, caption and message of every page (signed in as the admin, who
sees every control) is read from the app's element tree and checked against a word list."""

from __future__ import annotations

import re

from google.protobuf.message import Message
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT, sign_in

PAGES = ["pages/overview.py", "pages/tasks.py", "pages/booths.py", "pages/delegates.py",
         "pages/checkin.py", "pages/programme.py", "pages/reports.py", "pages/events.py",
         "pages/import_plan.py", "pages/admin.py"]
# Words Streamlit itself writes when a page leaves them to it, and their cousins.
ENGLISH = ("Upload", "Download", "Search", "Show", "Hide", "Choose", "Browse", "Select",
           "Submit", "Delete", "Clear", "Cancel", "Close", "Loading", "Drag", "Filter",
           "Password", "Username", "Login", "Logout", "Settings", "Save", "Undo")
WORDS = re.compile(r"\b(" + "|".join(ENGLISH) + r")\b", re.IGNORECASE)
# Not shown: icon names, CSS keys, addresses, the browser's autocomplete hints.
NOT_TEXT = re.compile(r":material/[a-z_]+:|st-key-\S+|https?://\S+|(new|current)-password")


def _strings(message: Message) -> list[str]:
    found: list[str] = []
    for field, value in message.ListFields():
        values = value if getattr(field, "is_repeated", False) else [value]
        for item in values:
            if isinstance(item, str):
                found.append(item)
            elif isinstance(item, Message):
                found.extend(_strings(item))
    return found


def _nodes(node):
    yield node
    for child in getattr(node, "children", {}).values():
        yield from _nodes(child)


def shown_text(at: AppTest) -> list[str]:
    """Every string in the page's element protos (ids, keys and icon names aside)."""
    texts = []
    for node in _nodes(at._tree):
        proto = getattr(node, "proto", None)
        if isinstance(proto, Message):
            texts += [NOT_TEXT.sub("", s) for s in _strings(proto)
                      if not s.startswith(("$$ID", "{"))]
    return texts


def test_no_vietnamese_page_shows_an_english_word(monkeypatch, demo_path):
    monkeypatch.setenv("OCOP_DB", str(demo_path))
    monkeypatch.setenv("OCOP_NOW", "2024-09-18T09:00")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    sign_in(at, demo_path, "admin")
    at.run()
    offending = {}
    for page in PAGES:  # one session through every page, as a person clicks the menu
        if page != PAGES[0]:
            at.switch_page(page).run()
        assert not at.exception, (page, at.exception)
        texts = shown_text(at)
        assert "Đăng xuất" in texts  # the reader sees the sidebar's controls too
        if english := [t for t in texts if WORDS.search(t)]:
            offending[page] = english[:5]
    assert not offending
