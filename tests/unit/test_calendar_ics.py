"""The .ics calendars parse with icalendar and hold the plan's dates at the right Vietnam times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from icalendar import Calendar

from ocop_tracker.core import clock
from ocop_tracker.reports import ics as calendar_ics
from tests.unit.test_reports import _cli


def _events(data: bytes) -> list:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def _utc(event, prop: str = "dtstart") -> datetime:
    return event.decoded(prop).astimezone(UTC)


def test_calendar_holds_the_20_25_and_28_september_events_at_vietnam_times(db_path, tmp_path):
    out = tmp_path / "lich.ics"
    _cli("export", "--db", str(db_path), "--format", "ics", "--out", str(out))
    cal = Calendar.from_ical(out.read_bytes())
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Asia/Ho_Chi_Minh"]
    events = _events(out.read_bytes())
    starts = {e.decoded("dtstart") for e in events}
    for e in events:
        assert str(e["DTSTART"].params["TZID"]) == "Asia/Ho_Chi_Minh"
        assert e.decoded("dtstart").utcoffset() == timedelta(hours=7)

    trailer = next(e for e in events if "III.1.1-05" in str(e["UID"]))
    assert trailer.decoded("dtstart") == datetime(2024, 9, 20, 0, 0, tzinfo=clock.VN_TZ)
    assert _utc(trailer) == datetime(2024, 9, 19, 17, 0, tzinfo=UTC)
    assert "Hội Nông dân huyện" in str(trailer["DESCRIPTION"])
    script = next(e for e in events if "III.2-04" in str(e["UID"]))
    assert _utc(script) == datetime(2024, 9, 24, 17, 0, tzinfo=UTC)

    sessions = sorted((e for e in events if str(e["UID"]).startswith("session-")),
                      key=lambda e: e.decoded("dtstart"))
    assert [_utc(s) for s in sessions] == [datetime(2024, 9, 28, 0, 0, tzinfo=UTC),
                                           datetime(2024, 9, 28, 1, 0, tzinfo=UTC)]
    assert sessions[0].decoded("dtstart").hour == 7 and sessions[1].decoded("dtstart").hour == 8
    assert "Lý Nam Đế" in str(sessions[0]["LOCATION"])
    assert datetime(2024, 9, 28, 7, 0, tzinfo=clock.VN_TZ) in starts


def test_deadlines_carry_reminders_7_3_and_1_days_before(db, event_id):
    events = _events(calendar_ics.calendar_bytes(db, event_id))
    deadlines = [e for e in events if not str(e["UID"]).startswith("session-")]
    assert deadlines
    for event in deadlines:
        triggers = sorted(a.decoded("trigger") for a in event.walk("VALARM"))
        assert triggers == [-timedelta(days=7), -timedelta(days=3), -timedelta(days=1)]
        assert all(str(a["ACTION"]) == "DISPLAY" for a in event.walk("VALARM"))
    uids = [str(e["UID"]) for e in events]
    assert len(uids) == len(set(uids))


def test_one_calendar_per_unit(db_path, tmp_path):
    out = tmp_path / "kt.ics"
    _cli("export", "--db", str(db_path), "--format", "ics", "--agency", "phòng kinh tế",
         "--out", str(out))
    events = _events(out.read_bytes())
    cal = Calendar.from_ical(out.read_bytes())
    assert str(cal["X-WR-CALNAME"]) == "Lịch hạn – Phòng KT"
    codes = [str(e["UID"]) for e in events]
    assert any("III.2-04" in c for c in codes)       # its own 25/9 deadline
    assert not any("III.1.1-05" in c for c in codes)  # Hội ND's trailer is not its task
    assert sum(c.startswith("session-") for c in codes) == 2
    group = next(e for e in events if str(e["UID"]).startswith("before-start-"))
    assert str(group["SUMMARY"]).startswith("Phòng KT: ")
    assert _utc(group) == datetime(2024, 9, 28, 0, 0, tzinfo=UTC)


def test_unknown_unit_is_refused_in_vietnamese(db_path):
    import subprocess
    import sys

    from tests.conftest import ROOT

    result = subprocess.run(
        [sys.executable, "-m", "ocop_tracker", "export", "--db", str(db_path), "--format", "ics",
         "--agency", "Phòng Không Có"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "Không tìm thấy đơn vị “Phòng Không Có”." in result.stderr


def test_calendar_follows_rfc5545_basics_clients_insist_on(db, event_id):
    data = calendar_ics.calendar_bytes(db, event_id, "Hội ND")
    lines = data.split(b"\r\n")
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in lines)  # folded content lines
    cal = Calendar.from_ical(data)
    assert str(cal["VERSION"]) == "2.0" and cal["PRODID"]
    for event in cal.walk("VEVENT"):
        assert event["UID"] and event["DTSTAMP"] and event["DTSTART"] and event["DTEND"]
        assert event.decoded("dtend") > event.decoded("dtstart")
    summaries = [str(e["SUMMARY"]) for e in cal.walk("VEVENT")]
    assert any("Thiết kế trailer" in s for s in summaries)  # Vietnamese survives folding
