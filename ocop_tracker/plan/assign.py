"""Assignments -> tasks: who leads, what, with whom, by when.

Decisions worth knowing:
- A task without a written deadline is due at the start of the event: the earliest session
  start on the event day (07:00 on 28/9/2024 for the bundled plan, the exhibition opening).
- "trước ngày 20/9/2024" is read literally: due at 00:00 on 20/9 (Vietnam time); "chậm nhất
  ngày 20/9/2024" lets 20/9 count, so it is due at 00:00 on 21/9.
- The lead is the unit heading above ("1. Phòng Kinh tế:"), or the unit a paragraph opens
  with: "Phòng KT: …", "Giao X chủ trì …", "Đề nghị X …", "X chủ trì, phối hợp với Y …".
- "phối hợp (với) X" / "hỗ trợ X" / "cùng X" name supporting units; a lead-in "Phối hợp X …"
  at the start of a sentence covers every ';' clause of that sentence. Unknown X after
  "phối hợp" is kept raw (if capitalised); unknown X after "hỗ trợ" is kept only when it
  reads as a unit (Sở …, Phòng …, UBND xã …): otherwise it is a beneficiary.
- Without an assignment heading the whole text is read, but only paragraphs that name their
  lead become tasks (purposes and requirements name none).
- "Thời gian", "Địa điểm", "Thành phần", "Quy mô" bullets are facts, never tasks; a
  "Thời gian hoàn thành: …" bullet right after a task gives that task its deadline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from ocop_tracker.plan.dates import at_start_of, dates_in
from ocop_tracker.plan.facts import FACT_LINE
from ocop_tracker.plan.model import Notes, PlanTask
from ocop_tracker.plan.structure import BULLET, Chunk, Lines, numbered, paragraphs
from ocop_tracker.plan.units import is_unit_name, unit_at, unit_name
from ocop_tracker.plan.vndates import DateMatch, find_weekly_recurrence

_VERBS = (
    "tuyên truyền|vận động|chuẩn bị|hỗ trợ|phối hợp|chủ trì|chủ động|thiết kế|trình|theo dõi|"
    "duy trì|kịp thời|xây dựng|cử|lập|tổ chức|duyệt|nghiên cứu|giới thiệu|phát hành|tham mưu|"
    "phân công|quay|huy động|đảm bảo|bảo đảm|bố trí|thực hiện|báo cáo|liên hệ|mời|gửi|đăng|in|"
    "trang trí|kiểm tra|rà soát|hướng dẫn|tổng hợp|phục vụ|chịu trách nhiệm|đề xuất|cung cấp|"
    "phổ biến|triển khai|quản lý|chỉ đạo|tiếp nhận|dự trù|thanh toán|quyết toán|đôn đốc|vệ sinh|"
    "lắp đặt|thông báo|thông tin|quảng bá|biên tập|soạn thảo|dẫn|đón tiếp|sắp xếp|điều phối|"
    "ghi hình|đưa tin|cập nhật|trưng bày|tập hợp|phân bổ|kiểm tra|ban hành|tập huấn|tiếp đón"
)
_VERB_START = re.compile(rf"\s*(?:{_VERBS})(?!\w)", re.IGNORECASE)
# Case-sensitive on purpose: unit names capitalise words like "Quản lý" in "Ban Quản lý chợ".
_VERB_ANYWHERE = re.compile(rf"(?<!\w)(?:{_VERBS}|có\s+trách\s+nhiệm|là|để|theo)(?!\w)")
_LEAD_IN = re.compile(
    r"^(?:chủ\s+trì\s*,?\s*)?(?:chủ\s+động\s+)?(?:phối\s+hợp|hỗ\s+trợ)", re.IGNORECASE
)
_SUPPORT = re.compile(r"(?<!\w)(phối\s+hợp|hỗ\s+trợ|cùng)(?:\s+với)?\s+", re.IGNORECASE)
_UNIT_SEP = re.compile(r"\s*(?:,|và|;)\s*(?:các\s+)?", re.IGNORECASE)
_QUALIFIER = re.compile(
    r"^(?:ít\s+nhất|tối\s+thiểu|tối\s+đa|mỗi|trong\s+đó|bao\s+gồm)(?!\w)", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[.!?]+\s+")
_ABBREVIATION = re.compile(r"(?<!\w)(?:TP|Tp|TX|Q|P|TS|ThS|PGS|GS|Th)\.\s+$")
_ASKS = re.compile(r"(?:giao|đề\s+nghị|nhờ|yêu\s+cầu)\s+(?:cho\s+)?", re.IGNORECASE)
_AFTER_LEAD = re.compile(
    rf"\s*(?::|chủ\s+trì|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|(?:{_VERBS})(?!\w))",
    re.IGNORECASE,
)
# Only a clause with one of these words can state a deadline (saves a date scan per clause).
_DEADLINE_WORD = re.compile(r"trước|chậm|hạn", re.IGNORECASE)
_DEADLINE_FACT = re.compile(r"^Thời\s+gian\b", re.IGNORECASE)


@dataclass(frozen=True)
class Context:
    """What every task in the section shares."""

    roman: str
    year: int | None
    default_deadline: datetime | None
    strict: bool  # no assignment heading: only paragraphs naming their lead are tasks
    notes: Notes
    fact_lines: frozenset[int] = frozenset()  # lines that state the event's date


def read_tasks(lines: Lines, ctx: Context) -> tuple[PlanTask, ...]:
    """Tasks of the assignments, each under the unit heading above it or its own lead."""
    tasks: list[PlanTask] = []
    agency, label = "", ctx.roman
    for chunk in paragraphs(lines):
        bullet = BULLET.match(chunk.text)
        body_start = bullet.end() if bullet else 0
        if FACT_LINE.match(_without_number(chunk.text[body_start:])):
            _deadline_fact(chunk, tasks, agency, ctx)
            continue
        if chunk.starts[0][1] in ctx.fact_lines:
            continue  # "1. Ngày hội tổ chức vào ngày …": the event's own date, not a task
        head = _unit_heading(chunk.text, ctx.strict)
        start, lead = _body(chunk.text, body_start), agency
        if head:
            agency = lead = head[1]
            start = head[2]
            label = f"{ctx.roman}.{head[0]}" if ctx.roman else head[0]
        elif own := opening_lead(chunk.text, start, ctx.strict and not _is_item(chunk.text)):
            lead, start = own
        elif ctx.strict:
            continue
        for s_start, s_end in _sentences(chunk.text, start):
            tasks.extend(_sentence_tasks(chunk, s_start, s_end, lead, label, ctx))
    return tuple(tasks)


def _without_number(text: str) -> str:
    head = numbered(text)
    return head[1] if head else text


def _body(text: str, start: int) -> int:
    """Offset after a bullet mark or an arabic number ('2. ', '2.1 ')."""
    head = numbered(text[start:])
    return start + len(text[start:]) - len(head[1]) if head else start


def _unit_heading(text: str, strict: bool) -> tuple[str, str, int] | None:
    """(number, unit, offset of the text after the colon) for '1.1 Hội Nông dân huyện: …'."""
    head = numbered(text)
    if not head:
        return None
    num, rest = head
    name, colon, _ = rest.partition(":")
    if not colon and not _looks_like_unit(rest, strict):
        return None
    if colon and (len(name.split()) > 15 or (strict and not is_unit_name(name))):
        return None
    after = len(text) - len(rest) + len(name) + 1 if colon else len(text)
    return num, unit_name(name), after


def _looks_like_unit(text: str, strict: bool) -> bool:
    """A numbered line with no colon is a unit heading when it names one or is short."""
    if is_unit_name(text) and len(text.split()) <= 15:
        return True
    return not strict and len(text.split()) <= 12 and not text.endswith((".", ";"))


def _is_item(text: str) -> bool:
    """A bullet, lettered or numbered item (not running text)."""
    return bool(BULLET.match(text) or numbered(text))


def opening_lead(text: str, start: int, asked_only: bool = False) -> tuple[str, int] | None:
    """(lead, where the task text starts) when text[start:] opens by naming its lead unit.

    asked_only: running text names a lead only as "Giao X …" / "Đề nghị X …" (an intro such
    as "Ủy ban nhân dân huyện xây dựng Kế hoạch …" assigns nothing)."""
    asks = _ASKS.match(text, start)
    if asked_only and not asks:
        return None
    pos = asks.end() if asks else start
    found = unit_at(text, pos)
    if found is None:
        return None
    name, end = found
    after = _AFTER_LEAD.match(text, end)
    if after is None and not asks:
        return None
    if after is not None and after.group(0).strip() == ":":
        end = after.end()
    return name, end


def _deadline_fact(chunk: Chunk, tasks: list[PlanTask], agency: str, ctx: Context) -> None:
    """'- Thời gian hoàn thành: trước ngày 20/9' right after a task dates that task."""
    if not _DEADLINE_FACT.match(chunk.text.lstrip("-–+• ")) or not tasks:
        return
    last = tasks[-1]
    if last.deadline_stated or last.agency != agency:
        return
    matches = dates_in(chunk.text, chunk.starts[0][1], ctx.year, ctx.notes)
    if not matches:
        return
    match = matches[0]
    due = deadline_moment(match) if match.is_deadline else at_start_of(match.end)
    if not match.is_deadline and not match.has_time:
        due += timedelta(days=1)  # "Thời gian: 20/9/2024": that day still counts
    tasks[-1] = replace(last, deadline=due, deadline_stated=True)


def _sentences(text: str, start: int) -> list[tuple[int, int]]:
    """Spans of sentences in text[start:]; a qualifier ('Ít nhất …') stays with the one before."""
    spans, begin = [], start
    for m in _SENTENCE_END.finditer(text, start):
        nxt = text[m.end() : m.end() + 1]
        if nxt.isupper() and not _ABBREVIATION.search(text, max(begin, m.start() - 4), m.end()):
            spans.append((begin, m.end()))
            begin = m.end()
    spans.append((begin, len(text)))
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        inner = _strip_span(text, s, e)
        if inner[1] <= inner[0]:
            continue
        if merged and _QUALIFIER.match(text[s:e].strip()):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding spaces and punctuation."""
    while start < end and text[start] in " .;,:-–—":
        start += 1
    while end > start and text[end - 1] in " .;,:":
        end -= 1
    return start, end


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans split on ';' where the next clause starts with its own verb; others stay joined."""
    spans = [[start, end]]
    for pos in [i for i in range(start, end) if text[i] == ";"]:
        if _VERB_START.match(text, pos + 1, end):
            spans[-1][1] = pos
            spans.append([pos + 1, end])
    return [(s, e) for s, e in spans]


def _sentence_tasks(
    chunk: Chunk, start: int, end: int, agency: str, label: str, ctx: Context
) -> list[PlanTask]:
    """The tasks of one sentence: one per independent clause."""
    sentence = chunk.text[slice(*_strip_span(chunk.text, start, end))]
    clauses = [_strip_span(chunk.text, s, e) for s, e in _clauses(chunk.text, start, end)]
    clauses = [(s, e) for s, e in clauses if e > s]
    first = chunk.text[clauses[0][0] : clauses[0][1]] if clauses else ""
    lead = supporting(first) if _LEAD_IN.match(first) else []
    return [_task(chunk, (s, e), agency, label, sentence, lead, ctx) for s, e in clauses]


def _task(
    chunk: Chunk,
    span: tuple[int, int],
    agency: str,
    label: str,
    sentence: str,
    lead: list[str],
    ctx: Context,
) -> PlanTask:
    """One PlanTask from the clause chunk.text[span]."""
    text = chunk.text[span[0] : span[1]]
    lines = chunk.lines_for(*span)
    written = dates_in(text, lines[0], ctx.year, ctx.notes) if _DEADLINE_WORD.search(text) else []
    deadline = next((m for m in written if m.is_deadline), None)
    helpers = [u for u in dict.fromkeys([*lead, *supporting(text)]) if u != agency]
    return PlanTask(
        agency=agency,
        text=text,
        deadline=deadline_moment(deadline) if deadline else ctx.default_deadline,
        deadline_stated=deadline is not None,
        weekdays=find_weekly_recurrence(text) or frozenset(),
        supporting=tuple(helpers),
        section=label,
        lines=lines,
        sentence=sentence,
    )


def deadline_moment(match: DateMatch) -> datetime:
    """When a written deadline falls due: its time, else 00:00 (of the next day if inclusive)."""
    moment = at_start_of(match.start)
    if match.inclusive and not match.has_time:
        moment += timedelta(days=1)
    return moment


def supporting(text: str) -> list[str]:
    """Units named after 'phối hợp' / 'hỗ trợ' / 'cùng' in text, canonical where known."""
    found: list[str] = []
    for m in _SUPPORT.finditer(text):
        units = _units_from(text, m.end())
        if units:
            found.extend(units)
        elif m.group(1).casefold().startswith("phối") and (raw := _raw_unit(text, m.end())):
            found.append(raw)
    return found


def _units_from(text: str, pos: int) -> list[str]:
    """Units listed at text[pos:] ('Hội Nông dân, UBND xã – thị trấn')."""
    names = []
    while (hit := unit_at(text, pos)) is not None:
        names.append(hit[0])
        sep = _UNIT_SEP.match(text, hit[1])
        if not sep:
            break
        pos = sep.end()
    return names


def _raw_unit(text: str, pos: int) -> str | None:
    """An unknown unit's name as written: capitalised words up to a verb or punctuation."""
    rest = re.split(r"[,;.(:]", text[pos:], maxsplit=1)[0]
    verb = _VERB_ANYWHERE.search(rest)
    words = (rest[: verb.start()] if verb else rest).split()[:8]
    if not words or not words[0][:1].isupper():
        return None  # "phối hợp tổ chức …": an adverb of manner, not a partner
    return " ".join(words)
