"""Plan text (Kế hoạch) -> structured plan: frozen dataclasses, no database, no Streamlit.

Decisions worth knowing:
- A task without a written deadline is due at the start of the event: the earliest session
  start on the event day (07:00 on 28/9/2024 for the bundled plan, the exhibition opening).
- "trước ngày 20/9/2024" is read literally: due at 00:00 on 20/9 (Vietnam time); "chậm nhất
  ngày 20/9/2024" lets 20/9 count, so it is due at 00:00 on 21/9.
- "phối hợp X" / "hỗ trợ X" name supporting units; a lead-in "Phối hợp X …" at the start of
  a sentence covers every ';' clause of that sentence. Unknown X after "phối hợp" is kept raw
  (if capitalised); unknown X after "hỗ trợ" is a beneficiary, not a unit, and is ignored.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from ocop_tracker.plan.units import match_unit_at, resolve_unit
from ocop_tracker.plan.vndates import DateMatch, VnDateError, find_dates, find_weekly_recurrence

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
MAX_FILE_BYTES = 5 * 1024 * 1024
SUFFIXES = (".txt", ".md", ".docx")
NO_ASSIGNMENTS = (
    "Không tìm thấy phần phân công thực hiện (PHÂN CÔNG THỰC HIỆN / TỔ CHỨC THỰC HIỆN) "
    "trong văn bản."
)


class PlanParseError(ValueError):
    """The plan cannot be read; the message says why, in Vietnamese."""


@dataclass(frozen=True)
class Session:
    """A timed part of the event (exhibition, ceremony)."""

    name: str
    start: datetime
    venue: str | None
    line: int


@dataclass(frozen=True)
class Booth:
    """A group of exhibition booths."""

    count: int
    description: str
    line: int


@dataclass(frozen=True)
class PlanTask:
    """One assignment: lead unit, what to do, by when, and where in the plan it is written."""

    agency: str
    text: str
    deadline: datetime | None
    deadline_stated: bool
    weekdays: frozenset[int]
    supporting: tuple[str, ...]
    section: str
    lines: tuple[int, ...]
    sentence: str

    @property
    def recurring(self) -> bool:
        """True for a weekly duty."""
        return bool(self.weekdays)


@dataclass(frozen=True)
class FoundDate:
    """A date or date range written somewhere in the plan."""

    text: str
    start: date | datetime
    end: date | datetime
    is_deadline: bool
    line: int


@dataclass(frozen=True)
class ParsedPlan:
    """Everything the importer takes from a plan."""

    title: str | None
    organiser: str | None
    event_date: date | None
    sessions: tuple[Session, ...]
    venue: str | None
    attendees_expected: int | None
    booths: tuple[Booth, ...]
    programme: tuple[str, ...]
    tasks: tuple[PlanTask, ...]
    dates: tuple[FoundDate, ...]

    def to_json_dict(self) -> dict[str, object]:
        """The shape printed by `python -m ocop_tracker import-plan FILE --json`."""
        return {
            "title": self.title,
            "organiser": self.organiser,
            "event": {
                "date": _iso(self.event_date),
                "sessions": [{"name": s.name, "start": _iso(s.start)} for s in self.sessions],
                "venue": self.venue,
            },
            "attendees_expected": self.attendees_expected,
            "booths": [{"count": b.count, "description": b.description} for b in self.booths],
            "programme": list(self.programme),
            "tasks": [_task_json(t) for t in self.tasks],
            "dates": [
                {"text": d.text, "start": _iso(d.start), "end": _iso(d.end)} for d in self.dates
            ],
        }


# --- reading files ---------------------------------------------------------------------


def read_plan_file(path: str | Path) -> str:
    """The text of a .txt, .md or .docx plan; size is checked before anything is read."""
    file = Path(path)
    if file.suffix.lower() not in SUFFIXES:
        raise PlanParseError(
            f"Định dạng tệp không được hỗ trợ: {file.suffix or file.name} "
            "(chỉ nhận .txt, .md, .docx)."
        )
    try:
        size = file.stat().st_size
    except OSError as exc:
        raise PlanParseError(f"Không mở được tệp: {file.name}.") from exc
    if size > MAX_FILE_BYTES:
        raise PlanParseError(f"Tệp quá lớn ({size / 1048576:.1f} MB); giới hạn là 5 MB.")
    if size == 0:
        raise PlanParseError("Tệp kế hoạch trống.")
    return _read_docx(file) if file.suffix.lower() == ".docx" else _decode(_read_bytes(file))


def parse_plan_file(path: str | Path) -> ParsedPlan:
    """read_plan_file then parse_plan."""
    return parse_plan(read_plan_file(path))


def _read_bytes(file: Path) -> bytes:
    """The file's bytes, with OS errors turned into PlanParseError."""
    try:
        return file.read_bytes()
    except OSError as exc:
        raise PlanParseError(f"Không đọc được tệp: {file.name}.") from exc


