"""Product import: good files land in one transaction; every bad file is named in Vietnamese
and writes nothing."""

from __future__ import annotations

import io
import os
from datetime import date

import pytest
from openpyxl import Workbook, load_workbook

from ocop_tracker.booths import commands as booth_commands
from ocop_tracker.booths import product_import
from ocop_tracker.booths import queries as booths
from ocop_tracker.core import queries
from ocop_tracker.core.errors import ValidationError
from tests.booth_helpers import HA, add

HEADERS = ["STT", "Tên sản phẩm", "Chủ thể", "Loại chủ thể", "Xã – thị trấn", "Nhóm sản phẩm",
           "Số sao", "Số quyết định", "Ngày quyết định", "Mới công nhận"]


def xlsx(rows, headers=HEADERS) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def row(i, commune="Bà Điểm", stars=3, name=None, producer=None):
    return [i, name or f"Sản phẩm thử {i}", producer or f"HTX Thử {i}", "", commune, "I", stars,
            f"{i}/QĐ-THỬ", date(2023, 1, 31), ""]


def preview(db, event_id, name, data):
    return product_import.preview(name, data, queries.communes(db),
                                  booths.product_keys(db, event_id))


def count(db):
    return db.execute("SELECT count(*) FROM products").fetchone()[0]


def history_count(db):
    return db.execute("SELECT count(*) FROM history").fetchone()[0]


def test_a_good_xlsx_is_previewed_then_written_in_one_transaction(db, event_id):
    found = preview(db, event_id, "ds.xlsx", xlsx([row(1), row(2, "Xuan Thoi Son", 4)]))
    assert (len(found.good), len(found.bad), found.file_error) == (2, 0, None)
    assert found.rows[1].commune_name == "Xuân Thới Sơn"
    assert found.rows[1].notes  # the accent-less reading is shown, not silently taken
    assert count(db) == 0  # preview writes nothing
    changes = booth_commands.import_products(db, event_id, found, HA)
    assert len(changes) == 2 and count(db) == 2
    stored = next(db.query("SELECT * FROM products WHERE name = 'Sản phẩm thử 1'"))
    assert (stored["producer_kind"], stored["expires_on"]) == ("htx", "2026-01-31")


def test_csv_with_semicolons_and_a_bom_reads_like_excel_writes_it(db, event_id):
    text = "\ufeffTên sản phẩm;Chủ thể;Xã – thị trấn;Nhóm sản phẩm;Số sao;Ngày quyết định\n" \
           "Rau thử;Hộ kinh doanh Thử;xã Tân Hiệp;Thực phẩm;3 sao;28/02/2023\n"
    found = preview(db, event_id, "ds.csv", text.encode("utf-8"))
    assert found.file_error is None and len(found.good) == 1
    product = found.good[0].product
    assert (product.producer_kind, product.group, product.stars) == ("ho_kinh_doanh", "I", 3)
    assert product.decision_date == date(2023, 2, 28)


def _refused_with(db, event_id, name, data, *words):
    """Preview shows the Vietnamese message; the import command refuses; nothing is written."""
    before = (count(db), history_count(db))
    found = preview(db, event_id, name, data)
    message = found.file_error
    with pytest.raises(ValidationError) as refused:
        booth_commands.import_products(db, event_id, found, HA)
    text = refused.value.message("vi")
    for word in words:
        assert word in text
    assert (count(db), history_count(db)) == before
    return found, message, text


def test_wrong_columns_are_named(db, event_id):
    data = xlsx([["Rau", "HTX A", "Bà Điểm"]], headers=["Product", "Company", "Xã"])
    found, message, text = _refused_with(db, event_id, "sai-cot.xlsx", data, "Tệp sai cột",
                                         "Tên sản phẩm", "Số sao", "“Product”")
    assert message[0] == "imp.missing_columns"


