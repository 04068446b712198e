"""Vietnamese dates, times, ranges, deadlines and weekly duties."""

import contextlib
import unicodedata
from datetime import date, datetime, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ocop_tracker.plan.vndates import (
    VnDateError,
    find_dates,
    find_deadline,
    find_weekly_recurrence,
    format_vn_date,
    format_vn_datetime,
    parse_date,
    parse_time,
    weekday_name,
)

D = date(2024, 9, 20)


@pytest.mark.parametrize(
    "text",
    [
        "ngày 20 tháng 9 năm 2024",
        "20 tháng 9 năm 2024",
        "20/9/2024",
        "20/09/2024",
        "20-9-2024",
        "20.9.2024",
        "20/9",
        "Ngày 20 tháng 9",
        "20/9/2024 (thứ sáu)",
        "Thứ Sáu, ngày 20/9/2024",
        "20/9/2024 (thứ 6)",
    ],
)
def test_single_date_forms(text):
    assert parse_date(text, 2024) == D


def test_weekday_words():
    assert parse_date("28/9/2024 (thứ bảy)") == date(2024, 9, 28)
    assert parse_date("29/9/2024 (Chủ nhật)") == date(2024, 9, 29)
    assert parse_date("29/9/2024 (CN)") == date(2024, 9, 29)
    assert weekday_name(date(2024, 9, 28)) == "Thứ Bảy"


def test_wrong_weekday_is_reported():
    with pytest.raises(VnDateError, match="Thứ không khớp"):
        find_dates("28/9/2024 (thứ hai)")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("07 giờ 00", time(7, 0)),
        ("7h00", time(7, 0)),
        ("7h", time(7, 0)),
        ("7 giờ 30 phút", time(7, 30)),
        ("07:00", time(7, 0)),
        ("14 giờ", time(14, 0)),
    ],
)
def test_times(text, expected):
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["25h", "7 giờ 75 phút", "bảy giờ", ""])
def test_bad_times(text):
    with pytest.raises(VnDateError):
        parse_time(text)


def test_time_before_date_is_attached():
    (m,) = find_dates("Thời gian: dự kiến **07 giờ 00** ngày **28/9/2024** (thứ bảy).")
    assert m.start == m.end == datetime(2024, 9, 28, 7, 0)
    assert m.has_time and not m.is_deadline


@pytest.mark.parametrize(
    "text",
    [
        "từ 7 giờ 00 đến 11 giờ 00 ngày 28/9/2024",
        "7h00 - 11h00, thứ Bảy, ngày 28/9/2024",
        "ngày 28/9/2024, từ 7 giờ đến 11 giờ",
        "ngày 28/9/2024 lúc 07:00 - 11:00",
    ],
)
def test_time_ranges(text):
    (m,) = find_dates(text)
    assert (m.start, m.end) == (datetime(2024, 9, 28, 7), datetime(2024, 9, 28, 11))


def test_backwards_time_range_is_reported():
    with pytest.raises(VnDateError, match="Giờ kết thúc"):
        find_dates("từ 11 giờ đến 7 giờ ngày 28/9/2024")


def test_time_after_date_is_attached():
    (m,) = find_dates("Họp ngày 28/9/2024 lúc 7h30 tại hội trường")
    assert m.start == datetime(2024, 9, 28, 7, 30)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("từ ngày 09/11/2024 đến ngày 15/11/2024", date(2024, 11, 9), date(2024, 11, 15)),
        ("từ 14-20 tháng 12 năm 2023", date(2023, 12, 14), date(2023, 12, 20)),
        ("7 – 11/10/2023", date(2023, 10, 7), date(2023, 10, 11)),
        ("7 — 11/10/2023", date(2023, 10, 7), date(2023, 10, 11)),
        ("7-11/10/2023", date(2023, 10, 7), date(2023, 10, 11)),
        ("từ 28/12 đến 3/1/2025", date(2024, 12, 28), date(2025, 1, 3)),
        ("từ 1/10 - 5/10", date(2024, 10, 1), date(2024, 10, 5)),
    ],
)
def test_ranges(text, start, end):
    (m,) = find_dates(f"Trưng bày {text} tại Hội quán.", 2024)
    assert (m.start, m.end) == (start, end)


