"""Accounts on the surfaces where they make sense: status --json counts, the history feed, undo.

Settings and the database (restores) are named and undone here too: the admin page that
changes them is this feature's.
"""

from __future__ import annotations

from ocop_tracker.accounts import kiosk, users
from ocop_tracker.core import backup, settings
from ocop_tracker.core.registry import Absent, Feature, register

FEATURE = register(Feature(
    key="accounts",
    title_key="nav.admin",
    projector=Absent("accounts are not readiness: nothing to show a meeting room"),
    report=Absent("accounts are personal data (names, log-ins) and not readiness: they stay "
                  "on the admin page, never in a report that is printed or passed around"),
    status=lambda db, event_id, now: {"accounts": users.status_summary(db)},
    overview=Absent("accounts are not readiness"),
    # Only the disabled flag and settings: creations and password resets are recorded with
    # actions undo never offers (an old password hash is never put back).
    # Settings (login required, the projector's refresh …) share one put-back, registered here.
    undo={users.ENTITY: users.undo_user_change, settings.ENTITY: settings.undo_setting},
    subjects={users.ENTITY: users.user_subjects, settings.ENTITY: settings.setting_subjects,
              "database": backup.database_subjects, kiosk.ENTITY: kiosk.kiosk_subjects},
))
