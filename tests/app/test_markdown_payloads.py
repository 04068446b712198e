"""User text is never Markdown: with every free-text field starting with an image, a link or a
raw tag, no page draws a live image or link (AppTest reads the Markdown each element sends)."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from ocop_tracker.core.db import open_db
from tests import hostile_files as hostile
from tests.conftest import ROOT, copy_database, sign_in

PAYLOADS = ("![x](http://host/p)", "[a](javascript:alert(1))", "<img src=x>")
PAGES = [("pages/overview.py", {}), ("pages/tasks.py", {}), ("pages/programme.py", {}),
         ("pages/booths.py", {"muc": "standees"}), ("pages/booths.py", {"muc": "coverage"}),
         ("pages/delegates.py", {}), ("pages/checkin.py", {}), ("pages/reports.py", {}),
         ("pages/events.py", {}), ("pages/admin.py", {})]
MARKDOWN_KINDS = ("markdown", "caption", "info", "success", "warning", "error", "title",
                  "header", "subheader")


@pytest.fixture(scope="module")
def poisoned(tmp_path_factory, demo_template):
    path = copy_database(demo_template, tmp_path_factory.mktemp("md") / "demo.db")
    db = open_db(path)
    hostile.poison(db, (" ".join(PAYLOADS),))  # every field carries all three
    db.close()
    return path


def _drawn(at: AppTest) -> list[str]:
    texts = [str(e.value) for kind in MARKDOWN_KINDS for e in getattr(at, kind)]
    return texts + [f"{m.label} {m.value} {m.delta or ''}" for m in at.metric]  # all Markdown


def _live(texts: list[str]) -> list[str]:
    """Texts in which a payload survived unescaped (it would render as an image/link/tag)."""
    return [t for t in texts if any(p in t for p in PAYLOADS)]


def test_no_page_draws_a_payload_as_markdown(monkeypatch, poisoned):
    monkeypatch.setenv("OCOP_DB", str(poisoned))
    monkeypatch.setenv("OCOP_NOW", "2024-09-18T09:00")
    monkeypatch.delenv("OCOP_REQUIRE_LOGIN", raising=False)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    sign_in(at, poisoned, "admin")
    at.run()
    seen = 0
    for page, params in PAGES:
        for key, value in params.items():
            at.query_params[key] = value
        at.switch_page(page).run()
        assert not at.exception, (page, at.exception)
        drawn = _drawn(at)
        if page == "pages/checkin.py":  # a search that finds the poisoned guests, one that does not
            at.text_input(key="ci-q").set_value("1").run()
            drawn += _drawn(at)
            at.text_input(key="ci-q").set_value(PAYLOADS[0]).run()
            drawn += _drawn(at)
        assert not _live(drawn), (page, _live(drawn))
        seen += sum("host/p" in t or "javascript" in t or "img src" in t for t in drawn)
    assert seen > 20  # the payloads were on the pages, escaped
