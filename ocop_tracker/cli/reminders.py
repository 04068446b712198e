"""CLI: contact set|list|remove, and remind (the daily digests, for cron or a systemd timer)."""

from __future__ import annotations

import argparse
import json
import logging
from collections.abc import Callable

from ocop_tracker.core.db import open_db
from ocop_tracker.core.models import Actor, Role
from ocop_tracker.reminders import addresses, commands, outbox, queries

Add = Callable[..., argparse.ArgumentParser]


def register(commands_: argparse._SubParsersAction, add: Add) -> None:
    """Add `contact` and `remind` to the CLI."""
    contact = add(commands_, "contact", "địa chỉ nhận nhắc việc của đơn vị "
                  "(set ĐƠN_VỊ ĐỊA_CHỈ | list | remove ĐƠN_VỊ ĐỊA_CHỈ)", _cmd_contact)
    contact.add_argument("action", choices=["set", "list", "remove"])
    contact.add_argument("unit", nargs="?", metavar="ĐƠN_VỊ",
                         help="tên đầy đủ hoặc tên viết tắt (không cần dấu)")
    contact.add_argument("address", nargs="?", metavar="ĐỊA_CHỈ",
                         help="thư điện tử hoặc đường dẫn apprise (tgram://…, json://…)")
    contact.add_argument("--by", default="dòng lệnh (contact)",
                         help="tên người thực hiện, ghi vào lịch sử thay đổi")
    remind = add(commands_, "remind", "gửi bản tin nhắc việc hằng ngày cho các đơn vị "
                 "(mỗi đơn vị tối đa một bản tin mỗi ngày)", _cmd_remind)
    remind.add_argument("--dry-run", action="store_true", help="chỉ cho biết sẽ gửi gì")
    remind.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    remind.add_argument("--unit", metavar="ĐƠN_VỊ", help="chỉ một đơn vị")


def _cmd_contact(args: argparse.Namespace) -> int:
    db = open_db(args.db)
    if args.action == "list":
        for row in queries.contacts(db):
            print(f"{row['unit_short']:<14} {addresses.shown(row['address'])}")
        return 0
    if not args.unit or not args.address:
        raise SystemExit("Lỗi: cần ĐƠN_VỊ và ĐỊA_CHỈ.")
    actor = Actor(args.by, role=Role.ADMIN)
    write = commands.set_contact if args.action == "set" else commands.remove_contact
    change = write(db, args.unit, args.address, actor)
    unit = queries.find_unit(db, args.unit)["short_name"]
    if change.before == change.after:
        print(f"{unit} đã có địa chỉ này, không thay đổi gì.")
    elif args.action == "set":
        print(f"Đã thêm địa chỉ nhận cho {unit}.")
    else:
        print(f"Đã bỏ địa chỉ nhận của {unit}.")
    return 0


def _cmd_remind(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    db = open_db(args.db)
    unit_id = queries.find_unit(db, args.unit)["id"] if args.unit else None
    result = (outbox.preview if args.dry_run else outbox.run)(db, None, unit_id)
    if args.json:
        print(json.dumps(result.as_json(args.dry_run), ensure_ascii=False, indent=2))
    else:
        _print_run(result, args.dry_run)
    return 1 if result.failed else 0


def _print_run(result: outbox.RunResult, dry_run: bool) -> None:
    print(f"Ngày {result.day}: {len(result.digests)} đơn vị có việc cần nhắc"
          + (" (chạy thử, không gửi gì)." if dry_run else "."))
    for digest in result.digests:
        to = ", ".join(addresses.shown(a) for a in digest.recipients) or "chưa có địa chỉ nhận"
        print(f"- {digest.unit_short}: {len(digest.overdue)} quá hạn, {len(digest.due)} đến hạn "
              f"trong 7 ngày, {len(digest.changes)} thay đổi → {to}")
    for o in result.outcomes:
        said = {"delivered": "đã gửi", "failed": f"LỖI ({o.error}), sẽ gửi lại lần chạy sau",
                "sending": "lần chạy khác đang gửi"}[o.state]
        print(f"  {o.unit} → {addresses.shown(o.address)}: {said}")
