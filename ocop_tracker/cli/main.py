"""python -m ocop_tracker: build the database, print the readiness summary."""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlite_utils import Database

from ocop_tracker import features
from ocop_tracker.accounts import users as accounts
from ocop_tracker.cli import admin as admin_cli
from ocop_tracker.cli import kiosk as kiosk_cli
from ocop_tracker.cli import reminders as reminders_cli
from ocop_tracker.core import clock, fmt, queries
from ocop_tracker.core.backup import BackupError
from ocop_tracker.core.db import DatabaseFileError, db_path, open_db
from ocop_tracker.core.errors import PlanDataError, UserFacingError
from ocop_tracker.core.models import Actor, Role
from ocop_tracker.core.strings import t
from ocop_tracker.fixtures import build_demo_db
from ocop_tracker.plan import importer as planimport
from ocop_tracker.plan.data import DEFAULT_PLAN, install_plan, load_plan
from ocop_tracker.plan.parse import ParsedPlan, PlanParseError, parse_plan_file
from ocop_tracker.tasks import snapshot as status

DEMO_DB = Path(db_path()).parent / "demo.db"


class CliError(Exception):
    """A failure reported to the user in one line, exit code 2."""


# Each feature's module adds its subcommands: register(commands, add) (add = _add below).
SUBCOMMANDS: list[Callable[..., None]] = [admin_cli.register, reminders_cli.register,
                                           kiosk_cli.register]


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
    _add_export(commands)
    _import_plan_args(_add(commands, "import-plan", "đọc một kế hoạch (.txt, .md, .docx, .pdf) và "
                           "nhập thành sự kiện với các nhiệm vụ", _cmd_import_plan))
    for register in SUBCOMMANDS:
        register(commands, _add)
    return parser


def _add_export(commands: argparse._SubParsersAction) -> None:
    # reports and exports of the current event (or --event ID)
    from ocop_tracker.reports import exporting

    export = _add(commands, "export", "xuất báo cáo (xlsx, csv, ics, html, pdf)",
                  exporting.cmd_export)
    export.add_argument("--format", required=True, choices=exporting.FORMATS)
    export.add_argument("--out", type=Path, help="tệp (hoặc thư mục với csv) để ghi ra")
    export.add_argument("--agency", help="ics: chỉ lịch của một đơn vị (tên hoặc tên viết tắt)")
    export.add_argument("--event", type=int, help="mã sự kiện (mặc định: sự kiện đang theo dõi)")
    _add(commands, "events", "liệt kê các sự kiện (* = đang theo dõi, a = đã lưu trữ)",
         exporting.cmd_events)
    clone = _add(commands, "clone-event", "nhân bản sự kiện sang ngày mới (thời hạn giữ khoảng "
                 "cách đến ngày tổ chức, tiến độ làm mới)", exporting.cmd_clone)
    clone.add_argument("--to", required=True, help="ngày tổ chức mới, dạng 2025-09-27")
    clone.add_argument("--by", required=True, help="họ tên người thực hiện (ghi vào lịch sử)")
    clone.add_argument("--event", type=int, help="sự kiện gốc (mặc định: đang theo dõi)")
    clone.add_argument("--title", help="tên sự kiện mới (mặc định: giữ tên cũ)")