def test_commune_without_diacritics_that_cannot_be_matched_is_an_error_with_a_suggestion(
        db, event_id):
    data = xlsx([row(1), row(2, commune="Xuan Thoi"), row(3, commune="Tan Hiep")])
    found = preview(db, event_id, "khong-dau.xlsx", data)
    [bad] = found.bad
    assert bad.line == 3
    key, values = bad.errors[0]
    assert key == "imp.commune_no_marks"
    assert "Xuân Thới Đông" in values["suggestion"] and "Xuân Thới Sơn" in values["suggestion"]
    _refused_with(db, event_id, "khong-dau.xlsx", data, "Còn 1 dòng lỗi", "dòng 3", "Chưa ghi gì")


def test_binary_file_renamed_xlsx_is_refused(db, event_id):
    data = os.urandom(4 * 1024 * 1024)
    found, message, text = _refused_with(db, event_id, "danh-sach.xlsx", data,
                                         "không phải bảng tính Excel .xlsx hợp lệ", "đổi đuôi")
    assert message[0] == "imp.not_xlsx"


def test_a_zip_that_is_not_a_workbook_is_refused_too(db, event_id):
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("hello.txt", "xin chào")
    _refused_with(db, event_id, "x.xlsx", out.getvalue(), "không phải bảng tính Excel")


def test_file_over_5_mb_is_refused_before_reading(db, event_id):
    data = "Tên sản phẩm\n".encode() + b"x" * (5 * 1024 * 1024)
    _refused_with(db, event_id, "lon.csv", data, "vượt giới hạn 5 MB")


@pytest.mark.parametrize(("name", "data", "words"), [
    ("ds.xls", b"\xd0\xcf\x11\xe0", ["Chỉ nhận tệp .xlsx hoặc .csv"]),
    ("ds.csv", b"", ["Tệp trống"]),
    ("ds.csv", b"\x00\x01\x02binary", ["không phải tệp văn bản CSV"]),
])
def test_other_unreadable_files(db, event_id, name, data, words):
    _refused_with(db, event_id, name, data, *words)


def test_per_line_errors_stars_duplicates_unknown_commune(db, event_id):
    add(db, event_id, name="Đã có", producer="HTX Cũ")
    rows = [row(1), row(2, stars=6), row(3, name="Sản phẩm thử 1", producer="htx thử 1"),
            row(4, commune="Phường Bến Nghé"), row(5, name="ĐÃ CÓ", producer="HTX Cũ"),
            row(6, stars=2)]
    found = preview(db, event_id, "loi.xlsx", xlsx(rows))
    errors = {r.line: [k for k, _ in r.errors] for r in found.bad}
    assert errors == {3: ["imp.bad_stars"], 4: ["imp.dup_in_file"],
                      5: ["imp.unknown_commune"], 6: ["imp.dup_in_db"], 7: ["imp.bad_stars"]}
    message = [r for r in found.bad if r.line == 4][0].errors[0]
    assert message[1]["other"] == 2
    before = count(db)
    with pytest.raises(ValidationError):
        booth_commands.import_products(db, event_id, found, HA)
    assert count(db) == before
    # Skipping the bad lines by choice writes only the good one.
    booth_commands.import_products(db, event_id, found, HA, skip_errors=True)
    assert count(db) == before + 1


def test_a_row_taken_by_someone_else_meanwhile_rolls_back_the_whole_file(db, event_id):
    found = preview(db, event_id, "ds.xlsx", xlsx([row(1), row(2)]))
    add(db, event_id, name="Sản phẩm thử 2", producer="HTX Thử 2")  # another session, just now
    with pytest.raises(ValidationError):
        booth_commands.import_products(db, event_id, found, HA)
    assert count(db) == 1  # only the other session's product: row 1 was rolled back


def test_templates_have_the_columns_and_import_cleanly(db, event_id):
    book = load_workbook(io.BytesIO(product_import.template_xlsx()))
    headers = [c.value for c in book.worksheets[0][1]]
    assert headers[:5] == ["Tên sản phẩm", "Chủ thể", "Xã – thị trấn", "Nhóm sản phẩm", "Số sao"]
    assert book.sheetnames[1] == "Huong dan"
    csv_text = product_import.template_csv().decode("utf-8-sig")
    assert csv_text.startswith("Tên sản phẩm,Chủ thể")
    found = preview(db, event_id, "mau.xlsx", product_import.template_xlsx())
    assert found.file_error == ("imp.no_rows", {})  # headers only: nothing to import, no crash
