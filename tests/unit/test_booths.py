"""Booths by commune: expiry arithmetic, booth/product constraints (commands AND schema),
coverage."""

from __future__ import annotations

import sqlite3
from datetime import date

import pandas as pd
import pytest

from ocop_tracker import features
from ocop_tracker.booths import commands as booth_commands
from ocop_tracker.booths import products as p
from ocop_tracker.booths import queries as booths
from ocop_tracker.core import clock
from ocop_tracker.core.db import open_db
from ocop_tracker.core.errors import StaleEditError, ValidationError
from tests.booth_helpers import BAO, HA, add, booth, commune_id

# ------------------------------------------------------------------ expiry (36 months)


@pytest.mark.parametrize(("decided", "expires"), [
    (date(2024, 1, 31), date(2027, 1, 31)),
    (date(2024, 2, 29), date(2027, 2, 28)),   # no 29/2 in 2027: last day of February
    (date(2023, 9, 28), date(2026, 9, 28)),
    (date(2021, 12, 31), date(2024, 12, 31)),
])
def test_expiry_is_36_calendar_months_after_the_decision(decided, expires):
    assert p.expiry(decided) == expires


def test_month_arithmetic_clamps_to_the_end_of_short_months():
    assert p.add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert p.add_months(date(2023, 1, 31), 1) == date(2023, 2, 28)
    assert p.add_months(date(2024, 3, 31), 1) == date(2024, 4, 30)
    assert p.add_months(date(2024, 11, 30), 3) == date(2025, 2, 28)
    assert p.expiry(None) is None


def test_stored_product_carries_its_expiry(db, event_id):
    pid = add(db, event_id, decided=date(2024, 1, 31))
    row = next(db.query("SELECT * FROM products WHERE id = ?", [pid]))
    assert (row["decision_date"], row["expires_on"]) == ("2024-01-31", "2027-01-31")


# ------------------------------------------------------------------ the plan's booths


def test_init_creates_the_21_numbered_booths_of_the_plan(db, event_id):
    frame = booths.booths(db, event_id)
    assert frame["number"].tolist() == list(range(1, 22))
    assert frame["kind"].value_counts().to_dict() == {"ocop_3_sao": 14, "moi_cong_nhan": 7}
    assert frame.loc[frame["number"] <= 14, "kind"].eq("ocop_3_sao").all()
    assert booths.standee_target(db, event_id) == 14
    assert booths.standee_deadline(db, event_id).isoformat() == "2024-09-25T00:00:00+07:00"


def test_reloading_the_plan_keeps_booth_assignments(db, event_id):
    from ocop_tracker.plan.data import install_plan, load_plan

    pid = add(db, event_id)
    b1 = booth(db, event_id, 1)
    booth_commands.assign_booth(db, b1["id"], commune_id(db, "Bà Điểm"), [pid], 1, HA)
    install_plan(db, load_plan())
    assert db.execute("SELECT count(*) FROM booths").fetchone()[0] == 21
    assert booth(db, event_id, 1)["commune_id"] == commune_id(db, "Bà Điểm")


# ------------------------------------------------------------------ constraints


def test_a_product_is_shown_in_one_booth_only(db, event_id):
    pid = add(db, event_id)
    ba_diem = commune_id(db, "Bà Điểm")
    b1, b2 = booth(db, event_id, 1), booth(db, event_id, 2)
    booth_commands.assign_booth(db, b1["id"], ba_diem, [pid], 1, HA)
    with pytest.raises(ValidationError) as refused:
        booth_commands.assign_booth(db, b2["id"], ba_diem, [pid], 1, BAO)
    assert "gian 1" in refused.value.message("vi")
    assert booth(db, event_id, 2)["version"] == 1
    # The schema refuses it too, whatever writes to the database.
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO booth_products (product_id, booth_id) VALUES (?, ?)",
                   [pid, b2["id"]])


def test_a_booth_shows_only_its_own_communes_products(db, event_id):
    pid = add(db, event_id, commune="Tân Xuân")
    b3 = booth(db, event_id, 3)
    with pytest.raises(ValidationError) as refused:
        booth_commands.assign_booth(db, b3["id"], commune_id(db, "Bà Điểm"), [pid], 1, HA)
    assert "mỗi gian hàng thuộc một xã – thị trấn" in refused.value.message("vi")
    with pytest.raises(ValidationError):
        booth_commands.assign_booth(db, b3["id"], None, [pid], 1, HA)  # products need a commune
    assert db.execute("SELECT count(*) FROM booth_products").fetchone()[0] == 0


