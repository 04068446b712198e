"""Web hardening settings stay as shipped, and user text is made literal for Markdown."""

from __future__ import annotations

import tomllib

from ocop_tracker.ui import md
from tests.conftest import ROOT


def test_server_binds_to_localhost_with_xsrf_and_an_upload_limit():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())["server"]
    assert config["address"] == "127.0.0.1"
    assert config["enableXsrfProtection"] is True
    assert 0 < config["maxUploadSize"] <= 10
    assert config.get("enableCORS", True) is True


def test_markdown_escaping_leaves_no_link_image_html_or_math():
    text = "<script>alert(1)</script> ![x](http://e/i.png) [a](javascript:x) **b** $x$ :red[y]"
    escaped = md(text)
    for raw in ("<script>", "![", "](", "**", "$x$", ":red["):
        assert raw not in escaped
    assert escaped.replace("\\", "") == text  # every character still shown
