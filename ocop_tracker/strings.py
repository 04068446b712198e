"""Every string the user sees, Vietnamese first, English second."""

from __future__ import annotations

from ocop_tracker.models import Health, Status

LANGS = ("vi", "en")
LANG_NAMES = {"vi": "Tiếng Việt", "en": "English"}

STRINGS: dict[str, tuple[str, str]] = {
    # app and navigation
    "app.title": ("Theo dõi chuẩn bị Lễ OCOP", "OCOP ceremony readiness"),
    "nav.overview": ("Tổng quan", "Overview"),
    "nav.tasks": ("Nhiệm vụ", "Tasks"),
    "sidebar.language": ("Ngôn ngữ", "Language"),
    "sidebar.clock": ("Giờ Việt Nam: {now}", "Vietnam time: {now}"),
    "sidebar.rehearsal": (
        "Đồng hồ diễn tập (OCOP_NOW): {now}",
        "Rehearsal clock (OCOP_NOW): {now}",
    ),
    "demo.banner": (
        "DỮ LIỆU MẪU: đây là cơ sở dữ liệu demo để tập huấn, không phải số liệu thật.",
        "DEMO DATA: this is a training database, not real figures.",
    ),
    "error.db": ("Không mở được cơ sở dữ liệu: {error}", "Cannot open the database: {error}"),
    "error.no_event": (
        "Chưa có sự kiện nào. Chạy `python -m ocop_tracker init` để nạp kế hoạch.",
        "No event yet. Run `python -m ocop_tracker init` to load the plan.",
    ),
    # overview
    "overview.when": ("{weekday}, {date} · {venue}", "{weekday}, {date} · {venue}"),
    "overview.session": ("{time} — {name}", "{time} — {name}"),
    "overview.countdown": ("Còn đến giờ khai mạc", "Time to opening"),
    "overview.took_place": (
        "Sự kiện đã diễn ra ngày {date}.",
        "The event took place on {date}.",
    ),
    "overview.under_way": ("Sự kiện đang diễn ra.", "The event is under way."),
    "overview.done_metric": ("Hoàn thành", "Done"),
    "overview.overdue_metric": ("Quá hạn", "Overdue"),
    "overview.due3_metric": ("Đến hạn trong 3 ngày", "Due within 3 days"),
    "overview.deadlines": ("Các mốc hạn", "Deadlines"),
    "overview.deadline_label": ("Hạn trước {date}", "Due before {date}"),
    "overview.deadline_done": ("{done}/{total} nhiệm vụ hoàn thành", "{done}/{total} tasks done"),
    "overview.headline": (
        "{total} nhiệm vụ, {due} đến hạn, {done} hoàn thành ({percent}), {overdue} quá hạn",
        "{total} tasks, {due} due, {done} done ({percent}), {overdue} overdue",
    ),
    "overview.by_unit": ("Mức độ sẵn sàng theo đơn vị chủ trì", "Readiness by lead unit"),
    "overview.overdue": ("Nhiệm vụ quá hạn", "Overdue tasks"),
    "overview.none_overdue": ("Không có nhiệm vụ quá hạn.", "No overdue tasks."),
    "overview.due_soon": ("Sắp đến hạn", "Due soon"),
    "overview.within": ("Trong {days} ngày tới", "Within {days} days"),
    "overview.none_due": ("Không có.", "None."),
    "overview.recurring": ("Nhiệm vụ định kỳ", "Recurring duties"),
    "overview.next_occurrence": ("Lần tới: {date}", "Next: {date}"),
    "overview.starts_after": ("Bắt đầu sau Lễ", "Starts after the ceremony"),
    # columns
    "col.code": ("Mục", "Item"),
    "col.task": ("Nhiệm vụ", "Task"),
    "col.lead": ("Chủ trì", "Lead"),
    "col.supporting": ("Phối hợp", "Supporting"),
    "col.due": ("Hạn", "Due"),
    "col.left": ("Còn lại", "Time left"),
    "col.status": ("Tình trạng", "Status"),
    "col.unit": ("Đơn vị", "Unit"),
    "col.count": ("Số nhiệm vụ", "Tasks"),
    # tasks page
    "tasks.who": ("Họ tên người cập nhật", "Your name"),
    "tasks.who_help": (
        "Ghi vào lịch sử thay đổi cùng thời điểm cập nhật.",
        "Recorded in the change history with the time.",
    ),
    "tasks.who_missing": (
        "Nhập họ tên người cập nhật ở trên để thay đổi trạng thái hoặc ghi chú.",
        "Enter your name above to change a status or a note.",
    ),
    "tasks.unit": ("Đơn vị", "Unit"),
    "tasks.unit_summary": (
        "**{total}** nhiệm vụ chủ trì: **{done}** hoàn thành, **{overdue}** quá hạn.",
        "**{total}** tasks led: **{done}** done, **{overdue}** overdue.",
    ),
    "tasks.as_lead": ("Nhiệm vụ chủ trì ({n})", "Tasks it leads ({n})"),
    "tasks.as_support": ("Nhiệm vụ phối hợp ({n})", "Tasks it supports ({n})"),
    "tasks.none": ("Không có nhiệm vụ.", "No tasks."),
    "tasks.due": ("Hạn: {due} · {left}", "Due: {due} · {left}"),
    "tasks.recurring_due": ("Định kỳ thứ Bảy, Chủ nhật · lần tới {due}", "Every Sat & Sun · next {due}"),
    "tasks.lead_is": ("Chủ trì: {lead}", "Lead: {lead}"),
    "tasks.supporting_is": ("Phối hợp: {units}", "Supporting: {units}"),
    "tasks.status": ("Trạng thái", "Status"),
    "tasks.lead_only": (
        "Đơn vị chủ trì xác nhận trạng thái.",
        "The lead unit confirms the status.",
    ),
    "tasks.note": ("Ghi chú", "Note"),
    "tasks.save_note": ("Lưu ghi chú", "Save note"),
    "tasks.last_change": ("Cập nhật lần cuối: {who}, {when}", "Last change: {who}, {when}"),
    "tasks.saved": ("Đã lưu: {task} → {value}", "Saved: {task} → {value}"),
    "tasks.history": ("Lịch sử thay đổi", "Change history"),
    "tasks.no_history": ("Chưa có thay đổi.", "No changes yet."),
    # write-path messages
    "cmd.stale": (
        "Nhiệm vụ “{task}” vừa được {who} cập nhật lúc {when} (trạng thái hiện tại: {status}). "
        "Thay đổi của bạn CHƯA được lưu; màn hình đã tải lại giá trị mới, hãy kiểm tra rồi thử lại.",
        "Task “{task}” was just changed by {who} at {when} (status now: {status}). "
        "Your change was NOT saved; the screen now shows the current value, check it and try again.",
    ),
    "cmd.no_actor": ("Cần ghi họ tên người cập nhật.", "A name is required."),
    "cmd.bad_status": ("Trạng thái không hợp lệ: {value}", "Invalid status: {value}"),
    "cmd.note_too_long": (
        "Ghi chú dài quá {limit} ký tự.",
        "The note is longer than {limit} characters.",
    ),
    "cmd.no_task": ("Không tìm thấy nhiệm vụ #{task_id}.", "Task #{task_id} not found."),
    "cmd.nothing": ("Không có gì thay đổi.", "Nothing changed."),
    # time words
    "time.days_hours": ("{d} ngày {h} giờ", "{d} days {h} h"),
    "time.hours_minutes": ("{h} giờ {m} phút", "{h} h {m} min"),
    "time.minutes": ("{m} phút", "{m} min"),
    "time.left": ("còn {span}", "{span} left"),
    "time.late": ("quá hạn {span}", "{span} overdue"),
    "time.before": ("trước {when}", "before {when}"),
    "time.no_one": ("(chưa có)", "(nobody)"),
    # chart
    "chart.tasks": ("Số nhiệm vụ", "Tasks"),
    # --- issue 6: plan import
    "nav.import_plan": ("Nhập kế hoạch", "Import a plan"),
    "import.no_title": (
        "Không tìm thấy tên kế hoạch (dòng ngay sau chữ “KẾ HOẠCH”).",
        "No plan title found (the line right after “KẾ HOẠCH”).",
    ),
    "import.no_organiser": (
        "Không tìm thấy đơn vị tổ chức (dòng “Danh nghĩa tổ chức: …”).",
        "No organiser found (the line “Danh nghĩa tổ chức: …”).",
    ),
    "import.no_date": (
        "Không tìm thấy ngày và giờ tổ chức (dòng “Thời gian: … ngày …”).",
        "No event date and time found (a line “Thời gian: … ngày …”).",
    ),
    "import.no_tasks": (
        "Phần phân công thực hiện không có nhiệm vụ nào.",
        "The assignments section contains no task.",
    ),
    "import.bad_slug": (
        "Mã sự kiện “{slug}” không hợp lệ (chỉ chữ thường không dấu, số và dấu gạch ngang).",
        "Event key “{slug}” is invalid (lower-case letters, digits and dashes only).",
    ),
    "import.bad_task": ("Không có nhiệm vụ số {index}.", "There is no task {index}."),
    "import.no_lead": (
        "Nhiệm vụ {index}: cần chọn đơn vị chủ trì.",
        "Task {index}: a lead unit is required.",
    ),
}

