"""A parsed plan (planparse.ParsedPlan) plus the user's corrections -> an event in the database.

Decisions worth knowing:
- The event is found by its slug, derived from the title and the date (or chosen by the
  user). The bundled data/plan.toml event (hoc-mon-ocop-2024) is a different slug, so an
  imported plan is a separate event unless the user picks that slug on purpose.
- Units are looked up through units.resolve_unit: an agency already in the database that
  names the same known unit is reused as it is (plan.toml writes "Phòng Văn hóa và Thông
  tin", units.py "Phòng Văn hóa – Thông tin": one row, not two); an unknown unit is kept as a
  new agency under the name the plan wrote.
- Re-importing keeps progress. Each task keeps the code it was first given (section +
  ordinal, e.g. III.2-05); a task of the new text is the old task with the same normalised
  wording (same sentence preferred), else the old task with the same code (a corrected
  wording in the same place). Old tasks the new text no longer contains are deleted when
  nobody ever touched them, and kept, flagged (tasks.dropped_at) when they carry progress.
- The deadline a user picks is "before that day" (00:00 of it, as "trước ngày …" is read);
  picking the event day means the start of the event, the plan's own default.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlite_utils import Database

from ocop_tracker.core import audit, clock, permissions
from ocop_tracker.core.db import set_setting, write_transaction
from ocop_tracker.core.errors import ValidationError
from ocop_tracker.core.models import Actor, Status
from ocop_tracker.core.strings import t
from ocop_tracker.plan.data import PlanSpec, TaskSpec, write_plan
from ocop_tracker.plan.draft import missing
from ocop_tracker.plan.parse import ParsedPlan, PlanTask, read_plan_bytes
from ocop_tracker.plan.units import UNITS, Unit, fold, resolve_unit, short_name

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DROPPED_POSITION = 10_000  # kept-but-dropped tasks sort after the plan's own


@dataclass(frozen=True)
class Correction:
    """What the user changed in the preview for one task (None = as the parser read it)."""

    lead: str | None = None
    deadline: date | None = None


@dataclass(frozen=True)
class OldTask:
    """A task already in the event, as the matcher needs it."""

    id: int
    code: str
    title: str
    source_text: str
    has_progress: bool
    dropped: bool = False


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do, computed without writing."""

    slug: str
    event_id: int | None
    event_title: str | None
    codes: tuple[str, ...]  # the code each parsed task gets, in order
    matched: tuple[int | None, ...]  # the old task id each parsed task updates
    removed: tuple[OldTask, ...]  # old, untouched, not in the new text: deleted
    kept: tuple[OldTask, ...]  # old, with progress, not in the new text: kept and flagged

    @property
    def added(self) -> int:
        """New tasks."""
        return sum(1 for m in self.matched if m is None)

    @property
    def updated(self) -> int:
        """Tasks that already existed (their progress is kept)."""
        return sum(1 for m in self.matched if m is not None)


@dataclass(frozen=True)
class ImportResult:
    """What an import did."""

    event_id: int
    slug: str
    title: str
    tasks: int
    added: int
    updated: int
    removed: tuple[str, ...]  # titles
    kept: tuple[str, ...]  # titles


# --- reading an upload -----------------------------------------------------------------


def read_upload(name: str, data: bytes) -> str:
    """The text of an uploaded plan file (same checks as a file given to the CLI)."""
    return read_plan_bytes(name, data)


class MissingFields(ValidationError):
    """The draft lacks required facts; the message names each of them."""

    def __init__(self, fields: list[str]) -> None:
        self.fields = fields
        super().__init__("import.missing", fields=", ".join(fields))

    def message(self, lang: str = "vi") -> str:
        """The message in lang, the fields named in that language."""
        names = ", ".join(t(f"import.field_{f}", lang) for f in self.fields)
        return t("import.missing", lang, fields=names)


# --- keys, slugs, codes ----------------------------------------------------------------


def text_key(text: str) -> str:
    """Comparison key for wording: NFC, one dash, new-style tones, case and spacing ignored."""
    text = fold(text.replace("*", "")).casefold()
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,.;:)])", r"\1", text)
    return text.strip(" .;:,")


