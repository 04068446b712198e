"""The delegates on the projector, in the report and on the overview agree with status --json."""

from __future__ import annotations

import json
import re
from html import unescape

import pytest

from ocop_tracker.cli.main import main
from ocop_tracker.core import clock, registry
from ocop_tracker.core.db import open_db
from ocop_tracker.core.models import Actor, Role
from ocop_tracker.core.registry import PanelView
from ocop_tracker.delegates import commands as dc
from ocop_tracker.delegates import queries as dq
from ocop_tracker.reports import csv_export, xlsx

BEFORE = clock.parse_iso("2024-09-18T09:00")
ON_THE_DAY = clock.parse_iso("2024-09-28T08:10")
DESK = Actor("Lễ tân", role=Role.ADMIN)
ROW = re.compile(
    r'<div class="pj-row pj-dlg-group"[^>]*><span class="pj-name">(.*?)</span>'
    r'<span class="pj-num pj-dlg-quota">(.*?)</span><span class="pj-num pj-dlg-conf">(\d+)'
    r'</span><span class="pj-num pj-dlg-arr">(\d+)</span>')


def panel():
    return next(p for p in registry.projector_panels() if p.key == "delegates")


def section():
    return next(s for s in registry.report_sections() if s.key == "dai-bieu")


def draw(db, now, lang="vi") -> str:
    p = panel()
    return p.render(PanelView(p.load(db, 1, now), now, lang))


def status(path, capsys) -> dict:
    assert main(["status", "--json", "--db", str(path)]) == 0
    return json.loads(capsys.readouterr().out)["attendees"]


@pytest.fixture
def arrived_demo(demo_path):
    """The demo database with a few guests checked in and a counted group's arrivals."""
    db = open_db(demo_path)
    people = dq.invitees(db, 1)
    confirmed = people[people["status"] == "da_xac_nhan"]["id"].astype(int).tolist()
    with clock.frozen_at(ON_THE_DAY):
        for invitee_id in confirmed[:7]:
            dc.check_in(db, invitee_id, DESK)
        dc.add_arrivals(db, int(dq.counts(db, 1).iloc[0]["id"]), 4, DESK)
    db.close()
    return demo_path


def expected_from_database(db) -> dict:
    """The figures counted straight from the tables, by group name."""
    per_group = {}
    for g in db.query("SELECT id, name, quota FROM delegate_groups WHERE event_id = 1"):
        named = db.execute(
            "SELECT count(*) FILTER (WHERE status = 'da_xac_nhan'), "
            "count(*) FILTER (WHERE status IN ('da_gui', 'da_xac_nhan', 'tu_choi')), "
            "count(*) FILTER (WHERE status = 'tu_choi'), count(arrived_at) "
            "FROM invitees WHERE group_id = ?", [g["id"]]).fetchone()
        counted = db.execute(
            "SELECT coalesce(sum(confirmed), 0), coalesce(sum(invited), 0), "
            "coalesce(sum(arrived), 0) FROM delegate_counts WHERE group_id = ?",
            [g["id"]]).fetchone()
        per_group[g["name"]] = {"quota": g["quota"], "confirmed": named[0] + counted[0],
                                "invited": named[1] + counted[1], "declined": named[2],
                                "arrived": named[3] + counted[2]}
    return per_group


def test_the_projector_panel_agrees_with_status_and_the_tables(arrived_demo, capsys):
    attendees = status(arrived_demo, capsys)
    db = open_db(arrived_demo)
    expected = expected_from_database(db)
    html = draw(db, ON_THE_DAY)
    rows = ROW.findall(html)
    assert len(rows) == 11 == len(attendees["groups"])
    for (name, quota, confirmed, arrived), group in zip(rows, attendees["groups"], strict=True):
        assert group["name"].startswith(unescape(name).removesuffix("…"))  # long names cut
        assert (quota, int(confirmed), int(arrived)) == (
            "—" if group["quota"] is None else str(group["quota"]), group["confirmed"],
            group["arrived"])
        truth = expected[group["name"]]
        assert (group["quota"], group["confirmed"], group["arrived"]) == (
            truth["quota"], truth["confirmed"], truth["arrived"])
    confirmed = sum(g["confirmed"] for g in expected.values())
    arrived = sum(g["arrived"] for g in expected.values())
    assert arrived == 11 and attendees["arrived"] == arrived
    assert f'pj-dlg-confirmed">{confirmed}/150<' in html
    assert f'pj-dlg-arrived">{arrived}/150<' in html


