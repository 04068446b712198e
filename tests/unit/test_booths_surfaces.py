"""The booths on the projector, in the report and on the overview: the same figures as
status --json, counted here again straight from the database."""

from __future__ import annotations

import re

import pytest

from ocop_tracker import features
from ocop_tracker.booths import projector, report
from ocop_tracker.booths import queries as booths
from ocop_tracker.core import clock, queries, registry
from ocop_tracker.core.db import open_db
from ocop_tracker.core.registry import PanelView

NOW = clock.parse_iso("2024-09-18T09:00")


@pytest.fixture
def demo(demo_path):
    db = open_db(demo_path)
    yield db, queries.current_event_id(db)
    db.close()


def counted(db, event_id: int) -> dict[str, int]:
    """The headline figures counted with plain SQL, not through the feature's code."""
    one = lambda sql: db.execute(sql, [event_id]).fetchone()[0]  # noqa: E731
    return {
        "total": one("SELECT count(*) FROM booths WHERE event_id = ?"),
        "assigned": one("SELECT count(*) FROM booths WHERE event_id = ? "
                        "AND commune_id IS NOT NULL"),
        "communes_covered": one(
            "SELECT count(DISTINCT p.commune_id) FROM booth_products bp "
            "JOIN products p ON p.id = bp.product_id WHERE p.event_id = ?"),
        "standees_approved": one("SELECT count(*) FROM standees WHERE event_id = ? AND "
                                 "status IN ('da_duyet', 'da_in', 'da_dat')"),
        "standees_submitted": one("SELECT count(*) FROM standees WHERE event_id = ? AND "
                                  "status != 'du_thao'"),
    }


def panel(db, event_id: int, lang: str = "vi", now=NOW) -> str:
    [found] = [p for p in registry.projector_panels() if p.key == "booths"]
    assert found.title_key == "proj.booths"
    return found.render(PanelView(found.load(db, event_id, now), now, lang))


def headline(html: str) -> str:
    found = re.search(r'class="pj-huge pj-booths-figure">([^<]*)<', html)
    assert found
    return found.group(1)


def test_projector_panel_shows_the_status_json_figures_on_the_demo(demo):
    db, event_id = demo
    status = features.full_status(db, event_id, NOW)["booths"]
    sql = counted(db, event_id)
    assert {k: status[k] for k in sql} == sql
    assert (status["total"], status["assigned"]) == (21, 15)
    html = panel(db, event_id)
    assert headline(html) == f"{sql['assigned']}/{sql['total']}"
    cards = re.findall(r'<div class="pj-card ([a-z-]+)"><div>[^<]*</div>'
                       r'<div class="pj-big">([^<]*)</div>', html)
    assert dict(cards) == {
        "pj-communes": f"{sql['communes_covered']}/{status['communes_total']}",
        "pj-standees": f"{sql['standees_approved']}/{status['standees_total']}",
        "pj-drafts": "còn 6 ngày 15 giờ",
    }
    assert status["communes_total"] == 12 and status["standees_total"] == 14
    assert f"{status['ready']}/21 SẴN SÀNG" in html
    assert f"đã trình {sql['standees_submitted']}/14" in html
    # The communes still lacking a product on display, by name, with why.
    missing = re.findall(r'<span class="pj-name">([^<]*)</span><span class="pj-word">'
                         r'<span class="pj-badge"[^>]*>([^<]*)</span>', html)
    assert missing == [("Nhị Bình", "CHƯA CÓ GIAN"), ("Tân Xuân", "CHƯA CÓ SẢN PHẨM")]
    assert [name for name, _ in missing] == status["communes_missing"]


