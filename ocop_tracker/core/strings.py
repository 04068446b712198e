"""Every string the user sees, Vietnamese first, English second."""

from __future__ import annotations

from collections.abc import Mapping

from ocop_tracker.core.models import Health, Status

LANGS = ("vi", "en")
LANG_NAMES = {"vi": "Tiếng Việt", "en": "English"}

STRINGS: dict[str, tuple[str, str]] = {
    "audit.someone": ("người khác", "someone else"),
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
    "error.db": (
        "Không mở được cơ sở dữ liệu: {error} Báo quản trị khôi phục từ bản sao lưu "
        "(`python -m ocop_tracker restore TỆP`).",
        "Cannot open the database: {error} Ask the administrator to restore a backup "
        "(`python -m ocop_tracker restore FILE`).",
    ),
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
    # --- issue 8: reports, exports, calendars, print page, events
    "nav.reports": ("Báo cáo", "Reports"),
    "nav.events": ("Sự kiện", "Events"),
    "report.title": ("Báo cáo tiến độ chuẩn bị", "Preparation progress report"),
    "report.as_of": ("{time} ngày {date} (giờ Việt Nam)", "{time} on {date} (Vietnam time)"),
    "report.as_of_line": ("Số liệu tính đến {when}", "Figures as of {when}"),
    "report.sheet_summary": ("Tổng hợp", "Summary"),
    "report.sheet_attention": ("Quá hạn - sắp đến hạn", "Overdue - due soon"),
    "report.sheet_tasks": ("Danh sách nhiệm vụ", "All tasks"),
    "report.attention_title": (
        "Nhiệm vụ quá hạn và sắp đến hạn", "Overdue and due-soon tasks"),
    "report.tasks_title": ("Danh sách nhiệm vụ theo kế hoạch", "All tasks of the plan"),
    "report.section_booths": ("Gian hàng", "Booths"),
    "report.section_products": ("Sản phẩm", "Products"),
    "report.section_delegates": ("Đại biểu", "Delegates"),
    "report.group_overdue": ("Quá hạn", "Overdue"),
    "report.group_soon": ("Đến hạn trong {days} ngày", "Due within {days} days"),
    "report.col_no": ("STT", "No."),
    "report.col_unit": ("Đơn vị chủ trì", "Lead unit"),
    "report.col_short": ("Viết tắt", "Short name"),
    "report.col_tasks": ("Số nhiệm vụ", "Tasks"),
    "report.col_done": ("Hoàn thành", "Done"),
    "report.col_overdue": ("Quá hạn", "Overdue"),
    "report.col_percent": ("Tỷ lệ hoàn thành", "Percent done"),
    "report.col_group": ("Nhóm", "Group"),
    "report.col_code": ("Mục", "Item"),
    "report.col_task": ("Nội dung nhiệm vụ", "Task"),
    "report.col_lead": ("Đơn vị chủ trì", "Lead unit"),
    "report.col_supporting": ("Đơn vị phối hợp", "Supporting units"),
    "report.col_due": ("Thời hạn (trước)", "Deadline (before)"),
    "report.col_left": ("Thời gian còn lại", "Time left"),
    "report.col_status": ("Tình trạng", "Status"),
    "report.col_note": ("Ghi chú", "Note"),
    "report.col_updated_by": ("Người cập nhật", "Updated by"),
    "report.col_open": ("Chưa xong", "Open"),
    "report.col_units": ("Đơn vị", "Units"),
    "report.total": ("Tổng cộng", "Total"),
    "report.none": ("Không có.", "None."),
    "report.figures": ("Các chỉ tiêu chính", "Headline figures"),
    "report.fig_total": ("Tổng số nhiệm vụ (không kể định kỳ)", "Tasks (recurring excluded)"),
    "report.fig_due": ("Đã đến hạn", "Due"),
    "report.fig_done": ("Hoàn thành", "Done"),
    "report.fig_percent": ("Tỷ lệ hoàn thành", "Percent done"),
    "report.fig_overdue": ("Quá hạn", "Overdue"),
    "report.fig_due1": ("Đến hạn trong 1 ngày", "Due within 1 day"),
    "report.fig_due3": ("Đến hạn trong 3 ngày", "Due within 3 days"),
    "report.fig_due7": ("Đến hạn trong 7 ngày", "Due within 7 days"),
    "report.fig_recurring": ("Nhiệm vụ định kỳ", "Recurring duties"),
    "csv.history_at": ("Thời điểm", "When"),
    "csv.history_actor": ("Người thực hiện", "Who"),
    "csv.history_entity": ("Đối tượng", "Entity"),
    "csv.history_entity_id": ("Mã đối tượng", "Entity id"),
    "csv.history_action": ("Thao tác", "Action"),
    "csv.history_field": ("Trường", "Field"),
    "csv.history_before": ("Giá trị cũ", "Before"),
    "csv.history_after": ("Giá trị mới", "After"),
    "ics.deadline": ("Hạn: {task}", "Due: {task}"),
    "ics.deadline_group": (
        "{unit}: {n} nhiệm vụ phải xong trước giờ khai mạc",
        "{unit}: {n} tasks to finish before the opening",
    ),
    "ics.lead": ("Chủ trì: {unit}", "Lead: {unit}"),
    "ics.supporting": ("Phối hợp: {units}", "Supporting: {units}"),
    "ics.due_text": ("Thời hạn: {due}", "Deadline: {due}"),
    "ics.reminder": ("Nhắc việc: {summary} ({days} ngày nữa)", "Reminder: {summary} (in {days} days)"),
    "ics.calendar_name": ("Lịch hạn – {event}", "Deadlines – {event}"),
    "ics.unit_calendar_name": ("Lịch hạn – {unit}", "Deadlines – {unit}"),
    "ics.no_unit": ("Không tìm thấy đơn vị “{name}”.", "No unit called “{name}”."),
    "print.title": ("Tình hình chuẩn bị", "Preparation status"),
    "print.readiness": ("Mức độ sẵn sàng theo đơn vị chủ trì", "Readiness by lead unit"),
    "print.overdue": ("Nhiệm vụ quá hạn", "Overdue tasks"),
    "print.next": ("Các mốc hạn sắp tới", "Next deadlines"),
    "print.countdown": ("Còn {span} đến giờ khai mạc", "{span} to the opening"),
    "print.more": ("… và {n} nhiệm vụ khác (xem báo cáo Excel)", "… and {n} more (see the Excel report)"),
    "print.footer": (
        "In từ hệ thống theo dõi chuẩn bị Lễ OCOP lúc {when}.",
        "Printed from the OCOP readiness tracker at {when}.",
    ),
    "reports.heading": ("Báo cáo và xuất dữ liệu", "Reports and exports"),
    "reports.event_is": ("Sự kiện: {title} · {date}", "Event: {title} · {date}"),
    "reports.xlsx": ("Báo cáo tiến độ (Excel)", "Progress report (Excel)"),
    "reports.xlsx_help": (
        "Bảng tổng hợp theo đơn vị, nhiệm vụ quá hạn và sắp đến hạn, danh sách nhiệm vụ.",
        "Summary by unit, overdue and due-soon tasks, full task list.",
    ),
    "reports.download_xlsx": ("Tải báo cáo .xlsx", "Download .xlsx report"),
    "reports.csv": ("Dữ liệu CSV", "CSV data"),
    "reports.csv_help": (
        "UTF-8 có BOM: mở thẳng bằng Excel, đủ dấu tiếng Việt. Lịch sử = mọi thay đổi đã ghi.",
        "UTF-8 with BOM: opens in Excel with the diacritics. History = every recorded change.",
    ),
    "reports.download_csv": ("Tải {name}.csv", "Download {name}.csv"),
    "reports.ics": ("Lịch hạn (.ics)", "Deadline calendar (.ics)"),
    "reports.ics_help": (
        "Nhập vào Google Calendar, Outlook hoặc điện thoại: hạn nhiệm vụ và các phiên của buổi Lễ, "
        "nhắc trước 7, 3 và 1 ngày.",
        "Import into Google Calendar, Outlook or a phone: task deadlines and the ceremony "
        "sessions, reminders 7, 3 and 1 days before.",
    ),
    "reports.ics_unit": ("Lịch của đơn vị", "Calendar for unit"),
    "reports.ics_all": ("Tất cả đơn vị", "All units"),
    "reports.download_ics": ("Tải lịch .ics", "Download .ics calendar"),
    "reports.print": ("Trang in tình hình (A4)", "Printable status (A4)"),
    "reports.print_help": (
        "Một trang A4 cho cuộc họp giao ban: tải về, mở bằng trình duyệt và in (Ctrl+P).",
        "One A4 page for the coordination meeting: download, open in a browser and print (Ctrl+P).",
    ),
    "reports.download_html": ("Tải trang in (.html)", "Download printable page (.html)"),
    "reports.download_pdf": ("Tải bản PDF (A4)", "Download PDF (A4)"),
    "reports.preview": ("Xem trước trang in", "Preview of the printable page"),
    "events.heading": ("Các sự kiện", "Events"),
    "events.current": ("Đang theo dõi", "Current"),
    "events.archived": ("Đã lưu trữ", "Archived"),
    "events.active": ("Đang hoạt động", "Active"),
    "events.col_title": ("Tên sự kiện", "Event"),
    "events.col_date": ("Ngày tổ chức", "Date"),
    "events.col_state": ("Trạng thái", "State"),
    "events.col_progress": ("Tiến độ", "Progress"),
    "events.choose": ("Chọn sự kiện", "Choose an event"),
    "events.make_current": ("Đặt làm sự kiện đang theo dõi", "Make it the current event"),
    "events.archive": ("Lưu trữ sự kiện", "Archive event"),
    "events.unarchive": ("Bỏ lưu trữ", "Unarchive"),
    "events.clone_heading": ("Nhân bản sang năm mới", "Clone to a new date"),
    "events.clone_help": (
        "Giữ nguyên nhiệm vụ, đơn vị, phiên, bố trí gian hàng, chỉ tiêu đại biểu và chương trình; "
        "mọi thời hạn giữ khoảng cách đến ngày tổ chức (D-8 vẫn là D-8); trạng thái, ghi chú, "
        "điểm danh được làm mới. Sự kiện gốc không thay đổi.",
        "Keeps tasks, units, sessions, booth layout, delegate quotas and programme; every "
        "deadline keeps its distance to the event day (D-8 stays D-8); statuses, notes and "
        "check-ins start afresh. The source event is not changed.",
    ),
    "events.clone_source": ("Sự kiện gốc", "Source event"),
    "events.clone_date": ("Ngày tổ chức mới", "New event date"),
    "events.clone_title": ("Tên sự kiện mới (để trống = giữ tên cũ)", "New title (blank = same)"),
    "events.clone_submit": ("Nhân bản", "Clone"),
    "events.who": ("Họ tên người thực hiện", "Your name"),
    "events.cloned": (
        "Đã tạo sự kiện ngày {date} với {n} nhiệm vụ (chưa đặt làm sự kiện đang theo dõi).",
        "Created the event of {date} with {n} tasks (not yet the current event).",
    ),
    "events.made_current": ("Đang theo dõi: {title} ({date})", "Now following: {title} ({date})"),
    "events.archived_done": ("Đã lưu trữ: {title} ({date})", "Archived: {title} ({date})"),
    "events.unarchived_done": ("Đã bỏ lưu trữ: {title} ({date})", "Unarchived: {title} ({date})"),
    "events.not_found": ("Không tìm thấy sự kiện #{event_id}.", "Event #{event_id} not found."),
    "events.archived_not_current": (
        "Sự kiện “{title}” đã lưu trữ: bỏ lưu trữ trước khi đặt làm sự kiện đang theo dõi.",
        "“{title}” is archived: unarchive it before making it current.",
    ),
    "events.current_not_archived": (
        "Không lưu trữ sự kiện đang theo dõi: chọn sự kiện khác trước.",
        "The current event cannot be archived: choose another one first.",
    ),
    "events.clone_failed": (
        "Không nhân bản được bảng {table}: {error}. Chưa có gì được ghi.",
        "Could not copy table {table}: {error}. Nothing was written.",
    ),
    "events.title_too_long": ("Tên sự kiện dài quá {limit} ký tự.", "Title longer than {limit} characters."),
    "events.stale": (
        "Sự kiện “{title}” vừa được {who} thay đổi. Thay đổi của bạn CHƯA được lưu; hãy xem lại.",
        "“{title}” was just changed by {who}. Your change was NOT saved; check and retry.",
    ),
    # --- issue 5: programme of the day and projector
    "nav.programme": ("Chương trình", "Programme"),
    "nav.projector": ("Trình chiếu", "Projector"),
    "prog.title": ("Chương trình ngày {date}", "Programme of {date}"),
    "prog.estimated_note": (
        "Giờ và thời lượng từng phần là **dự kiến**: kế hoạch chỉ ghi 07:00 triển lãm và 08:00 "
        "khai mạc Lễ. Ban tổ chức chỉnh giờ, thời lượng và thứ tự bên dưới; giờ các phần sau "
        "tự tính lại.",
        "Times and durations are **estimated** (dự kiến): the plan gives only 07:00 for the "
        "exhibition and 08:00 for the ceremony. Organisers can edit times, durations and order "
        "below; later start times recompute.",
    ),
    "prog.now": ("ĐANG DIỄN RA", "NOW"),
    "prog.next": ("TIẾP THEO", "NEXT"),
    "prog.now_none": ("Chưa có phần nào đang diễn ra", "Nothing is under way"),
    "prog.next_none": ("Không còn phần nào", "Nothing left"),
    "prog.at": ("lúc {time}", "at {time}"),
    "prog.since": ("từ {time}, dự kiến xong {end}", "since {time}, expected to end {end}"),
    "prog.by_plan": (
        "Chưa ai đánh dấu bắt đầu phần nào: đang/tiếp theo tính theo giờ dự kiến.",
        "No step has been marked started yet: now/next follow the estimated times.",
    ),
    "prog.end_on_time": ("Dự kiến kết thúc {end}, đúng giờ.", "Expected to end at {end}, on time."),
    "prog.end_late": (
        "Dự kiến kết thúc {end}: TRỄ {late} phút so với {planned}.",
        "Expected to end at {end}: {late} min LATE against {planned}.",
    ),
    "prog.end_early": (
        "Dự kiến kết thúc {end}: sớm {early} phút so với {planned}.",
        "Expected to end at {end}: {early} min early against {planned}.",
    ),
    "prog.timeline": ("Dòng thời gian trong ngày", "Timeline of the day"),
    "prog.chart_planned": ("Dự kiến ban đầu", "Planned"),
    "prog.chart_now": ("Bây giờ", "Now"),
    "prog.chart_caption": (
        "Khung viền đen: giờ dự kiến ban đầu · thanh màu: ước tính hoặc thực tế "
        "(xám: chưa bắt đầu, đỏ: trễ, xanh dương: đang diễn ra, xanh lá: đã xong) · "
        "đường chấm đỏ: bây giờ.",
        "Black outline: originally planned · coloured bar: expected or actual "
        "(grey: not started, red: late, blue: under way, green: done) · red dotted line: now.",
    ),
    "prog.planned": ("Dự kiến {start}–{end} ({minutes} phút)", "Planned {start}–{end} ({minutes} min)"),
    "prog.expected": ("Ước tính: {start}–{end} (trễ {late} phút)", "Expected: {start}–{end} ({late} min late)"),
    "prog.actual": ("Thực tế: {start}–{end}", "Actual: {start}–{end}"),
    "prog.owner": ("Phụ trách: {unit}", "Owner: {unit}"),
    "prog.cue": ("Cần: {cue}", "Needs: {cue}"),
    "prog.prep": ("Nhiệm vụ chuẩn bị:", "Preparing tasks:"),
    "prog.prep_late": (
        "⚠️ Khâu chuẩn bị cho phần này đang {word}.",
        "⚠️ The preparation of this step is {word}.",
    ),
    "prog.pinned": ("giờ cố định", "fixed time"),
    "prog.start_btn": ("▶ Bắt đầu", "▶ Start"),
    "prog.finish_btn": ("■ Kết thúc", "■ Finish"),
    "prog.reset_btn": ("↺ Bỏ đánh dấu", "↺ Clear marks"),
    "prog.up": ("↑ Lên", "↑ Up"),
    "prog.down": ("↓ Xuống", "↓ Down"),
    "prog.edit": ("Chỉnh giờ, thời lượng, thứ tự", "Edit times, durations, order"),
    "prog.f_step": ("Phần cần chỉnh", "Step to edit"),
    "prog.f_title": ("Tên phần", "Step"),
    "prog.f_pin": ("Giờ cố định (bỏ chọn: nối tiếp phần trước)", "Fixed start (untick: follows the previous step)"),
    "prog.f_start": ("Giờ bắt đầu", "Start time"),
    "prog.f_minutes": ("Thời lượng (phút)", "Duration (minutes)"),
    "prog.f_owner": ("Đơn vị phụ trách", "Owner unit"),
    "prog.f_cue": ("Cần chuẩn bị / tín hiệu", "Cue / material"),
    "prog.f_tasks": ("Nhiệm vụ chuẩn bị", "Preparing tasks"),
    "prog.f_save": ("Lưu", "Save"),
    "prog.no_owner": ("(chưa giao)", "(unassigned)"),
    "prog.saved": ("Đã lưu: {step}", "Saved: {step}"),
    "prog.marked": ("Đã ghi nhận: {step}", "Recorded: {step}"),
    "prog.projector": ("Màn hình trình chiếu", "Projector screen"),
    "prog.projector_link": (
        "Mở trang [Trình chiếu]({url}) trên máy nối với máy chiếu (toàn màn hình: F11).",
        "Open the [Projector]({url}) page on the computer driving the projector (full screen: F11).",
    ),
    "prog.refresh": ("Làm mới dữ liệu sau mỗi (giây)", "Refresh data every (seconds)"),
    "prog.refresh_save": ("Lưu chu kỳ làm mới", "Save refresh period"),
    "prog.no_steps": (
        "Chưa có chương trình. Chạy `python -m ocop_tracker init` để nạp từ kế hoạch.",
        "No programme yet. Run `python -m ocop_tracker init` to load it from the plan.",
    ),
    "prog.bad_title": ("Tên phần không được trống, tối đa {limit} ký tự.",
                       "The step needs a name of at most {limit} characters."),
    "prog.cue_too_long": ("Phần “cần chuẩn bị” dài quá {limit} ký tự.",
                          "The cue is longer than {limit} characters."),
    "prog.bad_duration": ("Thời lượng phải từ 0 đến {limit} phút.",
                          "The duration must be 0 to {limit} minutes."),
    "prog.first_needs_start": ("Phần đầu tiên cần một giờ bắt đầu cố định.",
                               "The first step needs a fixed start time."),
    "prog.bad_move": ("Chỉ di chuyển lên hoặc xuống một bậc.", "Move one place up or down."),
    "prog.already_started": ("“{step}” đã được đánh dấu bắt đầu.", "“{step}” is already started."),
    "prog.already_finished": ("“{step}” đã được đánh dấu kết thúc.", "“{step}” is already finished."),
    "prog.finish_before_start": ("Giờ kết thúc sớm hơn giờ bắt đầu.", "The end is before the start."),
    "prog.unknown_task": ("Không có nhiệm vụ mã {codes}.", "No task with code {codes}."),
    "prog.no_step": ("Không tìm thấy phần #{step_id} của chương trình.", "Programme step #{step_id} not found."),
    "prog.stale": (
        "Phần “{step}” vừa được {who} cập nhật lúc {when}. Thay đổi của bạn CHƯA được lưu; "
        "màn hình đã tải lại giá trị mới, hãy kiểm tra rồi thử lại.",
        "Step “{step}” was just changed by {who} at {when}. Your change was NOT saved; "
        "the screen now shows the current value, check it and try again.",
    ),
    "prog.bad_refresh": ("Chu kỳ làm mới phải từ {low} đến {high} giây.",
                         "The refresh period must be {low} to {high} seconds."),
    "prog.stale_setting": ("Chu kỳ làm mới vừa được người khác đổi thành {value} giây; chưa lưu.",
                           "Someone just set the refresh period to {value} s; not saved."),
    "step.chua_bat_dau": ("Chưa bắt đầu", "Not started"),
    "step.dang_dien_ra": ("Đang diễn ra", "Under way"),
    "step.da_xong": ("Đã xong", "Done"),
    "step.bo_qua": ("Không được đánh dấu", "Not marked"),
    "step.past": ("Đã qua giờ", "Time passed"),
    "step.expected": ("Dự kiến", "Planned"),
    "proj.clock": ("{weekday} · {time}", "{weekday} · {time}"),
    "proj.rehearsal": ("giờ diễn tập", "rehearsal clock"),
    "proj.updated": ("cập nhật lúc {time}", "updated at {time}"),
    "proj.page": ("màn {i}/{n} · tự làm mới mỗi {s} giây", "screen {i}/{n} · refreshes every {s} s"),
    "proj.units": ("Mức độ sẵn sàng theo đơn vị", "Readiness by unit"),
    "proj.deadlines": ("Các mốc hạn", "Deadlines"),
    "proj.booths": ("Gian hàng theo xã – thị trấn", "Booths by commune"),
    "proj.delegates": ("Đại biểu tham dự", "Delegates"),
    "proj.programme": ("Chương trình Lễ", "Ceremony programme"),
    "proj.done_of": ("nhiệm vụ hoàn thành", "tasks done"),
    "proj.overdue_n": ("{n} QUÁ HẠN", "{n} OVERDUE"),
    "proj.none_overdue": ("Không có nhiệm vụ quá hạn", "No overdue tasks"),
    "proj.unit_done": ("{done}/{total} xong", "{done}/{total} done"),
    "proj.unit_ok": ("ĐÚNG TIẾN ĐỘ", "ON TRACK"),
    "proj.unit_late": ("{n} QUÁ HẠN", "{n} OVERDUE"),
    "proj.to_opening": ("Còn đến giờ khai mạc", "To the opening"),
    "proj.deadline_done": ("{done}/{total} xong", "{done}/{total} done"),
    "proj.overdue_list": ("Quá hạn", "Overdue"),
    "proj.placeholder": (
        "Chưa có dữ liệu: phần này sẽ hiện khi tính năng được hoàn thành.",
        "No data yet: this screen fills in once the feature is built.",
    ),
    "proj.booth_plan": (
        "Kế hoạch: 14 gian hàng sản phẩm OCOP 3 sao của 12 xã – thị trấn và 7 gian hàng sản "
        "phẩm mới được công nhận.",
        "Plan: 14 booths of 3-star OCOP products of the 12 communes and 7 booths of newly "
        "recognised products.",
    ),
    "proj.delegate_plan": ("Kế hoạch: dự kiến {attendees} đại biểu.",
                           "Plan: {attendees} delegates expected."),
    "proj.end": ("Dự kiến kết thúc", "Expected end"),
    "proj.late": ("TRỄ {n} PHÚT", "{n} MIN LATE"),
    "proj.on_time": ("ĐÚNG GIỜ", "ON TIME"),
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
    # --- issue 3: booths by commune (products, import, booths, coverage, standees)
    "nav.booths": ("Gian hàng", "Booths"),
    "bth.title": ("Gian hàng triển lãm và sản phẩm OCOP", "Exhibition booths and OCOP products"),
    "bth.caption": (
        "II.4.1.2: {n3} gian hàng sản phẩm OCOP 3 sao của 12 xã – thị trấn và {nnew} gian hàng "
        "sản phẩm mới được công nhận · triển lãm từ {time} ngày {date}",
        "II.4.1.2: {n3} booths of the 12 communes' 3-star OCOP products and {nnew} booths of "
        "newly recognised products · exhibition from {time} on {date}",
    ),
    "bth.m_assigned": ("Gian hàng đã phân", "Booths assigned"),
    "bth.m_ready": ("Gian hàng sẵn sàng", "Booths ready"),
    "bth.m_covered": ("Xã – TT có trưng bày", "Communes on display"),
    "bth.m_standees": ("Standee đã duyệt", "Standees approved"),
    "bth.m_deadline_left": ("Còn đến hạn trình dự thảo standee", "Until standee drafts are due"),
    "bth.m_deadline_late": ("Quá hạn trình dự thảo standee", "Standee drafts overdue by"),
    "bth.deadline_caption": (
        "{due} · đã trình {submitted}/{target}",
        "{due} · submitted {submitted}/{target}",
    ),
    "bth.missing": (
        "Chưa có sản phẩm trưng bày ({n}/{total}): {names}. Kế hoạch III.8: "
        "“Ít nhất 01 sản phẩm đặc trưng/đơn vị”.",
        "No product on display yet ({n}/{total}): {names}. Plan III.8: "
        "at least one signature product per commune.",
    ),
    "bth.all_covered": (
        "Cả {total}/{total} xã – thị trấn đã có sản phẩm trưng bày (III.8).",
        "All {total}/{total} communes have a product on display (III.8).",
    ),
    "bth.section": ("Mục", "Section"),
    "bth.sec_booths": ("🏬 Phân gian hàng", "🏬 Assign booths"),
    "bth.sec_coverage": ("🗺️ Độ phủ và sơ đồ", "🗺️ Coverage and layout"),
    "bth.sec_products": ("📦 Sản phẩm ({n})", "📦 Products ({n})"),
    "bth.sec_import": ("📥 Nhập từ tệp", "📥 Import a file"),
    "bth.sec_standees": ("🪧 Standee ({n}/{target})", "🪧 Standees ({n}/{target})"),
    "bth.who_missing": (
        "Nhập họ tên ở thanh bên trước khi cập nhật.",
        "Enter your name in the sidebar before making changes.",
    ),
    "bth.kind.ocop_3_sao": ("OCOP 3 sao", "3-star OCOP"),
    "bth.kind.moi_cong_nhan": ("Mới công nhận", "Newly recognised"),
    "bth.booth": ("Gian {number}", "Booth {number}"),
    "bth.commune": ("Xã – thị trấn", "Commune"),
    "bth.unassigned": ("— chưa phân —", "— not assigned —"),
    "bth.products": ("Sản phẩm trưng bày", "Products on display"),
    "bth.products_placeholder": ("Chọn sản phẩm", "Choose products"),
    "bth.no_products_left": (
        "Xã này chưa có sản phẩm nào (hoặc đã xếp hết vào gian khác).",
        "This commune has no product left to show.",
    ),
    "bth.not_new": (
        "⚠️ Gian dành cho sản phẩm mới công nhận, nhưng {names} chưa được đánh dấu “mới công nhận”.",
        "⚠️ This booth is for newly recognised products, but {names} is not marked as new.",
    ),
    "bth.ready": ("✅ Sẵn sàng", "✅ Ready"),
    "bth.not_ready": ("⏳ {done}/4 mục", "⏳ {done}/4 items"),
    "bth.checklist": ("Kiểm tra sẵn sàng", "Readiness checklist"),
    "bth.check.space_ready": ("Đã dựng gian", "Space set up"),
    "bth.check.products_delivered": ("Đã nhận hàng", "Products delivered"),
    "bth.check.staffed": ("Có người trực", "Staffed"),
    "bth.check.standee_in_place": ("Đã đặt standee", "Standee in place"),
    "bth.saved_booth": ("Đã lưu gian {number}.", "Booth {number} saved."),
    "bth.filter": ("Hiện", "Show"),
    "bth.filter_all": ("Tất cả", "All"),
    "bth.filter_open": ("Chưa phân hoặc chưa sẵn sàng", "Not assigned or not ready"),
    "bth.row_3sao": ("Gian hàng sản phẩm OCOP 3 sao ({first}–{last})", "3-star OCOP booths ({first}–{last})"),
    "bth.row_moi": ("Gian hàng sản phẩm mới công nhận ({first}–{last})", "Newly recognised ({first}–{last})"),
    # coverage and layout
    "bth.coverage": ("Độ phủ theo xã – thị trấn", "Coverage by commune"),
    "bth.col_commune": ("Xã – thị trấn", "Commune"),
    "bth.col_booths": ("Số gian", "Booths"),
    "bth.col_products": ("Sản phẩm đăng ký", "Products registered"),
    "bth.col_on_display": ("Đang trưng bày", "On display"),
    "bth.col_state": ("Tình trạng", "State"),
    "bth.gap.ok": ("✅ Đạt", "✅ Covered"),
    "bth.gap.no_products": ("⚠️ Chưa có sản phẩm đăng ký", "⚠️ No product registered"),
    "bth.gap.no_booth": ("⚠️ Có sản phẩm, chưa có gian", "⚠️ Products but no booth"),
    "bth.gap.not_displayed": ("⚠️ Có gian, chưa xếp sản phẩm", "⚠️ Booth without products"),
    "bth.layout": ("Sơ đồ gian hàng", "Booth layout"),
    "bth.layout_title": (
        "Sơ đồ gian hàng · Lễ công bố OCOP huyện Hóc Môn · {date}",
        "Booth layout · Hóc Môn OCOP ceremony · {date}",
    ),
    "bth.layout_note": (
        "Ô xếp theo số thứ tự gian hàng, không theo mặt bằng thực tế. In: tải tệp HTML rồi mở và "
        "in khổ A4 ngang, hoặc tải ảnh PNG bằng nút 📷 trên sơ đồ.",
        "Cells follow booth numbers, not the real ground plan. To print: download the HTML file "
        "and print it on landscape A4, or save a PNG with the 📷 button on the chart.",
    ),
    "bth.layout_free": ("Chưa phân", "Not assigned"),
    "bth.layout_n_products": ("{n} sản phẩm", "{n} products"),
    "bth.download_html": ("⬇️ Tải sơ đồ để in (HTML)", "⬇️ Download printable layout (HTML)"),
    "bth.printed_at": ("In lúc {when}", "Printed {when}"),
    # products
    "bth.add_product": ("Thêm sản phẩm", "Add a product"),
    "bth.f_name": ("Tên sản phẩm", "Product name"),
    "bth.f_producer": ("Chủ thể", "Producer"),
    "bth.f_kind": ("Loại chủ thể", "Producer kind"),
    "bth.f_commune": ("Xã – thị trấn", "Commune"),
    "bth.f_group": ("Nhóm sản phẩm (QĐ 148/QĐ-TTg)", "Product group (148/QĐ-TTg)"),
    "bth.f_stars": ("Số sao", "Stars"),
    "bth.f_decision_no": ("Số quyết định công nhận", "Decision number"),
    "bth.f_decision_date": ("Ngày quyết định", "Decision date"),
    "bth.f_newly": ("Mới công nhận tại Lễ này", "Newly recognised at this ceremony"),
    "bth.f_submit": ("Thêm sản phẩm", "Add product"),
    "bth.added": ("Đã thêm sản phẩm “{name}”.", "Product “{name}” added."),
    "bth.list": ("Danh sách sản phẩm ({n})", "Product list ({n})"),
    "bth.none": ("Chưa có sản phẩm nào. Thêm bằng biểu mẫu trên hoặc nhập từ tệp.",
                 "No products yet. Add one above or import a file."),
    "bth.col_name": ("Sản phẩm", "Product"),
    "bth.col_producer": ("Chủ thể", "Producer"),
    "bth.col_group": ("Nhóm", "Group"),
    "bth.col_stars": ("Sao", "Stars"),
    "bth.col_decision": ("Quyết định", "Decision"),
    "bth.col_expires": ("Hết hạn", "Expires"),
    "bth.col_newly": ("Mới", "New"),
    "bth.col_booth": ("Gian", "Booth"),
    "bth.expired": ("⚠️ {date} (hết hạn trước Lễ)", "⚠️ {date} (expired before the ceremony)"),
    "bth.delete": ("Xoá sản phẩm nhập nhầm", "Delete a product entered by mistake"),
    "bth.delete_button": ("Xoá", "Delete"),
    "bth.deleted": ("Đã xoá “{name}”.", "“{name}” deleted."),
    # import
    "imp.intro": (
        "Nhập danh sách sản phẩm từ tệp .xlsx hoặc .csv (tối đa 5 MB). Xem trước, rồi ghi tất cả "
        "trong một lần; không dòng nào được ghi khi còn lỗi, trừ khi bạn chọn bỏ qua dòng lỗi.",
        "Import a product list from .xlsx or .csv (up to 5 MB). Preview, then write it all at once; "
        "nothing is written while errors remain unless you choose to skip those lines.",
    ),
    "imp.template_xlsx": ("⬇️ Tệp mẫu Excel (.xlsx)", "⬇️ Template (.xlsx)"),
    "imp.template_csv": ("⬇️ Tệp mẫu CSV", "⬇️ Template (.csv)"),
    "imp.upload": ("Chọn tệp danh sách sản phẩm", "Choose the product list file"),
    "imp.summary": ("{file}: {n} dòng · {good} hợp lệ · {bad} lỗi",
                    "{file}: {n} lines · {good} valid · {bad} with errors"),
    "imp.errors_title": ("Các dòng lỗi (chưa ghi gì vào cơ sở dữ liệu):",
                         "Lines with errors (nothing has been written):"),
    "imp.line": ("Dòng {line}: {message}", "Line {line}: {message}"),
    "imp.ignored_columns": ("Bỏ qua các cột không dùng: {columns}", "Ignored columns: {columns}"),
    "imp.skip": ("Bỏ qua {n} dòng lỗi, chỉ nhập các dòng hợp lệ",
                 "Skip the {n} lines with errors and import the valid ones"),
    "imp.submit": ("Nhập {n} sản phẩm", "Import {n} products"),
    "imp.done": ("Đã nhập {n} sản phẩm từ {file}.", "Imported {n} products from {file}."),
    "imp.preview": ("Xem trước các dòng hợp lệ", "Preview of the valid lines"),
    "imp.too_big": (
        "Tệp nặng {size} MB, vượt giới hạn {limit} MB. Hãy chỉ giữ bảng danh sách sản phẩm.",
        "The file is {size} MB, over the {limit} MB limit. Keep only the product table.",
    ),
    "imp.empty": ("Tệp trống, không có dòng nào.", "The file is empty."),
    "imp.bad_type": (
        "Chỉ nhận tệp .xlsx hoặc .csv (tệp “{name}”). Tệp .xls cũ: mở bằng Excel rồi lưu lại dạng .xlsx.",
        "Only .xlsx or .csv files are accepted (got “{name}”). Save old .xls files as .xlsx.",
    ),
    "imp.not_xlsx": (
        "Tệp không phải bảng tính Excel .xlsx hợp lệ (có thể là tệp khác bị đổi đuôi thành .xlsx, "
        "hoặc tệp bị hỏng). Hãy mở tệp bằng Excel và lưu lại dạng .xlsx, hoặc dùng tệp mẫu.",
        "The file is not a valid .xlsx workbook (perhaps another file renamed to .xlsx, or damaged). "
        "Open it in Excel and save it as .xlsx, or use the template.",
    ),
    "imp.not_csv": (
        "Tệp không phải tệp văn bản CSV đọc được (cần mã UTF-8). Hãy lưu lại từ Excel dạng "
        "“CSV UTF-8”.",
        "The file is not a readable CSV text file (UTF-8 needed). Save it from Excel as “CSV UTF-8”.",
    ),
    "imp.too_many": ("Tệp có hơn {limit} dòng.", "The file has more than {limit} lines."),
    "imp.duplicate_column": ("Cột “{column}” xuất hiện hai lần.", "Column “{column}” appears twice."),
    "imp.missing_columns": (
        "Tệp sai cột: thiếu cột bắt buộc {missing}. Các cột đọc được: {found}. "
        "Dòng đầu tiên phải là tiêu đề cột như tệp mẫu: {template}.",
        "Wrong columns: required {missing} missing. Columns found: {found}. "
        "The first line must hold the template's headers: {template}.",
    ),
    "imp.no_rows": ("Tệp không có dòng sản phẩm nào để nhập.", "The file holds no product lines."),
    "imp.no_name": ("thiếu tên sản phẩm", "product name missing"),
    "imp.no_producer": ("thiếu tên chủ thể", "producer missing"),
    "imp.no_commune": ("thiếu xã – thị trấn", "commune missing"),
    "imp.unknown_commune": (
        "không có xã – thị trấn “{value}” trong huyện; có phải: {suggestion}?",
        "no commune “{value}” in the district; did you mean: {suggestion}?",
    ),
    "imp.commune_no_marks": (
        "xã – thị trấn “{value}” viết không dấu, không xác định được chắc chắn là xã nào; "
        "hãy ghi có dấu, ví dụ: {suggestion}",
        "commune “{value}” is written without diacritics and cannot be matched for certain; "
        "write it with diacritics, e.g.: {suggestion}",
    ),
    "imp.commune_read_as": ("“{value}” được hiểu là {name}", "“{value}” read as {name}"),
    "imp.bad_group": (
        "nhóm sản phẩm “{value}” không thuộc 6 nhóm của QĐ 148/QĐ-TTg (I–VI)",
        "product group “{value}” is not one of the six groups of 148/QĐ-TTg (I–VI)",
    ),
    "imp.bad_stars": (
        "số sao “{value}” không hợp lệ: chỉ nhận 3, 4 hoặc 5 sao",
        "star rating “{value}” is invalid: only 3, 4 or 5",
    ),
    "imp.bad_kind": (
        "không xác định được loại chủ thể “{value}” (Doanh nghiệp, Hợp tác xã, Tổ hợp tác, "
        "Hộ kinh doanh)",
        "cannot tell the producer kind “{value}” (enterprise, cooperative, cooperative group, "
        "household business)",
    ),
    "imp.bad_date": (
        "ngày quyết định “{value}” không đọc được (cần dạng dd/mm/yyyy)",
        "decision date “{value}” unreadable (dd/mm/yyyy expected)",
    ),
    "imp.dup_in_file": ("trùng sản phẩm ở dòng {other} (cùng tên và chủ thể)",
                        "same product as line {other} (same name and producer)"),
    "imp.dup_in_db": ("sản phẩm này (cùng tên và chủ thể) đã có trong danh sách",
                      "this product (same name and producer) is already in the list"),
    "imp.has_errors": (
        "Còn {n} dòng lỗi (dòng {lines}). Chưa ghi gì: hãy sửa tệp, hoặc chọn bỏ qua các dòng lỗi.",
        "{n} lines still have errors (lines {lines}). Nothing written: fix the file or skip them.",
    ),
    # product/booth/standee write messages
    "bth.bad_name": ("Tên sản phẩm không được trống và dài tối đa {limit} ký tự.",
                     "The product name must be 1–{limit} characters."),
    "bth.bad_producer": ("Tên chủ thể không được trống và dài tối đa {limit} ký tự.",
                         "The producer must be 1–{limit} characters."),
    "bth.future_decision": ("Ngày quyết định {date} ở tương lai.", "Decision date {date} is in the future."),
    "bth.duplicate": (
        "Sản phẩm “{name}” của “{producer}” đã có trong danh sách (dòng {line}); không ghi gì.",
        "Product “{name}” by “{producer}” is already in the list (line {line}); nothing written.",
    ),
    "bth.no_product": ("Không tìm thấy sản phẩm #{product_id}.", "Product #{product_id} not found."),
    "bth.no_booth": ("Không tìm thấy gian hàng #{booth_id}.", "Booth #{booth_id} not found."),
    "bth.no_standee": ("Không tìm thấy standee #{standee_id}.", "Standee #{standee_id} not found."),
    "bth.no_commune": ("Không tìm thấy xã – thị trấn #{commune_id}.", "Commune #{commune_id} not found."),
    "bth.products_need_commune": (
        "Gian {number}: chọn xã – thị trấn trước khi xếp sản phẩm.",
        "Booth {number}: choose the commune before adding products.",
    ),
    "bth.other_commune": (
        "“{name}” không thuộc xã – thị trấn của gian {number}: mỗi gian hàng thuộc một xã – thị trấn.",
        "“{name}” is not from booth {number}'s commune: a booth belongs to one commune.",
    ),
    "bth.in_other_booth": (
        "“{name}” đang trưng bày ở gian {other}: mỗi sản phẩm chỉ ở một gian. Bỏ nó khỏi gian {other} trước.",
        "“{name}” is already in booth {other}: a product is shown in one booth only.",
    ),
    "bth.bad_check": ("Mục kiểm tra không hợp lệ: {value}", "Invalid checklist item: {value}"),
    "bth.no_standee_products": ("Chọn ít nhất một sản phẩm.", "Choose at least one product."),
    "bth.standee_not_displayed": (
        "“{name}” chưa được xếp vào gian hàng nào: standee dành cho sản phẩm trưng bày.",
        "“{name}” is not in a booth: standees are for products on display.",
    ),
    "bth.standee_exists": ("“{name}” đã có standee.", "“{name}” already has a standee."),
    "bth.bad_standee_status": ("Trạng thái standee không hợp lệ: {value}", "Invalid standee status: {value}"),
    "bth.stale_booth": (
        "Gian {number} vừa được {who} cập nhật lúc {when}. Thay đổi của bạn CHƯA được lưu; "
        "màn hình đã tải lại giá trị mới, hãy kiểm tra rồi thử lại.",
        "Booth {number} was just changed by {who} at {when}. Your change was NOT saved; "
        "the screen now shows the current values.",
    ),
    "bth.stale_product": (
        "Sản phẩm “{name}” vừa được {who} cập nhật lúc {when}. Thay đổi của bạn CHƯA được lưu.",
        "Product “{name}” was just changed by {who} at {when}. Your change was NOT saved.",
    ),
    "bth.stale_standee": (
        "Standee này vừa được {who} cập nhật lúc {when}. Thay đổi của bạn CHƯA được lưu; "
        "màn hình đã tải lại trạng thái mới.",
        "This standee was just changed by {who} at {when}. Your change was NOT saved.",
    ),
    # standees
    "bth.standees": ("Standee quảng bá sản phẩm", "Product standees"),
    "bth.standee_plan": (
        "Kế hoạch III.2: {target} standee quảng bá {target} sản phẩm OCOP; trình dự thảo thiết kế "
        "cho Thường trực UBND huyện {due}.",
        "Plan III.2: {target} standees for {target} OCOP products; drafts to the district "
        "leadership {due}.",
    ),
    "bth.standee_add": ("Tạo standee (dự thảo) cho sản phẩm đang trưng bày",
                        "Start standees (draft) for products on display"),
    "bth.standee_add_button": ("Tạo standee", "Create standees"),
    "bth.standee_added": ("Đã tạo {n} standee.", "{n} standees created."),
    "bth.standee_none": ("Chưa có standee nào.", "No standees yet."),
    "bth.standee_all_have": ("Mọi sản phẩm đang trưng bày đã có standee.",
                             "Every product on display has a standee."),
    "bth.standee_status": ("Trạng thái", "Status"),
    "bth.standee_saved": ("Đã lưu: standee “{name}” → {status}", "Saved: standee “{name}” → {status}"),
    "bth.standee_where": ("{commune} · gian {booth}", "{commune} · booth {booth}"),
    "bth.standee_over": (
        "Đã có {n} standee, nhiều hơn {target} standee trong kế hoạch.",
        "{n} standees exist, more than the plan's {target}.",
    ),
    "bth.standee_late": ("Quá hạn trình dự thảo", "Draft overdue"),
    "bth.st.du_thao": ("Dự thảo", "Draft"),
    "bth.st.da_trinh": ("Đã trình duyệt", "Submitted"),
    "bth.st.da_duyet": ("Đã duyệt", "Approved"),
    "bth.st.da_in": ("Đã in", "Printed"),
    "bth.st.da_dat": ("Đã đặt tại gian", "In place"),
    "bth.overview": ("Gian hàng, sản phẩm và standee", "Booths, products and standees"),
    "bth.open_page": ("Mở trang Gian hàng", "Open the Booths page"),
    "bth.drafts_late": ("quá hạn {span}: còn {n} bản chưa trình", "{span} overdue: {n} not submitted"),
    # --- issue 7: accounts, permissions, history with undo, backups
    "nav.admin": ("Quản trị", "Administration"),
    "perm.read_only": (
        "Tài khoản chỉ xem không được thay đổi dữ liệu.",
        "A read-only account cannot change anything.",
    ),
    "perm.admin_only": (
        "Chỉ quản trị (Phòng Kinh tế) được làm việc này.",
        "Only the administrator (Phòng Kinh tế) may do this.",
    ),
    "perm.not_your_unit": (
        "Đơn vị của bạn không chủ trì (hoặc không phối hợp) mục này nên không được thay đổi.",
        "Your unit does not lead (or support) this item, so it cannot change it.",
    ),
    "perm.append_only": (
        "Đơn vị phối hợp chỉ được thêm ghi chú, không sửa ghi chú của đơn vị chủ trì.",
        "A supporting unit may only add to the note, not rewrite the lead unit's note.",
    ),
    "tasks.add_note": ("Thêm ghi chú (đơn vị phối hợp)", "Add a note (supporting unit)"),
    "undo.no_change": ("Không tìm thấy thay đổi #{id}.", "Change #{id} not found."),
    "undo.not_undoable": ("Thay đổi này không hoàn tác được.", "This change cannot be undone."),
    "undo.already": ("Thay đổi này đã được hoàn tác.", "This change was already undone."),
    "undo.not_yours": (
        "Chỉ hoàn tác được thay đổi của chính bạn.",
        "You can only undo your own changes.",
    ),
    "undo.only_last": (
        "Chỉ hoàn tác được thay đổi gần nhất của bạn.",
        "You can only undo your latest change.",
    ),
    "undo.stale": (
        "“{task}” đã được {who} thay đổi sau đó (hiện tại: {value}). "
        "KHÔNG hoàn tác để khỏi ghi đè thay đổi mới hơn.",
        "“{task}” was changed since by {who} (now: {value}). "
        "NOT undone, so that the newer change is not overwritten.",
    ),
    "auth.failed": ("Sai tên đăng nhập hoặc mật khẩu.", "Wrong user name or password."),
    "auth.locked": (
        "Tài khoản tạm khoá vì nhập sai mật khẩu nhiều lần; thử lại sau {until}.",
        "Account locked after repeated wrong passwords; try again after {until}.",
    ),
    "auth.disabled": ("Tài khoản đã bị vô hiệu hoá.", "This account is disabled."),
    "auth.username_taken": ("Tên đăng nhập {username} đã có.", "User name {username} is taken."),
    "auth.no_user": ("Không có tài khoản {username}.", "No account {username}."),
    "auth.not_self": (
        "Không tự vô hiệu hoá tài khoản của mình.",
        "You cannot disable your own account.",
    ),
    "auth.bad_username": (
        "Tên đăng nhập: 2–40 ký tự a-z, 0-9, dấu chấm, gạch ngang, gạch dưới.",
        "User name: 2–40 characters a-z, 0-9, dot, hyphen, underscore.",
    ),
    "auth.bad_display_name": ("Cần tên hiển thị (tối đa 120 ký tự).", "A display name is required."),
    "auth.bad_role": ("Vai trò không hợp lệ: {value}", "Invalid role: {value}"),
    "auth.unit_needs_agency": (
        "Tài khoản đơn vị phải chọn đơn vị.",
        "A unit account needs a unit.",
    ),
    "auth.short_password": ("Mật khẩu cần ít nhất {n} ký tự.", "The password needs {n} characters."),
    "auth.title": ("Đăng nhập", "Log in"),
    "auth.username": ("Tên đăng nhập", "User name"),
    "auth.password": ("Mật khẩu", "Password"),
    "auth.login": ("Đăng nhập", "Log in"),
    "auth.logout": ("Đăng xuất", "Log out"),
    "auth.signed_in": ("Đang đăng nhập: {name}", "Logged in: {name}"),
    "auth.login_to_edit": (
        "Đăng nhập (thanh bên) bằng tài khoản của đơn vị để cập nhật nhiệm vụ.",
        "Log in (sidebar) with your unit's account to update tasks.",
    ),
    "auth.login_required": (
        "Cần đăng nhập để xem trang này (thanh bên).",
        "Log in (sidebar) to see this page.",
    ),
    "auth.viewer_hint": ("Tài khoản chỉ xem.", "Read-only account."),
    "role.admin": ("Quản trị", "Administrator"),
    "role.unit": ("Đơn vị", "Unit"),
    "role.viewer": ("Chỉ xem", "Read-only"),
    "tasks.view_only": (
        "Chỉ xem: đơn vị của bạn không chủ trì nhiệm vụ này.",
        "View only: your unit does not lead this task.",
    ),
    "tasks.undo_last": (
        "Thay đổi gần nhất của bạn: {what}",
        "Your latest change: {what}",
    ),
    "tasks.undo": ("Hoàn tác", "Undo"),
    "tasks.undone": ("Đã hoàn tác: {what}", "Undone: {what}"),
    "history.line": ("{task}: {field} {before} → {after}", "{task}: {field} {before} → {after}"),
    "history.field.status": ("trạng thái", "status"),
    "history.field.note": ("ghi chú", "note"),
    "history.field.account": ("tài khoản", "account"),
    "history.field.file": ("khôi phục từ bản sao lưu", "restored from backup"),
    "history.field.password": ("mật khẩu", "password"),
    "history.field.disabled": ("vô hiệu", "disabled"),
    "history.field.require_login": ("bắt buộc đăng nhập", "login required"),
    "history.undo_of": ("(hoàn tác #{id})", "(undo of #{id})"),
    "admin.not_admin": (
        "Trang này chỉ dành cho quản trị.",
        "This page is for the administrator only.",
    ),
    "admin.accounts": ("Tài khoản", "Accounts"),
    "admin.history": ("Lịch sử thay đổi", "Change history"),
    "admin.backup": ("Sao lưu và cài đặt", "Backup and settings"),
    "admin.create": ("Tạo tài khoản", "Create an account"),
    "admin.display_name": ("Tên hiển thị", "Display name"),
    "admin.role": ("Vai trò", "Role"),
    "admin.unit": ("Đơn vị", "Unit"),
    "admin.no_unit": ("(không)", "(none)"),
    "admin.new_password": (
        "Mật khẩu (để trống: tạo ngẫu nhiên)",
        "Password (empty: generate one)",
    ),
    "admin.created": (
        "Đã tạo tài khoản {username}. Mật khẩu (chỉ hiện một lần): {password}",
        "Account {username} created. Password (shown once): {password}",
    ),
    "admin.account": ("Tài khoản", "Account"),
    "admin.reset": ("Đặt lại mật khẩu", "Reset password"),
    "admin.reset_done": (
        "Đã đặt lại mật khẩu của {username} (chỉ hiện một lần): {password}",
        "Password of {username} reset (shown once): {password}",
    ),
    "admin.disable": ("Vô hiệu hoá", "Disable"),
    "admin.enable": ("Mở lại", "Enable"),
    "admin.disabled_done": ("Đã cập nhật tài khoản {username}.", "Account {username} updated."),
    "admin.undo_pick": ("Thay đổi cần hoàn tác", "Change to undo"),
    "admin.undo": ("Hoàn tác thay đổi đã chọn", "Undo the selected change"),
    "admin.download": ("Tải bản sao lưu CSDL", "Download a database backup"),
    "admin.backup_help": (
        "Bản sao tạo bằng cơ chế sao lưu trực tuyến của SQLite, an toàn khi mọi người đang cập nhật. "
        "Khôi phục: `python -m ocop_tracker restore TỆP`.",
        "Made with SQLite's online backup, safe while people are editing. "
        "Restore: `python -m ocop_tracker restore FILE`.",
    ),
    "admin.require_login": (
        "Bắt buộc đăng nhập cả với trang chỉ xem (Tổng quan, máy chiếu)",
        "Require login for read-only pages too (overview, projector)",
    ),
    "admin.setting_saved": ("Đã lưu cài đặt.", "Setting saved."),
    "col.id": ("#", "#"),
    "col.when": ("Thời điểm", "When"),
    "col.who": ("Người thay đổi", "Who"),
    "col.what": ("Nội dung", "What"),
    "col.before": ("Trước", "Before"),
    "col.after": ("Sau", "After"),
    "col.username": ("Tên đăng nhập", "User name"),
    "col.role": ("Vai trò", "Role"),
    "col.state": ("Tình trạng", "State"),
    "col.last_login": ("Đăng nhập gần nhất", "Last login"),
    "state.active": ("Hoạt động", "Active"),
    "state.disabled": ("Vô hiệu", "Disabled"),
    "state.locked": ("Tạm khoá đến {until}", "Locked until {until}"),
    "error.busy": (
        "Máy chủ đang bận vì nhiều người cập nhật cùng lúc; thay đổi CHƯA được lưu, hãy thử lại.",
        "The server is busy with many simultaneous updates; nothing was saved, try again.",
    ),
    "error.db_broken": (
        "Cơ sở dữ liệu bị hỏng hoặc không đọc được: {error}. Báo quản trị khôi phục từ bản sao "
        "lưu (`python -m ocop_tracker restore TỆP`).",
        "The database is damaged or unreadable: {error}. Ask the administrator to restore a "
        "backup (`python -m ocop_tracker restore FILE`).",
    ),
    # --- issue 4: delegates (quotas, invitations, import/export, check-in)
    "nav.delegates": ("Đại biểu", "Delegates"),
    "nav.checkin": ("Đón tiếp", "Reception"),
    "dlg.inv.chua_gui": ("Chưa gửi", "Not sent"),
    "dlg.inv.da_gui": ("Đã gửi", "Sent"),
    "dlg.inv.da_xac_nhan": ("Đã xác nhận", "Confirmed"),
    "dlg.inv.tu_choi": ("Từ chối", "Declined"),
    "dlg.ch.giay_moi": ("Giấy mời", "Letter"),
    "dlg.ch.dien_thoai": ("Điện thoại", "Phone"),
    "dlg.ch.zalo": ("Zalo", "Zalo"),
    "dlg.ch.email": ("Thư điện tử", "Email"),
    "dlg.ch.none": ("(chưa chọn)", "(not chosen)"),
    "dlg.stale": (
        "“{what}” vừa được {who} cập nhật lúc {when}. Thay đổi của bạn CHƯA được lưu; "
        "màn hình đã tải lại giá trị mới, hãy kiểm tra rồi thử lại.",
        "“{what}” was just changed by {who} at {when}. Your change was NOT saved; "
        "the screen now shows the current value, check it and try again.",
    ),
    "dlg.no_group": ("Không tìm thấy nhóm đại biểu #{id}.", "Delegate group #{id} not found."),
    "dlg.no_invitee": ("Không tìm thấy đại biểu #{id}.", "Invitee #{id} not found."),
    "dlg.no_block": ("Không tìm thấy dòng số lượng #{id}.", "Count line #{id} not found."),
    "dlg.quota_negative": (
        "Định mức của nhóm “{group}” không được âm ({value}). Chưa lưu thay đổi nào.",
        "The quota of “{group}” cannot be negative ({value}). Nothing was saved.",
    ),
    "dlg.quota_not_number": (
        "Định mức của nhóm “{group}” phải là số nguyên (nhận được “{value}”). Chưa lưu thay đổi nào.",
        "The quota of “{group}” must be a whole number (got “{value}”). Nothing was saved.",
    ),
    "dlg.quota_too_big": (
        "Định mức của nhóm “{group}” vượt quá {limit}.",
        "The quota of “{group}” is above {limit}.",
    ),
    "dlg.name_missing": ("Thiếu họ tên đại biểu.", "The invitee's name is missing."),
    "dlg.name_too_long": ("Họ tên dài quá {limit} ký tự.", "The name is longer than {limit} characters."),
    "dlg.text_too_long": (
        "Chức vụ hoặc đơn vị dài quá {limit} ký tự.",
        "The title or unit is longer than {limit} characters.",
    ),
    "dlg.bad_phone": (
        "Số điện thoại “{value}” không hợp lệ (cần 10–11 chữ số, ví dụ 0903 123 456).",
        "Phone number “{value}” is not valid (10–11 digits, e.g. 0903 123 456).",
    ),
    "dlg.bad_status": ("Tình trạng mời không hợp lệ: “{value}”.", "Invalid invitation status: “{value}”."),
    "dlg.bad_channel": ("Hình thức mời không hợp lệ: “{value}”.", "Invalid channel: “{value}”."),
    "dlg.duplicate_person": (
        "Trùng đại biểu: “{name}” ({unit}) đã có trong danh sách. Chưa lưu thay đổi nào.",
        "Duplicate: “{name}” ({unit}) is already on the list. Nothing was saved.",
    ),
    "dlg.duplicate_phone": (
        "Trùng số điện thoại {phone}: “{name}” và “{other}”. Chưa lưu thay đổi nào.",
        "Duplicate phone {phone}: “{name}” and “{other}”. Nothing was saved.",
    ),
    "dlg.remove_arrived": (
        "“{name}” đã đến dự, không xóa khỏi danh sách được (hãy hủy đón tiếp trước).",
        "“{name}” has arrived and cannot be removed (undo the check-in first).",
    ),
    "dlg.label_missing": ("Cần ghi tên đơn vị/nhóm được theo dõi theo số lượng.", "A label is required."),
    "dlg.label_taken": ("Đã có dòng “{label}” trong nhóm này.", "“{label}” already exists in this group."),
    "dlg.count_not_number": ("Số lượng phải là số nguyên (nhận được “{value}”).", "Counts must be whole numbers (got “{value}”)."),
    "dlg.count_negative": ("Số lượng không được âm.", "Counts cannot be negative."),
    "dlg.count_too_big": ("Số lượng vượt quá {limit}.", "A count is above {limit}."),
    "dlg.confirmed_over_invited": (
        "Số xác nhận ({confirmed}) không được lớn hơn số được mời ({invited}).",
        "Confirmed ({confirmed}) cannot exceed invited ({invited}).",
    ),
    # import
    "dimp.too_big": (
        "Tệp nặng {size} MB, vượt giới hạn 5 MB. Hãy chia nhỏ danh sách.",
        "The file is {size} MB, above the 5 MB limit. Split the list.",
    ),
    "dimp.empty": ("Tệp trống, không có dòng đại biểu nào.", "The file is empty: no invitees."),
    "dimp.bad_type": (
        "Chỉ nhận tệp .csv hoặc .xlsx (nhận được “{name}”).",
        "Only .csv or .xlsx files are accepted (got “{name}”).",
    ),
    "dimp.bad_xlsx": (
        "Không đọc được tệp Excel “{name}”: tệp hỏng hoặc không phải .xlsx.",
        "Cannot read the Excel file “{name}”: it is damaged or not .xlsx.",
    ),
    "dimp.bad_csv": (
        "Không đọc được tệp CSV “{name}”: tệp nhị phân hoặc không phải mã UTF-8. "
        "Trong Excel hãy chọn Lưu thành “CSV UTF-8”.",
        "Cannot read the CSV file “{name}”: binary or not UTF-8. In Excel, save as “CSV UTF-8”.",
    ),
    "dimp.no_name_column": (
        "Không thấy cột “Họ tên” ở dòng tiêu đề. Các cột nhận được: {columns}.",
        "No “Họ tên” (name) column in the header row. Columns found: {columns}.",
    ),
    "dimp.no_group_column": (
        "Không có cột “Nhóm” và chưa chọn nhóm mặc định cho các dòng.",
        "No “Nhóm” (group) column and no default group chosen.",
    ),
    "dimp.unknown_group": (
        "nhóm “{value}” không có trong 11 nhóm đại biểu (ghi tên nhóm hoặc số thứ tự 1–11)",
        "group “{value}” is not one of the 11 delegate groups (write its name or number 1–11)",
    ),
    "dimp.dup_in_file": (
        "trùng với dòng {other} trong tệp ({rule})",
        "duplicates line {other} of the file ({rule})",
    ),
    "dimp.dup_in_db": (
        "đã có trong danh sách: “{other}” ({rule})",
        "already on the list: “{other}” ({rule})",
    ),
    "dimp.rule_person": ("cùng họ tên và đơn vị", "same name and unit"),
    "dimp.rule_phone": ("cùng số điện thoại", "same phone number"),
    "dimp.line": ("Dòng {line}: {message}", "Line {line}: {message}"),
    "dimp.too_many_rows": ("Tệp có hơn {limit} dòng.", "The file has more than {limit} rows."),
    # export
    "exp.columns": (
        "STT|Nhóm|Họ tên|Chức vụ|Đơn vị|Điện thoại|Tình trạng mời|Hình thức|Ngày gửi|Giờ đến",
        "No.|Group|Name|Title|Unit|Phone|Invitation|Channel|Sent|Arrived",
    ),
    "exp.walk_in": ("Khách không có trong danh sách mời", "Walk-in"),
    # delegates page
    "dlg.title": ("Đại biểu tham dự", "Delegates"),
    "dlg.caption": (
        "Thành phần theo mục II.3.1 của Kế hoạch; dự kiến {expected} người (II.3.2). "
        "Định mức từng nhóm do Ban tổ chức đặt.",
        "Groups from section II.3.1 of the plan; {expected} attendees expected (II.3.2). "
        "Quotas per group are set by the organisers.",
    ),
    "dlg.m_allocated": ("Đã phân bổ định mức", "Quota allocated"),
    "dlg.m_remainder": ("Còn chưa phân bổ", "Not yet allocated"),
    "dlg.m_invited": ("Đã mời", "Invited"),
    "dlg.m_confirmed": ("Đã xác nhận", "Confirmed"),
    "dlg.m_arrived": ("Đã đến", "Arrived"),
    "dlg.over_warning": (
        "Tổng định mức {allocated} người vượt số dự kiến {expected} người: thừa {over} người.",
        "Quotas add up to {allocated}, above the {expected} expected: {over} too many.",
    ),
    "dlg.unset_info": (
        "{n} nhóm chưa có định mức.",
        "{n} groups have no quota yet.",
    ),
    "dlg.exact": ("Tổng định mức vừa đủ {expected} người.", "Quotas add up to exactly {expected}."),
    "dlg.tab_quota": ("Định mức", "Quotas"),
    "dlg.tab_list": ("Danh sách mời", "Invitation list"),
    "dlg.tab_import": ("Nhập / xuất tệp", "Import / export"),
    "dlg.tab_summary": ("Tổng hợp", "Summary"),
    "dlg.quota_form_help": (
        "Để trống = chưa đặt. Nhóm có ghi chú của Kế hoạch hiển thị bên dưới tên nhóm.",
        "Leave empty = not set. The plan's note is shown under the group's name.",
    ),
    "dlg.quota_save": ("Lưu định mức", "Save quotas"),
    "dlg.quota_saved": ("Đã lưu định mức ({n} nhóm).", "Quotas saved ({n} groups)."),
    "dlg.per_unit_hint": ("{per_unit} người/đơn vị: {units} đơn vị = {total} người", "{per_unit} per organisation: {units} organisations = {total}"),
    "dlg.col_group": ("Nhóm đại biểu", "Delegate group"),
    "dlg.col_quota": ("Định mức", "Quota"),
    "dlg.col_listed": ("Danh sách", "Listed"),
    "dlg.col_invited": ("Đã mời", "Invited"),
    "dlg.col_confirmed": ("Xác nhận", "Confirmed"),
    "dlg.col_declined": ("Từ chối", "Declined"),
    "dlg.col_arrived": ("Đã đến", "Arrived"),
    "dlg.not_set": ("chưa đặt", "not set"),
    "dlg.group": ("Nhóm", "Group"),
    "dlg.all_groups": ("Tất cả các nhóm", "All groups"),
    "dlg.search": ("Tìm theo tên hoặc đơn vị (gõ không dấu cũng được)", "Search name or unit (diacritics optional)"),
    "dlg.none_in_group": ("Chưa có đại biểu nào có tên trong nhóm này.", "No named invitees in this group yet."),
    "dlg.n_shown": ("{n} người", "{n} people"),
    "dlg.status": ("Tình trạng mời", "Invitation"),
    "dlg.channel": ("Hình thức", "Channel"),
    "dlg.sent_on": ("Gửi {when}", "Sent {when}"),
    "dlg.saved": ("Đã lưu: {name} → {value}", "Saved: {name} → {value}"),
    "dlg.add_person": ("➕ Thêm đại biểu", "➕ Add invitee"),
    "dlg.f_name": ("Họ tên", "Name"),
    "dlg.f_title": ("Chức vụ", "Title"),
    "dlg.f_unit": ("Đơn vị", "Unit"),
    "dlg.f_phone": ("Điện thoại", "Phone"),
    "dlg.f_add": ("Thêm vào danh sách", "Add to the list"),
    "dlg.added": ("Đã thêm {name}.", "Added {name}."),
    "dlg.remove": ("Xóa khỏi danh sách", "Remove from the list"),
    "dlg.remove_confirm": ("Xóa “{name}” khỏi danh sách mời?", "Remove “{name}” from the list?"),
    "dlg.bulk_send": ("📨 Đánh dấu đã gửi cho {n} người chưa gửi", "📨 Mark {n} not-yet-sent as sent"),
    "dlg.edit": ("Sửa thông tin", "Edit details"),
    "dlg.sent_day": ("Ngày gửi", "Sent on"),
    "dlg.bulk_sent": ("Đã ghi nhận gửi giấy mời cho {n} người.", "Marked {n} invitations as sent."),
    "dlg.removed": ("Đã xóa {name} khỏi danh sách.", "Removed {name} from the list."),
    "dlg.counts_title": ("Theo dõi theo số lượng (chưa có tên)", "Tracked by numbers (no names)"),
    "dlg.counts_help": (
        "Ví dụ: “Đoàn viên Đoàn Thanh niên huyện” — mời 10, xác nhận 8.",
        "E.g. “Đoàn viên Đoàn Thanh niên huyện” — 10 invited, 8 confirmed.",
    ),
    "dlg.f_label": ("Đơn vị / nhóm", "Unit / group"),
    "dlg.f_invited": ("Số được mời", "Invited"),
    "dlg.f_confirmed": ("Số xác nhận", "Confirmed"),
    "dlg.f_arrived": ("Số đã đến", "Arrived"),
    "dlg.f_add_block": ("Thêm dòng số lượng", "Add count line"),
    "dlg.f_save_block": ("Lưu", "Save"),
    "dlg.block_saved": ("Đã lưu số lượng: {label}.", "Counts saved: {label}."),
    "dlg.need_actor": ("Nhập họ tên người cập nhật ở thanh bên để thay đổi.", "Enter your name in the sidebar to make changes."),
    "dlg.import_help": (
        "Tệp .csv (UTF-8) hoặc .xlsx, tối đa 5 MB. Dòng đầu là tiêu đề: Nhóm, Họ tên, Chức vụ, "
        "Đơn vị, Điện thoại (tùy chọn: Tình trạng, Hình thức). Cột Nhóm ghi tên nhóm hoặc số 1–11.",
        ".csv (UTF-8) or .xlsx, at most 5 MB. Header row: Nhóm, Họ tên, Chức vụ, Đơn vị, "
        "Điện thoại (optional: Tình trạng, Hình thức). Nhóm = group name or number 1–11.",
    ),
    "dlg.import_file": ("Tệp danh sách đại biểu", "Invitee list file"),
    "dlg.import_default_group": ("Nhóm cho các dòng không ghi nhóm", "Group for rows without one"),
    "dlg.import_preview": ("Xem trước: {n} đại biểu hợp lệ", "Preview: {n} valid invitees"),
    "dlg.import_errors": (
        "Tệp có {n} lỗi, chưa nhập dòng nào. Sửa tệp rồi tải lên lại:",
        "The file has {n} errors; nothing was imported. Fix the file and upload it again:",
    ),
    "dlg.import_commit": ("Nhập {n} đại biểu", "Import {n} invitees"),
    "dlg.imported": ("Đã nhập {n} đại biểu.", "Imported {n} invitees."),
    "dlg.export_title": ("Xuất danh sách (in bảng tên, bàn đón tiếp)", "Export (name cards, reception desk)"),
    "dlg.export_xlsx": ("⬇️ Tải Excel (.xlsx)", "⬇️ Download Excel (.xlsx)"),
    "dlg.export_csv": ("⬇️ Tải CSV (UTF-8)", "⬇️ Download CSV (UTF-8)"),
    "dlg.chart_title": ("Định mức, đã mời, xác nhận và đã đến theo nhóm", "Quota, invited, confirmed and arrived by group"),
    "dlg.chart_people": ("Số người", "People"),
    # overview
    "dlg.ov_confirmed": ("Đại biểu xác nhận", "Delegates confirmed"),
    "dlg.ov_arrived": ("Đại biểu đã đến", "Delegates arrived"),
    "dlg.ov_of": ("{n}/{expected}", "{n}/{expected}"),
    "dlg.ov_invited": ("đã mời {n}", "{n} invited"),
    # check-in
    "ci.title": ("Đón tiếp đại biểu", "Reception"),
    "ci.arrived_metric": ("Đã đến", "Arrived"),
    "ci.search": ("Họ tên hoặc đơn vị", "Name or unit"),
    "ci.search_placeholder": ("vd: nguyen van", "e.g. nguyen van"),
    "ci.type_to_search": ("Gõ vài chữ của tên hoặc đơn vị rồi nhấn Enter.", "Type part of a name or unit and press Enter."),
    "ci.no_match": ("Không thấy ai khớp “{query}”. Nếu là khách chưa có tên, thêm ở mục bên dưới.", "Nobody matches “{query}”. Add a walk-in below."),
    "ci.more": ("… và {n} người khác: gõ thêm chữ để thu hẹp.", "… and {n} more: type more to narrow."),
    "ci.arrive": ("✅ Đã đến", "✅ Arrived"),
    "ci.arrived_at": ("Đã đến lúc {time} ({who})", "Arrived at {time} ({who})"),
    "ci.checked_in": ("Đã đón {name} lúc {time}.", "{name} checked in at {time}."),
    "ci.already": ("{name} đã được {who} đón lúc {time} (không tính thêm).", "{name} was already checked in by {who} at {time} (not counted twice)."),
    "ci.undo": ("Hủy", "Undo"),
    "ci.undone": ("Đã hủy đón tiếp {name}.", "Check-in of {name} undone."),
    "ci.declined_note": ("(đã báo từ chối)", "(had declined)"),
    "ci.walk_in": ("➕ Khách chưa có trong danh sách", "➕ Walk-in guest"),
    "ci.walk_in_add": ("Thêm và đánh dấu đã đến", "Add and mark arrived"),
    "ci.counts": ("Nhóm theo số lượng", "Counted groups"),
    "ci.plus_one": ("+1 đến", "+1 arrived"),
    "ci.count_line": ("{label}: đã đến {arrived}/{confirmed} xác nhận", "{label}: {arrived} arrived of {confirmed} confirmed"),
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


def register(pairs: Mapping[str, tuple[str, str]]) -> None:
    """Add a feature's strings; a key may only be defined once."""
    clash = sorted(k for k in pairs if k in STRINGS and STRINGS[k] != pairs[k])
    if clash:
        raise ValueError(f"strings defined twice: {', '.join(clash)}")
    STRINGS.update(pairs)


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