def test_before_the_day_the_panel_shows_no_arrivals_and_no_personal_data(demo_path):
    db = open_db(demo_path)
    html = draw(db, BEFORE)
    assert "pj-dlg-confirmed" in html and "pj-dlg-arrived" not in html
    assert "xác nhận" in html and "THIẾU" in html
    people = dq.invitees(db, 1)
    for name, phone in zip(people["name"], people["phone"], strict=True):
        assert name not in html and phone not in html
    english = draw(db, BEFORE, "en")
    assert "delegates confirmed" in english and "Quota" in english


def test_the_panel_escapes_group_names_and_says_how_many_more_groups(db):
    db.execute("UPDATE delegate_groups SET name = '<b>Khách</b> & mời' WHERE position = 1")
    for extra in range(3):
        db.execute("INSERT INTO delegate_groups (event_id, name, position) VALUES (1, ?, ?)",
                   [f"Nhóm thêm {extra}", 12 + extra])
    html = draw(db, BEFORE)
    assert "<b>Khách" not in html and "&lt;b&gt;Khách&lt;/b&gt; &amp; mời" in html
    assert len(ROW.findall(html)) == 10
    assert "+4 nhóm nữa" in html
    assert "CHƯA ĐẶT" in html  # no quota set yet: said in words


def test_the_report_section_agrees_with_status_and_has_no_names(arrived_demo, capsys):
    attendees = status(arrived_demo, capsys)
    db = open_db(arrived_demo)
    expected = expected_from_database(db)
    frame = section().rows(db, 1, "vi")
    assert list(frame.columns) == ["Nhóm đại biểu", "Định mức", "Đã mời", "Xác nhận",
                                   "Từ chối", "Đã đến"]
    assert len(frame) == 11
    for values, group in zip(frame.itertuples(index=False), attendees["groups"], strict=True):
        name, quota, invited, confirmed, declined, arrived = values
        assert name == group["name"]
        assert (quota, invited, confirmed, arrived) == (
            group["quota"], group["invited"], group["confirmed"], group["arrived"])
        assert declined == expected[name]["declined"]
    assert frame["Từ chối"].sum() == attendees["declined"]
    english = section().rows(db, 1, "en")
    assert list(english.columns) == ["Delegate group", "Quota", "Invited", "Confirmed",
                                     "Declined", "Arrived"]
    # in the downloads every viewer may take: the sheet and the CSV, aggregates only
    exports = csv_export.exports(db, 1, ON_THE_DAY)
    assert exports["dai-bieu"].equals(frame)
    sheets = xlsx.build_workbook(db, 1, ON_THE_DAY).sheetnames
    assert "Đại biểu" in sheets
    cells = " ".join(str(c.value) for row in xlsx.build_workbook(db, 1, ON_THE_DAY)["Đại biểu"]
                     .iter_rows() for c in row)
    people = dq.invitees(db, 1)
    assert not any(phone in cells for phone in people["phone"])
    assert not any(name in cells for name in people["name"])


def test_a_group_without_quota_says_so_in_the_report(db):
    frame = section().rows(db, 1, "vi")
    assert set(frame["Định mức"]) == {"chưa đặt"}


def test_the_overview_figures_are_confirmed_then_on_the_day_arrived(arrived_demo):
    db = open_db(arrived_demo)
    feature = next(f for f in registry.features() if f.key == "delegates")
    total = dq.overview(db, 1)[1]
    before = feature.overview(db, 1, BEFORE, "vi")
    assert [(m.label, m.value, m.detail) for m in before] == [
        ("Đại biểu xác nhận", f"{total.confirmed}/150", f"đã mời {total.invited}")]
    on_the_day = feature.overview(db, 1, ON_THE_DAY, "en")
    assert [(m.label, m.value) for m in on_the_day] == [
        ("Delegates confirmed", f"{total.confirmed}/150"), ("Delegates arrived", "11/150")]
