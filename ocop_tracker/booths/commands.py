"""Every write of the booths feature: products, import, booth assignment and checklist, standees."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from ocop_tracker.booths import products as p
from ocop_tracker.booths.product_import import ImportPreview, ProductInput
from ocop_tracker.core import clock, fmt, permissions
from ocop_tracker.core.audit import update_versioned
from ocop_tracker.core.db import write_transaction
from ocop_tracker.core.errors import NotFoundError, StaleEditError, ValidationError
from ocop_tracker.core.models import Actor, Change

NAME_LIMIT = 200
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
            _check_product(db, row.product)
            _refuse_duplicate(db, event_id, row.product, line=row.line)  # someone else was faster
            changes.append(_insert_product(db, event_id, row.product, actor, "import"))
        return changes


def delete_product(db: Database, product_id: int, expected_version: int, actor: Actor) -> Change:
    """Remove a product entered by mistake (it leaves its booth and its standee with it)."""
    permissions.check_actor(actor, permissions.EDIT, permissions.organiser_agency_id(db))
    with write_transaction(db):
        row = _current(db, "products", product_id, expected_version, "bth.no_product")
        db.execute("DELETE FROM products WHERE id = ?", [product_id])
        now = clock.now().isoformat()
        return _audit(db, "product", row, actor, now, "delete", "name", row["name"], None)


def assign_booth(db: Database, booth_id: int, commune_id: int | None, product_ids: Iterable[int],
                 expected_version: int, actor: Actor) -> Change:
    """Give a booth its commune and the products it shows (replacing what it had)."""
    permissions.check_actor(actor, permissions.EDIT, permissions.organiser_agency_id(db))
    wanted = sorted(set(int(i) for i in product_ids))
    with write_transaction(db):
        booth = _current(db, "booths", booth_id, expected_version, "bth.no_booth")
        if commune_id is not None and _commune(db, commune_id) is None:
            raise NotFoundError("bth.no_commune", commune_id=commune_id)
        if wanted and commune_id is None:
            raise ValidationError("bth.products_need_commune", number=booth["number"])
        _check_products_for_booth(db, booth, commune_id, wanted)
        before_products = _booth_product_ids(db, booth_id)
        if booth["commune_id"] == commune_id and before_products == wanted:
            return Change("booth", booth_id, "commune_id", str(commune_id), str(commune_id),
                          booth["version"])
        now = clock.now().isoformat()
        db.execute("DELETE FROM booth_products WHERE booth_id = ?", [booth_id])
        update_versioned(db, "booths", booth, actor, now, commune_id=commune_id)
        for product_id in wanted:
            db.execute("INSERT INTO booth_products (product_id, booth_id) VALUES (?, ?)",
                       [product_id, booth_id])
        if booth["commune_id"] != commune_id:
            _audit(db, "booth", booth, actor, now, "update", "commune_id",
                   _str(booth["commune_id"]), _str(commune_id))
        return _audit(db, "booth", booth, actor, now, "update", "products",
                      json.dumps(before_products), json.dumps(wanted))


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
        booth = _current(db, "booths", booth_id, expected_version, "bth.no_booth")
        changed = {k: int(bool(v)) for k, v in values.items() if bool(booth[k]) != bool(v)}
        if not changed:
            item = next(iter(values), CHECKS[0])
            return Change("booth", booth_id, item, str(booth[item]), str(booth[item]),
                          booth["version"])
        now = clock.now().isoformat()
        update_versioned(db, "booths", booth, actor, now, **changed)
        changes = [_audit(db, "booth", booth, actor, now, "update", item, str(booth[item]),
                          str(value)) for item, value in changed.items()]
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
            changes.append(_audit(db, "standee", row, actor, now, "create", "product",
                                  None, product["name"]))
        return changes


def set_standee_status(db: Database, standee_id: int, status: str, expected_version: int,
                       actor: Actor) -> Change:
    """Move a standee along draft → submitted → approved → printed → in place (or back)."""
    permissions.check_actor(actor, permissions.EDIT, permissions.organiser_agency_id(db))
    if status not in STANDEE_STATUSES:
        raise ValidationError("bth.bad_standee_status", value=status)
    with write_transaction(db):
        row = _current(db, "standees", standee_id, expected_version, "bth.no_standee")
        if row["status"] == status:
            return Change("standee", standee_id, "status", status, status, row["version"])
        now = clock.now().isoformat()
        update_versioned(db, "standees", row, actor, now, status=status)
        return _audit(db, "standee", row, actor, now, "update", "status", row["status"], status)


# ------------------------------------------------------------------ checks



def _check_product(db: Database, product: ProductInput) -> None:
    if not product.name.strip() or len(product.name) > NAME_LIMIT:
        raise ValidationError("bth.bad_name", limit=NAME_LIMIT)
    if not product.producer.strip() or len(product.producer) > NAME_LIMIT:
        raise ValidationError("bth.bad_producer", limit=NAME_LIMIT)
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


def _check_products_for_booth(db: Database, booth: dict[str, Any], commune_id: int | None,
                              wanted: list[int]) -> None:
    for product_id in wanted:
        rows = list(db.query(
            "SELECT p.id, p.name, p.commune_id, p.event_id, b.number AS other_booth "
            "FROM products p LEFT JOIN booth_products bp ON bp.product_id = p.id "
            "LEFT JOIN booths b ON b.id = bp.booth_id WHERE p.id = ?", [product_id]))
        if not rows or rows[0]["event_id"] != booth["event_id"]:
            raise NotFoundError("bth.no_product", product_id=product_id)
        product = rows[0]
        if product["commune_id"] != commune_id:
            raise ValidationError("bth.other_commune", name=product["name"],
                                  number=booth["number"])
        if product["other_booth"] is not None and product["other_booth"] != booth["number"]:
            raise ValidationError("bth.in_other_booth", name=product["name"],
                                  other=product["other_booth"])


def _product_on_display(db: Database, event_id: int, product_id: int) -> dict[str, Any]:
    rows = list(db.query(
        "SELECT p.id, p.name, bp.booth_id, s.id AS standee_id FROM products p "
        "LEFT JOIN booth_products bp ON bp.product_id = p.id "
        "LEFT JOIN standees s ON s.product_id = p.id WHERE p.id = ? AND p.event_id = ?",
        [product_id, event_id]))
    if not rows:
        raise NotFoundError("bth.no_product", product_id=product_id)
    if rows[0]["booth_id"] is None:
        raise ValidationError("bth.standee_not_displayed", name=rows[0]["name"])
    if rows[0]["standee_id"] is not None:
        raise ValidationError("bth.standee_exists", name=rows[0]["name"])
    return rows[0]


def _commune(db: Database, commune_id: int) -> dict[str, Any] | None:
    rows = list(db.query("SELECT id, name FROM communes WHERE id = ?", [commune_id]))
    return rows[0] if rows else None


def _booth_product_ids(db: Database, booth_id: int) -> list[int]:
    return [r[0] for r in db.execute(
        "SELECT product_id FROM booth_products WHERE booth_id = ? ORDER BY product_id", [booth_id])]


# ------------------------------------------------------------------ rows, versions, history

_STALE_KEYS = {"booths": "bth.stale_booth", "products": "bth.stale_product",
               "standees": "bth.stale_standee"}


def _current(db: Database, table: str, row_id: int, expected_version: int, missing: str
             ) -> dict[str, Any]:
    """The row as it is now, under the write lock; a stale screen is refused here."""
    rows = list(db.query(f"SELECT * FROM {table} WHERE id = ?", [row_id]))
    if not rows:
        raise NotFoundError(missing, product_id=row_id, booth_id=row_id, standee_id=row_id)
    row = rows[0]
    if row["version"] != expected_version:
        when = row["updated_at"] and fmt.vn_datetime(clock.parse_iso(row["updated_at"]))
        raise StaleEditError(_STALE_KEYS[table], current=row, who=row["updated_by"] or "người khác",
                             when=when or "", number=row.get("number", ""),
                             name=row.get("name", ""))
    return row



def _insert_product(db: Database, event_id: int, product: ProductInput, actor: Actor,
                    action: str) -> Change:
    now = clock.now().isoformat()
    cursor = db.execute(
        "INSERT INTO products (event_id, name, producer, producer_kind, commune_id, product_group, "
        "stars, decision_no, decision_date, expires_on, newly_recognised, match_key, created_at, "
        "created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [event_id, product.name.strip(), product.producer.strip(), product.producer_kind,
         product.commune_id, product.group, product.stars, product.decision_no.strip(),
         _iso(product.decision_date), _iso(p.expiry(product.decision_date)),
         int(product.newly_recognised), p.match_key(product.name, product.producer), now,
         actor.name, now, actor.name],
    )
    row = {"id": cursor.lastrowid, "event_id": event_id, "version": 0}
    return _audit(db, "product", row, actor, now, action, "name", None, product.name.strip())


def _audit(db: Database, entity: str, row: dict[str, Any], actor: Actor, now: str, action: str,
           field: str, before: str | None, after: str | None) -> Change:
    db.execute(
        "INSERT INTO history (at, actor, actor_agency_id, event_id, entity, entity_id, action, "
        "field, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [now, actor.name, actor.agency_id, row["event_id"], entity, row["id"], action, field,
         before, after],
    )
    return Change(entity, row["id"], field, before, after, row["version"] + 1)


def _iso(day: Any) -> str | None:
    return day.isoformat() if day else None


def _str(value: Any) -> str | None:
    return None if value is None else str(value)
