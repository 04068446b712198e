"""The look every feature shares: the charts' typeface and the projector's HTML pieces."""

from __future__ import annotations

from html import escape

RED, GREEN, BLUE, GREY = "#b71c1c", "#1b5e20", "#0d47a1", "#424242"
# Vietnamese diacritics render in these; plotly falls back along the list.
FONT = "Noto Sans, Segoe UI, Arial, sans-serif"


def cut(text: str, limit: int) -> str:
    """Shorten text for a fixed-width row (with an ellipsis)."""
    text = str(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def badge(word: str, colour: str) -> str:
    """A status word on its colour: never colour alone."""
    return f'<span class="pj-badge" style="background:{colour}">{escape(word)}</span>'


def empty(message: str) -> str:
    """A panel that has nothing to show yet says so in words."""
    return f'<div class="pj-placeholder"><div class="pj-big">{escape(message)}</div></div>'
