"""CLI: the projector's kiosk links (kiosk add LABEL | list | revoke ID)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from ocop_tracker.accounts import kiosk
from ocop_tracker.accounts import users as accounts
from ocop_tracker.core import clock, fmt
from ocop_tracker.core.db import open_db

Add = Callable[..., argparse.ArgumentParser]


def register(commands: argparse._SubParsersAction, add: Add) -> None:
    """Add `kiosk` to the CLI."""
    sub = add(commands, "kiosk", "liên kết trình chiếu không cần đăng nhập (add | list | revoke)",
              _cmd_kiosk)
    sub.add_argument("action", choices=["add", "list", "revoke"])
    sub.add_argument("value", nargs="?", help="add: tên liên kết; revoke: mã liên kết")


def _cmd_kiosk(args: argparse.Namespace) -> int:
    db = open_db(args.db)
    if args.action == "add":
        token_id, secret = kiosk.create_link(db, args.value or "", accounts.SYSTEM)
        print(f"Đã tạo liên kết #{token_id} (chỉ hiện MỘT lần), mở trên máy chiếu: "
              f"http://<máy-chủ>/trinh-chieu?{kiosk.PARAM}={secret}")
    elif args.action == "revoke":
        if not (args.value or "").isdigit():
            raise SystemExit("Lỗi: revoke cần mã liên kết (xem `kiosk list`).")
        kiosk.revoke(db, int(args.value), accounts.SYSTEM)
        print(f"Đã thu hồi liên kết #{args.value}.")
    else:
        for row in kiosk.list_links(db):
            made = fmt.vn_datetime(clock.parse_iso(row["created_at"]))
            state = "thu hồi" if row["revoked_at"] else "đang dùng"
            print(f"#{row['id']:<4} {state:<10} {made}  {row['label']}")
    return 0