def test_projector_panel_fits_the_wall_screen_and_speaks_english(db, event_id):
    html = panel(db, event_id, "en", clock.parse_iso("2024-09-26T09:00"))
    assert headline(html) == "0/21"
    # Twelve communes missing: five rows and "+7 more" keep the panel to six rows.
    assert len(re.findall(r'class="pj-row[ "]', html)) == projector.MAX_ROWS
    assert "+7 more" in html and "12 MISSING" in html and "14 NOT SUBMITTED" in html
    cards = dict(re.findall(r'<div class="pj-card ([a-z-]+)"><div>[^<]*</div>'
                            r'<div class="pj-big">([^<]*)</div>', html))
    assert cards["pj-drafts"].endswith("overdue")  # 26/9: a day past the drafts deadline
    assert "Standee drafts before 25/09/2024" in html


def test_projector_panel_says_when_every_commune_is_covered(db, event_id):
    from ocop_tracker.booths import commands as bc
    from tests.booth_helpers import HA, add, booth, commune_id

    for number, c in enumerate(queries.communes(db), start=1):
        pid = add(db, event_id, name=f"Thử {number}", commune=c["name"])
        bc.assign_booth(db, booth(db, event_id, number)["id"], commune_id(db, c["name"]),
                        [pid], 1, HA)
    html = panel(db, event_id)
    assert "ĐỦ 12/12" in html and "Cả 12/12 xã – thị trấn" in html
    assert "pj-h2" not in html  # no list of missing communes


def test_overview_figures_are_the_status_figures(demo):
    db, event_id = demo
    status = features.full_status(db, event_id, NOW)["booths"]
    [(feature, metrics)] = [(f, m) for f, m in registry.overview_figures(db, event_id, NOW, "vi")
                            if f.key == "booths"]
    assert [(m.label, m.value) for m in metrics] == [
        ("Gian hàng đã phân", f"{status['assigned']}/21"),
        ("Xã – TT có trưng bày", f"{status['communes_covered']}/12"),
        ("Standee đã duyệt", f"{status['standees_approved']}/14"),
    ]
    assert metrics[1].detail == "Chưa có: Nhị Bình, Tân Xuân"
    assert "còn 6 ngày 15 giờ" in metrics[2].detail
    english = projector.overview_metrics(booths.load(db, event_id), NOW, "en")
    assert [m.label for m in english] == ["Booths assigned", "Communes on display",
                                          "Standees approved"]


def test_report_rows_follow_the_database_in_either_language(demo):
    db, event_id = demo
    status = features.full_status(db, event_id, NOW)["booths"]
    rows = report.booth_rows(db, event_id, "vi")
    assert list(rows.columns) == ["Số gian", "Loại gian", "Xã – thị trấn", "Sản phẩm trưng bày",
                                  "Hạng mục xong (/4)", "Sẵn sàng"]
    assert rows["Số gian"].tolist() == list(range(1, 22))
    assert (rows["Sẵn sàng"] == "Có").sum() == status["ready"]
    assert (rows["Xã – thị trấn"] == "(chưa phân)").sum() == 21 - status["assigned"]
    first = db.execute("SELECT c.name FROM booths b JOIN communes c ON c.id = b.commune_id "
                       "WHERE b.event_id = ? AND b.number = 1", [event_id]).fetchone()[0]
    assert rows.iloc[0]["Xã – thị trấn"] == first
    assert rows["Loại gian"].value_counts().to_dict() == {
        "Sản phẩm OCOP 3 sao": 14, "Sản phẩm mới công nhận": 7}
    products = report.product_rows(db, event_id, "vi")
    assert len(products) == status["products"]
    assert (products["Gian số"] != "").sum() == status["products_on_display"]
    newly = db.execute("SELECT count(*) FROM products WHERE newly_recognised = 1").fetchone()[0]
    assert (products["Mới công nhận"] == "Có").sum() == newly
    english = report.booth_rows(db, event_id, "en")
    assert list(english.columns)[:3] == ["Booth no.", "Booth kind", "Commune"]
    assert set(english["Ready"]) == {"Yes", "Not yet"}
    assert "Product" in report.product_rows(db, event_id, "en").columns
    sections = [s.key for s in registry.report_sections()]
    assert {"gian-hang", "san-pham"} <= set(sections)
