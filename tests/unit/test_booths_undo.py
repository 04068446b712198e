"""Undo of booth and standee changes: by the organiser unit (its own last change) or the admin
(any change, from the feed); refused when stale, when a product moved or went, or another unit."""

from __future__ import annotations

import json

import pytest

from ocop_tracker.booths import commands as bc
from ocop_tracker.core import audit, permissions
from ocop_tracker.core.errors import (
    NotFoundError,
    PermissionDeniedError,
    StaleEditError,
    ValidationError,
)
from ocop_tracker.core.models import Actor, Role
from tests.booth_helpers import add, booth, commune_id


def _agency(db, name: str) -> int:
    return db.execute("SELECT id FROM agencies WHERE name = ?", [name]).fetchone()[0]


@pytest.fixture
def who(db):
    kt = permissions.organiser_agency_id(db)
    assert kt == _agency(db, "Phòng Kinh tế")
    return {
        "lan": Actor("Nguyễn Thị Lan", kt, Role.UNIT, 21),
        "tam": Actor("Trần Minh Tâm", kt, Role.UNIT, 22),
        "admin": Actor("Quản trị", kt, Role.ADMIN, 1),
        "vhtt": Actor("Lê Văn Hùng", _agency(db, "Phòng Văn hóa và Thông tin"), Role.UNIT, 31),
        "viewer": Actor("Lãnh đạo", None, Role.VIEWER, 41),
    }


def rows(db, entity: str, entity_id: int) -> list[dict]:
    return list(db.query("SELECT * FROM history WHERE entity = ? AND entity_id = ? ORDER BY id",
                         [entity, entity_id]))


def last_id(db, entity: str, entity_id: int, field: str) -> int:
    return db.execute("SELECT max(id) FROM history WHERE entity = ? AND entity_id = ? AND "
                      "field = ?", [entity, entity_id, field]).fetchone()[0]


def shown(db, booth_id: int) -> list[int]:
    return [r[0] for r in db.execute(
        "SELECT product_id FROM booth_products WHERE booth_id = ? ORDER BY product_id",
        [booth_id])]


def assigned(db, event_id, number: int, commune: str | None, products: list[int], actor):
    b = booth(db, event_id, number)
    cid = commune_id(db, commune) if commune else None
    return bc.assign_booth(db, b["id"], cid, products, b["version"], actor)


def tick(db, event_id, number: int, item: str, done: bool, actor):
    b = booth(db, event_id, number)
    return bc.set_booth_check(db, b["id"], item, done, b["version"], actor)


def standee(db, event_id, who):
    """A product in booth 8 with a standee; returns the standee's id."""
    pid = add(db, event_id, name="Sữa chua thử", actor=who["lan"])
    assigned(db, event_id, 8, "Bà Điểm", [pid], who["lan"])
    [created] = bc.add_standees(db, event_id, [pid], who["lan"])
    return created.entity_id


def set_standee(db, standee_id: int, status: str, actor):
    version = db.execute("SELECT version FROM standees WHERE id = ?", [standee_id]).fetchone()[0]
    return bc.set_standee_status(db, standee_id, status, version, actor)


# ------------------------------------------------------------------ checklist


def test_the_organiser_unit_undoes_its_own_last_tick(db, event_id, who):
    pid = add(db, event_id, actor=who["lan"])
    assigned(db, event_id, 7, "Bà Điểm", [pid], who["lan"])
    tick(db, event_id, 7, "space_ready", True, who["lan"])
    b7 = booth(db, event_id, 7)
    entry = audit.last_own_change(db, who["lan"])
    assert (entry["subject"], entry["field"], entry["after"]) == ("Gian hàng số 7",
                                                                  "space_ready", "1")
    change = audit.undo(db, entry["id"], who["lan"])
    after = booth(db, event_id, 7)
    assert (after["space_ready"], after["version"]) == (0, b7["version"] + 1)
    assert isinstance(after["space_ready"], int)  # stored as 0/1, not as the text "0"
    assert (change.field, change.before, change.after) == ("space_ready", "1", "0")
    undo_row = rows(db, "booth", b7["id"])[-1]
    assert (undo_row["action"], undo_row["undoes"], undo_row["before"], undo_row["after"],
            undo_row["actor_account_id"]) == ("undo", entry["id"], "1", "0", 21)
    assert audit.last_own_change(db, who["lan"])["undoes"] == entry["id"]  # undo is undoable