def slugify(text: str, limit: int = 60) -> str:
    """'Lễ công bố OCOP' -> 'le-cong-bo-ocop' (no diacritics, at most limit characters)."""
    plain = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    words = re.findall(r"[a-z0-9]+", plain)
    slug = ""
    for word in words:
        if len(slug) + len(word) + 1 > limit:
            break
        slug = f"{slug}-{word}" if slug else word
    # "…-san-pham-ocop-va" reads as cut off: end on a content word.
    while "-" in slug and slug.rsplit("-", 1)[1] in _SLUG_TAIL_WORDS:
        slug = slug.rsplit("-", 1)[0]
    return slug or "ke-hoach"


_SLUG_TAIL_WORDS = {"va", "cac", "cua", "ve", "cho", "tai", "trong", "voi", "nhung"}


def event_slug(parsed: ParsedPlan) -> str:
    """The slug an imported plan gets by default: title + event date."""
    day = parsed.event_date.isoformat() if parsed.event_date else "chua-ro-ngay"
    return f"{slugify(parsed.title or 'ke hoach')}-{day}"


def section_codes(tasks: tuple[PlanTask, ...]) -> list[str]:
    """'III.2-05': the section and the task's ordinal within it."""
    counts: dict[str, int] = {}
    codes = []
    for task in tasks:
        counts[task.section] = counts.get(task.section, 0) + 1
        codes.append(f"{task.section}-{counts[task.section]:02d}")
    return codes


def task_title(task: PlanTask) -> str:
    """The clause as a title: capitalised, without closing punctuation."""
    text = task.text.strip(" .;,:")
    return text[:1].upper() + text[1:]


def recurrence(task: PlanTask) -> str | None:
    """'weekly:6,7' in ISO weekdays (vndates counts Monday = 0, ISO Monday = 1)."""
    if not task.weekdays:
        return None
    return "weekly:" + ",".join(str(day + 1) for day in sorted(task.weekdays))


# --- matching a re-import to what is already there --------------------------------------


def match_tasks(old: list[OldTask], parsed: ParsedPlan) -> list[OldTask | None]:
    """For each parsed task, the old task it continues (by wording, then by code), or None."""
    codes = section_codes(parsed.tasks)
    free = {o.id: o for o in old}
    keys = {o.id: (text_key(o.title), text_key(o.source_text)) for o in old}
    found: list[OldTask | None] = [None] * len(parsed.tasks)
    for i, task in enumerate(parsed.tasks):
        key, sentence = text_key(task_title(task)), text_key(task.sentence)
        same = [o for o in free.values() if keys[o.id][0] == key]
        same.sort(key=lambda o: keys[o.id][1] != sentence)  # the same sentence first
        if same:
            found[i] = free.pop(same[0].id)
    by_code = {o.code: o for o in free.values()}
    for i, code in enumerate(codes):
        if found[i] is None and code in by_code:
            found[i] = free.pop(by_code.pop(code).id)
    return found


def assign_codes(
    parsed: ParsedPlan, matched: list[OldTask | None], keep: list[OldTask]
) -> list[str]:
    """Matched tasks keep their code; new ones take section + ordinal, or the next free one."""
    used = {o.code for o in matched if o is not None} | {o.code for o in keep}
    codes = []
    for code, old in zip(section_codes(parsed.tasks), matched, strict=True):
        if old is not None:
            codes.append(old.code)
            continue
        section, number = code.rsplit("-", 1)
        n = int(number)
        while code in used:
            n += 1
            code = f"{section}-{n:02d}"
        used.add(code)
        codes.append(code)
    return codes


def _old_tasks(db: Database, event_id: int | None) -> list[OldTask]:
    if event_id is None:
        return []
    rows = db.query("SELECT * FROM tasks WHERE event_id = ? ORDER BY position", [event_id])
    return [
        OldTask(
            id=r["id"],
            code=r["code"],
            title=r["title"],
            source_text=r["source_text"],
            has_progress=r["status"] != Status.NOT_STARTED or bool(r["note"]) or r["version"] > 1,
            dropped=bool(r.get("dropped_at")),
        )
        for r in rows
    ]


