"""Every write of the booths feature: products, import, booth assignment and checklist, standees.

All of it goes through core.audit (read under the lock, refuse a stale screen, versioned update,
one history row per field changed) and so do the undo handlers at the end of the module.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from ocop_tracker.booths import products as p
from ocop_tracker.booths.product_import import ImportPreview, ProductInput
from ocop_tracker.core import audit, clock, fmt, permissions
from ocop_tracker.core.db import write_transaction
from ocop_tracker.core.errors import NotFoundError, StaleEditError, ValidationError
from ocop_tracker.core.models import Actor, Change
from ocop_tracker.core.strings import t

Row = dict[str, Any]

NAME_LIMIT = 200
DECISION_LIMIT = 100  # "Quyết định số 1234/QĐ-UBND": a number, never a paragraph
CHECKS = ("space_ready", "products_delivered", "staffed", "standee_in_place")
STANDEE_STATUSES = ("du_thao", "da_trinh", "da_duyet", "da_in", "da_dat")


def add_product(db: Database, event_id: int, product: ProductInput, actor: Actor) -> Change:
    """Someone enters one product by hand."""
    permissions.check_actor(actor, permissions.EDIT, permissions.organiser_agency_id(db))
    with write_transaction(db):
        _check_product(db, product)
        _refuse_duplicate(db, event_id, product)
        return _insert_product(db, event_id, product, actor, "create")


def import_products(db: Database, event_id: int, preview: ImportPreview, actor: Actor,
                    skip_errors: bool = False) -> list[Change]:
    """Write the previewed rows in ONE transaction; refused while errors remain unless skipped."""
    permissions.check_actor(actor, permissions.EDIT, permissions.organiser_agency_id(db))
    if preview.file_error is not None:
        raise ValidationError(preview.file_error[0], **preview.file_error[1])
    if preview.bad and not skip_errors:
        raise ValidationError("imp.has_errors", n=len(preview.bad),
                              lines=", ".join(str(r.line) for r in preview.bad[:20]))
    if not preview.good:
        raise ValidationError("imp.no_rows")
    with write_transaction(db):
        changes = []
        for row in preview.good:
            product = row.product
            assert product is not None  # a good row always carries its product
            _check_product(db, product)
            _refuse_duplicate(db, event_id, product, line=row.line)  # someone else was faster
            changes.append(_insert_product(db, event_id, product, actor, "import"))
        return changes


def delete_product(db: Database, product_id: int, expected_version: int, actor: Actor) -> Change:
    """Remove a product entered by mistake (it leaves its booth and its standee with it)."""
    permissions.check_actor(actor, permissions.EDIT, permissions.organiser_agency_id(db))
    with write_transaction(db):
        row = _current(db, "products", product_id, expected_version)
        db.execute("DELETE FROM products WHERE id = ?", [product_id])
        return audit.change(db, actor, "product", row, "name", row["name"], None,
                            action="delete", now=clock.now().isoformat())


def assign_booth(db: Database, booth_id: int, commune_id: int | None, product_ids: Iterable[int],
                 expected_version: int, actor: Actor) -> Change:
    """Give a booth its commune and the products it shows (replacing what it had).

    History: a "commune_id" row when the commune changes, ALWAYS followed by a "products" row
    of the same write; the undo relies on that pairing to put both back together."""
    permissions.check_actor(actor, permissions.EDIT, permissions.organiser_agency_id(db))
    wanted = sorted(set(int(i) for i in product_ids))
    with write_transaction(db):
        booth = _current(db, "booths", booth_id, expected_version)
        if commune_id is not None and _commune(db, commune_id) is None:
            raise NotFoundError("bth.no_commune", commune_id=commune_id)
        if wanted and commune_id is None:
            raise ValidationError("bth.products_need_commune", number=booth["number"])
        _check_products_for_booth(db, booth, commune_id, wanted)
        before_products = _booth_product_ids(db, booth_id)
        if booth["commune_id"] == commune_id and before_products == wanted:
            return audit.unchanged("booth", booth, "commune_id")
        return _write_assignment(db, booth, actor, clock.now().isoformat(), commune_id,
                                 before_products, wanted)


def set_booth_check(db: Database, booth_id: int, item: str, done: bool, expected_version: int,
                    actor: Actor) -> Change:
    """Tick or untick one item of a booth's readiness checklist."""
    return set_booth_checks(db, booth_id, {item: done}, expected_version, actor)