def test_the_admin_undoes_any_tick_from_the_feed(db, event_id, who):
    pid = add(db, event_id, actor=who["lan"])
    assigned(db, event_id, 4, "Bà Điểm", [pid], who["lan"])
    tick(db, event_id, 4, "staffed", True, who["lan"])
    staffed = last_id(db, "booth", booth(db, event_id, 4)["id"], "staffed")
    tick(db, event_id, 4, "products_delivered", True, who["lan"])  # no longer Lan's last
    with pytest.raises(PermissionDeniedError):
        audit.undo(db, staffed, who["lan"])
    feed = {e["id"]: e for e in audit.feed(db)}
    assert feed[staffed]["subject"] == "Gian hàng số 4" and audit.undoable(feed[staffed])
    audit.undo(db, staffed, who["admin"])
    row = booth(db, event_id, 4)
    assert (row["staffed"], row["products_delivered"]) == (0, 1)
    assert rows(db, "booth", row["id"])[-1]["actor"] == "Quản trị"


def test_a_tick_changed_since_is_not_undone(db, event_id, who):
    pid = add(db, event_id, actor=who["lan"])
    assigned(db, event_id, 6, "Bà Điểm", [pid], who["lan"])
    tick(db, event_id, 6, "staffed", True, who["lan"])
    b6 = booth(db, event_id, 6)
    lans = last_id(db, "booth", b6["id"], "staffed")
    tick(db, event_id, 6, "staffed", False, who["tam"])
    with pytest.raises(StaleEditError) as refused:
        audit.undo(db, lans, who["admin"])
    message = refused.value.message("vi")
    assert "Gian 6" in message and "Trần Minh Tâm" in message and "KHÔNG hoàn tác" in message
    # Ticked again: the value matches Lan's, but Tâm's work lies in between.
    tick(db, event_id, 6, "staffed", True, who["tam"])
    with pytest.raises(StaleEditError):
        audit.undo(db, lans, who["admin"])
    assert booth(db, event_id, 6)["staffed"] == 1


def test_another_unit_or_a_viewer_cannot_undo_a_booth_change(db, event_id, who):
    pid = add(db, event_id, actor=who["lan"])
    assigned(db, event_id, 9, "Bà Điểm", [pid], who["lan"])
    tick(db, event_id, 9, "standee_in_place", True, who["lan"])
    entry = audit.last_own_change(db, who["lan"])
    for actor in (who["vhtt"], who["viewer"], None):
        with pytest.raises(PermissionDeniedError):
            audit.undo(db, entry["id"], actor)
    # The handler refuses by itself too: the organiser unit's rule, as for the writes.
    with pytest.raises(PermissionDeniedError) as refused:
        bc.undo_booth_change(db, audit.entity_history(db, "booth", [entry["entity_id"]])[0],
                             who["vhtt"], "2024-09-18T09:00:00+07:00")
    assert refused.value.key == "perm.not_your_unit"
    assert booth(db, event_id, 9)["standee_in_place"] == 1


# ------------------------------------------------------------------ commune and products


