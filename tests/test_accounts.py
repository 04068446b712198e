"""Accounts: argon2 hashes, login with lockout, first-start admin, demo-only demo accounts, CLI."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from ocop_tracker import features
from ocop_tracker.accounts import users as accounts
from ocop_tracker.accounts.users import LoginError
from ocop_tracker.cli import main as cli
from ocop_tracker.core import clock, queries
from ocop_tracker.core.db import open_db
from ocop_tracker.core.models import Role

T0 = clock.parse_iso("2024-09-18T09:00")


@pytest.fixture
def unit_account(db):
    return accounts.create_account(db, "Phong-VH-TT", "Phòng Văn hóa và Thông tin", Role.UNIT, 3,
                                   "mat-khau-vhtt", accounts.SYSTEM)


def test_passwords_are_stored_as_argon2id_hashes(db, unit_account):
    stored = db.execute("SELECT password_hash FROM users").fetchone()[0]
    assert stored.startswith("$argon2id$") and "mat-khau-vhtt" not in stored
    assert unit_account.username == "phong-vh-tt"
    assert unit_account.actor().role == Role.UNIT and unit_account.actor().agency_id == 3
    changes = db.execute("SELECT field, after FROM history WHERE entity = 'user'").fetchall()
    assert changes == [("account", "phong-vh-tt (unit)")]


def test_login_checks_the_password(db, unit_account):
    assert accounts.authenticate(db, "phong-vh-tt", "mat-khau-vhtt", T0).id == unit_account.id
    assert accounts.authenticate(db, "PHONG-VH-TT", "mat-khau-vhtt", T0).id == unit_account.id
    for name, password in (("phong-vh-tt", "sai"), ("khong-co", "mat-khau-vhtt")):
        with pytest.raises(LoginError) as refused:
            accounts.authenticate(db, name, password, T0)
        assert refused.value.message("vi") == "Sai tên đăng nhập hoặc mật khẩu."


def test_five_failures_lock_the_account_for_fifteen_minutes(db, unit_account):
    for attempt in range(4):
        with pytest.raises(LoginError, match="Sai"):
            accounts.authenticate(db, "phong-vh-tt", f"sai-{attempt}", T0)
    with pytest.raises(LoginError, match="tạm khoá") as locked:
        accounts.authenticate(db, "phong-vh-tt", "sai-5", T0)
    assert "09:15 18/09/2024" in locked.value.message("vi")
    # Stored in the database: a new connection (another server thread) sees the lockout.
    other = open_db(db.conn.execute("PRAGMA database_list").fetchone()[2])
    with pytest.raises(LoginError, match="tạm khoá"):
        accounts.authenticate(other, "phong-vh-tt", "mat-khau-vhtt", T0 + timedelta(minutes=14))
    account = accounts.authenticate(other, "phong-vh-tt", "mat-khau-vhtt",
                                    T0 + timedelta(minutes=15, seconds=1))
    assert account.id == unit_account.id
    row = next(db.query("SELECT failed_logins, locked_until FROM users"))
    assert (row["failed_logins"], row["locked_until"]) == (0, None)


def test_a_reset_lifts_the_lockout_and_a_disabled_account_cannot_log_in(db, unit_account):
    for attempt in range(5):
        with pytest.raises(LoginError):
            accounts.authenticate(db, "phong-vh-tt", "sai", T0)
    accounts.reset_password(db, "phong-vh-tt", "mat-khau-moi", accounts.SYSTEM)
    assert accounts.authenticate(db, "phong-vh-tt", "mat-khau-moi", T0)
    accounts.set_disabled(db, "phong-vh-tt", True, accounts.SYSTEM)
    with pytest.raises(LoginError, match="vô hiệu"):
        accounts.authenticate(db, "phong-vh-tt", "mat-khau-moi", T0)
    assert accounts.get_account(db, unit_account.id) is None  # a session in progress ends too


def test_first_init_prints_a_one_time_admin_password_and_never_again(tmp_path, capsys,
                                                                      monkeypatch):
    monkeypatch.delenv(accounts.ADMIN_PASSWORD_ENV, raising=False)
    path = tmp_path / "real.db"
    assert cli.main(["init", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    password = out.split("hãy ghi lại): ")[1].strip()
    assert len(password) >= 16
    db = open_db(path)
    admin = accounts.authenticate(db, "admin", password)
    assert admin.role == Role.ADMIN and admin.agency_name == "Phòng Kinh tế"
    assert cli.main(["init", "--db", str(path)]) == 0
    assert "Mật khẩu" not in capsys.readouterr().out
    with pytest.raises(LoginError):
        accounts.authenticate(db, "admin", accounts.DEMO_PASSWORD)


def test_init_takes_the_admin_password_from_the_environment(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv(accounts.ADMIN_PASSWORD_ENV, "mat-khau-tu-env")
    path = tmp_path / "real.db"
    assert cli.main(["init", "--db", str(path)]) == 0
    assert "mat-khau-tu-env" not in capsys.readouterr().out
    assert accounts.authenticate(open_db(path), "admin", "mat-khau-tu-env").role == Role.ADMIN


def test_demo_accounts_exist_only_in_the_demo_database(db, demo_path):
    assert db.execute("SELECT count(*) FROM users").fetchone()[0] == 0
    demo = open_db(demo_path)
    names = {r["username"]: r for r in accounts.list_accounts(demo)}
    assert {"admin", "phong-kt", "phong-vh-tt", "lanh-dao"} <= set(names)
    assert names["lanh-dao"]["role"] == "viewer"
    vhtt = accounts.authenticate(demo, "phong-vh-tt", accounts.DEMO_PASSWORD)
    assert vhtt.agency_name == "Phòng Văn hóa và Thông tin"
    report = features.full_status(demo, queries.current_event_id(demo))["accounts"]
    assert report["by_role"] == {"admin": 1, "unit": len(names) - 2, "viewer": 1}


def test_user_cli_adds_resets_and_lists(db_path, capsys):
    assert cli.main(["user", "add", "vhtt", "--unit", "Phòng VH-TT", "--db", str(db_path)]) == 0
    first = capsys.readouterr().out.rsplit(": ", 1)[1].strip()
    assert cli.main(["user", "reset", "vhtt", "--db", str(db_path)]) == 0
    second = capsys.readouterr().out.rsplit(": ", 1)[1].strip()
    db = open_db(db_path)
    with pytest.raises(LoginError):
        accounts.authenticate(db, "vhtt", first)
    assert accounts.authenticate(db, "vhtt", second).agency_id == 3
    assert cli.main(["user", "list", "--db", str(db_path)]) == 0
    assert "vhtt" in capsys.readouterr().out
    assert cli.main(["user", "add", "xx", "--role", "unit", "--db", str(db_path)]) == 2
    assert "phải chọn đơn vị" in capsys.readouterr().err


def test_usernames_and_passwords_are_validated(db):
    with pytest.raises(Exception, match="ít nhất 8"):
        accounts.create_account(db, "abc", "A", Role.VIEWER, None, "ngan", accounts.SYSTEM)
    with pytest.raises(Exception, match="Tên đăng nhập"):
        accounts.create_account(db, "a b<script>", "A", Role.VIEWER, None, "du-dai-roi",
                                accounts.SYSTEM)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO users (username, display_name, role, password_hash, created_at) "
                   "VALUES ('u', 'U', 'unit', 'x', 'now')")  # a unit account needs its unit
