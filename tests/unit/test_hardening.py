"""Web hardening settings stay as shipped, and user text is made literal for Markdown."""

from __future__ import annotations

import tomllib

from ocop_tracker.ui import md
from tests.conftest import ROOT


def test_server_binds_to_localhost_with_xsrf_and_an_upload_limit():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())["server"]
    assert config["address"] == "127.0.0.1"
    assert config["enableXsrfProtection"] is True
    assert 0 < config["maxUploadSize"] <= 11  # evidence files: 10 MB, refused above in code
    assert config.get("enableCORS", True) is True


def test_markdown_escaping_leaves_no_link_image_html_or_math():
    text = "<script>alert(1)</script> ![x](http://e/i.png) [a](javascript:x) **b** $x$ :red[y]"
    escaped = md(text)
    for raw in ("<script>", "![", "](", "**", "$x$", ":red["):
        assert raw not in escaped
    assert escaped.replace("\\", "") == text  # every character still shown


def test_a_lock_held_past_the_busy_timeout_is_reported_as_busy(db_path, monkeypatch):
    import sqlite3

    import streamlit as st

    from ocop_tracker import ui
    from ocop_tracker.core import db as db_module
    from ocop_tracker.core.models import Actor, Role
    from ocop_tracker.tasks import commands

    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 200)
    monkeypatch.setenv("OCOP_DB", str(db_path))
    holder = sqlite3.connect(db_path)
    holder.execute("BEGIN IMMEDIATE")  # someone else's write that never ends
    try:
        saved = ui.write(lambda db: commands.set_task_status(
            db, 1, "hoan_thanh", 1, Actor("Quản trị", role=Role.ADMIN)), "Đã lưu")
    finally:
        holder.rollback()
        holder.close()
    assert saved is False
    [(kind, message)] = st.session_state.pop(ui.FLASH_KEY)
    assert kind == "warning" and "CHƯA được lưu" in message and "locked" not in message