def _decode(data: bytes) -> str:
    """UTF-8 (or BOM-marked UTF-16) text; anything else is refused as binary."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    elif b"\x00" not in data:
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            pass
    raise PlanParseError("Tệp không phải văn bản (có byte nhị phân hoặc không phải mã UTF-8).")


def _read_docx(file: Path) -> str:
    """Paragraphs (and table cells) of a Word file, in document order, one per line."""
    import docx  # imported here: only .docx imports need python-docx

    from ocop_tracker.core import uploads

    uploads.check_docx(_read_bytes(file))  # sizes and XML counted before python-docx inflates
    try:
        document = docx.Document(str(file))
        return "\n".join(_docx_blocks(document))
    except Exception as exc:  # python-docx raises zipfile, KeyError, lxml errors … on bad files
        raise PlanParseError(f"Tệp .docx bị hỏng hoặc không phải tệp Word: {file.name}.") from exc


def _docx_blocks(document: object) -> list[str]:
    """Text blocks of a python-docx Document; tables read row by row."""
    blocks: list[str] = []
    for item in document.iter_inner_content():  # type: ignore[attr-defined]
        if hasattr(item, "rows"):
            for row in item.rows:
                cells = [c.text for c in row.cells]
                blocks.extend(c for i, c in enumerate(cells) if i == 0 or c != cells[i - 1])
        else:
            blocks.append(item.text)
    return blocks


# --- checking the text -----------------------------------------------------------------

_VN_LETTER = re.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")
_LETTER = re.compile(r"[^\W\d_]")


def _check_text(text: object) -> None:
    """Refuse what is not a Vietnamese plan before trying to read it."""
    if not isinstance(text, str):
        raise PlanParseError("Nội dung kế hoạch phải là văn bản.")
    if "\x00" in text:
        raise PlanParseError("Tệp không phải văn bản (có byte nhị phân).")
    if not text.strip():
        raise PlanParseError("Tệp kế hoạch trống.")
    if _vietnamese_share(text) < 0.05:
        raise PlanParseError(
            "Văn bản không phải tiếng Việt (có dấu): không đọc được như một kế hoạch."
        )


def _vietnamese_share(text: str) -> float:
    """Share of letters that carry Vietnamese diacritics (about 0.2 in real plans, 0 in English)."""
    sample = unicodedata.normalize("NFC", text[:20000]).lower()
    letters = len(_LETTER.findall(sample))
    return len(_VN_LETTER.findall(sample)) / letters if letters else 0.0


# --- lines and structure ---------------------------------------------------------------

_ROMAN_HEAD = re.compile(r"^(?P<roman>[IVXLC]+)\s*[.):/-]\s*(?P<title>\S.*)$")
_ASSIGN_TITLE = re.compile(r"^(?:PHÂN\s+CÔNG|TỔ\s+CHỨC)\s+THỰC\s+HIỆN\s*:?$", re.IGNORECASE)
# The closing paragraph, the distribution list or the signature block ends the assignments.
_SECTION_END = re.compile(
    r"^(?:Trên\s+đây|Nơi\s+nhận|(?:KT|TM|Q)\s*\.\s*(?:CHỦ\s+TỊCH|ỦY\s+BAN)|CHỦ\s+TỊCH$)",
    re.IGNORECASE,
)
_NUM_HEAD = re.compile(r"^(?P<num>[0-9]{1,2}(?:\.[0-9]{1,2})*)(?P<dot>\.?)\s+(?P<rest>\S.*)$")
_BULLET = re.compile(r"^(?:[-–—+•·]|[a-zđ]\))\s*(?=\S)")


def _clean(line: str) -> str:
    """NFC, no markdown emphasis or heading marks, single spaces."""
    line = unicodedata.normalize("NFC", line).replace("*", "")
    line = re.sub(r"^\s*(?:#+|>)\s*", "", line)
    return re.sub(r"\s+", " ", line).strip()


def _lines(text: str) -> list[tuple[int, str]]:
    """(line number from 1, cleaned text) for every line; CRLF and CR accepted."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [(no, _clean(raw)) for no, raw in enumerate(text.split("\n"), 1)]


