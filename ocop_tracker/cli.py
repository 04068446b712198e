"""python -m ocop_tracker: build the database, print the readiness summary."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from ocop_tracker import accounts, admin_cli, clock, fmt, queries, status
from ocop_tracker.backup import BackupError
from ocop_tracker.db import DatabaseFileError, db_path, open_db
from ocop_tracker.errors import UserFacingError
from ocop_tracker.fixtures import build_demo_db
from ocop_tracker.plandata import DEFAULT_PLAN, PlanDataError, install_plan, load_plan
from ocop_tracker.strings import t

DEMO_DB = Path(db_path()).parent / "demo.db"


class CliError(Exception):
    """A failure reported to the user in one line, exit code 2."""


# Each feature's module adds its subcommands: register(commands, add) (add = _add below).
SUBCOMMANDS: list[Callable[..., None]] = [admin_cli.register]


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        return args.handler(args)
    except (CliError, DatabaseFileError, PlanDataError, clock.ClockError, BackupError,
            UserFacingError) as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m ocop_tracker", description=t("app.title"))
    commands = parser.add_subparsers(required=True, metavar="LỆNH")
    _add(commands, "init", "tạo hoặc cập nhật cơ sở dữ liệu từ data/plan.toml", _cmd_init)
    init = commands.choices["init"]
    init.add_argument("--plan", type=Path, default=DEFAULT_PLAN, help="tệp kế hoạch TOML")
    init.add_argument("--demo", action="store_true",
                      help="tạo CSDL demo riêng (mặc định data/demo.db) với tiến độ mẫu 18/9/2024")
    status_cmd = _add(commands, "status", "in tóm tắt mức độ sẵn sàng", _cmd_status)
    status_cmd.add_argument("--json", action="store_true", help="in dạng JSON")
    for register in SUBCOMMANDS:
        register(commands, _add)
    return parser


def _add(commands: argparse._SubParsersAction, name: str, help_text: str,
         handler: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
    sub = commands.add_parser(name, help=help_text, description=help_text)
    sub.set_defaults(handler=handler)
    sub.add_argument("--db", type=Path, help="tệp SQLite (mặc định: $OCOP_DB hoặc data/ocop.db)")
    return sub


def _cmd_init(args: argparse.Namespace) -> int:
    if args.demo:
        return _init_demo(args.db or DEMO_DB)
    db = open_db(args.db)
    event_id = install_plan(db, load_plan(args.plan))
    count = db.execute("SELECT count(*) FROM tasks WHERE event_id = ?", [event_id]).fetchone()[0]
    print(f"Đã nạp kế hoạch vào {args.db or db_path()}: {count} nhiệm vụ.")
    admin_cli.announce_admin(accounts.bootstrap_admin(
        db, os.environ.get(accounts.ADMIN_PASSWORD_ENV) or None))
    return 0


def _init_demo(path: Path) -> int:
    if path.exists():
        existing = open_db(path)
        if not queries.is_demo(existing) and queries.current_event_id(existing) is not None:
            raise CliError(f"{path} là CSDL thật, không ghi dữ liệu mẫu vào đó.")
        existing.close()
        _remove_database(path)
    demo = build_demo_db(path)
    print(f"Đã tạo CSDL demo {path} (tiến độ mẫu đến 09:00 18/09/2024).")
    names = ", ".join(row["username"] for row in accounts.list_accounts(demo))
    print(f"Tài khoản tập huấn (mật khẩu chung '{accounts.DEMO_PASSWORD}'): {names}")
    print(f"Chạy ứng dụng trên nó: OCOP_DB={path} OCOP_NOW=2024-09-18T09:00 streamlit run app.py")
    return 0


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _cmd_status(args: argparse.Namespace) -> int:
    db = open_db(args.db)
    event_id = queries.current_event_id(db)
    if event_id is None:
        raise CliError(t("error.no_event"))
    if args.json:
        print(json.dumps(status.full_status(db, event_id), ensure_ascii=False, indent=2))
        return 0
    snap = status.snapshot(db, event_id)
    s = snap.summary
    print(snap.event["title"])
    print(t("overview.headline", total=s.total, due=s.due, done=s.done,
            percent=fmt.vn_percent(s.percent_done / 100), overdue=s.overdue))
    return 0