def _event_row(db: Database, slug: str) -> dict[str, Any] | None:
    try:
        return next(db.query("SELECT id, title FROM events WHERE slug = ?", [slug]), None)
    except sqlite3.OperationalError:  # a database that was never initialised (dry run)
        return None


def preview_import(
    db: Database | None, parsed: ParsedPlan, slug: str | None = None
) -> ImportPreview:
    """What import_plan would do to db (None: no database yet), reading only."""
    slug = slug or event_slug(parsed)
    event: dict[str, Any] | None = None
    old: list[OldTask] = []
    if db is not None:  # no database yet: a new event with nothing to match
        event = _event_row(db, slug)
        old = _old_tasks(db, event["id"]) if event else []
    matched = match_tasks(old, parsed)
    taken = {o.id for o in matched if o is not None}
    gone = [o for o in old if o.id not in taken]
    kept = [o for o in gone if o.has_progress]
    return ImportPreview(
        slug=slug,
        event_id=event["id"] if event else None,
        event_title=event["title"] if event else None,
        codes=tuple(assign_codes(parsed, matched, kept)),
        matched=tuple(o.id if o else None for o in matched),
        removed=tuple(o for o in gone if not o.has_progress),
        kept=tuple(kept),
    )


def open_events(db: Database) -> list[dict[str, Any]]:
    """Events a plan may be imported into (not archived), newest first."""
    return list(db.query(
        "SELECT id, slug, title, event_date FROM events WHERE archived = 0 ORDER BY id DESC"))


# --- units -------------------------------------------------------------------------------


def unit_choices(db: Database | None, parsed: ParsedPlan | None = None) -> list[str]:
    """Names a user may pick as a lead: the known units, other agencies, the plan's own."""
    names = [u.name for u in UNITS]
    extra = []
    if db is not None:
        extra += [r["name"] for r in db.query("SELECT name FROM agencies ORDER BY id")]
    if parsed is not None:
        extra += [t.agency for t in parsed.tasks] + [s for t in parsed.tasks for s in t.supporting]
    for name in extra:
        if name.strip() and resolve_unit(name) is None and name not in names:
            names.append(name)
    return names


def _level(name: str) -> str:
    low = name.casefold()
    if re.search(r"(?<!\w)xã(?!\w)", low):
        return "xa"
    if low.startswith("sở ") or "thành phố" in low:
        return "thanh_pho"
    return "huyen"


class _Agencies:
    """Unit names -> agency rows for PlanSpec: existing rows reused, new ones canonical."""

    def __init__(self, db: Database) -> None:
        self.rows: dict[str, dict[str, Any]] = {}  # by the name used as PlanSpec key
        self.by_unit: dict[Unit, dict[str, Any]] = {}
        self.by_key: dict[str, dict[str, Any]] = {}
        for row in db.query("SELECT name, short_name, level FROM agencies ORDER BY id"):
            unit = resolve_unit(row["name"])
            if unit is not None:
                self.by_unit.setdefault(unit, row)
            self.by_key.setdefault(text_key(row["name"]), row)

    def key(self, name: str, role: str) -> str:
        """The PlanSpec key (agency name) for a unit as written, recording its role."""
        row = self._row(name.strip())
        spec = self.rows.setdefault(
            row["name"],
            {"key": row["name"], "name": row["name"], "short": row["short_name"],
             "level": row["level"], "roles": []},
        )
        if role not in spec["roles"]:
            spec["roles"].append(role)
        return row["name"]

    def _row(self, name: str) -> dict[str, Any]:
        unit = resolve_unit(name)
        if unit is not None:
            return self.by_unit.setdefault(
                unit, {"name": unit.name, "short_name": unit.short, "level": _level(unit.name)}
            )
        return self.by_key.setdefault(
            text_key(name), {"name": name, "short_name": short_name(name), "level": _level(name)}
        )


# --- the import ------------------------------------------------------------------------


def check_plan(parsed: ParsedPlan) -> None:
    """Refuse a plan that cannot become an event (nothing has been written)."""
    if fields := missing(parsed):
        raise MissingFields(fields)
    if not parsed.tasks:
        raise ValidationError("import.no_tasks")