def _assignment_bounds(lines: list[tuple[int, str]]) -> tuple[int, int, str]:
    """(index of the heading, index after the section, roman numeral) of the assignments."""
    for i, (_, text) in enumerate(lines):
        head = _ROMAN_HEAD.match(text)
        title = head.group("title") if head else text
        if _ASSIGN_TITLE.match(title):
            return i, _section_end(lines, i + 1), head.group("roman") if head else ""
    raise PlanParseError(NO_ASSIGNMENTS)


def _section_end(lines: list[tuple[int, str]], start: int) -> int:
    """Index of the next roman heading, 'Trên đây …' or 'Nơi nhận', else the end."""
    for i in range(start, len(lines)):
        text = lines[i][1]
        head = _ROMAN_HEAD.match(text)
        if _SECTION_END.match(text) or (head and head.group("title").isupper()):
            return i
    return len(lines)


def _numbered(text: str) -> tuple[str, str] | None:
    """('4.1.1', 'Thời gian, địa điểm tổ chức') for a numbered heading line, else None."""
    m = _NUM_HEAD.match(text)
    if not m or not (m.group("dot") or "." in m.group("num")):
        return None
    return m.group("num"), m.group("rest")


# --- dates -----------------------------------------------------------------------------

_YEAR_IN_DATE = re.compile(
    r"(?:tháng\s+[0-9]{1,2}\s+năm\s+|(?<![0-9])[0-9]{1,2}([/.-])[0-9]{1,2}\1)([0-9]{4})(?![0-9])",
    re.IGNORECASE,
)


def _plan_year(lines: list[tuple[int, str]]) -> int | None:
    """The year dates without one belong to: the event's ('Thời gian:' lines), else the first."""
    timed = [t for _, t in lines if t.lower().lstrip("-–+• ").startswith("thời gian")]
    for text in [*timed, *(t for _, t in lines)]:
        m = _YEAR_IN_DATE.search(text)
        if m:
            return int(m.group(2))
    return None


def _dates_in(text: str, line: int, year: int | None) -> list[DateMatch]:
    """find_dates, with the line number added to any error."""
    try:
        return find_dates(text, year)
    except VnDateError as exc:
        raise PlanParseError(f"Dòng {line}: {exc}") from exc


def _all_dates(lines: list[tuple[int, str]], year: int | None) -> tuple[FoundDate, ...]:
    """Every date written in the document, line by line."""
    return tuple(
        FoundDate(text[m.span[0] : m.span[1]], _vn(m.start), _vn(m.end), m.is_deadline, no)
        for no, text in lines
        for m in _dates_in(text, no, year)
    )