def test_backwards_range_is_reported():
    with pytest.raises(VnDateError, match="Khoảng ngày"):
        find_dates("từ 20-14 tháng 12 năm 2023")


@pytest.mark.parametrize(
    "sentence",
    [
        "hoàn thành **trước ngày 20 tháng 9 năm 2024**.",
        "trình dự thảo trước ngày **20 tháng 9 năm 2024.**",
        "gửi về Phòng Kinh tế chậm nhất ngày 20/9/2024",
        "báo cáo trước 20/9",
    ],
)
def test_deadlines(sentence):
    assert find_deadline(sentence, 2024) == D


def test_plain_date_is_not_a_deadline():
    assert find_deadline("Lễ công bố ngày 28/9/2024", 2024) is None
    assert find_deadline("Không có ngày nào", 2024) is None


def test_deadline_with_time():
    (m,) = find_dates("nộp trước 17 giờ ngày 20/9/2024")
    assert m.is_deadline and m.start == datetime(2024, 9, 20, 17, 0)


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("định kỳ vào các thứ 7, chủ nhật hàng tuần", {5, 6}),
        ("họp giao ban các thứ 2, 4 và 6 hằng tuần", {0, 2, 4}),
        ("trực vào Thứ Hai mỗi tuần", {0}),
        ("sinh hoạt CN hàng tuần", {6}),
    ],
)
def test_weekly_recurrence(sentence, days):
    assert find_weekly_recurrence(sentence) == frozenset(days)


@pytest.mark.parametrize("sentence", ["thứ 7 tuần này", "hàng tuần", "mỗi tháng vào thứ 7"])
def test_not_weekly(sentence):
    assert find_weekly_recurrence(sentence) is None


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("31/9/2024", "31/9/2024"),
        ("30/2", "30/2"),
        ("ngày 31 tháng 9 năm 2024", "31 tháng 9 năm 2024"),
        ("ngày 32 tháng 13 năm 2024", "32 tháng 13 năm 2024"),
        ("29/2/2023", "29/2/2023"),
        ("trước ngày 31/04/2024", "31/04/2024"),
    ],
)
def test_impossible_dates_are_reported_not_guessed(text, shown):
    with pytest.raises(VnDateError) as info:
        find_dates(text, 2024)
    assert str(info.value) == f"Ngày không hợp lệ: {shown}"


def test_leap_day_is_fine():
    assert parse_date("29/2", 2024) == date(2024, 2, 29)


def test_missing_year_without_default_is_reported():
    with pytest.raises(VnDateError, match="không ghi năm"):
        parse_date("20/9")


def test_nfd_input():
    text = unicodedata.normalize(
        "NFD", "Hoàn thành trước ngày 20 tháng 9 năm 2024; thứ bảy hàng tuần"
    )
    assert find_deadline(text, None) == D
    assert find_weekly_recurrence(text) == frozenset({5})


@pytest.mark.parametrize(
    "text",
    [
        "giai đoạn 2021 - 2025",
        "nhiệm kỳ 2024 – 2029",
        "10 người/đơn vị",
        "4.1.1. Thời gian, địa điểm",
        "Kế hoạch số 3432/KH-UBND",
        "điện thoại 0909.12.3456",
        "14 gian hàng, 7 hộ kinh doanh",
    ],
)
def test_not_dates(text):
    assert find_dates(text, 2024) == []


def test_no_dateparser_giờ_trap():
    # dateparser reads "giờ" as "hours ago"; here it is the time of day on the given date
    (m,) = find_dates("lúc 8 giờ ngày 28/9/2024")
    assert m.start == datetime(2024, 9, 28, 8, 0)


