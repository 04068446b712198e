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
    "import.intro": (
        "Tải lên hoặc dán một kế hoạch (.txt, .md, .docx). Kiểm tra những gì đã đọc được, sửa "
        "đơn vị chủ trì hoặc hạn của nhiệm vụ nếu cần, rồi bấm Nhập.",
        "Upload or paste a plan (.txt, .md, .docx). Check what was read, correct a task's lead "
        "unit or deadline if needed, then press Import.",
    ),
    "import.tab_upload": ("Tải tệp lên", "Upload a file"),
    "import.tab_paste": ("Dán văn bản", "Paste text"),
    "import.upload": ("Tệp kế hoạch", "Plan file"),
    "import.upload_help": ("Tối đa 5 MB: .txt, .md hoặc .docx.", "Up to 5 MB: .txt, .md or .docx."),
    "import.paste": ("Nội dung kế hoạch", "Plan text"),
    "import.paste_placeholder": (
        "Dán toàn văn kế hoạch, từ “KẾ HOẠCH” đến hết phần phân công thực hiện…",
        "Paste the whole plan, from “KẾ HOẠCH” to the end of the assignments…",
    ),
    "import.pasted_name": ("văn bản dán", "pasted text"),
    "import.start": (
        "Chưa có kế hoạch: tải tệp lên hoặc dán văn bản ở trên.",
        "No plan yet: upload a file or paste the text above.",
    ),
    "import.parse_error": (
        "Không nhập được kế hoạch này: {error} Chưa có gì được ghi.",
        "This plan cannot be imported: {error} Nothing was written.",
    ),
    "import.understood": ("Những gì đã đọc được", "What was understood"),
    "import.f_title": ("Tên kế hoạch", "Title"),
    "import.f_organiser": ("Đơn vị tổ chức", "Organiser"),
    "import.f_date": ("Ngày tổ chức", "Date"),
    "import.f_sessions": ("Các phiên", "Sessions"),
    "import.f_venue": ("Địa điểm", "Venue"),
    "import.f_attendees": ("Số đại biểu dự kiến", "Expected attendees"),
    "import.f_booths": ("Gian hàng", "Booths"),
    "import.f_programme": ("Chương trình", "Programme"),
    "import.people": ("{n} người", "{n} people"),
    "import.not_found": ("không tìm thấy trong văn bản", "not found in the text"),
    "import.where": ("Nhập vào sự kiện", "Import into"),
    "import.target": ("Sự kiện", "Event"),
    "import.target_help": (
        "Mặc định là một sự kiện mới, mã lấy từ tên và ngày. Chọn một sự kiện có sẵn để cập "
        "nhật nó: tiến độ, ghi chú và lịch sử của nhiệm vụ được giữ nguyên.",
        "A new event by default, keyed by title and date. Pick an existing event to update it: "
        "the tasks' progress, notes and history are kept.",
    ),
    "import.target_new": ("Sự kiện mới ({slug})", "New event ({slug})"),
    "import.target_update": (
        "Cập nhật: {title} — {date} ({slug})",
        "Update: {title} — {date} ({slug})",
    ),
    "import.will_create": (
        "Sẽ tạo sự kiện mới với {n} nhiệm vụ.",
        "A new event with {n} tasks will be created.",
    ),
    "import.will_update": (
        "Sẽ cập nhật {updated} nhiệm vụ (giữ nguyên tiến độ), thêm {added}, xóa {removed} nhiệm "
        "vụ cũ chưa có tiến độ, giữ lại {kept} nhiệm vụ cũ đã có tiến độ.",
        "{updated} tasks will be updated (progress kept), {added} added, {removed} old untouched "
        "tasks removed, {kept} old tasks with progress kept.",
    ),
    "import.will_keep": (
        "{n} nhiệm vụ đã có tiến độ không còn trong kế hoạch mới: sẽ được giữ lại và đánh dấu "
        "“không còn trong kế hoạch”.",
        "{n} tasks with progress are no longer in the new plan: they will be kept and flagged.",
    ),
    "import.tasks": ("Nhiệm vụ đọc được ({n})", "Tasks found ({n})"),
    "import.tasks_help": (
        "Mỗi nhiệm vụ nằm cạnh câu gốc trong văn bản và số dòng của câu đó. Sửa đơn vị chủ trì "
        "hoặc hạn ở cột bên phải nếu đọc sai.",
        "Each task sits beside the sentence it came from and its line number. Correct the lead "
        "unit or the deadline on the right if it was misread.",
    ),
    "import.supporting": ("Phối hợp: {units}", "Supporting: {units}"),
    "import.recurring": ("Định kỳ hàng tuần: {days}", "Weekly: {days}"),
    "import.source_line": ("Câu gốc — dòng {line}", "Source — line {line}"),
    "import.due_stated": ("Hạn ghi trong câu: {due}", "Deadline in the sentence: {due}"),
    "import.due_default": (
        "Câu không ghi hạn: {due} (giờ khai mạc)",
        "No deadline in the sentence: {due} (the opening)",
    ),
    "import.lead": ("Chủ trì", "Lead unit"),
    "import.pick_lead": ("Chọn đơn vị chủ trì", "Pick the lead unit"),
    "import.due": ("Hạn (trước ngày)", "Due (before)"),
    "import.due_help": (
        "Hoàn thành trước ngày này. Chọn ngày tổ chức nghĩa là trước giờ khai mạc.",
        "Done before this day. The event day means before the opening.",
    ),
    "import.confirm": ("Xác nhận nhập", "Confirm"),
    "import.corrected": ("Bạn đã sửa {n} nhiệm vụ.", "You corrected {n} tasks."),
    "import.who": ("Họ tên người nhập", "Your name"),
    "import.who_missing": (
        "Nhập họ tên để ghi vào lịch sử thay đổi, rồi bấm Nhập.",
        "Enter your name for the change history, then press Import.",
    ),
    "import.button": ("Nhập", "Import"),
    "import.done": (
        "Đã nhập “{title}”: {n} nhiệm vụ ({added} mới, {updated} cập nhật). Đây là sự kiện "
        "hiện tại của ứng dụng.",
        "Imported “{title}”: {n} tasks ({added} new, {updated} updated). It is now the app's "
        "current event.",
    ),
    "import.kept": (
        "{n} nhiệm vụ đã có tiến độ không còn trong kế hoạch: đã giữ lại và đánh dấu.",
        "{n} tasks with progress are no longer in the plan: kept and flagged.",
    ),
    "import.removed": (
        "Đã xóa {n} nhiệm vụ cũ chưa có tiến độ.",
        "{n} old untouched tasks were removed.",
    ),
    "import.go_tasks": ("Xem các nhiệm vụ ở trang Nhiệm vụ", "See the tasks on the Tasks page"),
    "tasks.dropped": (
        "⚠️ Không còn trong kế hoạch nhập ngày {date}: giữ lại vì đã có tiến độ.",
        "⚠️ No longer in the plan imported on {date}: kept because it has progress.",
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