def _vn(value: date | datetime) -> date | datetime:
    """A date-time put in Vietnam time; a plain date unchanged."""
    return value.replace(tzinfo=VN_TZ) if isinstance(value, datetime) else value


def _iso(value: date | datetime | None) -> str | None:
    """ISO text, date-times with their +07:00 offset."""
    return None if value is None else _vn(value).isoformat()


# --- header facts: title, organiser, sessions, attendees, booths, programme ------------

_ORGANISER = re.compile(r"Danh\s+nghĩa\s+tổ\s+chức\s*:\s*(?P<v>.+)$", re.IGNORECASE)
# "Thời gian:", "Thời gian tổ chức:", "Thời gian và địa điểm: …"
_TIME_LINE = re.compile(r"^Thời\s+gian\b[^:]{0,40}:\s*(?P<v>.+)$", re.IGNORECASE)
_PLACE_LINE = re.compile(r"^Địa\s+điểm\b[^:]{0,30}:\s*(?P<v>.+)$", re.IGNORECASE)
_ATTENDEES = re.compile(
    r"dự\s+kiến\s+(?:khoảng\s+)?(?P<n>[0-9]{1,3}(?:\.[0-9]{3})*)\s+(?:người|đại\s+biểu|khách)",
    re.IGNORECASE,
)
_BOOTHS = re.compile(r"^(?P<n>[0-9]{1,3})\s+(?P<d>gian\s+hàng\b.*)$", re.IGNORECASE)
_PROGRAMME_TITLES = (
    "chương trình",
    "chương trình buổi lễ",
    "chương trình lễ",
    "nội dung chương trình",
)


def _unbullet(text: str) -> str:
    """The text of a line without its bullet mark."""
    return _BULLET.sub("", text, count=1)


def _title(lines: list[tuple[int, str]]) -> str | None:
    """The line after 'KẾ HOẠCH'."""
    for i, (_, text) in enumerate(lines):
        if text.casefold() == "kế hoạch":
            return next((t for _, t in lines[i + 1 :] if t), None)
    return None


def _first_value(lines: list[tuple[int, str]], rx: re.Pattern[str]) -> str | None:
    """The value of the first line rx matches, without its closing full stop."""
    for _, text in lines:
        m = rx.search(_unbullet(text))
        if m:
            return m.group("v").strip().rstrip(".").strip()
    return None


def _attendees(lines: list[tuple[int, str]]) -> int | None:
    """'dự kiến 150 người' -> 150."""
    for _, text in lines:
        m = _ATTENDEES.search(text)
        if m:
            return int(m.group("n").replace(".", ""))
    return None


def _booths(lines: list[tuple[int, str]]) -> tuple[Booth, ...]:
    """'- 14 gian hàng …' lines -> Booth(14, 'gian hàng …')."""
    found = []
    for no, text in lines:
        m = _BOOTHS.match(_unbullet(text)) if _BULLET.match(text) else None
        if m:
            found.append(Booth(int(m.group("n")), m.group("d").rstrip(" .;"), no))
    return tuple(found)


def _programme(lines: list[tuple[int, str]]) -> tuple[str, ...]:
    """The bullets under the 'Chương trình' heading."""
    for i, (_, text) in enumerate(lines):
        head = _numbered(text)
        title = (head[1] if head else text).rstrip(" :").casefold()
        if title in _PROGRAMME_TITLES:
            return _bullets_after(lines, i + 1)
    return ()


def _bullets_after(lines: list[tuple[int, str]], start: int) -> tuple[str, ...]:
    """Consecutive bullet lines (blank lines allowed between) from start."""
    items = []
    for _, text in lines[start:]:
        if not text:
            continue
        if not _BULLET.match(text):
            break
        items.append(_unbullet(text))
    return tuple(items)


