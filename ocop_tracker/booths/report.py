"""Booths and products as report rows with Vietnamese headers (Excel sheet and CSV)."""

from __future__ import annotations

import pandas as pd
from sqlite_utils import Database

from ocop_tracker.booths import queries as booths
from ocop_tracker.core import fmt

KIND_WORDS = {"ocop_3_sao": "Sản phẩm OCOP 3 sao", "moi_cong_nhan": "Sản phẩm mới công nhận"}


def _day(value: object) -> str:
    return fmt.vn_date(pd.Timestamp(value).date()) if isinstance(value, str) and value else ""


def booth_rows(db: Database, event_id: int) -> pd.DataFrame:
    """One row per numbered booth: kind, commune, products, checklist, ready."""
    frame = booths.booths(db, event_id)
    return pd.DataFrame({
        "Số gian": frame["number"],
        "Loại gian": frame["kind"].map(KIND_WORDS),
        "Xã – thị trấn": frame["commune"].fillna("(chưa phân)"),
        "Sản phẩm trưng bày": frame["product_names"].map("; ".join),
        "Hạng mục xong (/4)": frame["checks_done"],
        "Sẵn sàng": frame["ready"].map({True: "Có", False: "Chưa"}),
    })


def product_rows(db: Database, event_id: int) -> pd.DataFrame:
    """One row per OCOP product: producer, commune, group, stars, decision, expiry, booth."""
    frame = booths.products(db, event_id)
    return pd.DataFrame({
        "Sản phẩm": frame["name"],
        "Chủ thể": frame["producer"],
        "Xã – thị trấn": frame["commune"],
        "Nhóm": frame["product_group"],
        "Hạng sao": frame["stars"],
        "Số quyết định": frame["decision_no"],
        "Ngày quyết định": frame["decision_date"].map(_day),
        "Hết hạn": frame["expires_on"].map(_day),
        "Mới công nhận": frame["newly_recognised"].map({1: "Có", 0: ""}),
        "Gian số": frame["booth_number"].map(lambda n: int(n) if pd.notna(n) else ""),
    })
