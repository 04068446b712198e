"""Sending one message to one address: e-mail through the SMTP settings, the rest via apprise.

The SMTP password is read from the environment when a message is sent and goes nowhere
else: not into the database, not into a log line, not into an error reason (see `scrub`).
"""

from __future__ import annotations

import logging
import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, make_msgid

from ocop_tracker.core.strings import t
from ocop_tracker.reminders import addresses

SMTP_TIMEOUT_S = 10
CHAT_TIMEOUT_S = 10
LOG = logging.getLogger("ocop_tracker.reminders")


class DeliveryError(Exception):
    """A message could not be handed over; the message says why (secrets removed)."""


@dataclass(frozen=True)
class SmtpSettings:
    """OCOP_SMTP_* read at send time (never stored)."""

    host: str
    port: int
    sender: str
    user: str
    password: str
    starttls: bool

    @classmethod
    def from_env(cls) -> SmtpSettings | None:
        """The settings, or None when OCOP_SMTP_HOST is not set."""
        host = os.environ.get("OCOP_SMTP_HOST", "").strip()
        if not host:
            return None
        flag = os.environ.get("OCOP_SMTP_STARTTLS", "").strip().lower()
        return cls(host=host, port=int(os.environ.get("OCOP_SMTP_PORT") or 25),
                   sender=os.environ.get("OCOP_SMTP_FROM", "").strip() or f"ocop@{host}",
                   user=os.environ.get("OCOP_SMTP_USER", "").strip(),
                   password=os.environ.get("OCOP_SMTP_PASSWORD", ""),
                   starttls=flag in ("1", "true", "yes", "on"))

    def __repr__(self) -> str:  # a settings object printed by accident shows no password
        return f"SmtpSettings(host={self.host!r}, port={self.port}, user={self.user!r})"


def scrub(message: str) -> str:
    """An error reason with the SMTP password taken out, whatever library wrote it."""
    secret = os.environ.get("OCOP_SMTP_PASSWORD", "")
    return message.replace(secret, "***") if secret else message


def deliver(address: str, subject: str, body_text: str, body_html: str) -> None:
    """Hand one message over; DeliveryError(reason) when it could not be."""
    try:
        if addresses.is_email(address):
            _send_mail(address, subject, body_text, body_html)
        else:
            _send_chat(address, subject, body_text)
    except DeliveryError as exc:
        raise DeliveryError(scrub(str(exc))) from None
    except (OSError, smtplib.SMTPException, ValueError) as exc:
        raise DeliveryError(scrub(f"{type(exc).__name__}: {exc}")) from None
    LOG.info("delivered %r to %s", subject, addresses.shown(address))


def _send_mail(address: str, subject: str, body_text: str, body_html: str) -> None:
    settings = SmtpSettings.from_env()
    if settings is None:
        raise DeliveryError(t("rem.no_smtp"))
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = formataddr((t("app.title"), settings.sender))
    message["To"] = address
    message["Message-ID"] = make_msgid(domain=settings.sender.rpartition("@")[2] or None)
    message.set_content(body_text)
    message.add_alternative(body_html, subtype="html")
    with smtplib.SMTP(settings.host, settings.port, timeout=SMTP_TIMEOUT_S) as smtp:
        if settings.starttls:
            smtp.starttls(context=ssl.create_default_context())
        if settings.user:
            smtp.login(settings.user, settings.password)
        smtp.send_message(message)


def _send_chat(address: str, subject: str, body_text: str) -> None:
    import apprise  # slow to import: only when a chat message is sent

    notifier = apprise.Apprise()
    if not notifier.add(address):
        raise DeliveryError(t("rem.bad_address", address=addresses.shown(address)))
    with apprise.LogCapture(level=logging.WARNING, fmt="%(message)s") as captured:
        ok = notifier.notify(body=body_text, title=subject, timeout=CHAT_TIMEOUT_S)
    if not ok:
        reason = " ".join(str(captured.getvalue()).split())[:300]
        raise DeliveryError(reason or "apprise: notification refused")
