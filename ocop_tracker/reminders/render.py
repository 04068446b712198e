"""A digest written out: subject, plain text and simple HTML that mail clients render alike."""

from __future__ import annotations

from html import escape

from ocop_tracker.core import fmt
from ocop_tracker.core.strings import status_label, t
from ocop_tracker.reminders.digest import WINDOWS, Digest, Item, TaskChange

MAX_CHANGES = 10  # a digest stays short; the board has the rest
RED, GREY, BLUE = "#c62828", "#555555", "#1565c0"


def subject(d: Digest, lang: str = "vi") -> str:
    """'[OCOP Hóc Môn] 2 việc đến hạn trong 3 ngày, 0 quá hạn'."""
    return f"{t('rem.subject_prefix', lang)} {headline(d, lang)}"


def headline(d: Digest, lang: str = "vi") -> str:
    """The totals a head reads first: '2 việc đến hạn trong 3 ngày, 0 quá hạn'."""
    if d.due:
        farthest = max(i.days_left for i in d.due)
        days = next((w for w in WINDOWS if farthest <= w), WINDOWS[-1])
        return t("rem.subject_due", lang, n=len(d.due), days=days, overdue=len(d.overdue))
    if d.overdue:
        return t("rem.subject_overdue", lang, overdue=len(d.overdue))
    return t("rem.subject_changed", lang, n=len(d.changes))


def _groups(d: Digest, lang: str) -> list[tuple[str, list[Item]]]:
    """Overdue first, then due within 1, 3 and 7 days (each item once, in its nearest window)."""
    groups = [(t("rem.overdue", lang, n=len(d.overdue)), d.overdue)]
    low = 0
    for days in WINDOWS:
        items = [i for i in d.due if low < i.days_left <= days]
        groups.append((t("rem.within", lang, days=days, n=len(items)), items))
        low = days
    return [(title, items) for title, items in groups if items]


def _item_line(i: Item, lang: str) -> str:
    left = (t("rem.days_left", lang, n=i.days_left) if i.days_left > 0
            else t("rem.days_late", lang, n=-i.days_left))
    role = f" ({t('rem.supporting', lang, lead=i.lead)})" if i.supporting else ""
    return f"{i.code} {i.title}{role} — {fmt.vn_deadline(i.deadline, lang)} ({left})"


def _change_line(c: TaskChange, lang: str) -> str:
    if c.field == "status":
        what = t("rem.change_status", lang, value=status_label(c.after or "", lang)
                 if c.after else "—")
    else:
        what = t("rem.change_note", lang, value=(c.after or "—")[:120])
    by = t("rem.change_by", lang, who=c.actor, when=fmt.vn_datetime(c.at))
    return f"{c.code}: {what} ({by})"


def _changes_title(d: Digest, lang: str) -> str:
    return t("rem.changes_first" if d.first else "rem.changes", lang, n=len(d.changes))


def _when(d: Digest, lang: str) -> str:
    return f"{fmt.vn_time(d.now)} {fmt.vn_weekday_date(d.now, lang)}"


def text(d: Digest, lang: str = "vi") -> str:
    """The plain-text body (also what chat services receive)."""
    lines = [t("rem.greeting", lang, unit=d.unit), "",
             t("rem.intro", lang, event=d.event_title, when=_when(d, lang)), "",
             headline(d, lang).upper()]
    for title, items in _groups(d, lang):
        lines += ["", title.upper()] + [f"- {_item_line(i, lang)}" for i in items]
    if d.changes:
        lines += ["", _changes_title(d, lang).upper()]
        lines += [f"- {_change_line(c, lang)}" for c in d.changes[:MAX_CHANGES]]
        if len(d.changes) > MAX_CHANGES:
            lines.append(t("rem.more_changes", lang, n=len(d.changes) - MAX_CHANGES))
    if d.duty:
        lines += ["", _duty(d, lang)]
    lines += ["", f"{t('rem.open_board', lang)}: {d.link}", "", "--", t("rem.footer", lang)]
    return "\n".join(lines)


def _duty(d: Digest, lang: str) -> str:
    assert d.duty is not None
    title, day = d.duty
    return t("rem.duty", lang, title=title, day=fmt.vn_weekday_date(day, lang))


def html(d: Digest, lang: str = "vi") -> str:
    """The HTML body: one column, inline styles only (mail clients drop style sheets)."""
    parts = [f"<p>{escape(t('rem.greeting', lang, unit=d.unit))}</p>",
             f"<p>{escape(t('rem.intro', lang, event=d.event_title, when=_when(d, lang)))}</p>",
             f'<p style="font-size:18px;font-weight:bold;margin:16px 0">'
             f"{escape(headline(d, lang))}</p>"]
    for title, items in _groups(d, lang):
        colour = RED if items is d.overdue else "#222222"
        parts.append(f'<h3 style="margin:18px 0 6px;color:{colour};font-size:16px">'
                     f"{escape(title)}</h3><ul style=\"margin:0;padding-left:20px\">"
                     + "".join(_item_html(i, lang) for i in items) + "</ul>")
    if d.changes:
        parts.append('<h3 style="margin:18px 0 6px;font-size:16px">'
                     f"{escape(_changes_title(d, lang))}</h3>"
                     f'<ul style="margin:0;padding-left:20px;color:{GREY}">'
                     + "".join(f"<li>{escape(_change_line(c, lang))}</li>"
                               for c in d.changes[:MAX_CHANGES]) + "</ul>")
    if d.duty:
        parts.append(f'<p style="margin-top:18px">🔁 {escape(_duty(d, lang))}</p>')
    parts.append(f'<p style="margin:24px 0"><a href="{escape(d.link)}" style="background:{BLUE};'
                 'color:#ffffff;padding:10px 18px;border-radius:4px;text-decoration:none;'
                 f'font-weight:bold">{escape(t("rem.open_board", lang))}</a></p>')
    parts.append(f'<p style="color:{GREY};font-size:12px;border-top:1px solid #dddddd;'
                 f'padding-top:8px">{escape(t("rem.footer", lang))}</p>')
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{escape(subject(d, lang))}</title></head>"
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;'
            'line-height:1.5;color:#222222;max-width:640px;margin:0 auto;padding:16px">'
            + "".join(parts) + "</body></html>")


def _item_html(i: Item, lang: str) -> str:
    left = (t("rem.days_left", lang, n=i.days_left) if i.days_left > 0
            else t("rem.days_late", lang, n=-i.days_left))
    role = f" <i>({escape(t('rem.supporting', lang, lead=i.lead))})</i>" if i.supporting else ""
    colour = RED if i.days_left <= 1 else "#222222"
    return (f'<li style="margin-bottom:6px"><b>{escape(i.code)}</b> {escape(i.title)}{role}'
            f'<br><span style="color:{colour}">{escape(fmt.vn_deadline(i.deadline, lang))} — '
            f"<b>{escape(left)}</b></span></li>")