def _add(commands: argparse._SubParsersAction, name: str, help_text: str,
         handler: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
    sub = commands.add_parser(name, help=help_text, description=help_text)
    sub.set_defaults(handler=handler)
    sub.add_argument("--db", type=Path, help="tệp SQLite (mặc định: $OCOP_DB hoặc data/ocop.db)")
    return sub


def _cmd_init(args: argparse.Namespace) -> int:
    if args.demo:
        return _init_demo(args.db or DEMO_DB)
    db = open_db(args.db, create=True)  # the one command that may make a new database
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
    print(f"Chạy ứng dụng trên nó: OCOP_DB={path} OCOP_NOW=2024-09-18T09:00 ./scripts/run.sh")
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
        print(json.dumps(features.full_status(db, event_id), ensure_ascii=False, indent=2))
        return 0
    snap = status.snapshot(db, event_id)
    s = snap.summary
    print(snap.event["title"])
    print(t("overview.headline", total=s.total, due=s.due, done=s.done,
            percent=fmt.vn_percent(s.percent_done / 100), overdue=s.overdue))
    return 0


# --- import-plan ---------------------------------------------------------------------


def _import_plan_args(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("file", type=Path, metavar="TỆP",
                     help="tệp kế hoạch .txt, .md, .docx hoặc .pdf")
    sub.add_argument("--dry-run", action="store_true",
                     help="chỉ đọc và cho biết sẽ nhập gì; không ghi gì vào CSDL")
    sub.add_argument("--json", action="store_true",
                     help="in nội dung đọc được dạng JSON (tóm tắt việc nhập in ra stderr)")
    sub.add_argument("--slug", help="mã sự kiện cần tạo/cập nhật (mặc định: từ tên và ngày)")
    sub.add_argument("--actor", default="dòng lệnh (import-plan)",
                     help="tên người nhập, ghi vào lịch sử thay đổi")


def _cmd_import_plan(args: argparse.Namespace) -> int:
    path = args.db or db_path()
    try:
        # Parsed and checked before the database is opened: bad input writes nothing.
        parsed = parse_plan_file(args.file)
        if not args.dry_run:
            _check_draft(parsed)
        if args.dry_run:
            lines = _dry_run_report(parsed, args.slug, Path(path))
        else:
            actor = Actor(args.actor, role=Role.ADMIN)
            result = planimport.import_plan(open_db(args.db), parsed, actor, slug=args.slug,
                                            source_name=args.file.name)
            lines = _import_report(result, Path(path))
    except (PlanParseError, UserFacingError) as exc:
        raise CliError(str(exc)) from None
    if args.json:
        print(json.dumps(parsed.to_json_dict(), ensure_ascii=False, indent=2))
    print("\n".join(lines), file=sys.stderr if args.json else sys.stdout)
    return 0


def _check_draft(parsed: ParsedPlan) -> None:
    """Refuse to write a draft that lacks required facts, naming them and every warning."""
    try:
        planimport.check_plan(parsed)
    except UserFacingError as exc:
        said = [f"- {w.message}" for w in parsed.warnings]
        raise CliError("\n".join([str(exc), *said])) from None


def _dry_run_report(parsed: ParsedPlan, slug: str | None, path: Path) -> list[str]:
    db = _open_read_only(path)
    try:
        plan = planimport.preview_import(db, parsed, slug)
    finally:
        if db is not None:
            db.close()
    head = [f"Chạy thử, không ghi gì. Kế hoạch “{parsed.title or '(chưa có tên)'}”: "
            f"{len(parsed.tasks)} nhiệm vụ.", *(f"Cảnh báo: {w.message}" for w in parsed.warnings)]
    if plan.event_id is None:
        return [*head, f"Sẽ tạo sự kiện mới {plan.slug} với {plan.added} nhiệm vụ."]
    return [*head, f"Sẽ cập nhật sự kiện {plan.slug}: {plan.updated} nhiệm vụ cập nhật (giữ "
            f"tiến độ), {plan.added} mới, {len(plan.removed)} xóa (chưa có tiến độ), "
            f"{len(plan.kept)} giữ lại và đánh dấu (đã có tiến độ)."]


def _open_read_only(path: Path) -> Database | None:
    """The database opened read-only (no migration, no file created), or None if absent."""
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DatabaseFileError(path, exc) from exc
    return Database(conn)


def _import_report(r: planimport.ImportResult, path: Path) -> list[str]:
    lines = [f"Đã nhập kế hoạch vào {path}: sự kiện {r.slug} (#{r.event_id}), {r.tasks} nhiệm "
             f"vụ ({r.added} mới, {r.updated} cập nhật, giữ nguyên tiến độ).",
             "Đây là sự kiện hiện tại của ứng dụng."]
    if r.removed:
        lines.append(f"Đã xóa {len(r.removed)} nhiệm vụ cũ chưa có tiến độ: "
                     + "; ".join(r.removed))
    if r.kept:
        lines.append(f"Giữ lại {len(r.kept)} nhiệm vụ đã có tiến độ dù kế hoạch mới không còn "
                     "nhắc đến (đánh dấu “không còn trong kế hoạch”): " + "; ".join(r.kept))
    return lines
