"""Every feature's write functions refuse what the actor's role may not do, and write nothing."""

from __future__ import annotations

from datetime import date

import pytest

from ocop_tracker.booths import commands as bc
from ocop_tracker.booths import queries as booths
from ocop_tracker.core.errors import PermissionDeniedError
from ocop_tracker.core.models import Actor, Role
from ocop_tracker.delegates import commands as dc
from ocop_tracker.delegates import queries as delegate_queries
from ocop_tracker.events import commands as events
from ocop_tracker.plan.importer import import_plan
from ocop_tracker.plan.parse import parse_plan
from ocop_tracker.programme import commands as pc
from ocop_tracker.programme import queries as programme
from tests.conftest import PLAN_TEXT


def _agency(db, name: str) -> int:
    return db.execute("SELECT id FROM agencies WHERE name = ?", [name]).fetchone()[0]


@pytest.fixture
def actors(db):
    return {
        "kt": Actor("Lan", _agency(db, "Phòng Kinh tế")),
        "vhtt": Actor("Hà", _agency(db, "Phòng Văn hóa và Thông tin")),
        "viewer": Actor("Lãnh đạo", role=Role.VIEWER),
        "admin": Actor("Quản trị", role=Role.ADMIN),
    }


def _revision(db) -> int:
    return db.execute("SELECT count(*) FROM history").fetchone()[0]


def test_booths_and_delegates_belong_to_phong_kinh_te(db, event_id, actors):
    booth = booths.booths(db, event_id).iloc[0]
    commune = db.execute("SELECT id FROM communes LIMIT 1").fetchone()[0]
    group = delegate_queries.groups(db, event_id).iloc[0]
    before = _revision(db)
    for who in ("vhtt", "viewer", None):
        actor = actors.get(who)
        with pytest.raises(PermissionDeniedError):
            bc.assign_booth(db, int(booth["id"]), commune, [], int(booth["version"]), actor)
        with pytest.raises(PermissionDeniedError):
            dc.set_quotas(db, {int(group["id"]): (5, int(group["version"]))}, actor)
    assert _revision(db) == before
    bc.assign_booth(db, int(booth["id"]), commune, [], int(booth["version"]), actors["kt"])
    assert _revision(db) > before
    assert booths.booths(db, event_id).iloc[0]["commune_id"] == commune


def test_programme_marks_by_the_step_owner_layout_by_the_admin(db, event_id, actors):
    steps = programme.steps_frame(db, event_id)
    step = steps[steps["owner_agency_id"] == _agency(db, "Phòng Kinh tế")].iloc[0]
    with pytest.raises(PermissionDeniedError):
        pc.start_step(db, int(step["id"]), int(step["version"]), actors["vhtt"])
    with pytest.raises(PermissionDeniedError):
        pc.move_step(db, int(step["id"]), 1, int(step["version"]), actors["kt"])
    pc.start_step(db, int(step["id"]), int(step["version"]), actors["kt"])


def test_events_and_plan_import_are_the_admins(db, event_id, actors):
    before = _revision(db)
    with pytest.raises(PermissionDeniedError):
        events.clone_event(db, event_id, date(2025, 9, 27), actors["kt"])
    with pytest.raises(PermissionDeniedError):
        import_plan(db, parse_plan(PLAN_TEXT.read_text(encoding="utf-8")), actors["kt"])
    assert _revision(db) == before
    assert db.execute("SELECT count(*) FROM events").fetchone()[0] == 1
