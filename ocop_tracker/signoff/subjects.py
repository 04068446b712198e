"""What evidence and approvals attach to (a task, standee, booth, budget line or an issue of
the Hội quán): its event, the unit answerable for it, its name and its deadline."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from ocop_tracker.booths import queries as booth_queries
from ocop_tracker.core import permissions
from ocop_tracker.core.errors import NotFoundError, ValidationError
from ocop_tracker.core.strings import t

# Per kind: (event id, the answerable unit or NULL for the organiser, name, deadline).
SQL = {
    "task": "SELECT id, event_id, lead_agency_id, code || ' · ' || title, due_at FROM tasks",
    "standee": "SELECT s.id, s.event_id, NULL, p.name, NULL FROM standees s "
               "JOIN products p ON p.id = s.product_id",
    "booth": "SELECT id, event_id, NULL, number, NULL FROM booths",
    "budget_line": "SELECT id, event_id, NULL, item, NULL FROM budget_lines",
    "club_issue": "SELECT i.id, i.event_id, NULL, i.text, NULL FROM club_issues i",
}
KINDS = tuple(SQL)
ID_COLUMN = {"standee": "s.id", "club_issue": "i.id"}


@dataclass(frozen=True)
class Subject:
    """One thing that evidence or a sign-off is about."""

    entity: str
    entity_id: int
    event_id: int
    owner_agency_id: int | None
    name: str
    due_at: str | None


def _rows(db: Database, entity: str, ids: Iterable[int]) -> list[tuple]:
    if entity not in SQL:
        raise ValidationError("ev.bad_subject", kind=entity)
    ids = list(ids)
    column = ID_COLUMN.get(entity, "id")
    return db.execute(f"{SQL[entity]} WHERE {column} IN ({','.join('?' * len(ids))})",
                      ids).fetchall()


def owner(db: Database, entity: str, entity_id: int) -> Subject:
    """The subject, or NotFoundError; standees, booths, the budget and issues are Phòng KT's."""
    rows = _rows(db, entity, [entity_id])
    if not rows:
        raise NotFoundError("ev.no_subject", id=entity_id)
    _, event_id, agency, name, due = rows[0]
    if agency is None:
        agency = permissions.organiser_agency_id(db)
    if entity == "standee":
        due = booth_queries.standee_deadline(db, event_id).isoformat()
    return Subject(entity, entity_id, event_id, agency, _label(entity, name), due)


def _label(entity: str, name: object) -> str:
    return t(f"ev.kind.{entity}", "vi", name=name)


def names(db: Database, pairs: Iterable[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """Readable names of many subjects, one query per kind."""
    by_kind: dict[str, set[int]] = {}
    for entity, entity_id in pairs:
        by_kind.setdefault(entity, set()).add(int(entity_id))
    found: dict[tuple[str, int], str] = {}
    for entity, ids in by_kind.items():
        if entity in SQL:
            for row in _rows(db, entity, sorted(ids)):
                found[(entity, row[0])] = _label(entity, row[3])
    return found