def _sessions(lines: list[tuple[int, str]], year: int | None, fallback: str) -> tuple[Session, ...]:
    """Each 'Thời gian:' line with a date, named after its heading, with the next 'Địa điểm:'."""
    headings: dict[str, str] = {}
    current = ""
    found: list[tuple[Session, bool]] = []  # (session, its time of day is written)
    for no, text in lines:
        head = _numbered(text)
        if head:
            current, headings[head[0]] = head[0], head[1]
        body = head[1] if head else _unbullet(text)
        if (m := _TIME_LINE.match(body)) and (dates := _dates_in(m.group("v"), no, year)):
            name = _session_name(headings, current, fallback)
            found.append((Session(name, _at_start_of(dates[0].start), None, no), dates[0].has_time))
        elif (m := _PLACE_LINE.match(body)) and found and found[-1][0].venue is None:
            found[-1] = (_with_venue(found[-1][0], m.group("v")), found[-1][1])
    # A dated line without a time ("Thời gian thực hiện: từ 1/9 đến 30/9/2024") is the plan's
    # period, not a session, unless no line gives a time at all.
    timed = [s for s, has_time in found if has_time]
    return tuple(timed or (s for s, _ in found))


def _session_name(headings: dict[str, str], current: str, fallback: str) -> str:
    """The heading a 'Thời gian' line belongs to, skipping a 'Thời gian, địa điểm' heading."""
    title = headings.get(current, "")
    if title.casefold().startswith("thời gian"):
        title = headings.get(current.rsplit(".", 1)[0], "") if "." in current else ""
    return title.rstrip(" .:") or fallback


def _with_venue(session: Session, venue: str) -> Session:
    """The session with its venue set."""
    return Session(session.name, session.start, venue.strip().rstrip("."), session.line)


def _at_start_of(value: date | datetime) -> datetime:
    """A Vietnam-time date-time; a plain date means its 00:00."""
    if not isinstance(value, datetime):
        value = datetime.combine(value, time(0, 0))
    return value.replace(tzinfo=VN_TZ)


