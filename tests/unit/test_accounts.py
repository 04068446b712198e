"""Accounts: argon2 hashes, login with lockout, first-start admin, demo-only demo accounts, CLI."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from ocop_tracker import features
from ocop_tracker.accounts import users as accounts
from ocop_tracker.accounts.users import LoginError
from ocop_tracker.cli import main as cli
from ocop_tracker.core import audit, clock, queries, registry, settings
from ocop_tracker.core.db import get_setting, open_db
from ocop_tracker.core.errors import PermissionDeniedError, StaleEditError, ValidationError
from ocop_tracker.core.models import Actor, Role
from ocop_tracker.core.registry import Absent
from tests.conftest import ROOT

T0 = clock.parse_iso("2024-09-18T09:00")


# Spelt in two parts: a search of the repository for the statement finds its one writer only.
HISTORY_INSERT = "INSERT INTO " + "history"


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


def test_five_failures_make_that_name_wait_from_that_client_only(db, unit_account):
    for attempt in range(4):
        with pytest.raises(LoginError, match="Sai"):
            accounts.authenticate(db, "phong-vh-tt", f"sai-{attempt}", T0, client="10.0.0.9")
    with pytest.raises(LoginError, match="phải chờ") as locked:
        accounts.authenticate(db, "phong-vh-tt", "sai-5", T0, client="10.0.0.9")
    assert "09:00 18/09/2024" in locked.value.message("vi")  # 30 s at first
    # Stored in the database: a new connection (another server thread) sees the wait.
    other = open_db(db.conn.execute("PRAGMA database_list").fetchone()[2])
    with pytest.raises(LoginError, match="phải chờ"):
        accounts.authenticate(other, "phong-vh-tt", "mat-khau-vhtt", T0 + timedelta(seconds=20),
                              client="10.0.0.9")
    # The unit's own computer is never held up by someone guessing elsewhere.
    assert accounts.authenticate(other, "phong-vh-tt", "mat-khau-vhtt", T0,
                                 client="10.0.0.5").id == unit_account.id
    account = accounts.authenticate(other, "phong-vh-tt", "mat-khau-vhtt",
                                    T0 + timedelta(seconds=31), client="10.0.0.9")
    assert account.id == unit_account.id
    assert db.execute("SELECT count(*) FROM login_attempts").fetchone()[0] == 0


def test_a_reset_lifts_the_lockout_and_a_disabled_account_cannot_log_in(db, unit_account):
    for _ in range(5):
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
    assert names["le-tan"]["role"] == "reception"  # the reception desk's account
    vhtt = accounts.authenticate(demo, "phong-vh-tt", accounts.DEMO_PASSWORD)
    assert vhtt.agency_name == "Phòng Văn hóa và Thông tin"
    report = features.full_status(demo, queries.current_event_id(demo))["accounts"]
    assert report["by_role"] == {"admin": 1, "unit": len(names) - 5, "viewer": 1,
                                 "reception": 1, "approver": 2}


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
    with pytest.raises(Exception, match="từ 10"):
        accounts.create_account(db, "abc", "A", Role.VIEWER, None, "ngan", accounts.SYSTEM)
    with pytest.raises(Exception, match="Tên đăng nhập"):
        accounts.create_account(db, "a b<script>", "A", Role.VIEWER, None, "du-dai-roi",
                                accounts.SYSTEM)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO users (username, display_name, role, password_hash, created_at) "
                   "VALUES ('u', 'U', 'unit', 'x', 'now')")  # a unit account needs its unit


# ------------------------------------------------------------------ history and undo


@pytest.fixture
def admin(db):
    accounts.bootstrap_admin(db, "mat-khau-quan-tri")
    return accounts.authenticate(db, "admin", "mat-khau-quan-tri", T0).actor()


def latest(db):
    return audit.feed(db, limit=1)[0]


def test_the_admin_undoes_disabling_and_enabling_an_account(db, admin, unit_account):
    accounts.set_disabled(db, "phong-vh-tt", True, admin)
    entry = latest(db)
    assert (entry["entity"], entry["field"], entry["before"], entry["after"], entry["subject"]) == (
        "user", "disabled", "0", "1", "phong-vh-tt")
    assert audit.undoable(entry) and audit.last_own_change(db, admin)["id"] == entry["id"]
    audit.undo(db, entry["id"], admin)
    assert accounts.get_account(db, unit_account.id) is not None  # enabled again
    undo_row = latest(db)
    assert (undo_row["action"], undo_row["undoes"], undo_row["after"]) == ("undo", entry["id"], "0")
    accounts.set_disabled(db, "phong-vh-tt", True, admin)
    accounts.set_disabled(db, "phong-vh-tt", False, admin)
    audit.undo(db, latest(db)["id"], admin)  # undoing an enable disables again
    assert accounts.get_account(db, unit_account.id) is None


def test_an_account_undo_is_admin_only_and_refused_when_changed_since(db, admin, unit_account):
    accounts.set_disabled(db, "phong-vh-tt", True, admin)
    disabled = latest(db)["id"]
    accounts.set_disabled(db, "phong-vh-tt", False, accounts.SYSTEM)  # e.g. the CLI
    with pytest.raises(StaleEditError) as refused:
        audit.undo(db, disabled, admin)
    assert "hệ thống" in refused.value.message("vi")
    assert accounts.get_account(db, unit_account.id) is not None
    unit = unit_account.actor()
    with pytest.raises(PermissionDeniedError):
        accounts.undo_user_change(db, latest(db), unit, clock.now().isoformat())


def test_undo_never_disables_the_admin_doing_it(db, admin):
    other = accounts.create_account(db, "admin-2", "Quản trị 2", Role.ADMIN, None,
                                    "mat-khau-so-hai", admin).actor()
    accounts.set_disabled(db, "admin", True, other)
    accounts.set_disabled(db, "admin", False, other)
    with pytest.raises(ValidationError, match="Không tự vô hiệu hóa"):
        audit.undo(db, latest(db)["id"], admin)


def test_the_login_setting_is_undone_back_to_unset(db, admin):
    accounts.set_login_required(db, True, admin)
    entry = latest(db)
    assert (entry["entity"], entry["field"], entry["before"], entry["after"]) == (
        "setting", "require_login", None, "1")
    assert entry["subject"] == "Cài đặt" and audit.undoable(entry)
    audit.undo(db, entry["id"], admin)
    assert get_setting(db, accounts.LOGIN_SETTING) is None  # the row it did not have is gone
    assert (latest(db)["before"], latest(db)["after"]) == ("1", None)
    accounts.set_login_required(db, True, admin)
    accounts.set_login_required(db, False, admin)
    audit.undo(db, latest(db)["id"], admin)
    assert get_setting(db, accounts.LOGIN_SETTING) == "1"


def test_a_setting_undo_is_refused_when_changed_since_or_not_by_an_admin(db, admin):
    accounts.set_login_required(db, True, admin)
    first = latest(db)
    accounts.set_login_required(db, False, accounts.SYSTEM)
    accounts.set_login_required(db, True, accounts.SYSTEM)  # the same value again, by another
    with pytest.raises(StaleEditError) as refused:
        audit.undo(db, first["id"], admin)
    assert "bắt buộc đăng nhập" in refused.value.message("vi")
    assert get_setting(db, accounts.LOGIN_SETTING) == "1"
    viewer = Actor("Lãnh đạo", role=Role.VIEWER, account_id=99)
    with pytest.raises(PermissionDeniedError):
        settings.undo_setting(db, latest(db), viewer, clock.now().isoformat())


def test_password_resets_and_creations_are_recorded_but_never_undoable(db, admin, unit_account):
    accounts.reset_password(db, "phong-vh-tt", "mat-khau-moi-1", admin)
    reset = latest(db)
    assert (reset["action"], reset["field"], reset["before"], reset["after"]) == (
        "reset_password", "password", None, None)  # never the password, nor its hash
    created = next(e for e in audit.feed(db) if e["action"] == "create"
                   and e["subject"] == "phong-vh-tt")
    for entry in (reset, created):
        assert not audit.undoable(entry)
        with pytest.raises(ValidationError):
            audit.undo(db, entry["id"], admin)
    assert audit.last_own_change(db, admin) is None  # nothing offered on the admin's pages
    assert accounts.authenticate(db, "phong-vh-tt", "mat-khau-moi-1", T0)


def test_account_writes_go_through_the_audit_path_only():
    source = (ROOT / "ocop_tracker" / "accounts" / "users.py").read_text()
    source += (ROOT / "ocop_tracker" / "core" / "settings.py").read_text()
    source += (ROOT / "ocop_tracker" / "core" / "backup.py").read_text()
    assert HISTORY_INSERT not in source


def test_accounts_declare_every_surface_with_a_reason():
    feature = next(f for f in registry.features() if f.key == "accounts")
    for surface in (feature.projector, feature.report, feature.overview):
        assert isinstance(surface, Absent) and "TODO" not in surface.reason
    assert set(feature.undo) == {"user", "setting"}
    assert {"user", "setting", "database"} <= set(feature.subjects)