def set_booth_checks(db: Database, booth_id: int, values: dict[str, bool], expected_version: int,
                     actor: Actor) -> Change:
    """Set several checklist items at once (one transaction, one history row per item changed)."""
    permissions.check_actor(actor, permissions.EDIT, permissions.organiser_agency_id(db))
    for item in values:
        if item not in CHECKS:
            raise ValidationError("bth.bad_check", value=item)
    with write_transaction(db):
        booth = _current(db, "booths", booth_id, expected_version)
        changed = {k: int(bool(v)) for k, v in values.items() if bool(booth[k]) != bool(v)}
        if not changed:
            return audit.unchanged("booth", booth, next(iter(values), CHECKS[0]))
        now = clock.now().isoformat()
        audit.update_versioned(db, "booths", booth, actor, now, **changed)
        changes = [audit.change(db, actor, "booth", booth, item, booth[item], value, now=now)
                   for item, value in changed.items()]
        return changes[-1]


def add_standees(db: Database, event_id: int, product_ids: Iterable[int], actor: Actor
                 ) -> list[Change]:
    """Start a standee (as a draft) for each given product on display, in one transaction."""
    permissions.check_actor(actor, permissions.EDIT, permissions.organiser_agency_id(db))
    wanted = sorted(set(int(i) for i in product_ids))
    if not wanted:
        raise ValidationError("bth.no_standee_products")
    with write_transaction(db):
        now = clock.now().isoformat()
        changes = []
        for product_id in wanted:
            product = _product_on_display(db, event_id, product_id)
            cursor = db.execute(
                "INSERT INTO standees (event_id, product_id, created_at, updated_at, updated_by) "
                "VALUES (?, ?, ?, ?, ?)", [event_id, product_id, now, now, actor.name])
            row = {"id": cursor.lastrowid, "event_id": event_id, "version": 0}
            changes.append(audit.change(db, actor, "standee", row, "product", None,
                                        product["name"], action="create", now=now))
        return changes


def set_standee_status(db: Database, standee_id: int, status: str, expected_version: int,
                       actor: Actor) -> Change:
    """Move a standee along draft → submitted → approved → printed → in place (or back)."""
    permissions.check_actor(actor, permissions.EDIT, permissions.organiser_agency_id(db))
    if status not in STANDEE_STATUSES:
        raise ValidationError("bth.bad_standee_status", value=status)
    with write_transaction(db):
        row = _current(db, "standees", standee_id, expected_version)
        if row["status"] == status:
            return audit.unchanged("standee", row, "status")
        _check_not_under_signoff(db, standee_id, status)
        now = clock.now().isoformat()
        audit.update_versioned(db, "standees", row, actor, now, status=status)
        return audit.change(db, actor, "standee", row, "status", row["status"], status, now=now)


AFTER_APPROVAL = ("da_duyet", "da_in", "da_dat")


def _check_not_under_signoff(db: Database, standee_id: int, status: str) -> None:
    """A standee submitted through the sign-off flow is submitted, returned and approved there
    only (its figures come from it); once approved it may move on to printed and in place."""
    found = db.execute("SELECT state FROM approvals WHERE entity = 'standee' AND entity_id = ?",
                       [standee_id]).fetchone()
    if found and (found[0] != "approved" or status not in AFTER_APPROVAL):
        raise ValidationError("bth.standee_under_signoff")


# ------------------------------------------------------------------ checks


def _check_product(db: Database, product: ProductInput) -> None:
    if not product.name.strip() or len(product.name) > NAME_LIMIT:
        raise ValidationError("bth.bad_name", limit=NAME_LIMIT)
    if not product.producer.strip() or len(product.producer) > NAME_LIMIT:
        raise ValidationError("bth.bad_producer", limit=NAME_LIMIT)
    if len(product.decision_no) > DECISION_LIMIT:
        raise ValidationError("bth.bad_decision_no", limit=DECISION_LIMIT)
    if product.stars not in p.STARS:
        raise ValidationError("imp.bad_stars", value=product.stars)
    if product.group not in p.GROUPS:
        raise ValidationError("imp.bad_group", value=product.group)
    if product.producer_kind not in {k.value for k in p.ProducerKind}:
        raise ValidationError("imp.bad_kind", value=product.producer_kind)
    if _commune(db, product.commune_id) is None:
        raise NotFoundError("bth.no_commune", commune_id=product.commune_id)
    if product.decision_date and product.decision_date > clock.now().date():
        raise ValidationError("bth.future_decision", date=fmt.vn_date(product.decision_date))