def test_schema_refuses_mixed_communes_even_without_the_commands(db, event_id):
    pid = add(db, event_id, commune="Tân Xuân")
    b4 = booth(db, event_id, 4)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO booth_products (product_id, booth_id) VALUES (?, ?)",
                   [pid, b4["id"]])  # booth has no commune yet
    booth_commands.assign_booth(db, b4["id"], commune_id(db, "Tân Xuân"), [pid], 1, HA)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE booths SET commune_id = ? WHERE id = ?",
                   [commune_id(db, "Nhị Bình"), b4["id"]])
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE products SET commune_id = ? WHERE id = ?",
                   [commune_id(db, "Nhị Bình"), pid])
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE products SET stars = 6 WHERE id = ?", [pid])


def test_changing_a_booths_commune_empties_it_and_is_audited(db, event_id):
    pid = add(db, event_id)
    b5 = booth(db, event_id, 5)
    booth_commands.assign_booth(db, b5["id"], commune_id(db, "Bà Điểm"), [pid], 1, HA)
    change = booth_commands.assign_booth(db, b5["id"], commune_id(db, "Tân Hiệp"), [], 2, BAO)
    assert change.version == 3
    assert db.execute("SELECT count(*) FROM booth_products").fetchone()[0] == 0
    fields = [r["field"] for r in db.query(
        "SELECT field FROM history WHERE entity = 'booth' AND entity_id = ? ORDER BY id",
        [b5["id"]])]
    assert fields == ["commune_id", "products", "commune_id", "products"]


def test_stale_booth_edit_is_refused_and_changes_nothing(db_path, event_id):
    first, second = open_db(db_path), open_db(db_path)
    b6 = booth(first, event_id, 6)
    booth_commands.assign_booth(first, b6["id"], commune_id(first, "Trung Chánh"), [], 1, HA)
    with pytest.raises(StaleEditError) as refused:
        booth_commands.assign_booth(second, b6["id"], commune_id(second, "Tân Xuân"), [], 1, BAO)
    assert "Phạm Thu Hà" in refused.value.message("vi")
    assert "CHƯA được lưu" in refused.value.message("vi")
    assert booth(first, event_id, 6)["commune_id"] == commune_id(first, "Trung Chánh")
    with pytest.raises(StaleEditError):
        booth_commands.set_booth_check(second, b6["id"], "staffed", True, 1, BAO)


def test_checklist_makes_a_booth_ready_only_with_commune_products_and_four_ticks(db, event_id):
    pid = add(db, event_id)
    b7 = booth(db, event_id, 7)
    version = booth_commands.assign_booth(db, b7["id"], commune_id(db, "Bà Điểm"), [pid], 1,
                                          HA).version
    for item in booths.CHECKS:
        assert not booths.booths(db, event_id).set_index("number").at[7, "ready"]
        version = booth_commands.set_booth_check(db, b7["id"], item, True, version, HA).version
    assert booths.booths(db, event_id).set_index("number").at[7, "ready"]
    with pytest.raises(ValidationError):
        booth_commands.set_booth_check(db, b7["id"], "painted", True, version, HA)


def test_duplicate_product_is_refused_after_nfc_and_case_folding(db, event_id):
    import unicodedata

    add(db, event_id, name="Sữa chua thử", producer="HTX Thử nghiệm")
    with pytest.raises(ValidationError):
        add(db, event_id, name=unicodedata.normalize("NFD", "SỮA CHUA THỬ"),
            producer="htx thử  nghiệm")
    assert db.execute("SELECT count(*) FROM products").fetchone()[0] == 1


def test_stars_outside_3_to_5_refused(db, event_id):
    with pytest.raises(ValidationError) as refused:
        add(db, event_id, stars=2)
    assert "3, 4 hoặc 5" in refused.value.message("vi")


# ------------------------------------------------------------------ standees


def test_standees_only_for_displayed_products_one_each_and_versioned(db, event_id):
    shown, home = add(db, event_id, name="A thử"), add(db, event_id, name="B thử")
    b8 = booth(db, event_id, 8)
    booth_commands.assign_booth(db, b8["id"], commune_id(db, "Bà Điểm"), [shown], 1, HA)
    with pytest.raises(ValidationError):
        booth_commands.add_standees(db, event_id, [home], HA)
    [change] = booth_commands.add_standees(db, event_id, [shown], HA)
    with pytest.raises(ValidationError):
        booth_commands.add_standees(db, event_id, [shown], HA)
    for version, state in enumerate(("da_trinh", "da_duyet", "da_in", "da_dat"), start=1):
        booth_commands.set_standee_status(db, change.entity_id, state, version, HA)
    with pytest.raises(StaleEditError):
        booth_commands.set_standee_status(db, change.entity_id, "du_thao", 1, BAO)
    with pytest.raises(ValidationError):
        booth_commands.set_standee_status(db, change.entity_id, "xong", 5, BAO)
    section = booths.status_section(db, event_id, clock.parse_iso("2024-09-18T09:00"))
    assert (section["standees_total"], section["standees_approved"]) == (14, 1)


