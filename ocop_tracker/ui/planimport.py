"""Nhập kế hoạch: read a plan, show what was understood beside its source lines, correct, import."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

import streamlit as st

from ocop_tracker.core import fmt, permissions, uploads
from ocop_tracker.core.errors import UserFacingError
from ocop_tracker.core.strings import weekday_name
from ocop_tracker.plan import importer as planimport
from ocop_tracker.plan.draft import missing
from ocop_tracker.plan.importer import Correction, ImportPreview
from ocop_tracker.plan.parse import ParsedPlan, PlanParseError, PlanTask, parse_plan
from ocop_tracker.plan.units import resolve_unit
from ocop_tracker.ui import connect, lang, md, tr
from ocop_tracker.ui.auth import current_actor

UPLOAD_KEY = "plan_upload"
PASTE_KEY = "plan_paste"
TARGET_KEY = "import_target"
DONE_KEY = "import_done"
@dataclass(frozen=True)
class Source:
    """The plan text and where it came from."""

    text: str
    name: str


def source_input() -> Source | None:
    """An uploaded file or pasted text (the upload wins when both are given)."""
    upload_tab, paste_tab = st.tabs([tr("import.tab_upload"), tr("import.tab_paste")])
    with upload_tab:
        upload = st.file_uploader(tr("import.upload"), type=["txt", "md", "docx", "pdf", "doc"],
                                  max_upload_size=uploads.STREAMLIT_UPLOAD_MB, key=UPLOAD_KEY,
                                  help=tr("import.upload_help"))
    with paste_tab:
        pasted = st.text_area(tr("import.paste"), key=PASTE_KEY, height=220,
                              placeholder=tr("import.paste_placeholder"))
    if upload is not None:
        try:
            return Source(planimport.read_upload(upload.name, upload.getvalue()), upload.name)
        except PlanParseError as exc:
            st.error(md(exc), icon="🚫")
            return None
        except UserFacingError as exc:  # refused by core.uploads before it was read
            st.error(exc.message(lang()), icon="🚫")
            return None
    if pasted.strip():
        return Source(pasted, tr("import.pasted_name"))
    st.info(tr("import.start"), icon="📄")
    return None


def parsed_or_error(source: Source) -> ParsedPlan | None:
    """The parsed plan, or None after showing why it cannot be imported."""
    try:
        return parse_plan(source.text)
    except PlanParseError as exc:
        st.error(tr("import.parse_error", error=md(exc)), icon="🚫")
        return None


def understood(parsed: ParsedPlan) -> None:
    """The event facts the parser found, each saying where a value is missing."""
    st.subheader(tr("import.understood"))
    left, right = st.columns(2, gap="large")
    with left:
        _fact("import.f_title", parsed.title)
        _fact("import.f_organiser", parsed.organiser)
        day = parsed.event_date
        _fact("import.f_date", f"{weekday_name(day.weekday(), lang())}, {fmt.vn_date(day)}"
              if day else None)
        sessions = [f"{fmt.vn_time(s.start)} — {s.name}" for s in parsed.sessions]
        _fact("import.f_sessions", sessions)
        _fact("import.f_venue", parsed.venue)
        _fact("import.f_attendees", tr("import.people", n=fmt.vn_number(parsed.attendees_expected))
              if parsed.attendees_expected else None)
    with right:
        _fact("import.f_booths", [f"{b.count} {b.description}" for b in parsed.booths])
        _fact("import.f_programme", list(parsed.programme), numbered=True)


def _fact(key: str, value: str | list[str] | None, numbered: bool = False) -> None:
    if not value:
        st.markdown(f"**{tr(key)}:** :orange[{md(tr('import.not_found'))}]")
    elif isinstance(value, str):
        st.markdown(f"**{tr(key)}:** {md(value)}")
    else:
        items = "\n".join(f"{i}. {md(v)}" if numbered else f"- {md(v)}"
                          for i, v in enumerate(value, 1))
        st.markdown(f"**{tr(key)}:**\n\n{items}")


def target(parsed: ParsedPlan) -> tuple[str, ImportPreview]:
    """Which event the plan goes into (new by default) and what importing would change."""
    derived = planimport.event_slug(parsed)
    with connect() as db:
        events = {r["slug"]: r for r in planimport.open_events(db)}
    options = [derived, *(s for s in events if s != derived)]

    def label(slug: str) -> str:
        if slug not in events:
            return tr("import.target_new", slug=slug)
        row = events[slug]
        return tr("import.target_update", title=row["title"],
                  date=fmt.vn_date(date.fromisoformat(row["event_date"])), slug=slug)

    st.subheader(tr("import.where"))
    slug = st.selectbox(tr("import.target"), options, format_func=label, key=TARGET_KEY,
                        help=tr("import.target_help"))
    with connect() as db:
        preview = planimport.preview_import(db, parsed, slug)
    _preview_note(preview)
    return slug, preview


def _preview_note(preview: ImportPreview) -> None:
    if preview.event_id is None:
        st.caption(tr("import.will_create", n=preview.added))
        return
    st.caption(tr("import.will_update", updated=preview.updated, added=preview.added,
                  removed=len(preview.removed), kept=len(preview.kept)))
    if preview.kept:
        st.warning(tr("import.will_keep", n=len(preview.kept)), icon="⚠️")
        for old in preview.kept:
            st.text(f"{old.code} · {old.title}")


def task_review(
    parsed: ParsedPlan, source: Source, preview: ImportPreview
) -> dict[int, Correction]:
    """Every task beside its source sentence, with its lead unit and deadline correctable."""
    st.subheader(tr("import.tasks", n=len(parsed.tasks)))
    st.caption(tr("import.tasks_help"))
    with connect() as db:
        choices = planimport.unit_choices(db, parsed)
        earlier = planimport.earlier_corrections(db, preview)
    digest = hashlib.sha1(f"{source.text}\0{preview.slug}".encode()).hexdigest()[:10]
    corrections: dict[int, Correction] = {}
    for i, (task, code) in enumerate(zip(parsed.tasks, preview.codes, strict=False)):
        before = earlier.get(i, Correction())
        lead, due = before.lead or task.agency, before.deadline or _due_date(task)
        with st.container(border=True, key=f"imp-task-{i}"):
            fix = _task_row(task, code, choices, _choice(lead, choices), due, f"{digest}-{i}")
        if fix != Correction():
            corrections[i] = fix
    return corrections


def _task_row(task: PlanTask, code: str, choices: list[str], lead: str, due: date | None,
              key: str) -> Correction:
    what, source, edit = st.columns([4, 5, 3], gap="medium")
    with what:
        st.markdown(f"**{md(code)}** · {md(planimport.task_title(task))}")
        if task.supporting:
            st.caption(tr("import.supporting", units=md(", ".join(task.supporting))))
        if task.recurring:
            days = ", ".join(weekday_name(d, lang()) for d in sorted(task.weekdays))
            st.caption(tr("import.recurring", days=days))
        if task.deadline is not None:
            said = "import.due_stated" if task.deadline_stated else "import.due_default"
            st.caption(tr(said, due=fmt.vn_deadline(task.deadline, lang())))
    with source:
        st.caption(tr("import.source_line", line=task.lines[0]))
        st.markdown(f"> {_sentence_with_clause(task)}")
    with edit:
        # No lead read (a sentence above the first unit heading): the person must pick one.
        chosen = st.selectbox(tr("import.lead"), choices,
                              index=choices.index(lead) if lead else None,
                              placeholder=tr("import.pick_lead"),
                              key=f"imp-lead-{key}")
        picked = st.date_input(tr("import.due"), value=due, format="DD/MM/YYYY",
                               key=f"imp-due-{key}", help=tr("import.due_help"))
    parsed_due = _due_date(task)
    return Correction(
        lead=None if chosen is None or planimport.same_unit(chosen, task.agency) else chosen,
        deadline=picked if isinstance(picked, date) and picked != parsed_due else None,
    )


def _sentence_with_clause(task: PlanTask) -> str:
    """The source sentence, escaped, with this task's part in bold when it is only a part."""
    start = task.sentence.find(task.text)
    if start < 0 or task.text == task.sentence:
        return md(task.sentence)
    end = start + len(task.text)
    return (f"{md(task.sentence[:start])}**{md(task.text)}**{md(task.sentence[end:])}")