def _refuse_duplicate(db: Database, event_id: int, product: ProductInput, line: int = 0) -> None:
    key = p.match_key(product.name, product.producer)
    hit = db.execute("SELECT id FROM products WHERE event_id = ? AND match_key = ?",
                     [event_id, key]).fetchone()
    if hit:
        raise ValidationError("bth.duplicate", name=product.name, producer=product.producer,
                              line=line or "—")


def _check_products_for_booth(db: Database, booth: Row, commune_id: int | None,
                              wanted: list[int], elsewhere_key: str = "bth.in_other_booth"
                              ) -> None:
    for product_id in wanted:
        rows = list(db.query(
            "SELECT p.id, p.name, p.commune_id, p.event_id, b.number AS other_booth "
            "FROM products p LEFT JOIN booth_products bp ON bp.product_id = p.id "
            "LEFT JOIN booths b ON b.id = bp.booth_id WHERE p.id = ?", [product_id]))
        if not rows or rows[0]["event_id"] != booth["event_id"]:
            raise NotFoundError("bth.no_product", id=product_id)
        product = rows[0]
        if product["commune_id"] != commune_id:
            raise ValidationError("bth.other_commune", name=product["name"],
                                  number=booth["number"])
        if product["other_booth"] is not None and product["other_booth"] != booth["number"]:
            raise ValidationError(elsewhere_key, name=product["name"],
                                  other=product["other_booth"], number=booth["number"])


def _product_on_display(db: Database, event_id: int, product_id: int) -> Row:
    rows = list(db.query(
        "SELECT p.id, p.name, bp.booth_id, s.id AS standee_id FROM products p "
        "LEFT JOIN booth_products bp ON bp.product_id = p.id "
        "LEFT JOIN standees s ON s.product_id = p.id WHERE p.id = ? AND p.event_id = ?",
        [product_id, event_id]))
    if not rows:
        raise NotFoundError("bth.no_product", id=product_id)
    if rows[0]["booth_id"] is None:
        raise ValidationError("bth.standee_not_displayed", name=rows[0]["name"])
    if rows[0]["standee_id"] is not None:
        raise ValidationError("bth.standee_exists", name=rows[0]["name"])
    return rows[0]


def _commune(db: Database, commune_id: int) -> Row | None:
    rows = list(db.query("SELECT id, name FROM communes WHERE id = ?", [commune_id]))
    return rows[0] if rows else None


def _booth_product_ids(db: Database, booth_id: int) -> list[int]:
    return [r[0] for r in db.execute(
        "SELECT product_id FROM booth_products WHERE booth_id = ? ORDER BY product_id", [booth_id])]


# ------------------------------------------------------------------ rows and writes

_MISSING_KEYS = {"booths": "bth.no_booth", "products": "bth.no_product",
                 "standees": "bth.no_standee"}
_STALE_KEYS = {"booths": "bth.stale_booth", "products": "bth.stale_product",
               "standees": "bth.stale_standee"}


def _current(db: Database, table: str, row_id: int, expected_version: int) -> Row:
    """The row as it is now, under the write lock; a stale screen is refused here."""
    return audit.current(db, table, row_id, expected_version, missing_key=_MISSING_KEYS[table],
                         stale_key=_STALE_KEYS[table], details=_shown)


def _shown(row: Row) -> dict[str, object]:
    """What a refusal names besides who and when: the booth's number, the product's name."""
    return {"number": row.get("number", ""), "name": row.get("name", "")}


