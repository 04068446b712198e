"""What a contact address is: an e-mail address or a notification URL apprise understands."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

EMAIL = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+$")
ADDRESS_LIMIT = 500


def normalise(address: str) -> str:
    """Spaces trimmed; 'mailto:' dropped from a plain address; e-mail in lower case."""
    text = unicodedata.normalize("NFC", address).strip()
    if text.lower().startswith("mailto:") and EMAIL.match(text[7:]):
        text = text[7:]
    return text.lower() if EMAIL.match(text) else text


def is_email(address: str) -> bool:
    """True for a plain e-mail address (sent through the SMTP settings)."""
    return bool(EMAIL.match(address))


def is_valid(address: str) -> bool:
    """An e-mail address, or a URL one of apprise's services accepts."""
    if not address or len(address) > ADDRESS_LIMIT or any(c.isspace() for c in address):
        return False
    if is_email(address):
        return True
    return "://" in address and _plugin(address) is not None


def shown(address: str) -> str:
    """The address as a screen may show it: tokens and passwords in a URL are masked."""
    if is_email(address):
        return address
    plugin = _plugin(address)
    if plugin is None:
        return address.split("://", 1)[0] + "://…"
    return str(plugin.url(privacy=True)).split("?", 1)[0]


@lru_cache(maxsize=256)
def _plugin(address: str) -> Any:
    # apprise takes most of a second to import: only when a URL is actually read.
    import apprise

    return apprise.Apprise.instantiate(address)
