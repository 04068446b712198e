"""Evidence and sign-off on real database files: what a unit, an approver and the leadership
would notice (refusals in Vietnamese, figures that follow the approval, files kept intact)."""

from __future__ import annotations

import io
import os
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image

from ocop_tracker.booths import queries as booth_queries
from ocop_tracker.core import audit, backup, clock, queries
from ocop_tracker.core.db import open_db
from ocop_tracker.core.errors import PermissionDeniedError, UserFacingError, ValidationError
from ocop_tracker.core.models import Actor, Role, Status
from ocop_tracker.signoff import approvals, evidence
from ocop_tracker.signoff import queries as signoff_queries
from ocop_tracker.signoff.demo import draft_image
from ocop_tracker.tasks import commands as task_commands
from ocop_tracker.tasks import snapshot
from tests.conftest import task_by_code

NOW = datetime(2024, 9, 18, 9, 0, tzinfo=clock.VN_TZ)


def actor(db, username: str) -> Actor:
    row = db.execute("SELECT id, display_name, agency_id, role FROM users WHERE username = ?",
                     [username]).fetchone()
    return Actor(row[1], row[2], Role(row[3]), row[0])


@pytest.fixture
def demo(demo_path):
    database = open_db(demo_path)
    with clock.frozen_at(NOW):
        yield database
    database.close()


def fresh_standee(db) -> int:
    """A standee of the demo that no approval names yet."""
    return db.execute("SELECT id FROM standees WHERE id NOT IN (SELECT entity_id FROM approvals "
                      "WHERE entity = 'standee') ORDER BY id").fetchone()[0]


def start(db, entity: str, entity_id: int, approver: str = "thuong-truc") -> dict:
    kt = actor(db, "phong-kt")
    approvals.require_approval(db, entity, entity_id, actor(db, approver).account_id, kt)
    return approvals.for_subject(db, entity, entity_id)


def figures(db) -> dict:
    event_id = queries.current_event_id(db)
    return {"booths": booth_queries.status_section(db, event_id, NOW),
            "approvals": signoff_queries.status_section(db, event_id)}


def test_a_unit_cannot_approve_its_own_submission(demo):
    kt = actor(demo, "phong-kt")
    standee = fresh_standee(demo)
    row = start(demo, "standee", standee)
    evidence.add_file(demo, "standee", standee, "draft.png", draft_image("x"), kt)
    approvals.submit(demo, row["id"], row["version"], kt)
    with pytest.raises(PermissionDeniedError) as refused:
        approvals.approve(demo, row["id"], row["version"] + 1, kt)
    assert "Chỉ tài khoản người duyệt" in refused.value.message()
    other = actor(demo, "tckh-tham-dinh")  # an approver, but not the one named
    with pytest.raises(PermissionDeniedError) as refused:
        approvals.approve(demo, row["id"], row["version"] + 1, other)
    assert refused.value.key == "appr.not_named"
    # An approver account of the submitting unit itself cannot even be named.
    demo.execute("INSERT INTO users (username, display_name, role, agency_id, password_hash, "
                 "created_at) VALUES ('kt-duyet', 'KT duyệt', 'approver', ?, 'x', '')",
                 [kt.agency_id])
    with pytest.raises(ValidationError) as refused:
        start(demo, "standee", fresh_standee(demo), "kt-duyet")
    assert "chính đơn vị trình" in refused.value.message()
    assert approvals.for_subject(demo, "standee", standee)["state"] == "waiting"


def test_submit_return_resubmit_approve_moves_the_standee_figures_and_can_be_undone(demo):
    kt, chief = actor(demo, "phong-kt"), actor(demo, "thuong-truc")
    before = figures(demo)
    standee = fresh_standee(demo)
    row = start(demo, "standee", standee)
    with pytest.raises(ValidationError, match="đính kèm"):  # nothing to look at yet
        approvals.submit(demo, row["id"], row["version"], kt)
    evidence.add_file(demo, "standee", standee, "v1.png", draft_image("x"), kt)
    approvals.submit(demo, row["id"], row["version"], kt)
    submitted = figures(demo)
    assert submitted["booths"]["standees_submitted"] == before["booths"]["standees_submitted"] + 1
    assert submitted["approvals"]["waiting"] == before["approvals"]["waiting"] + 1
    with pytest.raises(ValidationError, match="chỉnh sửa gì"):
        approvals.send_back(demo, row["id"], row["version"] + 1, chief, "  ")
    approvals.send_back(demo, row["id"], row["version"] + 1, chief, "Sai logo")
    assert approvals.for_subject(demo, "standee", standee)["comment"] == "Sai logo"
    assert figures(demo)["booths"]["standees_submitted"] == before["booths"]["standees_submitted"]
    evidence.add_file(demo, "standee", standee, "v2.png", draft_image("x", 2), kt)
    approvals.submit(demo, row["id"], row["version"] + 2, kt)
    approvals.approve(demo, row["id"], row["version"] + 3, chief)
    done = figures(demo)
    assert done["booths"]["standees_approved"] == before["booths"]["standees_approved"] + 1
    assert done["approvals"]["approved"] == before["approvals"]["approved"] + 1
    last = audit.last_own_change(demo, chief)
    assert last["entity"] == "approval" and last["after"] == "approved"
    audit.undo(demo, last["id"], chief)  # the approver takes the approval back
    assert approvals.for_subject(demo, "standee", standee)["state"] == "waiting"
    assert demo.execute("SELECT status FROM standees WHERE id = ?",
                        [standee]).fetchone()[0] == "da_trinh"


