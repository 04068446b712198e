"""Invitee import (preview, one transaction, per-line Vietnamese errors) and export."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import Workbook, load_workbook

from ocop_tracker.core.models import Actor, Role
from ocop_tracker.delegates import commands as dc
from ocop_tracker.delegates import exchange as delegate_io
from ocop_tracker.delegates import queries as dq

LAN = Actor("Nguyễn Thị Lan", role=Role.ADMIN)
HEADER = ["STT", "Nhóm", "Họ và tên", "Chức vụ", "Đơn vị", "Số điện thoại"]


def sample_rows(n: int = 60) -> list[list[str]]:
    """n invented invitees spread over groups 5-9, every one distinct."""
    surnames = ["Nguyễn", "Trần", "Lê", "Phạm", "Võ", "Đặng"]
    return [[str(i + 1), str(5 + i % 5), f"{surnames[i % 6]} Văn Thử {i + 1}", "Cán bộ",
             f"Đơn vị mẫu {i % 7}", f"0900001{i:03d}"] for i in range(n)]


def xlsx_bytes(rows: list[list[str]], header: list[str] = HEADER) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def csv_bytes(rows: list[list[str]], header: list[str] = HEADER, delimiter: str = ",") -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8-sig")


def commit(db, event_id, preview):
    return dc.add_invitees(db, event_id, [p for _, p in preview.people], LAN)


@pytest.mark.parametrize("kind", ["xlsx", "csv", "csv;"])
def test_a_60_row_list_previews_then_imports_in_one_go(db, event_id, kind):
    rows = sample_rows()
    data = (xlsx_bytes(rows) if kind == "xlsx"
            else csv_bytes(rows, delimiter=";" if kind == "csv;" else ","))
    preview = delegate_io.preview(db, event_id, f"danh-sach.{kind.rstrip(';')}", data)
    assert preview.errors == [] and len(preview.people) == 60 and preview.ok
    assert dq.invitees(db, event_id).empty  # a preview writes nothing
    commit(db, event_id, preview)
    people = dq.invitees(db, event_id)
    assert len(people) == 60
    assert people.iloc[0]["phone"] == "0900001000"
    assert people["group_position"].value_counts().to_dict() == {5: 12, 6: 12, 7: 12, 8: 12, 9: 12}


def test_group_by_name_status_and_channel_words_are_understood(db, event_id):
    header = ["Nhóm", "Họ tên", "Đơn vị", "Điện thoại", "Tình trạng", "Hình thức"]
    rows = [["Sở Du lịch", "Lý Thị Hoa", "Sở Du lịch", "903 111 222", "Đã xác nhận", "Zalo"],
            ["dai dien so cong thuong", "Mai Văn Tư", "Sở CT", "", "da gui", "giấy mời"]]
    preview = delegate_io.preview(db, event_id, "a.csv", csv_bytes(rows, header))
    assert preview.errors == []
    first, second = (p for _, p in preview.people)
    assert (first.phone, str(first.status), str(first.channel)) == ("0903111222", "da_xac_nhan",
                                                                    "zalo")
    assert (str(second.status), str(second.channel)) == ("da_gui", "giay_moi")


def test_every_bad_line_is_listed_in_vietnamese_and_nothing_is_written(db, event_id):
    gid = int(dq.groups(db, event_id).iloc[0]["id"])
    dc.add_invitee(db, event_id, dc.check_invitee(gid, "Trần Văn Có", "", "Sở Công Thương",
                                                  "0911222333"), LAN)
    rows = [
        ["1", "1", "Lê Văn A", "", "Đơn vị X", ""],
        ["2", "99", "Lê Văn B", "", "Đơn vị X", ""],            # unknown group
        ["3", "1", "lê văn a", "", "đơn vị x", ""],             # duplicate of line 2 (name+unit)
        ["4", "1", "Ngô Văn C", "", "Đơn vị Y", "0911 222 333"],  # phone already in DB
        ["5", "1", "Trần Văn Có", "", "Sở Công Thương", ""],    # name+unit already in DB
        ["6", "1", "", "", "Đơn vị Z", ""],                      # no name
        ["7", "1", "Hà Văn D", "", "", "12ab"],                  # bad phone
    ]
    preview = delegate_io.preview(db, event_id, "loi.csv", csv_bytes(rows))
    assert not preview.ok
    assert preview.errors == [
        "Dòng 3: nhóm “99” không có trong 11 nhóm đại biểu (ghi tên nhóm hoặc số thứ tự 1–11)",
        "Dòng 4: trùng với dòng 2 trong tệp (cùng họ tên và đơn vị)",
        "Dòng 5: đã có trong danh sách: “Trần Văn Có” (cùng số điện thoại)",
        "Dòng 6: đã có trong danh sách: “Trần Văn Có” (cùng họ tên và đơn vị)",
        "Dòng 7: Thiếu họ tên đại biểu.",
        "Dòng 8: Số điện thoại “12ab” không hợp lệ (cần 10–11 chữ số, ví dụ 0903 123 456).",
    ]
    assert len(dq.invitees(db, event_id)) == 1


@pytest.mark.parametrize(
    ("name", "data", "needle"),
    [
        ("ds.xlsx", b"PK\x03\x04 this is not really a workbook", "Không đọc được tệp Excel"),
        ("ds.xlsx", bytes(range(256)) * 4, "Không đọc được tệp Excel"),
        ("ds.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", "Không đọc được tệp CSV"),
        ("ds.csv", "Họ tên\tĐơn vị\nLê Văn A\tX\n".encode("utf-16"), "Không đọc được tệp CSV"),
        ("ds.pdf", b"%PDF-1.4", "Chỉ nhận tệp .csv hoặc .xlsx"),
        ("ds.csv", b"", "Tệp trống"),
        ("ds.csv", "Tên sản phẩm,Giá\nTrà,1\n".encode(), "Không thấy cột “Họ tên”"),
        ("ds.csv", b"a" * (5 * 1024 * 1024 + 1), "vượt giới hạn 5 MB"),
    ],
)
def test_a_malformed_file_gets_one_clear_message_and_changes_nothing(db, event_id, name, data,
                                                                     needle):
    preview = delegate_io.preview(db, event_id, name, data)
    assert not preview.ok and preview.people == []
    assert len(preview.errors) == 1 and needle in preview.errors[0]
    assert dq.invitees(db, event_id).empty
    assert db.execute("SELECT count(*) FROM history WHERE entity='invitee'").fetchone()[0] == 0


def test_rows_without_a_group_take_the_chosen_default(db, event_id):
    header = ["Họ tên", "Đơn vị"]
    data = csv_bytes([["Lâm Văn E", "HTX Mẫu"]], header)
    errors = delegate_io.preview(db, event_id, "a.csv", data).errors
    assert errors[0].startswith("Dòng 2: Không có cột")
    gid = int(dq.groups(db, event_id).iloc[8]["id"])
    preview = delegate_io.preview(db, event_id, "a.csv", data, default_group_id=gid)
    assert preview.ok and preview.people[0][1].group_id == gid


def test_export_csv_has_a_bom_and_xlsx_opens_with_the_names(db, event_id):
    gid = int(dq.groups(db, event_id).iloc[6]["id"])
    dc.add_invitee(db, event_id, dc.check_invitee(gid, "Đặng Thị Ánh", "Chủ tịch UBND",
                                                  "=HYPERLINK(\"x\")", "0900000999"), LAN)
    frame = delegate_io.export_frame(dq.invitees(db, event_id))
    data = delegate_io.to_csv(frame)
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "Đặng Thị Ánh" in text and "Chủ tịch UBND" in text
    assert "'=HYPERLINK" in text  # never a live formula in the reception desk's spreadsheet
    book = load_workbook(io.BytesIO(delegate_io.to_xlsx(frame)))
    values = [c.value for c in book.active[2]]
    assert values[2] == "Đặng Thị Ánh" and values[5] == "0900000999"
    assert book.active["E2"].data_type == "s"
