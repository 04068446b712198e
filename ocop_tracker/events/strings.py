"""The events page's strings, Vietnamese first, English second."""

STRINGS: dict[str, tuple[str, str]] = {
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
    "events.cloned": (
        "Đã tạo sự kiện ngày {date} với {n} nhiệm vụ (chưa đặt làm sự kiện đang theo dõi).",
        "Created the event of {date} with {n} tasks (not yet the current event).",
    ),
    "events.made_current": ("Đang theo dõi: {title} ({date})", "Now following: {title} ({date})"),
    "events.archived_done": ("Đã lưu trữ: {title} ({date})", "Archived: {title} ({date})"),
    "events.unarchived_done": ("Đã bỏ lưu trữ: {title} ({date})", "Unarchived: {title} ({date})"),
    "events.not_found": ("Không tìm thấy sự kiện #{id}.", "Event #{id} not found."),
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
    "events.title_too_long": (
        "Tên sự kiện dài quá {limit} ký tự.", "Title longer than {limit} characters."),
    "events.stale": (
        "Sự kiện “{title}” vừa được {who} thay đổi lúc {when}. Thay đổi của bạn CHƯA được lưu; "
        "hãy xem lại.",
        "“{title}” was just changed by {who} at {when}. Your change was NOT saved; check and "
        "retry.",
    ),
    "events.undo_stale": (
        "Sự kiện “{title}” đã được {who} thay đổi sau đó. KHÔNG hoàn tác để khỏi ghi đè thay "
        "đổi mới hơn.",
        "“{title}” was changed since by {who}. NOT undone, so that the newer change is not "
        "overwritten.",
    ),
    "history.field.archived": ("lưu trữ (1 = đã lưu trữ)", "archived (1 = yes)"),
    "history.field.current_event_id": ("sự kiện đang theo dõi (mã)", "current event (id)"),
    "history.field.cloned_from": ("nhân bản từ sự kiện (mã)", "cloned from event (id)"),
    "history.field.tasks": ("số nhiệm vụ", "number of tasks"),
}