# --- assignments -------------------------------------------------------------------------

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
_VERB_ANYWHERE = re.compile(rf"(?<!\w)(?:{_VERBS})(?!\w)")
_LEAD_IN = re.compile(
    r"^(?:chủ\s+trì\s*,?\s*)?(?:chủ\s+động\s+)?(?:phối\s+hợp|hỗ\s+trợ)", re.IGNORECASE
)
_SUPPORT = re.compile(r"(?<!\w)(phối\s+hợp|hỗ\s+trợ)(?:\s+với)?\s+", re.IGNORECASE)
_UNIT_SEP = re.compile(r"\s*(?:,|và)\s*", re.IGNORECASE)
_QUALIFIER = re.compile(
    r"^(?:ít\s+nhất|tối\s+thiểu|tối\s+đa|mỗi|trong\s+đó|bao\s+gồm)(?!\w)", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[.!?]+\s+")
_ABBREVIATION = re.compile(r"(?<!\w)(?:TP|Tp|TX|Q|P|TS|ThS|PGS|GS|Th)\.\s+$")
_UNIT_LEADS = re.compile(r"^(?:đề\s+nghị|giao|nhờ)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class _Chunk:
    """Joined paragraph text with the line number each part starts on."""

    text: str
    starts: tuple[tuple[int, int], ...]  # (offset in text, line number)

    def lines_for(self, start: int, end: int) -> tuple[int, ...]:
        """Line numbers the span [start, end) touches."""
        offsets = [off for off, _ in self.starts]
        first = max(bisect_right(offsets, start) - 1, 0)
        last = max(bisect_left(offsets, end), first + 1)
        return tuple(no for _, no in self.starts[first:last])


@dataclass(frozen=True)
class _Context:
    """What every task in the section shares."""

    roman: str
    year: int | None
    default_deadline: datetime | None


def _paragraphs(lines: list[tuple[int, str]]) -> list[_Chunk]:
    """Lines grouped into paragraphs; a bullet, a heading or a finished sentence starts anew."""
    groups: list[list[tuple[int, str]]] = []
    for no, text in lines:
        if not text:
            groups.append([])
        elif groups and groups[-1] and not _starts_paragraph(groups[-1][-1][1], text):
            groups[-1].append((no, text))
        else:
            groups.append([(no, text)])
    return [_chunk(g) for g in groups if g]


def _starts_paragraph(previous: str, text: str) -> bool:
    """True unless text continues a wrapped line (previous unfinished, text lower-case)."""
    if _BULLET.match(text) or _numbered(text):
        return True
    if previous.endswith(","):
        return False  # a wrapped list: "phối hợp Hội Nông dân,\nPhòng Kinh tế …"
    return previous.endswith((".", "!", "?", ";", ":")) or text[:1].isupper()


def _chunk(group: list[tuple[int, str]]) -> _Chunk:
    """A _Chunk from (line number, text) pairs joined by spaces."""
    starts, offset = [], 0
    for no, text in group:
        starts.append((offset, no))
        offset += len(text) + 1
    return _Chunk(" ".join(t for _, t in group), tuple(starts))


def _unit_heading(text: str) -> tuple[str, str, int] | None:
    """(number, unit, offset of the text after the colon) for '1.1 Hội Nông dân huyện: …'."""
    head = _numbered(text)
    if not head:
        return None
    num, rest = head
    name, colon, _ = rest.partition(":")
    if not colon and not _looks_like_unit(rest):
        return None
    if colon and len(name.split()) > 15:
        return None
    after = len(text) - len(rest) + len(name) + 1 if colon else len(text)
    return num, _unit_name(name), after


def _looks_like_unit(text: str) -> bool:
    """A numbered line with no colon is a unit heading when it names one or is short."""
    return resolve_unit(text) is not None or (
        len(text.split()) <= 12 and not text.endswith((".", ";"))
    )


def _unit_name(text: str) -> str:
    """Canonical unit name when known, else the text without 'Đề nghị'."""
    unit = resolve_unit(text)
    return unit.name if unit else _UNIT_LEADS.sub("", text.strip()).rstrip(" .:")


def _tasks(lines: list[tuple[int, str]], ctx: _Context) -> tuple[PlanTask, ...]:
    """Tasks of the assignments section, each under the unit heading above it."""
    tasks: list[PlanTask] = []
    agency, label = "", ctx.roman
    for chunk in _paragraphs(lines):
        head = _unit_heading(chunk.text)
        bullet = _BULLET.match(chunk.text)
        start, lead = (bullet.end() if bullet else 0), agency
        if head:
            agency = lead = head[1]
            start = head[2]
            label = f"{ctx.roman}.{head[0]}" if ctx.roman else head[0]
        elif inline := _inline_unit(chunk.text, start):
            lead, start = inline  # "- Phòng KT: …" names the lead of this bullet only
        for s_start, s_end in _sentences(chunk.text, start):
            tasks.extend(_sentence_tasks(chunk, s_start, s_end, lead, label, ctx))
    return tuple(tasks)


def _inline_unit(text: str, start: int) -> tuple[str, int] | None:
    """(unit, offset after the colon) for a paragraph that opens with 'Known unit: …'."""
    name, colon, _ = text[start:].partition(":")
    unit = resolve_unit(name) if colon and len(name.split()) <= 12 else None
    return (unit.name, start + len(name) + 1) if unit else None


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
    chunk: _Chunk, start: int, end: int, agency: str, label: str, ctx: _Context
) -> list[PlanTask]:
    """The tasks of one sentence: one per independent clause."""
    sentence = chunk.text[slice(*_strip_span(chunk.text, start, end))]
    clauses = [_strip_span(chunk.text, s, e) for s, e in _clauses(chunk.text, start, end)]
    clauses = [(s, e) for s, e in clauses if e > s]
    first = chunk.text[clauses[0][0] : clauses[0][1]] if clauses else ""
    lead = _supporting(first) if _LEAD_IN.match(first) else []
    return [_task(chunk, s, e, agency, label, sentence, lead, ctx) for s, e in clauses]


def _task(
    chunk: _Chunk,
    start: int,
    end: int,
    agency: str,
    label: str,
    sentence: str,
    lead: list[str],
    ctx: _Context,
) -> PlanTask:
    """One PlanTask from the clause text[start:end]."""
    text = chunk.text[start:end]
    lines = chunk.lines_for(start, end)
    deadline = next((m for m in _dates_in(text, lines[0], ctx.year) if m.is_deadline), None)
    return PlanTask(
        agency=agency,
        text=text,
        deadline=_deadline_moment(deadline) if deadline else ctx.default_deadline,
        deadline_stated=deadline is not None,
        weekdays=find_weekly_recurrence(text) or frozenset(),
        supporting=tuple(dict.fromkeys([*lead, *_supporting(text)])),
        section=label,
        lines=lines,
        sentence=sentence,
    )


def _deadline_moment(match: DateMatch) -> datetime:
    """When a written deadline falls due: its time, else 00:00 (of the next day if inclusive)."""
    moment = _at_start_of(match.start)
    if match.inclusive and not match.has_time:
        moment += timedelta(days=1)
    return moment


def _supporting(text: str) -> list[str]:
    """Units named after 'phối hợp' / 'hỗ trợ' in text, canonical where known."""
    found: list[str] = []
    for m in _SUPPORT.finditer(text):
        units = _units_from(text, m.end())
        if units:
            found.extend(units)
        elif m.group(1).casefold().startswith("phối") and (raw := _raw_unit(text, m.end())):
            found.append(raw)
    return found


def _units_from(text: str, pos: int) -> list[str]:
    """Known units listed at text[pos:] ('Hội Nông dân, UBND xã – thị trấn')."""
    names = []
    while (hit := match_unit_at(text, pos)) is not None:
        names.append(hit[0].name)
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


def _task_json(task: PlanTask) -> dict[str, object]:
    """One task in the import JSON."""
    return {
        "agency": task.agency,
        "text": task.text,
        "deadline": _iso(task.deadline),
        "recurring": task.recurring,
        "supporting": list(task.supporting),
        "section": task.section,
        "line": task.lines[0],
    }


# --- the whole plan ------------------------------------------------------------------------


def parse_plan(text: str) -> ParsedPlan:
    """Plan text -> ParsedPlan; any problem is a PlanParseError with a Vietnamese message."""
    try:
        return _parse(text)
    except PlanParseError:
        raise
    except VnDateError as exc:
        raise PlanParseError(str(exc)) from exc
    except Exception as exc:  # contract: the UI and CLI only ever handle PlanParseError
        raise PlanParseError(
            f"Không đọc được kế hoạch (lỗi nội bộ: {type(exc).__name__})."
        ) from exc


def _parse(text: str) -> ParsedPlan:
    """parse_plan without the error wrapping."""
    _check_text(text)
    lines = _lines(text)
    head, end, roman = _assignment_bounds(lines)
    year = _plan_year(lines)
    before = lines[:head]
    title = _title(before)
    sessions = _sessions(before, year, title or "Sự kiện")
    event_date = min(s.start for s in sessions).date() if sessions else None
    ctx = _Context(roman, year, _event_start(sessions, event_date))
    return ParsedPlan(
        title=title,
        organiser=_first_value(before, _ORGANISER),
        event_date=event_date,
        sessions=sessions,
        venue=next((s.venue for s in sessions if s.venue), None)
        or _first_value(before, _PLACE_LINE),
        attendees_expected=_attendees(before),
        booths=_booths(before),
        programme=_programme(before),
        tasks=_tasks(lines[head + 1 : end], ctx),
        dates=_all_dates(lines, year),
    )


def _event_start(sessions: tuple[Session, ...], event_date: date | None) -> datetime | None:
    """Earliest session start on the event day: the default deadline of every task."""
    starts = [s.start for s in sessions if s.start.date() == event_date]
    return min(starts) if starts else None