def _due_date(task: PlanTask) -> date | None:
    return task.deadline.date() if task.deadline else None


def _choice(name: str, choices: list[str]) -> str:
    """The option naming the same unit as name (a database row may spell it differently)."""
    if not name:
        return ""
    unit = resolve_unit(name)
    if unit is not None and unit.name in choices:
        return unit.name
    if name not in choices:
        choices.append(name)
    return name


def import_button(parsed: ParsedPlan, source: Source, slug: str,
                  corrections: dict[int, Correction]) -> None:
    """Who imports, the button, and the outcome."""
    st.subheader(tr("import.confirm"))
    if corrections:
        st.caption(tr("import.corrected", n=len(corrections)))
    actor = current_actor()
    may_import = permissions.allowed(actor, permissions.ADMIN)
    lacking = missing(parsed)
    if lacking:
        names = ", ".join(tr(f"import.field_{name}") for name in lacking)
        st.warning(tr("import.fill_missing", fields=names), icon="✍️")
    if st.button(tr("import.button"), type="primary", disabled=not may_import or bool(lacking),
                 key="import_go"):
        try:
            with connect() as db:
                result = planimport.import_plan(db, parsed, current_actor(), corrections, slug,
                                                source.name)
        except UserFacingError as exc:
            st.error(exc.message(lang()), icon="🚫")  # our own words: no plan text in them
            return
        st.session_state[DONE_KEY] = result
    if not may_import:
        st.caption(tr("perm.admin_only"))
    done()


def done() -> None:
    """What the last import did, with the way to its tasks."""
    result = st.session_state.get(DONE_KEY)
    if result is None:
        return
    st.success(tr("import.done", title=md(result.title), n=result.tasks, added=result.added,
                  updated=result.updated), icon="✅")
    if result.kept:
        st.warning(tr("import.kept", n=len(result.kept)), icon="⚠️")
    if result.removed:
        st.caption(tr("import.removed", n=len(result.removed)))
    st.page_link("pages/tasks.py", label=tr("import.go_tasks"), icon="✅")
