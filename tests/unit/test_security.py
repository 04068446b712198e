"""A stale page's account, the database file, passwords and the login lockout: what an outside
probe broke, tried again through the same doors (commands, the CLI, login)."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest

from ocop_tracker.accounts import users as accounts
from ocop_tracker.accounts.users import LoginError
from ocop_tracker.booths import commands as booths
from ocop_tracker.cli.main import main
from ocop_tracker.core import audit, clock, queries
from ocop_tracker.core.db import StorageError, open_db, write_transaction
from ocop_tracker.core.errors import AccountGoneError, ValidationError
from ocop_tracker.delegates import commands as delegates
from ocop_tracker.events import commands as events
from ocop_tracker.programme import commands as programme
from ocop_tracker.tasks import commands as tasks

T0 = clock.parse_iso("2024-09-18T09:00")


# ------------------------------------------------------------------ a stale page's account


def _first(db, sql: str) -> dict:
    return next(db.query(sql))


# One write of every feature, each run as the demo's admin (allowed everything).
WRITES = {
    "tasks": lambda db, a: tasks.set_task_status(
        db, (r := _first(db, "SELECT id, version FROM tasks WHERE status != 'hoan_thanh'"))["id"],
        "hoan_thanh",
        r["version"], a),
    "booths": lambda db, a: booths.set_booth_check(
        db, (r := _first(db, "SELECT id, version FROM booths WHERE staffed = 0"))["id"], "staffed",
        True, r["version"], a),
    "delegates": lambda db, a: delegates.check_in(
        db, _first(db, "SELECT id FROM invitees WHERE arrived_at IS NULL")["id"], a),
    "programme": lambda db, a: programme.start_step(
        db, (r := _first(db, "SELECT id, version FROM programme_steps"))["id"],
        r["version"], a),
    "events": lambda db, a: events.set_current_event(db, queries.current_event_id(db), a),
    "accounts": lambda db, a: accounts.set_login_required(db, True, a),
    "undo": lambda db, a: audit.undo(db, _first(
        db, "SELECT max(id) AS id FROM history WHERE entity = 'task'")["id"], a),
}


@pytest.fixture
def demo_db(demo_path):
    database = open_db(demo_path)
    yield database
    database.close()


def _admin_actor(db):
    admin_id = _first(db, "SELECT id FROM users WHERE username = 'admin'")["id"]
    return accounts.get_account(db, admin_id).actor()


def _revision(db) -> int:
    return queries.data_revision(db)


@pytest.mark.parametrize("feature", sorted(WRITES))
def test_a_disabled_accounts_open_page_cannot_write(demo_db, feature):
    actor = _admin_actor(demo_db)  # what the page built when it was drawn
    demo_db.execute("UPDATE users SET disabled = 1 WHERE id = ?", [actor.account_id])
    demo_db.conn.commit()
    before = _revision(demo_db)
    with pytest.raises(AccountGoneError, match="vô hiệu hóa"):
        WRITES[feature](demo_db, actor)
    assert _revision(demo_db) == before  # nothing written


def test_a_restored_backup_that_gives_the_id_to_someone_else_refuses_the_old_page(demo_db):
    actor = _admin_actor(demo_db)
    demo_db.execute("UPDATE users SET username = 'nguoi-khac' WHERE id = ?", [actor.account_id])
    demo_db.conn.commit()
    with pytest.raises(AccountGoneError):
        WRITES["tasks"](demo_db, actor)
    demo_db.execute("DELETE FROM users WHERE id = ?", [actor.account_id])
    demo_db.conn.commit()
    with pytest.raises(AccountGoneError):
        WRITES["booths"](demo_db, actor)


def test_an_enabled_account_still_writes(demo_db):
    assert WRITES["tasks"](demo_db, _admin_actor(demo_db)).after == "hoan_thanh"


# ------------------------------------------------------------------ the database file


def _cli(monkeypatch, db: Path, *args: str, stdin: str = "") -> int:
    monkeypatch.setenv("OCOP_DB", str(db))
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(list(args))


def test_backup_with_a_mistyped_database_creates_nothing(tmp_path, monkeypatch, capsys):
    missing, dest = tmp_path / "ocop-go-sai.db", tmp_path / "sao-luu.db"
    assert _cli(monkeypatch, missing, "backup", str(dest)) != 0
    err = capsys.readouterr().err
    assert "Không có cơ sở dữ liệu ở" in err and str(missing) in err
    assert not missing.exists() and not dest.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", [["status"], ["user", "list"], ["events"],
                                     ["export", "--format", "csv"]])
def test_no_command_but_init_creates_a_database(tmp_path, monkeypatch, capsys, command):
    missing = tmp_path / "khong-co" / "ocop.db"
    assert _cli(monkeypatch, missing, *command) == 2
    assert str(missing) in capsys.readouterr().err
    assert not missing.parent.exists()


def test_the_app_does_not_recreate_a_deleted_database(db_path):
    db_path.unlink()
    with pytest.raises(Exception, match="Không có cơ sở dữ liệu"):
        open_db(db_path)
    assert not db_path.exists()


def test_a_read_only_or_full_database_is_said_in_words(db):
    task = _first(db, "SELECT id, version FROM tasks")
    admin = accounts.SYSTEM
    db.execute("PRAGMA query_only = 1")  # what a read-only file answers
    with pytest.raises(StorageError, match="chỉ cho đọc"):
        tasks.set_task_status(db, task["id"], "hoan_thanh", task["version"], admin)
    db.execute("PRAGMA query_only = 0")
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")  # no room for one more page
    with pytest.raises(StorageError, match="ổ đĩa đầy"):
        tasks.set_task_note(db, task["id"], "Đã liên hệ. " * 150, task["version"], admin)


# ------------------------------------------------------------------ passwords


@pytest.mark.parametrize("password", ["12345678", "password123", "1234567890", "ocop2024",
                                      "ocop2024-moi", "aaaaaaaaaaaa"])
def test_user_reset_refuses_weak_passwords(db_path, monkeypatch, capsys, password):
    monkeypatch.setenv(accounts.ADMIN_PASSWORD_ENV, "mat-khau-quan-tri")
    open_db(db_path).close()
    accounts.bootstrap_admin(open_db(db_path), "mat-khau-quan-tri")
    assert _cli(monkeypatch, db_path, "user", "reset", "admin", "--password-stdin",
                stdin=password + "\n") == 2
    assert "mật khẩu" in capsys.readouterr().err.lower()
    assert accounts.authenticate(open_db(db_path), "admin", "mat-khau-quan-tri", T0)


def test_a_good_password_is_accepted_and_the_demo_keeps_its_training_password(demo_db):
    accounts.reset_password(demo_db, "phong-kt", "ocop2024", accounts.SYSTEM)
    accounts.reset_password(demo_db, "phong-vh-tt", "hoa sen nở sớm", accounts.SYSTEM)
    assert accounts.authenticate(demo_db, "phong-vh-tt", "hoa sen nở sớm", T0)
    with pytest.raises(ValidationError):
        accounts.create_account(demo_db, "moi", "Mới", "viewer", None, "12345678",
                                accounts.SYSTEM)


# ------------------------------------------------------------------ login and lockout


def _fail(db, name: str, times: int, client: str, at=T0) -> str:
    message = ""
    for _ in range(times):
        with pytest.raises(LoginError) as refused:
            accounts.authenticate(db, name, "doan-bua", at, client=client)
        message = refused.value.message("vi")
    return message


def test_refusals_never_tell_which_names_exist(demo_db):
    for times in (1, 5):
        known = _fail(demo_db, "phong-kt", times, client=f"k{times}")
        unknown = _fail(demo_db, "khong-ton-tai", times, client=f"k{times}")
        assert known == unknown


def test_waits_grow_but_never_lock_the_admin_out_for_good(demo_db, monkeypatch, capsys):
    assert [accounts.lockout_after(n) for n in (4, 5, 6, 7)] == [
        None, timedelta(seconds=30), timedelta(seconds=60), timedelta(seconds=120)]
    assert accounts.lockout_after(50) == timedelta(minutes=15)
    _fail(demo_db, "admin", 5, client="10.0.0.66")
    # The admin's own computer is not held up by a guesser on another one ...
    assert accounts.authenticate(demo_db, "admin", "ocop2024", T0, client="10.0.0.2")
    # ... and the server's shell lets the name try again from anywhere.
    path = demo_db.conn.execute("PRAGMA database_list").fetchone()[2]
    assert _cli(monkeypatch, Path(path), "user", "unlock", "admin") == 0
    assert accounts.authenticate(demo_db, "admin", "ocop2024", T0, client="10.0.0.66")


# ------------------------------------------------------------------ text lengths


def test_every_text_has_a_server_side_limit(demo_db):
    admin = _admin_actor(demo_db)
    event_id = queries.current_event_id(demo_db)
    group = _first(demo_db, "SELECT id FROM delegate_groups")["id"]
    before = _revision(demo_db)
    with pytest.raises(ValidationError, match="tối đa"):
        delegates.add_count_block(demo_db, event_id, group, "x" * 100_000, 5, 1, admin)
    # What no form limits is stopped where every change is recorded.
    with pytest.raises(ValidationError, match="dài quá"):
        with write_transaction(demo_db):
            audit.record(demo_db, admin, "task", 1, "note", None, "y" * 20_000)
    assert _revision(demo_db) == before


# ------------------------------------------------------------------ kiosk links


def test_a_kiosk_link_is_kept_hashed_works_until_revoked_and_only_the_admin_makes_one(demo_db):
    from ocop_tracker.accounts import kiosk
    from ocop_tracker.core.errors import PermissionDeniedError

    token_id, secret = kiosk.create_link(demo_db, "  Máy chiếu   phòng họp ", accounts.SYSTEM)
    stored = _first(demo_db, "SELECT * FROM kiosk_tokens")
    assert secret not in str(stored.values()) and stored["label"] == "Máy chiếu phòng họp"
    assert kiosk.is_valid(demo_db, secret) and not kiosk.is_valid(
        demo_db, secret[:-1] + ("y" if secret.endswith("x") else "x"))  # one character off
    unit = accounts.get_account(demo_db, _first(
        demo_db, "SELECT id FROM users WHERE username = 'phong-kt'")["id"]).actor()
    with pytest.raises(PermissionDeniedError):
        kiosk.create_link(demo_db, "Của tôi", unit)
    kiosk.revoke(demo_db, token_id, _admin_actor(demo_db))
    assert not kiosk.is_valid(demo_db, secret)
    made, revoked = audit.feed(demo_db, 2)[::-1]
    assert (made["action"], revoked["action"], revoked["subject"]) == (
        "create", "revoke", "Máy chiếu phòng họp")
    assert not audit.undoable(revoked)
