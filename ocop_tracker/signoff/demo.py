"""Demo sign-off: standee drafts (generated images) submitted, approved and one returned; a
budget with a line in each state; the Hội quán's first weekends, written through the write path.

The demo clock stands at 18/09/2024, before the ceremony; the weekend logs are dated after it
(29/09, 05/10, 06/10; 12/10 left missing) and show once the clock is past them, e.g. with
OCOP_NOW=2024-10-13T09:00. Until then no weekend is due and the log page says so.
"""

from __future__ import annotations

import io
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from sqlite_utils import Database

from ocop_tracker.accounts import users
from ocop_tracker.budget import commands as budget
from ocop_tracker.clubhouse import commands as clubhouse
from ocop_tracker.core import clock
from ocop_tracker.core.db import write_transaction
from ocop_tracker.core.models import Actor, Role
from ocop_tracker.signoff import approvals, evidence

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
# (username, display name, unit): the Standing Committee's secretary and the appraiser.
APPROVERS = (("thuong-truc", "Thường trực UBND huyện", "Ủy ban nhân dân huyện Hóc Môn"),
             ("tckh-tham-dinh", "Phòng TC-KH (thẩm định)", "Phòng Tài chính - Kế hoạch"))
RETURN_COMMENT = "Logo OCOP chưa đúng mẫu; ghi rõ số quyết định công nhận dưới tên sản phẩm."
# item, estimate, what happens: approve (amount), return (comment), submit, draft; spent.
BUDGET = (
    ("Dựng 21 gian hàng triển lãm", 126_000_000, "approve", None, 118_500_000),
    ("Sân khấu, backdrop", 45_000_000, "approve", 42_000_000, None),
    ("In 14 standee sản phẩm", 9_800_000, "submit", None, None),
    ("Âm thanh, ánh sáng", 25_000_000, "return", None, None),
    ("In giấy chứng nhận, giấy mời", 6_500_000, "draft", None, None),
)
WEEKENDS: tuple[tuple[date, int, int, list[str]], ...] = (
            (date(2024, 9, 29), 120, 20, ["Thiếu bàn trưng bày cho 3 chủ thể mới"]),
            (date(2024, 10, 5), 85, 18, []),
            (date(2024, 10, 6), 140, 21, ["Đề nghị bổ sung bảng chỉ dẫn từ Quốc lộ 22"]))


def draft_image(title: str, version: int = 1) -> bytes:
    """A standee draft as a PNG: the product's name on a banner, clearly marked as a sample."""
    image = Image.new("RGB", (360, 800), (250, 246, 230))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 359, 150), fill=(21, 101, 192))
    draw.rectangle((30, 220, 330, 560), outline=(46, 125, 50), width=6)
    big, small = _font(30), _font(22)
    draw.text((20, 50), "OCOP HÓC MÔN", fill="white", font=big)
    for i, line in enumerate(_wrap(title, 18)):
        draw.text((24, 600 + 34 * i), line, fill=(30, 30, 30), font=small)
    draw.text((24, 740), f"DỰ THẢO v{version} (mẫu)", fill=(198, 40, 40), font=small)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.truetype(str(FONT), size) if FONT.exists() else ImageFont.load_default(size)


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = [""]
    for word in text.split():
        if len(lines[-1]) + len(word) + 1 > width and lines[-1]:
            lines.append("")
        lines[-1] = f"{lines[-1]} {word}".strip()
    return lines[:4]


def estimate_pdf(item: str) -> bytes:
    """A one-page PDF standing in for a quotation."""
    image = Image.new("RGB", (595, 842), "white")
    ImageDraw.Draw(image).text((40, 40), f"Báo giá (mẫu): {item}", fill="black", font=_font(20))
    out = io.BytesIO()
    image.save(out, "PDF")
    return out.getvalue()


def create_approvers(db: Database) -> dict[str, Actor]:
    """The demo's approver accounts (password ocop2024), as actors."""
    # The demo accounts all share the training password: reuse its hash (hashing is slow).
    found = db.execute("SELECT password_hash FROM users WHERE username = ?",
                       [users.ADMIN_USERNAME]).fetchone()
    hashed = found[0] if found else users.hash_password(users.DEMO_PASSWORD)
    now = clock.now().isoformat()
    actors = {}
    with write_transaction(db):
        for username, name, unit in APPROVERS:
            agency = db.execute("SELECT id FROM agencies WHERE name = ?", [unit]).fetchone()
            cursor = db.execute(
                "INSERT INTO users (username, display_name, role, agency_id, password_hash, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?)",
                [username, name, str(Role.APPROVER), agency[0] if agency else None, hashed, now])
            actors[username] = Actor(name, agency[0] if agency else None, Role.APPROVER,
                                     cursor.lastrowid)
    return actors


