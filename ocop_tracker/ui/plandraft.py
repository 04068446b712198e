"""Nhập kế hoạch, the draft part: warnings with their lines, missing facts, new units."""

from __future__ import annotations

import hashlib
from datetime import datetime

import streamlit as st

from ocop_tracker.core import clock
from ocop_tracker.plan import draft, importer
from ocop_tracker.plan.model import ParsedPlan, PlanWarning
from ocop_tracker.ui import connect, tr
from ocop_tracker.ui.planimport import Source, md


def _key(source: Source, name: str) -> str:
    """A widget key that changes with the plan text (a new plan starts from its own guesses)."""
    return f"draft-{name}-{hashlib.sha1(source.text.encode()).hexdigest()[:10]}"


def warnings(parsed: ParsedPlan, source: Source) -> None:
    """What is missing or doubtful, each with the line of the plan it comes from."""
    if not parsed.warnings:
        return
    lines = source.text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    with st.container(border=True, key="draft-warnings"):
        st.markdown(f"**{tr('import.warnings', n=len(parsed.warnings))}**")
        for warning in parsed.warnings:
            st.markdown(f"- {md(_said(warning))}")
            if warning.line and 0 < warning.line <= len(lines) and lines[warning.line - 1].strip():
                st.caption(tr("import.warning_source", line=warning.line,
                              text=md(lines[warning.line - 1].strip()[:300])))


def _said(warning: PlanWarning) -> str:
    if warning.line is None or warning.message.startswith("Dòng"):
        return warning.message
    return f"Dòng {warning.line}: {warning.message}"


def complete(parsed: ParsedPlan, source: Source) -> ParsedPlan:
    """Ask for each required fact the plan lacks, prefilled with the best guess."""
    lacking = draft.missing(parsed)
    if not lacking:
        return parsed
    guess = draft.guesses(parsed, source.text)
    with st.container(border=True, key="draft-missing"):
        st.subheader(tr("import.fill_title"))
        st.caption(tr("import.fill_help"))
        values: dict[str, object] = {}
        if "title" in lacking:
            values["title"] = st.text_input(tr("import.f_title"), value=guess.title or "",
                                            key=_key(source, "title"))
        if "organiser" in lacking:
            values["organiser"] = st.text_input(tr("import.f_organiser"),
                                                value=guess.organiser or "",
                                                key=_key(source, "organiser"))
        if "date" in lacking:
            values["start"] = _start(source, guess)
        if "venue" in lacking:
            values["venue"] = st.text_input(tr("import.f_venue"), value=guess.venue or "",
                                            key=_key(source, "venue"))
    return draft.fill(parsed, title=_text(values.get("title")),
                      organiser=_text(values.get("organiser")),
                      start=values.get("start") if isinstance(values.get("start"), datetime)
                      else None, venue=_text(values.get("venue")))


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _start(source: Source, guess: draft.Guesses) -> datetime | None:
    """Date and start time, side by side; None until both are given."""
    left, right = st.columns(2)
    with left:
        day = st.date_input(tr("import.f_date"), value=guess.day, format="DD/MM/YYYY",
                            key=_key(source, "day"))
    with right:
        start = st.time_input(tr("import.fill_time"), value=guess.start, step=900,
                              key=_key(source, "time"))
    if day is None or start is None or not hasattr(day, "year"):
        return None
    return datetime.combine(day, start, clock.VN_TZ)  # type: ignore[arg-type]


def units(parsed: ParsedPlan, source: Source) -> ParsedPlan:
    """Units not known yet: each accepted as new (with its short name) or mapped to one."""
    with connect() as db:
        new = draft.new_units(db, parsed)
        choices = importer.unit_choices(db)
    if not new:
        return parsed
    mapping: dict[str, str] = {}
    with st.container(border=True, key="draft-units"):
        st.subheader(tr("import.new_units", n=len(new)))
        st.caption(tr("import.new_units_help"))
        for i, (name, short) in enumerate(new):
            accept = tr("import.unit_accept", name=name, short=short)
            options = [accept, *(c for c in choices if c != name)]
            picked = st.selectbox(name, options, key=_key(source, f"unit-{i}"))
            if picked != accept:
                mapping[name] = picked
    return draft.map_units(parsed, mapping)