def _write_assignment(db: Database, booth: Row, actor: Actor, now: str, commune_id: int | None,
                      before_products: list[int], wanted: list[int],
                      undoes: tuple[int | None, int | None] = (None, None)) -> Change:
    """Replace the booth's commune and products; the commune row first, then the products row."""
    # Emptied before the commune changes: the schema refuses a booth holding another
    # commune's products.
    db.execute("DELETE FROM booth_products WHERE booth_id = ?", [booth["id"]])
    audit.update_versioned(db, "booths", booth, actor, now, commune_id=commune_id)
    for product_id in wanted:
        db.execute("INSERT INTO booth_products (product_id, booth_id) VALUES (?, ?)",
                   [product_id, booth["id"]])
    if booth["commune_id"] != commune_id:
        audit.change(db, actor, "booth", booth, "commune_id", booth["commune_id"], commune_id,
                     undoes=undoes[0], now=now)
    return audit.change(db, actor, "booth", booth, "products", json.dumps(before_products),
                        json.dumps(wanted), undoes=undoes[1], now=now)


def _insert_product(db: Database, event_id: int, product: ProductInput, actor: Actor,
                    action: str) -> Change:
    now = clock.now().isoformat()
    cursor = db.execute(
        "INSERT INTO products (event_id, name, producer, producer_kind, commune_id, "
        "product_group, stars, decision_no, decision_date, expires_on, newly_recognised, "
        "match_key, created_at, created_by, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [event_id, product.name.strip(), product.producer.strip(), product.producer_kind,
         product.commune_id, product.group, product.stars, product.decision_no.strip(),
         _iso(product.decision_date), _iso(p.expiry(product.decision_date)),
         int(product.newly_recognised), p.match_key(product.name, product.producer), now,
         actor.name, now, actor.name],
    )
    row = {"id": cursor.lastrowid, "event_id": event_id, "version": 0}
    return audit.change(db, actor, "product", row, "name", None, product.name.strip(),
                        action=action, now=now)


def _iso(day: Any) -> str | None:
    return day.isoformat() if day else None


# ------------------------------------------------------------------ undo


def undo_booth_change(db: Database, entry: Row, actor: Actor, now: str) -> Change:
    """Put back a checklist tick, or a booth's commune and products (inside the undo's lock)."""
    field = entry["field"]
    if field in CHECKS:
        audit.fetch(db, "booths", int(entry["entity_id"]), "bth.undo_gone")
        return audit.undo_field(db, entry, actor, now, table="booths",
                                owner_agency_id=permissions.organiser_agency_id(db),
                                stale_key="bth.undo_stale_booth", stored=_flag, shown=_shown)
    if field in ("commune_id", "products"):
        return _undo_assignment(db, entry, actor, now)
    raise ValidationError("undo.not_undoable")


def undo_standee_change(db: Database, entry: Row, actor: Actor, now: str) -> Change:
    """Put a standee's status back (inside the undo's lock)."""
    if entry["field"] != "status":
        raise ValidationError("undo.not_undoable")
    # A standee goes with its product: say so rather than "not found".
    audit.fetch(db, "standees", int(entry["entity_id"]), "bth.undo_gone")
    return audit.undo_field(db, entry, actor, now, table="standees",
                            owner_agency_id=permissions.organiser_agency_id(db),
                            stale_key="bth.undo_stale_standee",
                            shown=lambda row: {"name": _standee_product(db, int(row["id"]))})


def _flag(value: str | None) -> int:
    """A checklist item as stored: 0 or 1 (the history keeps it as text)."""
    return int(value or 0)


def _standee_product(db: Database, standee_id: int) -> str:
    found = db.execute("SELECT p.name FROM standees s JOIN products p ON p.id = s.product_id "
                       "WHERE s.id = ?", [standee_id]).fetchone()
    return found[0] if found else ""