# ------------------------------------------------------------------ coverage (III.8)


def _frames(rows_booths, rows_products):
    b = pd.DataFrame(rows_booths, columns=["commune_id"])
    prod = pd.DataFrame(rows_products, columns=["commune_id", "booth_id"])
    return b, prod


def test_coverage_counts_a_commune_only_with_a_product_on_display():
    communes = [{"id": 1, "name": "A"}, {"id": 2, "name": "B"}, {"id": 3, "name": "C"},
                {"id": 4, "name": "D"}]
    booth_frame, product_frame = _frames(
        [1, 1, 3, None],
        [(1, 10), (1, None), (2, None), (3, None)],
    )
    cov = booths.coverage(communes, booth_frame, product_frame).set_index("commune")
    assert cov["booths"].to_dict() == {"A": 2, "B": 0, "C": 1, "D": 0}
    assert cov["products"].to_dict() == {"A": 2, "B": 1, "C": 1, "D": 0}
    assert cov["covered"].to_dict() == {"A": True, "B": False, "C": False, "D": False}
    assert cov["gap"].to_dict() == {"A": "", "B": "no_booth", "C": "not_displayed",
                                    "D": "no_products"}


def test_status_json_booths_section_reaches_12_of_12(db, event_id):
    now = clock.parse_iso("2024-09-18T09:00")
    start = features.full_status(db, event_id, now)["booths"]
    assert start["total"] == 21 and start["assigned"] == 0 and start["communes_covered"] == 0
    assert len(start["communes_missing"]) == 12
    assert {"total", "assigned", "ready", "communes_total", "communes_covered", "communes_missing",
            "standees_total", "standees_approved"} <= set(start)
    communes = [c["name"] for c in db.query("SELECT name FROM communes ORDER BY position")]
    for number, name in enumerate(communes, start=1):
        pid = add(db, event_id, name=f"Thử {number}", commune=name)
        booth_commands.assign_booth(db, booth(db, event_id, number)["id"], commune_id(db, name),
                                    [pid], 1, HA)
    done = features.full_status(db, event_id, now)["booths"]
    assert (done["assigned"], done["communes_covered"], done["communes_missing"]) == (12, 12, [])
    assert done["standee_drafts_seconds_left"] == 6 * 86400 + 15 * 3600


def test_demo_database_shows_two_communes_missing(demo_path):
    db = open_db(demo_path)
    event_id = db.execute("SELECT id FROM events").fetchone()[0]
    section = booths.status_section(db, event_id)
    assert section["communes_missing"] == ["Nhị Bình", "Tân Xuân"]
    names = [r[0] for r in db.execute("SELECT name FROM products")]
    assert names and all("(mẫu)" in n for n in names)  # nothing passes for a real product


def test_printable_layout_escapes_names_and_prints_landscape(db, event_id):
    from ocop_tracker.booths import charts as booth_charts

    pid = add(db, event_id, name="<script>alert(1)</script> thử", commune="Xuân Thới Thượng")
    booth_commands.assign_booth(db, booth(db, event_id, 9)["id"],
                                commune_id(db, "Xuân Thới Thượng"), [pid], 1, HA)
    data = booths.load(db, event_id)
    page = booth_charts.layout_html(data.booths, data.communes, "Sơ đồ", clock.now())
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "size: A4 landscape" in page and "print-color-adjust: exact" in page
    assert page.count('class="cell') == 21 and page.count('class="cell free"') == 20
    assert "Xuân Thới Thượng" in page


def test_new_products_booths_flag_products_not_marked_new(db, event_id):
    pid = add(db, event_id)
    booth_commands.assign_booth(db, booth(db, event_id, 15)["id"], commune_id(db, "Bà Điểm"),
                                [pid], 1, HA)
    frame = booths.booths(db, event_id).set_index("number")
    assert frame.at[15, "not_new"] == ["Sản phẩm thử"]
    assert frame.at[1, "not_new"] == []