def test_a_task_that_requires_approval_is_done_only_once_approved(demo):
    kt, chief = actor(demo, "phong-kt"), actor(demo, "thuong-truc")
    event_id = queries.current_event_id(demo)
    task = task_by_code(demo, "III.2-13")
    task_commands.set_task_status(demo, task["id"], Status.DONE, task["version"], kt)
    done_before = snapshot.snapshot(demo, event_id, NOW).summary.done
    row = start(demo, "task", task["id"])
    assert snapshot.snapshot(demo, event_id, NOW).summary.done == done_before - 1
    evidence.add_link(demo, "task", task["id"], "Dự thảo", "https://example.org/du-thao", kt)
    approvals.submit(demo, row["id"], row["version"], kt)
    assert snapshot.snapshot(demo, event_id, NOW).summary.done == done_before - 1
    approvals.approve(demo, row["id"], row["version"] + 1, chief)
    assert snapshot.snapshot(demo, event_id, NOW).summary.done == done_before


def png_bytes(size: tuple[int, int] = (40, 30)) -> bytes:
    out = io.BytesIO()
    Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3)).save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize(("name", "content"), [
    ("poster.png", b"<!DOCTYPE html><html><script>alert(1)</script></html>"),
    ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    ("logo.png", b'<?xml version="1.0"?><svg><script>alert(1)</script></svg>'),
    ("anh.png", b"\x89PNG\r\n\x1a\nnot really an image"),
    ("run.pdf", b"MZ\x90\x00 an executable"),
])
def test_a_file_of_the_wrong_type_is_refused_and_nothing_is_kept(demo, name, content):
    kt = actor(demo, "phong-kt")
    with pytest.raises(ValidationError) as refused:
        evidence.add_file(demo, "standee", fresh_standee(demo), name, content, kt)
    assert name in refused.value.message() and "không nhận" in refused.value.message()
    assert demo.execute("SELECT count(*) FROM evidence WHERE name LIKE ?",
                        [f"{Path(name).stem}%"]).fetchone()[0] == 0


def test_type_comes_from_the_content_and_downloads_get_a_safe_name(demo):
    kt = actor(demo, "phong-kt")
    standee = fresh_standee(demo)
    change = evidence.add_file(demo, "standee", standee, "../../etc/<b>draft</b>.svg",
                               png_bytes(), kt)
    name, mime, content = evidence.download(demo, change.entity_id)
    assert mime == "image/png" and name.endswith(".png")
    assert "/" not in name and "<" not in name and ".svg" not in name
    listed = evidence.listing(demo, "standee", standee)[0]
    assert Image.open(io.BytesIO(listed["thumbnail"])).format == "PNG"
    assert listed["added_by"] == kt.name


def test_an_11_mb_file_is_refused_with_a_vietnamese_message(demo):
    kt = actor(demo, "phong-kt")
    big = b"%PDF-1.4\n" + b"0" * (11 * 1024 * 1024)
    with pytest.raises(ValidationError) as refused:
        evidence.add_file(demo, "standee", fresh_standee(demo), "ban-ve.pdf", big, kt)
    assert refused.value.message() == (
        "Tệp «ban-ve.pdf» nặng 11,0 MB, vượt giới hạn 10 MB mỗi tệp. Hãy nén hoặc giảm "
        "kích thước rồi tải lại.")
    assert demo.execute("SELECT count(*) FROM evidence WHERE name LIKE 'ban-ve%'"
                        ).fetchone()[0] == 0


def test_backup_then_restore_keeps_every_file_byte_for_byte(demo, demo_path, tmp_path):
    kt = actor(demo, "phong-kt")
    standee = fresh_standee(demo)
    evidence.add_file(demo, "standee", standee, "noise.png", png_bytes((300, 200)), kt)
    originals = dict(demo.execute("SELECT id, content FROM evidence WHERE kind = 'file'"))
    copy = backup.backup(demo_path, tmp_path / "sao-luu.db")
    demo.execute("DELETE FROM evidence")
    target = tmp_path / "restored.db"
    target.write_bytes(demo_path.read_bytes())
    backup.restore(copy, target)
    restored = open_db(target)
    assert dict(restored.execute("SELECT id, content FROM evidence WHERE kind = 'file'")
                ) == originals
    restored.close()
    # A backup whose file no longer matches its checksum is refused before anything changes.
    broken = open_db(copy)
    broken.execute("UPDATE evidence SET content = x'00' WHERE id = ?", [min(originals)])
    broken.close()
    with pytest.raises(UserFacingError, match="evidence"):
        backup.restore(copy, target)


def test_a_standee_under_sign_off_is_not_approved_by_hand(demo):
    from ocop_tracker.booths import commands as booth_commands

    kt = actor(demo, "phong-kt")
    waiting = approvals.for_subject(demo, "standee", demo.execute(
        "SELECT entity_id FROM approvals WHERE entity = 'standee' AND state = 'waiting'"
    ).fetchone()[0])
    row = demo.execute("SELECT id, version FROM standees WHERE id = ?",
                       [waiting["entity_id"]]).fetchone()
    with pytest.raises(ValidationError, match="trang Trình duyệt"):
        booth_commands.set_standee_status(demo, row[0], "da_duyet", row[1], kt)
    approved = demo.execute("SELECT s.id, s.version FROM standees s JOIN approvals a ON "
                            "a.entity = 'standee' AND a.entity_id = s.id "
                            "WHERE a.state = 'approved'").fetchone()
    booth_commands.set_standee_status(demo, approved[0], "da_in", approved[1], kt)  # printed