def _check_request(
    parsed: ParsedPlan, actor: Actor, corrections: Mapping[int, Correction], slug: str
) -> None:
    permissions.check_actor(actor, permissions.ADMIN)
    check_plan(parsed)
    if not SLUG_RE.match(slug) or len(slug) > 100:
        raise ValidationError("import.bad_slug", slug=slug)
    for index, fix in corrections.items():
        if not 0 <= index < len(parsed.tasks):
            raise ValidationError("import.bad_task", index=index)
        if fix.lead is not None and not fix.lead.strip():
            raise ValidationError("import.no_lead", index=index + 1)
    for index, task in enumerate(parsed.tasks):
        # A sentence above the first unit heading has no lead: a person must name one.
        if not (corrections.get(index, Correction()).lead or task.agency).strip():
            raise ValidationError("import.no_lead", index=index + 1)


def corrected_deadline(task: PlanTask, fix: Correction, parsed: ParsedPlan) -> datetime | None:
    """The task's deadline after the user's correction (see the module notes)."""
    if fix.deadline is None or task.deadline is None or fix.deadline == task.deadline.date():
        return task.deadline
    start = min(s.start for s in parsed.sessions)
    if fix.deadline == start.date():
        return start
    return datetime.combine(fix.deadline, time(0, 0), clock.VN_TZ)


def _spec(
    db: Database,
    parsed: ParsedPlan,
    codes: list[str],
    corrections: Mapping[int, Correction],
    slug: str,
    source_name: str | None,
) -> PlanSpec:
    units = _Agencies(db)
    organiser = units.key(parsed.organiser or "", "to_chuc")
    tasks = []
    for i, (task, code) in enumerate(zip(parsed.tasks, codes, strict=True)):
        fix = corrections.get(i, Correction())
        tasks.append(
            TaskSpec(
                code=code,
                section=task.section,
                lead=units.key(fix.lead or task.agency, "phan_cong"),
                title=task_title(task),
                source=task.sentence,
                due=corrected_deadline(task, fix, parsed),
                recurrence=recurrence(task),
                supporting=tuple(dict.fromkeys(units.key(s, "phan_cong") for s in task.supporting)),
            )
        )
    event = {
        "slug": slug,
        "title": parsed.title,
        "organiser": organiser,
        "venue": parsed.venue or "",
        "date": parsed.event_date,
        "attendees_expected": parsed.attendees_expected or 0,
        "source_file": source_name,
    }
    sessions = tuple((s.name, s.start) for s in parsed.sessions)
    return PlanSpec(event, sessions, tuple(units.rows.values()), (), tuple(tasks),
                    extra={"programme": list(parsed.programme),
                           "booth_kinds": [_booth_kind(b) for b in parsed.booths]})


def _booth_kind(booth: Any) -> dict[str, Any]:
    """A parsed booth line as plan.toml's [[booth_kinds]]: 'mới được công nhận' marks the new."""
    new = "mới được công nhận" in booth.description.lower()
    return {"kind": "moi_cong_nhan" if new else "ocop_3_sao", "count": booth.count,
            "description": booth.description}


def import_plan(
    db: Database,
    parsed: ParsedPlan,
    actor: Actor,
    corrections: Mapping[int, Correction] | None = None,
    slug: str | None = None,
    source_name: str | None = None,
) -> ImportResult:
    """Write the plan as an event in one transaction and make it the current event."""
    corrections = dict(corrections or {})
    slug = slug or event_slug(parsed)
    _check_request(parsed, actor, corrections, slug)
    with write_transaction(db):
        plan = preview_import(db, parsed, slug)
        now = clock.now().isoformat()
        for old in plan.removed:
            _remove_task(db, old, plan.event_id, actor, now)
        spec = _spec(db, parsed, list(plan.codes), corrections, slug, source_name)
        event_id = write_plan(db, spec, actor, action="import_plan")
        _flag_kept(db, event_id, plan.kept, actor, now)
        # A task the plan names again (it may have been dropped by an earlier import) is back.
        marks = ",".join("?" * len(plan.codes))
        db.execute(
            f"UPDATE tasks SET dropped_at = NULL WHERE event_id = ? AND code IN ({marks})",
            [event_id, *plan.codes],
        )
        _record_corrections(db, event_id, spec, parsed, corrections, actor, now)
        set_setting(db, "current_event_id", str(event_id))
    return ImportResult(
        event_id=event_id,
        slug=slug,
        title=parsed.title or "",
        tasks=len(parsed.tasks),
        added=plan.added,
        updated=plan.updated,
        removed=tuple(o.title for o in plan.removed),
        kept=tuple(o.title for o in plan.kept),
    )