def test_undoing_a_new_commune_puts_the_old_commune_and_its_products_back(db, event_id, who):
    p1 = add(db, event_id, name="Bánh thử", actor=who["lan"])
    assigned(db, event_id, 5, "Bà Điểm", [p1], who["lan"])
    b5 = booth(db, event_id, 5)
    assigned(db, event_id, 5, "Tân Hiệp", [], who["lan"])  # a new commune empties the booth
    assert shown(db, b5["id"]) == []
    entry = audit.last_own_change(db, who["lan"])
    assert entry["field"] == "products"
    audit.undo(db, entry["id"], who["lan"])
    row = booth(db, event_id, 5)
    assert (row["commune_id"], shown(db, b5["id"])) == (commune_id(db, "Bà Điểm"), [p1])
    assert row["version"] == b5["version"] + 2  # one write, one version
    undo_rows = rows(db, "booth", b5["id"])[-2:]
    assert [(r["field"], r["before"], r["after"]) for r in undo_rows] == [
        ("commune_id", str(commune_id(db, "Tân Hiệp")), str(commune_id(db, "Bà Điểm"))),
        ("products", "[]", json.dumps([p1]))]
    assert all(r["actor_account_id"] == 21 and r["action"] == "undo" for r in undo_rows)
    feed = {e["id"]: e for e in audit.feed(db)}
    # Both rows of the reassignment are marked undone, so neither is offered again.
    assert all(feed[r["undoes"]]["undone_by"] for r in undo_rows)
    # The undo is itself undone the same way: back to Tân Hiệp, empty.
    audit.undo(db, audit.last_own_change(db, who["lan"])["id"], who["lan"])
    assert (booth(db, event_id, 5)["commune_id"], shown(db, b5["id"])) == (
        commune_id(db, "Tân Hiệp"), [])


def test_the_admin_undoes_an_assignment_by_its_commune_row(db, event_id, who):
    p1 = add(db, event_id, name="Mứt thử", commune="Đông Thạnh", actor=who["lan"])
    assigned(db, event_id, 10, "Đông Thạnh", [p1], who["lan"])
    b10 = booth(db, event_id, 10)
    commune_row = last_id(db, "booth", b10["id"], "commune_id")
    tick(db, event_id, 2, "space_ready", True, who["lan"])  # Lan moved on
    change = audit.undo(db, commune_row, who["admin"])
    assert (change.field, change.before, change.after) == (
        "commune_id", str(commune_id(db, "Đông Thạnh")), None)
    assert (booth(db, event_id, 10)["commune_id"], shown(db, b10["id"])) == (None, [])


def test_undo_of_products_only_restores_the_booth_rows(db, event_id, who):
    p1 = add(db, event_id, name="A thử", actor=who["lan"])
    p2 = add(db, event_id, name="B thử", actor=who["lan"])
    assigned(db, event_id, 11, "Bà Điểm", [p1], who["lan"])
    assigned(db, event_id, 11, "Bà Điểm", [p1, p2], who["lan"])
    b11 = booth(db, event_id, 11)
    fields = [r["field"] for r in rows(db, "booth", b11["id"])]
    assert fields == ["commune_id", "products", "products"]
    audit.undo(db, last_id(db, "booth", b11["id"], "products"), who["admin"])
    assert shown(db, b11["id"]) == [p1]
    assert booth(db, event_id, 11)["commune_id"] == commune_id(db, "Bà Điểm")


def test_an_assignment_changed_since_is_not_undone(db, event_id, who):
    p1 = add(db, event_id, name="A thử", actor=who["lan"])
    p2 = add(db, event_id, name="B thử", actor=who["lan"])
    assigned(db, event_id, 12, "Bà Điểm", [p1], who["lan"])
    b12 = booth(db, event_id, 12)
    lans = last_id(db, "booth", b12["id"], "products")
    assigned(db, event_id, 12, "Bà Điểm", [p1, p2], who["tam"])
    with pytest.raises(StaleEditError) as refused:
        audit.undo(db, lans, who["admin"])
    assert "Trần Minh Tâm" in refused.value.message("vi")
    assert shown(db, b12["id"]) == [p1, p2]


def test_undo_refused_when_a_product_is_now_in_another_booth(db, event_id, who):
    p1 = add(db, event_id, actor=who["lan"])
    assigned(db, event_id, 1, "Bà Điểm", [p1], who["lan"])
    assigned(db, event_id, 2, "Bà Điểm", [], who["tam"])
    assigned(db, event_id, 1, "Bà Điểm", [], who["lan"])  # Lan takes it out of booth 1 ...
    b2 = booth(db, event_id, 2)
    bc.assign_booth(db, b2["id"], commune_id(db, "Bà Điểm"), [p1], b2["version"], who["tam"])
    entry = audit.last_own_change(db, who["lan"])  # ... and Tâm puts it in booth 2
    before = db.execute("SELECT count(*) FROM history").fetchone()[0]
    with pytest.raises(ValidationError) as refused:
        audit.undo(db, entry["id"], who["lan"])
    assert refused.value.key == "bth.undo_in_other_booth"
    assert "gian 2" in refused.value.message("vi")
    assert shown(db, booth(db, event_id, 1)["id"]) == []
    assert db.execute("SELECT count(*) FROM history").fetchone()[0] == before


