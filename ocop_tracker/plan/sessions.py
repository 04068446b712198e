"""Sessions of the event: 'Thời gian:' lines, their sub-bullets, and running text.

Forms read: "- Thời gian: 07 giờ 00 ngày 28/9/2024"; an empty "- Thời gian:" followed by
"+ Khai mạc: 15 giờ 30, ngày …" sub-bullets; "Khai mạc lúc … ngày 2/12 và bế mạc vào 21 giờ 00,
ngày 8/12" (two sessions of one range); "… sẽ tổ chức vào lúc 08 giờ 30, ngày 14/6/2024, tại …"
in running text when no line says "Thời gian".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from ocop_tracker.plan.dates import at_start_of, dates_in
from ocop_tracker.plan.facts import PLACE_LINE, TIME_LINE, venue_in_text, venue_of
from ocop_tracker.plan.model import Notes, Session
from ocop_tracker.plan.structure import Lines, numbered, paragraphs, unbullet
from ocop_tracker.plan.vndates import DateMatch

_NAMED = re.compile(r"(?<!\w)(?:lễ\s+)?(?:khai\s+mạc|bế\s+mạc|tổng\s+duyệt|khai\s+trương)(?!\w)",
                    re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.;])\s+(?=[A-ZĐÀ-Ỹ])")
# "Kế hoạch số 12/KH-UBND ngày 3/5/2024": a document's date, not the event's.
_CITATION = re.compile(r"(?<!\w)số\s*:?\s*[0-9]+/|(?<!\w)Căn\s+cứ(?!\w)", re.IGNORECASE)
_SUB_BULLET = re.compile(r"^[+•·]\s*")
_LABELLED = re.compile(r"^(?P<label>[^:]{2,40}):\s*(?P<v>.*)$")
_EVENT_VERB = re.compile(
    r"(?<!\w)(?:tổ\s+chức|diễn\s+ra|khai\s+mạc|bế\s+mạc|vào\s+lúc|vào\s+ngày)(?!\w)", re.IGNORECASE
)


@dataclass
class _Reader:
    """State while walking the lines before the assignments."""

    year: int | None
    fallback: str
    notes: Notes
    headings: dict[str, str]
    current: str = ""
    sub_bullets: bool = False  # an empty "Thời gian:" was just seen

    def __post_init__(self) -> None:
        self.found: list[tuple[Session, bool]] = []  # (session, its time of day is written)


@dataclass(frozen=True)
class EventTime:
    """Sessions found, and a date written without any time (the event day, start unknown)."""

    sessions: tuple[Session, ...]
    untimed: tuple[date, int] | None
    venue: str | None = None  # a place said in the same running sentence


def read_sessions(lines: Lines, year: int | None, fallback: str, notes: Notes) -> EventTime:
    """Sessions from 'Thời gian' lines, else from the running text."""
    reader = _Reader(year, fallback, notes, {})
    for no, text in lines:
        _line(reader, no, text)
    # A dated line without a time ("Thời gian thực hiện: từ 1/9 đến 30/9/2024") is the plan's
    # period, not a session, unless no line gives a time at all.
    timed = tuple(s for s, has_time in reader.found if has_time)
    if timed:
        return EventTime(timed, None)
    running = _running_text(lines, year, fallback, notes)
    if running.sessions:
        return running
    if reader.found:
        first = reader.found[0][0]
        return EventTime((), (first.start.date(), first.line), first.venue)
    return running


def _line(reader: _Reader, no: int, text: str) -> None:
    """Take what one line says about sessions."""
    head = numbered(text)
    if head:
        reader.current, reader.headings[head[0]] = head[0], head[1]
    body = head[1] if head else unbullet(text)
    if (m := TIME_LINE.match(body)) is not None:
        reader.sub_bullets = not m.group("v").strip()
        _timed(reader, no, m.group("v"), None)
    elif reader.sub_bullets and _SUB_BULLET.match(text) and (lab := _LABELLED.match(body)):
        _timed(reader, no, lab.group("v"), lab.group("label").strip())
    elif (m := PLACE_LINE.match(body)) is not None:
        reader.sub_bullets = False
        if reader.found and reader.found[-1][0].venue is None:
            reader.found[-1] = (_with_venue(reader.found[-1][0], m.group("v")),
                                reader.found[-1][1])
    elif text and not _SUB_BULLET.match(text):
        reader.sub_bullets = False


def _timed(reader: _Reader, no: int, value: str, label: str | None) -> None:
    """Sessions of one time value: one, or the opening and the closing of a range."""
    matches = dates_in(value, no, reader.year, reader.notes)
    for match, name in _named(value, matches, label):
        name = name or _heading_name(reader.headings, reader.current, reader.fallback)
        session = Session(name, at_start_of(match.start), None, no)
        reader.found.append((session, match.has_time))


def _named(value: str, matches: list[DateMatch], label: str | None
           ) -> list[tuple[DateMatch, str | None]]:
    """Each date with the name written just before it ('Khai mạc', 'bế mạc'), if any."""
    if not matches:
        return []
    if label:
        return [(matches[0], label)]
    named = []
    begin = 0
    for match in matches:
        words = list(_NAMED.finditer(value, begin, match.span[0] + 1))
        named.append((match, _session_word(words[-1].group(0)) if words else None))
        begin = match.span[1]
    if all(name is None for _, name in named):
        return named[:1]
    return [(m, n) for m, n in named if n]


def _session_word(text: str) -> str:
    """'Lễ khai mạc' as written; 'lễ khai mạc' (the end of 'Tuần lễ') -> 'Khai mạc'."""
    if text.startswith("lễ"):
        text = text[2:].strip()
    return text[:1].upper() + text[1:].lower()


def _heading_name(headings: dict[str, str], current: str, fallback: str) -> str:
    """The heading a 'Thời gian' line belongs to, skipping a 'Thời gian, địa điểm' heading."""
    title = headings.get(current, "")
    if title.casefold().startswith("thời gian"):
        title = headings.get(current.rsplit(".", 1)[0], "") if "." in current else ""
    return title.rstrip(" .:") or fallback


def _with_venue(session: Session, venue: str) -> Session:
    """The session with its venue set."""
    return replace(session, venue=venue_of(venue))


def _running_text(lines: Lines, year: int | None, fallback: str, notes: Notes) -> EventTime:
    """'… tổ chức vào lúc 08 giờ 30, ngày 14/6/2024, tại …': the first such sentence.

    Read by paragraph, so a sentence wrapped over lines (as PDFs give it) stays whole."""
    untimed: tuple[date, int] | None = None
    untimed_venue = None
    for chunk in paragraphs(lines):
        for sentence, offset in _sentences(chunk.text):
            if not _EVENT_VERB.search(sentence) or _CITATION.search(sentence):
                continue
            no = chunk.lines_for(offset, offset + 1)[0]
            matches = [m for m in dates_in(sentence, no, year, notes) if not m.is_deadline]
            if not matches:
                continue
            venue = venue_in_text(sentence[matches[-1].span[1]:])
            timed = [m for m in matches if m.has_time]
            if timed:
                sessions = tuple(Session(n or fallback, at_start_of(m.start), venue, no)
                                 for m, n in _named(sentence, timed, None))
                return EventTime(sessions, None)
            if untimed is None:
                start = matches[0].start
                day = start.date() if isinstance(start, datetime) else start
                untimed, untimed_venue = (day, no), venue
    return EventTime((), untimed, untimed_venue)


def _sentences(text: str) -> list[tuple[str, int]]:
    """(sentence, its offset) for each sentence of a paragraph."""
    found, begin = [], 0
    for m in _SENTENCE.finditer(text):
        found.append((text[begin : m.start()], begin))
        begin = m.end()
    found.append((text[begin:], begin))
    return found