STATUS_LABELS: dict[Status, tuple[str, str]] = {
    Status.NOT_STARTED: ("Chưa bắt đầu", "Not started"),
    Status.IN_PROGRESS: ("Đang thực hiện", "In progress"),
    Status.DONE: ("Hoàn thành", "Done"),
    Status.BLOCKED: ("Vướng mắc", "Blocked"),
}

HEALTH_LABELS: dict[Health, tuple[str, str]] = {
    Health.DONE_ON_TIME: ("Hoàn thành đúng hạn", "Done on time"),
    Health.DONE_LATE: ("Hoàn thành trễ hạn", "Done late"),
    Health.OVERDUE: ("Quá hạn", "Overdue"),
    Health.BLOCKED: ("Vướng mắc", "Blocked"),
    Health.IN_PROGRESS: ("Đang thực hiện", "In progress"),
    Health.NOT_STARTED: ("Chưa bắt đầu", "Not started"),
    Health.RECURRING: ("Định kỳ", "Recurring"),
}

WEEKDAYS: tuple[tuple[str, str], ...] = (
    ("Thứ Hai", "Monday"),
    ("Thứ Ba", "Tuesday"),
    ("Thứ Tư", "Wednesday"),
    ("Thứ Năm", "Thursday"),
    ("Thứ Sáu", "Friday"),
    ("Thứ Bảy", "Saturday"),
    ("Chủ Nhật", "Sunday"),
)


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def t(key: str, lang: str = "vi", **values: object) -> str:
    """The string for key in lang, with {placeholders} filled."""
    return _pick(STRINGS[key], lang).format(**values)


def status_label(status: Status | str, lang: str = "vi") -> str:
    """The word for a reported status."""
    return _pick(STATUS_LABELS[Status(status)], lang)


def health_label(health: Health | str, lang: str = "vi") -> str:
    """The word for a task's standing against its deadline."""
    return _pick(HEALTH_LABELS[Health(health)], lang)


def weekday_name(index: int, lang: str = "vi") -> str:
    """Monday=0 … Sunday=6, as Vietnamese writes them."""
    return _pick(WEEKDAYS[index], lang)
