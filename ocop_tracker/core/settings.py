"""Settings (one row per key in the settings table): audited writes, undo, feed names.

Every setting change is one history row (entity "setting", entity id 0, field = the key,
before/after = the stored text, NULL when the key had no row), whichever feature writes it,
so one put-back function serves them all.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from ocop_tracker.core import audit, clock, fmt, permissions
from ocop_tracker.core.db import get_setting, set_setting
from ocop_tracker.core.errors import StaleEditError
from ocop_tracker.core.models import Actor, Change
from ocop_tracker.core.strings import STRINGS, t

ENTITY = "setting"


def write_setting(db: Database, actor: Actor, key: str, value: str | None, now: str,
                  undoes: int | None = None) -> Change:
    """Store (or, for None, remove) a setting and record it; inside the caller's transaction."""
    before = get_setting(db, key)
    if value is None:
        db.execute("DELETE FROM settings WHERE key = ?", [key])
    else:
        set_setting(db, key, value)
    audit.record(db, actor, ENTITY, 0, key, before, value, undoes=undoes, at=now)
    return Change(ENTITY, 0, key, before, value, 0)


def undo_setting(db: Database, entry: dict[str, Any], actor: Actor, now: str) -> Change:
    """Put a setting back as it was before `entry` (admin only; inside the undo's lock).

    Refused when the setting was changed since: the newer choice is not silently lost."""
    permissions.require(actor, permissions.ADMIN)
    key = entry["field"]
    if get_setting(db, key) != entry["after"] or audit.changed_since(db, entry):
        raise StaleEditError("acc.setting_stale", current={"key": key,
                                                           "value": get_setting(db, key)},
                             setting=setting_label(key), **last_writer(db, ENTITY, 0, key))
    return write_setting(db, actor, key, entry["before"], now, undoes=int(entry["id"]))


def setting_label(key: str, lang: str = "vi") -> str:
    """A setting's name in words (its history field label), or its key."""
    label = f"history.field.{key}"
    return t(label, lang) if label in STRINGS else key


def setting_subjects(db: Database, ids: list[int]) -> dict[int, str]:
    """Settings named in the feed (the field then says which one)."""
    return {i: t("history.subject.setting") for i in ids}


def last_writer(db: Database, entity: str, entity_id: int, field: str) -> dict[str, str]:
    """`who` last changed a field and `when`, from the history (for rows with no updated_by)."""
    row = db.execute(
        "SELECT actor, at FROM history WHERE entity = ? AND entity_id = ? AND field = ? "
        "ORDER BY id DESC LIMIT 1", [entity, entity_id, field]).fetchone()
    if row is None:
        return {"who": t("audit.someone"), "when": ""}
    return {"who": row[0], "when": fmt.vn_datetime(clock.parse_iso(row[1]))}