def _undo_assignment(db: Database, entry: Row, actor: Actor, now: str) -> Change:
    """Put back the commune and the products of one assignment, both or neither."""
    booth = audit.fetch(db, "booths", int(entry["entity_id"]), "bth.undo_gone")
    permissions.require(actor, permissions.EDIT, permissions.organiser_agency_id(db))
    commune_entry, products_entry = _assignment_pair(db, entry)
    current_products = _booth_product_ids(db, booth["id"])
    # A deleted product left its booth without a booth history row: not someone's newer
    # booth change, so it does not make the undo stale (restoring it is refused below).
    after = [i for i in json.loads(products_entry["after"] or "[]") if _product_exists(db, i)]
    stale = (any(audit.changed_since(db, e) for e in (commune_entry, products_entry) if e)
             or current_products != after
             or (commune_entry is not None
                 and audit.text(booth["commune_id"]) != commune_entry["after"]))
    if stale:
        raise StaleEditError("bth.undo_stale_booth", current=booth, **audit.stale_details(booth),
                             **_shown(booth))
    commune_id = booth["commune_id"]
    if commune_entry is not None:
        commune_id = None if commune_entry["before"] is None else int(commune_entry["before"])
    wanted = sorted(int(i) for i in json.loads(products_entry["before"] or "[]"))
    for product_id in wanted:
        if not _product_exists(db, product_id):
            raise ValidationError("bth.undo_product_deleted", number=booth["number"],
                                  name=_deleted_product_name(db, product_id))
    _check_products_for_booth(db, booth, commune_id, wanted,
                              elsewhere_key="bth.undo_in_other_booth")
    undoes = (int(commune_entry["id"]) if commune_entry else None, int(products_entry["id"]))
    change = _write_assignment(db, booth, actor, now, commune_id, current_products, wanted, undoes)
    if entry["field"] == "commune_id":
        return Change("booth", booth["id"], "commune_id", audit.text(booth["commune_id"]),
                      audit.text(commune_id), change.version)
    return change


def _assignment_pair(db: Database, entry: Row) -> tuple[Row | None, Row]:
    """(the commune row or None, the products row) written by the same assignment as entry.

    assign_booth writes a commune row only together with, and just before, a products row."""
    offset = -1 if entry["field"] == "products" else 1
    rows = list(db.query("SELECT * FROM history WHERE id = ?", [int(entry["id"]) + offset]))
    sibling = rows[0] if rows else None
    paired = (sibling is not None and sibling["entity"] == "booth"
              and sibling["entity_id"] == entry["entity_id"]
              and sibling["field"] == ("commune_id" if offset < 0 else "products")
              and sibling["action"] == entry["action"])
    if entry["field"] == "products":
        return (sibling if paired else None), entry
    if not paired:
        raise ValidationError("undo.not_undoable")
    assert sibling is not None
    return entry, sibling


def _product_exists(db: Database, product_id: int) -> bool:
    return db.execute("SELECT 1 FROM products WHERE id = ?", [product_id]).fetchone() is not None


def _deleted_product_name(db: Database, product_id: int) -> str:
    found = db.execute("SELECT before FROM history WHERE entity = 'product' AND entity_id = ? "
                       "AND action = 'delete' ORDER BY id DESC LIMIT 1", [product_id]).fetchone()
    return found[0] if found and found[0] else f"#{product_id}"


# ------------------------------------------------------------------ names in the history feed


def booth_subjects(db: Database, ids: list[int]) -> dict[int, str]:
    """Booths named by their number: "Gian hàng số 3"."""
    marks = ",".join("?" * len(ids))
    return {r[0]: t("bth.subject", "vi", number=r[1]) for r in db.execute(
        f"SELECT id, number FROM booths WHERE id IN ({marks})", ids)}


def product_subjects(db: Database, ids: list[int]) -> dict[int, str]:
    """Products named by their name; a deleted one by the name it had."""
    marks = ",".join("?" * len(ids))
    names = {r[0]: r[1] for r in db.execute(
        f"SELECT id, name FROM products WHERE id IN ({marks})", ids)}
    for product_id in set(ids) - set(names):
        names[product_id] = _deleted_product_name(db, product_id)
    return names


def standee_subjects(db: Database, ids: list[int]) -> dict[int, str]:
    """Standees named by their product: "Standee: Sữa chua …"."""
    marks = ",".join("?" * len(ids))
    names = {r[0]: r[1] for r in db.execute(
        "SELECT s.id, p.name FROM standees s JOIN products p ON p.id = s.product_id "
        f"WHERE s.id IN ({marks})", ids)}
    # A standee leaves with its product; its creation row still holds the product's name.
    for standee_id in set(ids) - set(names):
        found = db.execute("SELECT after FROM history WHERE entity = 'standee' AND entity_id = ? "
                           "AND action = 'create'", [standee_id]).fetchone()
        names[standee_id] = found[0] if found and found[0] else f"#{standee_id}"
    return {i: t("bth.standee_subject", "vi", name=name) for i, name in names.items()}
