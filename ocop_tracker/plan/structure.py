"""The shape of a plan's text: lines, headings, bullets, paragraphs, the assignment section."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ocop_tracker.plan.model import PlanParseError

Lines = list[tuple[int, str]]

_VN_LETTER = re.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")
_LETTER = re.compile(r"[^\W\d_]")


def check_text(text: object) -> None:
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


# --- lines -----------------------------------------------------------------------------

ROMAN_HEAD = re.compile(r"^(?P<roman>[IVXLC]+)\s*[.):/-]\s*(?P<title>\S.*)$")
NUM_HEAD = re.compile(r"^(?P<num>[0-9]{1,2}(?:\.[0-9]{1,2})*)(?P<dot>\.?)\s+(?P<rest>\S.*)$")
BULLET = re.compile(r"^(?:[-–—+•·]|[a-zđ]\)|[a-zđ]\.(?=\s))\s*(?=\S)")
# A date cut by a line break: "ngày 12 tháng" / "6 năm 2023".
_DANGLING = re.compile(r"(?:ngày\s+[0-9]{1,2}(?:\s+tháng(?:\s+[0-9]{1,2})?)?|tháng)\s*$",
                       re.IGNORECASE)
_CONTINUES = re.compile(r"^(?:tháng\s+)?[0-9]{1,2}\s+năm\s+[0-9]{4}|^(?:tháng\s+[0-9]{1,2}"
                        r"(?:\s+năm\s+[0-9]{4})?|năm\s+[0-9]{4})", re.IGNORECASE)


def clean(line: str) -> str:
    """NFC, no markdown emphasis or heading marks, single spaces."""
    line = unicodedata.normalize("NFC", line).replace("*", "")
    line = re.sub(r"^\s*(?:#+|>)\s*", "", line)
    return re.sub(r"\s+", " ", line).strip()


def split_lines(text: str) -> Lines:
    """(line number from 1, cleaned text) for every line; CRLF and CR accepted."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return mend_broken_dates([(no, clean(raw)) for no, raw in enumerate(text.split("\n"), 1)])


def mend_broken_dates(lines: Lines) -> Lines:
    """A date cut across two lines is put back together on the first one."""
    out = list(lines)
    for i in range(len(out) - 1):
        no, text = out[i]
        follow_no, follow = out[i + 1]
        if _DANGLING.search(text) and (m := _CONTINUES.match(follow)):
            out[i] = (no, f"{text} {m.group(0)}")
            out[i + 1] = (follow_no, follow[m.end():].lstrip(" ,."))
    return out


def unbullet(text: str) -> str:
    """The text of a line without its bullet mark."""
    return BULLET.sub("", text, count=1)


def numbered(text: str) -> tuple[str, str] | None:
    """('4.1.1', 'Thời gian, địa điểm tổ chức') for a numbered heading line, else None."""
    m = NUM_HEAD.match(text)
    if not m or not (m.group("dot") or "." in m.group("num")):
        return None
    return m.group("num"), m.group("rest")


def heading_text(text: str) -> str:
    """A line without its roman, arabic or bullet numbering."""
    if head := ROMAN_HEAD.match(text):
        return head.group("title")
    if head_num := numbered(text):
        return head_num[1]
    return unbullet(text)


# --- the assignment section --------------------------------------------------------------

_ASSIGN_TITLE = re.compile(
    r"^(?:(?:PHÂN\s+CÔNG|TỔ\s+CHỨC)\s+THỰC\s+HIỆN|PHÂN\s+CÔNG\s+NHIỆM\s+VỤ"
    r"|(?:PHÂN\s+CÔNG\s+)?TRÁCH\s+NHIỆM\s+(?:CỦA\s+)?(?:CÁC\s+)?(?:CƠ\s+QUAN|ĐƠN\s+VỊ)[^:]{0,40}"
    r"|GIAO\s+NHIỆM\s+VỤ|NHIỆM\s+VỤ\s+CỤ\s+THỂ|PHÂN\s+CÔNG\s+TRÁCH\s+NHIỆM)\s*:?$",
    re.IGNORECASE,
)
# "Chủ tịch UBND huyện giao:" / "… đề nghị các đơn vị thực hiện như sau:"
_ASSIGN_LEAD_IN = re.compile(
    r"(?<!\w)(?:giao|phân\s+công|đề\s+nghị)(?!\w)[^:]{0,120}:$|(?<!\w)giao\s*:$", re.IGNORECASE
)
# The closing paragraph, the distribution list or the signature block ends the assignments.
SECTION_END = re.compile(
    r"^(?:Trên\s+đây|Nơi\s+nhận|Rất\s+mong|(?:KT|TM|Q|TL)\s*\.\s*(?:CHỦ\s+TỊCH|ỦY\s+BAN|TRƯỞNG\s+BAN)"
    r"|CHỦ\s+TỊCH$|TRƯỞNG\s+BAN$|TRƯỞNG\s+PHÒNG$"
    r"|.*\sđể\s+(?:các\s+)?(?:cơ\s+quan|đơn\s+vị)[^.]{0,40}\s+biết)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Bounds:
    """Where the assignments are: heading index (None: no heading), end index, roman label."""

    head: int | None
    end: int
    roman: str


def assignment_bounds(lines: Lines) -> Bounds:
    """The assignment section under its heading or lead-in, else the whole text."""
    for i, (_, text) in enumerate(lines):
        head = ROMAN_HEAD.match(text)
        title = heading_text(text)
        if _ASSIGN_TITLE.match(title) or (i > 0 and _ASSIGN_LEAD_IN.search(text)):
            roman = head.group("roman") if head else ""
            return Bounds(i, section_end(lines, i + 1), roman)
    end = next((i for i, (_, t) in enumerate(lines) if i and SECTION_END.match(t)), len(lines))
    return Bounds(None, end, "")


def section_end(lines: Lines, start: int) -> int:
    """Index of the next upper-case roman heading, 'Trên đây …' or 'Nơi nhận', else the end."""
    for i in range(start, len(lines)):
        text = lines[i][1]
        head = ROMAN_HEAD.match(text)
        if SECTION_END.match(text) or (head and head.group("title").isupper()):
            return i
    return len(lines)


# --- paragraphs --------------------------------------------------------------------------


@dataclass(frozen=True)
class Chunk:
    """Joined paragraph text with the line number each part starts on."""

    text: str
    starts: tuple[tuple[int, int], ...]  # (offset in text, line number)

    def lines_for(self, start: int, end: int) -> tuple[int, ...]:
        """Line numbers the span [start, end) touches."""
        offsets = [off for off, _ in self.starts]
        first = max(bisect_right(offsets, start) - 1, 0)
        last = max(bisect_left(offsets, end), first + 1)
        return tuple(no for _, no in self.starts[first:last])


def paragraphs(lines: Lines) -> list[Chunk]:
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
    if BULLET.match(text) or numbered(text):
        return True
    if previous.endswith(","):
        return False  # a wrapped list: "phối hợp Hội Nông dân,\nPhòng Kinh tế …"
    return previous.endswith((".", "!", "?", ";", ":")) or text[:1].isupper()


def _chunk(group: list[tuple[int, str]]) -> Chunk:
    """A Chunk from (line number, text) pairs joined by spaces."""
    starts, offset = [], 0
    for no, text in group:
        starts.append((offset, no))
        offset += len(text) + 1
    return Chunk(" ".join(t for _, t in group), tuple(starts))