def test_formatting():
    assert format_vn_date(D) == "20/09/2024"
    assert format_vn_datetime(datetime(2024, 9, 28, 7, 0)) == "07:00 28/09/2024"


# --- properties -------------------------------------------------------------------------

dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


def _forms(d: date) -> list[str]:
    """The date written every way plans write it, year included."""
    return [
        f"ngày {d.day} tháng {d.month} năm {d.year}",
        f"{d.day} tháng {d.month} năm {d.year}",
        f"{d.day}/{d.month}/{d.year}",
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.day}-{d.month}-{d.year}",
        f"{d.day:02d}-{d.month:02d}-{d.year}",
        f"{d.day}.{d.month}.{d.year}",
        f"ngày {d.day:02d} tháng {d.month:02d} năm {d.year}",
    ]


@given(dates, st.sampled_from(range(8)))
def test_every_form_parses_back(d, form):
    text = _forms(d)[form]
    assert parse_date(text) == d
    assert parse_date(f"Lễ khai mạc {text}, tại hội trường.") == d


@given(dates, st.booleans())
def test_day_month_without_year_takes_default_year(d, padded):
    text = f"{d.day:02d}/{d.month:02d}" if padded else f"{d.day}/{d.month}"
    assert parse_date(text, d.year) == d


@given(dates, st.sampled_from(range(8)))
def test_deadline_in_every_form(d, form):
    assert find_deadline(f"hoàn thành trước {_forms(d)[form]}.", None) == d
    assert find_deadline(f"gửi trước ngày {d.day}/{d.month}", d.year) == d


@given(dates, st.sampled_from(range(8)))
def test_nfd_every_form(d, form):
    text = unicodedata.normalize("NFD", f"trước {_forms(d)[form]}")
    assert find_deadline(text, None) == d


@settings(max_examples=300)
@given(st.text())
def test_find_dates_raises_only_its_own_error(text):
    with contextlib.suppress(VnDateError):
        find_dates(text, 2024)
        find_weekly_recurrence(text)


@settings(max_examples=300)
@given(st.text(alphabet="0123456789/-.–: giờhphútngàythángnămtừđếntrướcthứbảyCN()", max_size=60))
def test_date_like_noise_raises_only_its_own_error(text):
    with contextlib.suppress(VnDateError):
        find_dates(text, None)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("từ ngày 5 đến 9-11", date(2024, 11, 5), date(2024, 11, 9)),  # the year from the plan
        ("từ ngày 5 đến ngày 9/11/2023", date(2023, 11, 5), date(2023, 11, 9)),
        ("3/6-5/6/2023", date(2023, 6, 3), date(2023, 6, 5)),
        ("từ ngày 12-6 đến ngày 15-6-2023", date(2023, 6, 12), date(2023, 6, 15)),
        ("từ ngày 14 đến ngày 20 tháng 12 năm 2023", date(2023, 12, 14), date(2023, 12, 20)),
    ],
)
def test_ranges_whose_start_omits_what_the_end_says(text, start, end):
    (match,) = find_dates(f"Hội chợ diễn ra {text}, tại Nhà văn hóa.", 2024)
    assert (match.start, match.end, match.text) == (start, end, text)


def test_a_range_start_that_cannot_exist_is_reported():
    with pytest.raises(VnDateError, match="Ngày không hợp lệ: 31-6"):
        find_dates("từ ngày 31-6 đến ngày 2-7-2023")


def test_a_date_broken_across_two_lines_is_read_whole():
    from ocop_tracker.plan.structure import split_lines

    lines = split_lines("Khai mạc lúc 07 giờ 30, ngày 12 tháng\n6 năm 2023 (thứ Hai), tại sân.")
    assert lines == [(1, "Khai mạc lúc 07 giờ 30, ngày 12 tháng 6 năm 2023"),
                     (2, "(thứ Hai), tại sân.")]
    (match,) = find_dates(lines[0][1])
    assert match.start == datetime(2023, 6, 12, 7, 30)