def test_undo_refused_when_a_product_was_deleted(db, event_id, who):
    p1 = add(db, event_id, name="Nấm thử", actor=who["lan"])
    assigned(db, event_id, 3, "Bà Điểm", [p1], who["lan"])
    assigned(db, event_id, 3, "Bà Điểm", [], who["lan"])
    entry_id = audit.last_own_change(db, who["lan"])["id"]
    bc.delete_product(db, p1, 1, who["admin"])
    with pytest.raises(ValidationError) as refused:
        audit.undo(db, entry_id, who["admin"])
    assert refused.value.key == "bth.undo_product_deleted"
    assert "Nấm thử" in refused.value.message("vi")
    # The feed still names the deleted product by the name it had.
    deleted = next(e for e in audit.feed(db) if e["entity"] == "product")
    assert (deleted["action"], deleted["subject"]) == ("delete", "Nấm thử")


# ------------------------------------------------------------------ standees


def test_the_organiser_unit_undoes_its_last_standee_status(db, event_id, who):
    sid = standee(db, event_id, who)
    set_standee(db, sid, "da_trinh", who["lan"])
    entry = audit.last_own_change(db, who["lan"])
    assert entry["subject"] == "Standee: Sữa chua thử"
    audit.undo(db, entry["id"], who["lan"])
    row = next(db.query("SELECT * FROM standees WHERE id = ?", [sid]))
    assert (row["status"], row["version"]) == ("du_thao", 3)


def test_the_admin_undoes_a_standee_status_from_the_feed_unless_changed_since(db, event_id, who):
    sid = standee(db, event_id, who)
    set_standee(db, sid, "da_trinh", who["lan"])
    submitted = last_id(db, "standee", sid, "status")
    set_standee(db, sid, "da_duyet", who["tam"])
    with pytest.raises(StaleEditError) as refused:
        audit.undo(db, submitted, who["admin"])
    assert "Sữa chua thử" in refused.value.message("vi")
    assert "Trần Minh Tâm" in refused.value.message("vi")
    approved = last_id(db, "standee", sid, "status")
    with pytest.raises(PermissionDeniedError):
        audit.undo(db, approved, who["vhtt"])
    audit.undo(db, approved, who["admin"])
    assert db.execute("SELECT status FROM standees WHERE id = ?", [sid]).fetchone()[0] == \
        "da_trinh"


def test_undo_of_a_standee_whose_product_was_deleted_says_so(db, event_id, who):
    sid = standee(db, event_id, who)
    set_standee(db, sid, "da_trinh", who["lan"])
    entry_id = last_id(db, "standee", sid, "status")
    pid = db.execute("SELECT product_id FROM standees WHERE id = ?", [sid]).fetchone()[0]
    bc.delete_product(db, pid, 1, who["admin"])
    with pytest.raises(NotFoundError) as refused:
        audit.undo(db, entry_id, who["admin"])
    assert refused.value.key == "bth.undo_gone"
    named = {e["id"]: e["subject"] for e in audit.feed(db)}
    assert named[entry_id] == "Standee: Sữa chua thử"


# ------------------------------------------------------------------ the feed


def test_the_feed_names_booths_products_and_standees(db, event_id, who):
    sid = standee(db, event_id, who)
    set_standee(db, sid, "da_trinh", who["lan"])
    tick(db, event_id, 8, "staffed", True, who["tam"])
    subjects = [(e["entity"], e["subject"]) for e in audit.feed(db, limit=6)]
    assert subjects[:2] == [("booth", "Gian hàng số 8"), ("standee", "Standee: Sữa chua thử")]
    assert ("product", "Sữa chua thử") in subjects
    mine = [e for e in audit.feed(db) if e["entity"] in ("booth", "product", "standee")]
    assert mine and all(e["actor_account_id"] in (21, 22) for e in mine)  # with the account