def write_signoff_demo(db: Database, event_id: int, as_of: datetime) -> None:
    """Approvers, standee sign-offs, the budget and the weekend log (see the module's doc)."""
    actors = create_approvers(db)
    kt = _unit_actor(db, "phong-kt")
    moment = as_of - timedelta(days=2)
    with clock.frozen_at(moment):
        _standees(db, actors["thuong-truc"], kt)
    with clock.frozen_at(moment + timedelta(hours=5)):
        _budget(db, event_id, actors["tckh-tham-dinh"], kt)
        _trailer(db, event_id, actors["thuong-truc"])
    _weekends(db, event_id)


def _unit_actor(db: Database, username: str) -> Actor:
    row = db.execute("SELECT id, display_name, agency_id FROM users WHERE username = ?",
                     [username]).fetchone()
    return Actor(row[1], row[2], Role.UNIT, row[0])


def _sign(db: Database, entity: str, entity_id: int, approver: Actor, unit: Actor,
          outcome: str, amount: int | None = None, comment: str = "") -> None:
    approvals.require_approval(db, entity, entity_id, int(approver.account_id or 0), unit)
    if outcome == "draft":
        return
    row = approvals.for_subject(db, entity, entity_id)
    assert row is not None
    approvals.submit(db, row["id"], row["version"], unit)
    if outcome == "approve":
        approvals.approve(db, row["id"], row["version"] + 1, approver, amount)
    elif outcome == "return":
        approvals.send_back(db, row["id"], row["version"] + 1, approver, comment)


def _standees(db: Database, approver: Actor, unit: Actor) -> None:
    rows = db.execute("SELECT s.id, s.status, p.name FROM standees s JOIN products p "
                      "ON p.id = s.product_id ORDER BY s.id").fetchall()
    returned = False
    for standee_id, status, name in rows:
        if status == "du_thao" and returned:
            continue
        evidence.add_file(db, "standee", standee_id, f"standee-{standee_id}.png",
                          draft_image(name), unit)
        outcome = {"da_duyet": "approve", "da_trinh": "submit"}.get(status, "return")
        returned = returned or outcome == "return"
        _sign(db, "standee", standee_id, approver, unit, outcome, comment=RETURN_COMMENT)


def _budget(db: Database, event_id: int, approver: Actor, unit: Actor) -> None:
    for item, estimate, outcome, amount, spent in BUDGET:
        line_id = budget.add_line(db, event_id, item, estimate, unit).entity_id
        evidence.add_file(db, "budget_line", line_id, "bao-gia.pdf", estimate_pdf(item), unit)
        _sign(db, "budget_line", line_id, approver, unit, outcome, amount,
              "Tách riêng chi phí thuê và chi phí vận hành.")
        if spent is not None:
            version = db.execute("SELECT version FROM budget_lines WHERE id = ?",
                                 [line_id]).fetchone()[0]
            budget.set_spent(db, line_id, spent, version, unit)


def _trailer(db: Database, event_id: int, approver: Actor) -> None:
    """The trailer for the district portal (III.1.1): a draft link, to be signed off once done."""
    found = db.execute("SELECT id, lead_agency_id FROM tasks WHERE event_id = ? AND title LIKE "
                       "'%trailer%' ORDER BY position LIMIT 1", [event_id]).fetchone()
    user = db.execute("SELECT username FROM users WHERE agency_id = ? AND role = 'unit'",
                      [found[1]]).fetchone() if found else None
    if user is None:
        return
    unit = _unit_actor(db, user[0])
    evidence.add_link(db, "task", found[0], "Trailer (bản dựng thử)",
                      "https://example.org/trailer-le-ocop-mau", unit)
    _sign(db, "task", found[0], approver, unit, "draft")


def _weekends(db: Database, event_id: int) -> None:
    duty = clubhouse.duty_agency_id(db, event_id)
    found = db.execute("SELECT id, display_name FROM users WHERE agency_id = ? AND role = 'unit'",
                       [duty]).fetchone()
    actor = Actor(found[1], duty, Role.UNIT, found[0])
    for day, visitors, products, issues in WEEKENDS:
        at = datetime.combine(day, time(17, 30), clock.VN_TZ)
        with clock.frozen_at(at):
            clubhouse.log_weekend(db, event_id, day, True, visitors, products, "", issues, actor)
