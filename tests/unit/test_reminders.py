"""Daily digests reach the units: a real SMTP server (aiosmtpd) and a real webhook on loopback,
the demo database at 18/09/2024 09:00, once per unit per day, failures retried, no secret kept."""

from __future__ import annotations

import email
import email.policy
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from ocop_tracker.cli.main import main
from ocop_tracker.core import audit
from ocop_tracker.core.db import open_db
from ocop_tracker.core.models import Actor, Role
from ocop_tracker.reminders import commands, queries

SECRET = "Mk-b1-mat-9917"  # the SMTP password: must never be written anywhere
TRAILER_UNITS = {"hoi-nd@ocop.example", "doan-tn@ocop.example", "ttvh-tt-tt@ocop.example"}
DUE_UNITS = TRAILER_UNITS | {"phong-kt@ocop.example"}
ADMIN = Actor("Quản trị kiểm thử", role=Role.ADMIN)


class Inbox:
    """What the SMTP server received: one parsed message per recipient."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, email.message.EmailMessage]] = []
        self.logins: list[bytes] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.extend((rcpt, message) for rcpt in envelope.rcpt_tos)
        return "250 OK"

    def to(self) -> list[str]:
        return sorted(rcpt for rcpt, _ in self.messages)

    def body(self, rcpt: str, kind: str = "plain") -> str:
        message = next(m for r, m in reversed(self.messages) if r == rcpt)  # the latest
        return message.get_body((kind,)).get_content()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class SmtpServer:
    """aiosmtpd on a loopback port that can be stopped and started again on the same port."""

    def __init__(self) -> None:
        self.inbox = Inbox()
        self.port = _free_port()
        self.controller: Controller | None = None

    def _accept(self, server, session, envelope, mechanism, auth_data):
        self.inbox.logins.append(auth_data.login)
        return AuthResult(success=auth_data.password == SECRET.encode())

    def start(self) -> None:
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port,
                                     authenticator=self._accept, auth_require_tls=False)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture(scope="module")
def smtp():
    server = SmtpServer()
    server.start()
    yield server
    server.stop()


class Hook(BaseHTTPRequestHandler):
    received: list[dict] = []

    def do_POST(self):  # noqa: N802 (http.server's name)
        length = int(self.headers["Content-Length"])
        Hook.received.append(json.loads(self.rfile.read(length)))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):  # keep the test output clean
        pass


@pytest.fixture(scope="module")
def webhook():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"json://127.0.0.1:{server.server_address[1]}/ocop"
    server.shutdown()
    server.server_close()


@pytest.fixture
def mail_env(monkeypatch, smtp, webhook):
    smtp.inbox.messages.clear()
    Hook.received.clear()
    if smtp.controller is None:
        smtp.start()
    monkeypatch.setenv("OCOP_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("OCOP_SMTP_PORT", str(smtp.port))
    monkeypatch.setenv("OCOP_SMTP_FROM", "nhac-viec@ocop.example")
    monkeypatch.setenv("OCOP_SMTP_USER", "ocop")
    monkeypatch.setenv("OCOP_SMTP_PASSWORD", SECRET)
    monkeypatch.setenv("OCOP_SMTP_STARTTLS", "0")
    monkeypatch.setenv("OCOP_PUBLIC_URL", "https://ocop.hocmon.example/")
    monkeypatch.setenv("OCOP_NOW", "2024-09-18T09:00")
    return smtp


def remind(path: Path, *extra: str) -> int:
    return main(["remind", "--db", str(path), *extra])


def test_dry_run_json_says_what_would_go_and_sends_nothing(demo_path, mail_env, capsys):
    assert remind(demo_path, "--dry-run", "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert out["date"] == "2024-09-18"
    by_unit = {d["unit"]: d for d in out["digests"]}
    assert set(by_unit) == {"Phòng Kinh tế", "Hội Nông dân huyện", "Đoàn Thanh niên huyện",
                            "Trung tâm Văn hóa - Thể thao và Truyền thông huyện"}
    trailer = by_unit["Hội Nông dân huyện"]
    assert trailer["recipients"] == ["hoi-nd@ocop.example"] and trailer["overdue"] == []
    assert {(d["code"], d["deadline"][:10], d["days_left"]) for d in trailer["due"]} == {
        ("III.1.1-05", "2024-09-20", 2), ("III.1.3-02", "2024-09-20", 2)}
    kt = by_unit["Phòng Kinh tế"]
    assert [d["code"] for d in kt["due"]] == ["III.2-04", "III.2-13"] and kt["changed"] == 2
    assert mail_env.inbox.messages == []
    db = open_db(demo_path)
    assert db.execute("SELECT count(*) FROM reminder_deliveries").fetchone()[0] == 0


def test_each_unit_gets_one_digest_a_day_and_failures_are_retried_once(
        demo_path, mail_env, webhook, monkeypatch, capsys):
    db = open_db(demo_path)
    commands.set_contact(db, "hoi nong dan huyen", webhook, ADMIN)  # the unit's chat, too
    assert remind(demo_path) == 0
    inbox = mail_env.inbox
    assert inbox.to() == sorted(DUE_UNITS)  # exactly one message each
    for unit in TRAILER_UNITS:
        assert "III.1.1-05" in inbox.body(unit) and "trước 20/09/2024 (còn 2 ngày)" in inbox.body(
            unit)
    kt = inbox.body("phong-kt@ocop.example")
    assert "III.2-13" in kt and "trước 25/09/2024" in kt and "III.1.1-05" not in kt
    assert "https://ocop.hocmon.example/nhiem-vu?unit=2" in kt
    assert "lần tới Thứ Bảy, 28/09/2024" in kt  # the weekend duty it supports
    subject = next(m for r, m in inbox.messages if r == "hoi-nd@ocop.example")["Subject"]
    assert subject == "[OCOP Hóc Môn] 2 việc đến hạn trong 3 ngày, 0 quá hạn"
    assert [h["title"] for h in Hook.received] == [subject]  # the webhook got it once
    assert "III.1.3-02" in Hook.received[0]["message"]

    assert remind(demo_path) == 0  # cron again, same day: nothing new
    assert len(inbox.messages) == 4 and len(Hook.received) == 1

    monkeypatch.setenv("OCOP_NOW", "2024-09-19T07:00")
    mail_env.stop()
    assert remind(demo_path) == 1  # the mail server is down: recorded, non-zero exit
    failed = {r["address"]: r["error"] for r in queries.deliveries(db) if r["state"] == "failed"}
    assert set(failed) == DUE_UNITS and all("Connection refused" in e for e in failed.values())
    assert len(Hook.received) == 2  # the chat still got today's digest
    assert "sẽ gửi lại" in capsys.readouterr().out

    mail_env.start()
    assert remind(demo_path) == 0
    assert inbox.to() == sorted([*DUE_UNITS, *DUE_UNITS])  # each failure delivered once
    assert "còn 1 ngày" in inbox.body("doan-tn@ocop.example")
    assert remind(demo_path) == 0 and len(inbox.messages) == 8 and len(Hook.received) == 2
    assert queries.status_summary(db, 1) == {
        "last_run": "2024-09-19T07:00:00+07:00", "delivered": 10, "failed": 0, "pending": 0,
        "contacts": 12}


def test_no_secret_in_logs_database_or_output(demo_path, mail_env, monkeypatch, capsys, caplog):
    caplog.set_level("DEBUG")
    assert remind(demo_path, "--unit", "Phòng KT") == 0
    assert mail_env.inbox.logins[-1] == b"ocop"  # it logged in with the password
    mail_env.stop()  # a failure: its reason is logged, printed and stored
    assert remind(demo_path, "--unit", "doan tn", "--json") == 1
    said = capsys.readouterr()
    db = open_db(demo_path)
    assert "Connection refused" in queries.deliveries(db)[0]["error"]
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    stored = b"".join(p.read_bytes() for p in demo_path.parent.glob(demo_path.name + "*"))
    for place in (said.out, said.err, caplog.text, stored.decode("utf-8", "replace")):
        assert SECRET not in place


def test_contacts_by_unit_name_without_diacritics_validated_and_undoable(demo_path, capsys):
    path = str(demo_path)
    assert main(["contact", "set", "phong van hoa va thong tin", "Mailto:VH@HocMon.example",
                 "--db", path]) == 0
    assert main(["contact", "set", "Phòng VH-TT", "khong-phai-dia-chi", "--db", path]) == 2
    assert "không phải địa chỉ" in capsys.readouterr().err
    assert main(["contact", "remove", "PHÒNG VH-TT", "phong-vh-tt@ocop.example",
                 "--db", path]) == 0
    assert main(["contact", "list", "--db", path]) == 0
    listed = [line for line in capsys.readouterr().out.splitlines()
              if line.startswith("Phòng VH-TT ")]
    assert [line.split()[-1] for line in listed] == ["vh@hocmon.example"]
    db = open_db(demo_path)
    removal = audit.feed(db, limit=1)[0]
    assert removal["subject"] == "Phòng VH-TT · phong-vh-tt@ocop.example"
    audit.undo(db, removal["id"], ADMIN)
    assert len(queries.contacts(db, 3)) == 2


def test_a_chat_token_is_masked_wherever_the_address_is_shown(demo_path):
    db = open_db(demo_path)
    token_url = "tgram://123456789:AAsecretTOKENvalue/987654"
    change = commands.set_contact(db, "Đoàn TN", token_url, ADMIN)
    assert queries.contact_subjects(db, [change.entity_id])[change.entity_id] == (
        "Đoàn TN · tgram://1...e/987654/")
    assert main(["contact", "list", "--db", str(demo_path)]) == 0


def test_two_runs_at_once_still_send_each_digest_once(demo_path, mail_env):
    """Cron every 15 minutes can overlap a slow run: the claim lets one run send each."""
    from ocop_tracker.core import clock
    from ocop_tracker.reminders import outbox

    moment = clock.parse_iso("2024-09-18T09:00")
    codes: list[int] = []

    def one_run() -> None:
        db = open_db(demo_path)
        codes.append(len(outbox.run(db, moment).failed))
        db.close()

    runs = [threading.Thread(target=one_run) for _ in range(3)]
    for run in runs:
        run.start()
    for run in runs:
        run.join()
    assert codes == [0, 0, 0] and mail_env.inbox.to() == sorted(DUE_UNITS)


def test_a_failed_delivery_to_a_removed_address_is_not_retried(demo_path, monkeypatch, capsys):
    monkeypatch.delenv("OCOP_SMTP_HOST", raising=False)  # no mail server: every e-mail fails
    monkeypatch.setenv("OCOP_NOW", "2024-09-18T09:00")
    assert remind(demo_path, "--unit", "Phòng KT") == 1
    db = open_db(demo_path)
    assert "OCOP_SMTP_HOST" in queries.deliveries(db)[0]["error"]
    commands.remove_contact(db, "Phòng KT", "phong-kt@ocop.example", ADMIN)
    assert remind(demo_path, "--unit", "Phòng KT") == 0
    assert queries.deliveries(db)[0]["state"] == "cancelled"
