"""CLI subcommands for accounts and backups: user add|reset|list|disable|enable, backup, restore."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from ocop_tracker.accounts import users as accounts
from ocop_tracker.core import backup
from ocop_tracker.core.db import db_path, open_db
from ocop_tracker.core.models import Role

Add = Callable[..., argparse.ArgumentParser]


def register(commands: argparse._SubParsersAction, add: Add) -> None:
    """Add `user`, `backup` and `restore` to the CLI."""
    user = add(commands, "user", "quản lý tài khoản (add | reset | list | disable | enable | "
               "unlock)", _cmd_user)
    user.add_argument("action", choices=["add", "reset", "list", "disable", "enable", "unlock"])
    user.add_argument("username", nargs="?", help="tên đăng nhập")
    user.add_argument("--name", help="tên hiển thị (mặc định: tên đơn vị)")
    user.add_argument("--role", choices=[r.value for r in Role], default=Role.UNIT.value)
    user.add_argument("--unit", help="đơn vị (tên đầy đủ hoặc tên ngắn), bắt buộc với role unit")
    user.add_argument("--password-stdin", action="store_true",
                      help="đọc mật khẩu từ stdin (mặc định: tạo mật khẩu ngẫu nhiên)")
    dump = add(commands, "backup", "sao lưu CSDL (an toàn khi ứng dụng đang chạy)", _cmd_backup)
    dump.add_argument("path", type=Path, help="tệp sao lưu sẽ tạo")
    load = add(commands, "restore", "khôi phục CSDL từ tệp sao lưu đã kiểm tra", _cmd_restore)
    load.add_argument("path", type=Path, help="tệp sao lưu")


def announce_admin(password: str | None) -> None:
    """Print the first admin password once (it is stored only as a hash)."""
    if password is None:
        return
    if password == os.environ.get(accounts.ADMIN_PASSWORD_ENV):
        print(f"Đã tạo tài khoản quản trị '{accounts.ADMIN_USERNAME}' với mật khẩu "
              f"từ {accounts.ADMIN_PASSWORD_ENV}.")
        return
    print(f"Đã tạo tài khoản quản trị '{accounts.ADMIN_USERNAME}'. Mật khẩu (chỉ hiện MỘT lần, "
          f"hãy ghi lại): {password}")


def _cmd_user(args: argparse.Namespace) -> int:
    db = open_db(args.db)
    if args.action == "list":
        for row in accounts.list_accounts(db):
            state = "vô hiệu" if row["disabled"] else "hoạt động"
            print(f"{row['username']:<16} {row['role']:<7} {state:<10} "
                  f"{row['display_name']} · {row['agency'] or '—'}")
        return 0
    if not args.username:
        sys.exit("Lỗi: cần tên đăng nhập.")
    if args.action == "unlock":  # the server's shell can always let a name try again
        accounts.unlock(db, args.username, accounts.SYSTEM)
        print(f"Đã gỡ chờ đăng nhập của {args.username} (mọi máy).")
        return 0
    if args.action in ("disable", "enable"):
        accounts.set_disabled(db, args.username, args.action == "disable", accounts.SYSTEM)
        print(f"Đã {'vô hiệu hóa' if args.action == 'disable' else 'mở lại'} {args.username}.")
        return 0
    password = _password(args)
    if args.action == "reset":
        accounts.reset_password(db, args.username, password, accounts.SYSTEM)
    else:
        agency_id, unit_name = _unit(db, args.unit)
        accounts.create_account(db, args.username, args.name or unit_name or args.username,
                                args.role, agency_id, password, accounts.SYSTEM)
    if not args.password_stdin:
        print(f"Mật khẩu của {args.username} (chỉ hiện MỘT lần): {password}")
    else:
        print(f"Đã lưu mật khẩu của {args.username}.")
    return 0


def _password(args: argparse.Namespace) -> str:
    if not args.password_stdin:
        return accounts.generate_password()
    return (sys.stdin.readline() if not sys.stdin.isatty() else getpass.getpass()).strip()


def _unit(db: Database, unit: str | None) -> tuple[int | None, str | None]:
    if not unit:
        return None, None
    row = db.execute("SELECT id, name FROM agencies WHERE name = ? OR short_name = ?",
                     [unit, unit]).fetchone()
    if row is None:
        sys.exit(f"Lỗi: không có đơn vị “{unit}”.")
    return row[0], row[1]


def _cmd_backup(args: argparse.Namespace) -> int:
    source = args.db or db_path()
    open_db(source).close()  # a clear message if the live file is broken
    print(f"Đã sao lưu {source} → {backup.backup(source, args.path)}")
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    target = args.db or db_path()
    safety = backup.restore(args.path, target)
    print(f"Đã khôi phục {target} từ {args.path}.")
    if safety:
        print(f"Dữ liệu trước khi khôi phục được giữ ở {safety}.")
    return 0