def _remove_task(db: Database, old: OldTask, event_id: int | None, actor: Actor, now: str) -> None:
    # Only tasks nobody has touched come here, so no status or note is lost.
    db.execute("DELETE FROM tasks WHERE id = ?", [old.id])
    audit.record(db, actor, "task", old.id, "plan", old.title, None, event_id=event_id,
                 action="remove", at=now)


def _flag_kept(
    db: Database, event_id: int, kept: tuple[OldTask, ...], actor: Actor, now: str
) -> None:
    for position, old in enumerate(kept, start=DROPPED_POSITION):
        if not old.dropped:
            db.execute("UPDATE tasks SET dropped_at = ? WHERE id = ?", [now, old.id])
            audit.record(db, actor, "task", old.id, "plan", old.title, None, event_id=event_id,
                         action="dropped_from_plan", at=now)
        db.execute("UPDATE tasks SET position = ? WHERE id = ?", [position, old.id])


def _record_corrections(
    db: Database,
    event_id: int,
    spec: PlanSpec,
    parsed: ParsedPlan,
    corrections: Mapping[int, Correction],
    actor: Actor,
    now: str,
) -> None:
    """One history row per value the user changed from what the parser read."""
    for index, fix in sorted(corrections.items()):
        task, written = parsed.tasks[index], spec.tasks[index]
        task_id = db.execute(
            "SELECT id FROM tasks WHERE event_id = ? AND code = ?", [event_id, written.code]
        ).fetchone()[0]
        if fix.lead and not same_unit(fix.lead, task.agency):
            audit.record(db, actor, "task", task_id, "lead", task.agency, written.lead,
                         event_id=event_id, action="import_correction", at=now)
        if written.due != task.deadline and isinstance(written.due, datetime):
            before = task.deadline.isoformat() if task.deadline else None
            audit.record(db, actor, "task", task_id, "due_at", before, written.due.isoformat(),
                         event_id=event_id, action="import_correction", at=now)


def same_unit(a: str, b: str) -> bool:
    """True when two spellings name the same unit."""
    unit_a, unit_b = resolve_unit(a), resolve_unit(b)
    if unit_a is not None or unit_b is not None:
        return unit_a == unit_b
    return text_key(a) == text_key(b)


def dropped_tasks(db: Database, event_id: int) -> list[dict[str, Any]]:
    """Tasks kept with their progress although the latest imported plan no longer names them."""
    return list(
        db.query(
            "SELECT id, code, title, status, dropped_at FROM tasks "
            "WHERE event_id = ? AND dropped_at IS NOT NULL ORDER BY position",
            [event_id],
        )
    )


def earlier_corrections(db: Database, preview: ImportPreview) -> dict[int, Correction]:
    """Corrections an earlier import made that still stand, by parsed-task index.

    The page offers them again as the defaults, so re-importing from the page does not undo
    what a person fixed last time (import_plan itself applies only the corrections it is given).
    """
    ids = [m for m in preview.matched if m is not None]
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    latest = {
        (r["entity_id"], r["field"]): r["after"]
        for r in db.query(
            "SELECT entity_id, field, after FROM history WHERE entity = 'task' "
            f"AND action = 'import_correction' AND entity_id IN ({marks}) ORDER BY id", ids)
    }
    rows = {
        r["id"]: r
        for r in db.query(
            "SELECT t.id, a.name, t.due_at FROM tasks t JOIN agencies a ON a.id = t.lead_agency_id "
            f"WHERE t.id IN ({marks})", ids)
    }
    found = {}
    for index, task_id in enumerate(preview.matched):
        row = rows.get(task_id)
        if row is None:
            continue
        lead = row["name"] if latest.get((task_id, "lead")) == row["name"] else None
        due = row["due_at"] if latest.get((task_id, "due_at")) == row["due_at"] else None
        if lead or due:
            found[index] = Correction(lead, clock.parse_iso(due).date() if due else None)
    return found
