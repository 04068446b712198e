"""The tasks' and the overview's strings, Vietnamese first, English second."""

STRINGS: dict[str, tuple[str, str]] = {
    "overview.session": ("{time} — {name}", "{time} — {name}"),
    "overview.countdown": ("Còn đến giờ khai mạc", "Time to opening"),
    "overview.took_place": (
        "Đã diễn ra {date}",
        "Took place {date}",
    ),
    "overview.under_way": ("Đang diễn ra", "Under way"),
    "overview.event_metric": ("Sự kiện", "The event"),
    "overview.event_over": (
        "Sự kiện này đã kết thúc ngày {date}: các hạn chót đều đã qua. Muốn chuẩn bị một "
        "sự kiện mới theo cùng kế hoạch, hãy nhân bản nó sang ngày mới (trang Sự kiện).",
        "This event ended on {date}: every deadline has passed. To prepare a new event from "
        "the same plan, clone it to a new date (Events page).",
    ),
    "overview.clone_link": ("Nhân bản sự kiện sang ngày mới", "Clone the event to a new date"),
    "overview.opens_in": ("Còn {left} đến khai mạc", "{left} to the opening"),
    "overview.next_due": ("Việc cần làm tiếp theo", "What is due next"),
    "overview.overdue_group": ("Quá hạn", "Overdue"),
    "overview.due_group": ("Hạn {date} · {left}", "Due {date} · {left}"),
    "overview.more": ("+{n} nhiệm vụ chưa xong nữa", "+{n} more open tasks"),
    "overview.all_done": ("Mọi nhiệm vụ đã hoàn thành.", "Every task is done."),
    "overview.done_metric": ("Hoàn thành", "Done"),
    "overview.overdue_metric": ("Quá hạn", "Overdue"),
    "overview.due3_metric": ("Sắp đến hạn (3 ngày tới)", "Due in the next 3 days"),
    "overview.deadlines": ("Các mốc hạn", "Deadlines"),
    "overview.deadline_label": ("Hạn trước {date}", "Due before {date}"),
    "overview.deadline_done": ("{done}/{total} nhiệm vụ hoàn thành", "{done}/{total} tasks done"),
    "overview.headline": (
        "{total} nhiệm vụ, {due} đã tới hạn, {done} hoàn thành ({percent}), {overdue} quá hạn",
        "{total} tasks, {due} past their deadline, {done} done ({percent}), {overdue} overdue",
    ),
    "overview.by_unit": ("Mức độ sẵn sàng theo đơn vị chủ trì", "Readiness by lead unit"),
    "overview.overdue": ("Nhiệm vụ quá hạn", "Overdue tasks"),
    "overview.none_overdue": ("Không có nhiệm vụ quá hạn.", "No overdue tasks."),
    "overview.due_soon": ("Sắp đến hạn", "Due soon"),
    "overview.within": ("Trong {days} ngày tới", "Within {days} days"),
    "overview.none_due": ("Không có.", "None."),
    "tasks.unit": ("Đơn vị", "Unit"),
    "tasks.unit_summary": (
        "**{total}** nhiệm vụ chủ trì: **{done}** hoàn thành, **{overdue}** quá hạn.",
        "**{total}** tasks led: **{done}** done, **{overdue}** overdue.",
    ),
    "tasks.as_lead": ("Nhiệm vụ chủ trì ({n})", "Tasks it leads ({n})"),
    "tasks.as_support": ("Nhiệm vụ phối hợp ({n})", "Tasks it supports ({n})"),
    "tasks.none": ("Không có nhiệm vụ.", "No tasks."),
    "tasks.due": ("Hạn: {due} · {left}", "Due: {due} · {left}"),
    "tasks.recurring_due": ("Định kỳ thứ Bảy, Chủ nhật · lần tới {due}",
                            "Every Sat & Sun · next {due}"),
    "tasks.lead_is": ("Chủ trì: {lead}", "Lead: {lead}"),
    "tasks.supporting_is": ("Phối hợp: {units}", "Supporting: {units}"),
    "tasks.status": ("Trạng thái", "Status"),
    "tasks.note": ("Ghi chú", "Note"),
    "tasks.save_note": ("Lưu ghi chú", "Save note"),
    "tasks.mark_done": ("Đánh dấu hoàn thành", "Mark done"),
    "tasks.last_change": ("Cập nhật lần cuối: {who}, {when}", "Last change: {who}, {when}"),
    "tasks.saved": ("Đã lưu: {task} → {value}", "Saved: {task} → {value}"),
    "tasks.history": ("Lịch sử thay đổi", "Change history"),
    "tasks.no_history": ("Chưa có thay đổi.", "No changes yet."),
    "cmd.stale": (
        "Nhiệm vụ “{task}” vừa được {who} cập nhật lúc {when} (trạng thái hiện tại: {status}). "
        "Thay đổi của bạn CHƯA được lưu; màn hình đã tải lại giá trị mới, "
        "hãy kiểm tra rồi thử lại.",
        "Task “{task}” was just changed by {who} at {when} (status now: {status}). "
        "Your change was NOT saved; the screen now shows the current value, "
        "check it and try again.",
    ),
    "cmd.no_actor": ("Cần ghi họ tên người cập nhật.", "A name is required."),
    "cmd.bad_status": ("Trạng thái không hợp lệ: {value}", "Invalid status: {value}"),
    "cmd.note_too_long": (
        "Ghi chú dài quá {limit} ký tự.",
        "The note is longer than {limit} characters.",
    ),
    "cmd.no_task": ("Không tìm thấy nhiệm vụ #{task_id}.", "Task #{task_id} not found."),
    "chart.tasks": ("Số nhiệm vụ", "Tasks"),
    "tasks.dropped": (
        "⚠️ Không còn trong kế hoạch nhập ngày {date}: giữ lại vì đã có tiến độ.",
        "⚠️ No longer in the plan imported on {date}: kept because it has progress.",
    ),
    "tasks.add_note": ("Thêm ghi chú (đơn vị phối hợp)", "Add a note (supporting unit)"),
    "tasks.view_only": (
        "Chỉ xem: đơn vị của bạn không chủ trì nhiệm vụ này.",
        "View only: your unit does not lead this task.",
    ),
}
