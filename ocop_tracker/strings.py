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
