"""Shared settings (the settings table) in the history: who changed one, and its undo.

Generic on purpose: any feature that audits a setting as entity "setting" (field = the key,
entity id 0) gets the feed's name and the undo from here; the handler is registered once,
from programme/surfaces.py.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from ocop_tracker.core import audit, permissions
from ocop_tracker.core.db import get_setting, set_setting
from ocop_tracker.core.errors import StaleEditError
from ocop_tracker.core.models import Actor, Change
from ocop_tracker.core.strings import STRINGS, t

ENTITY = "setting"


def changed_by(db: Database, key: str) -> dict[str, str]:
    """`who` changed a setting last and `when` (a settings row keeps neither itself)."""
    last = db.execute("SELECT actor, at FROM history WHERE entity = ? AND field = ? "
                      "ORDER BY id DESC LIMIT 1", [ENTITY, key]).fetchone()
    return audit.stale_details({"updated_by": last[0], "updated_at": last[1]} if last else {})


def name(key: str, lang: str = "vi") -> str:
    """A setting as people call it: its `history.field.<key>` label, else the key."""
    label = f"history.field.{key}"
    return t(label, lang) if label in STRINGS else key


def undo_setting(db: Database, entry: dict[str, Any], actor: Actor, now: str) -> Change:
    """Put a setting back to its value before `entry` (admin only, inside audit.undo's lock).

    Refused when its value is no longer the one `entry` wrote or it was changed since:
    putting the old value back would silently overwrite someone's newer choice."""
    permissions.check_actor(actor, permissions.ADMIN)
    key = entry["field"]
    value = get_setting(db, key)
    later = db.execute("SELECT 1 FROM history WHERE entity = ? AND field = ? AND id > ? LIMIT 1",
                       [ENTITY, key, entry["id"]]).fetchone()
    if value != entry["after"] or later:
        raise StaleEditError("setting.undo_stale", current={"value": value}, setting=name(key),
                             value=value if value is not None else "∅",
                             **changed_by(db, key))
    if entry["before"] is None:  # it was not set at all: back to the default
        db.execute("DELETE FROM settings WHERE key = ?", [key])
    else:
        set_setting(db, key, entry["before"])
    audit.record(db, actor, ENTITY, int(entry["entity_id"]), key, value, entry["before"],
                 event_id=entry.get("event_id"), undoes=int(entry["id"]), at=now)
    return Change(ENTITY, int(entry["entity_id"]), key, value, entry["before"], 0)


def setting_subjects(db: Database, ids: list[int]) -> dict[int, str]:
    """Settings are one kind of subject in the feed ("Cài đặt"); the field names which."""
    return {i: t("setting.subject") for i in ids}
