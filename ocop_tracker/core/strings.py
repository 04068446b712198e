"""Every string the user sees, Vietnamese first, English second."""

from __future__ import annotations

from collections.abc import Mapping

from ocop_tracker.core.models import Health, Status

LANGS = ("vi", "en")
LANG_NAMES = {"vi": "Tiếng Việt", "en": "English"}

STRINGS: dict[str, tuple[str, str]] = {
    "app.title": ("Theo dõi chuẩn bị Lễ OCOP", "OCOP ceremony readiness"),
    # the features' names: the menu, the overview's blocks, the projector
    "nav.overview": ("Tổng quan", "Overview"),
    "nav.tasks": ("Nhiệm vụ", "Tasks"),
    "nav.reports": ("Báo cáo", "Reports"),
    "nav.events": ("Sự kiện", "Events"),
    "nav.programme": ("Chương trình", "Programme"),
    "nav.projector": ("Trình chiếu", "Projector"),
    "nav.import_plan": ("Nhập kế hoạch", "Import a plan"),
    "nav.booths": ("Gian hàng", "Booths"),
    "nav.admin": ("Quản trị", "Administration"),
    "nav.delegates": ("Đại biểu", "Delegates"),
    "nav.checkin": ("Đón tiếp", "Reception"),
    "acc.setting_stale": (
        "Cài đặt “{setting}” đã được {who} thay đổi sau đó ({when}). KHÔNG hoàn tác để khỏi "
        "ghi đè thay đổi mới hơn.",
        "Setting “{setting}” was changed since by {who} ({when}). NOT undone, so that the "
        "newer change is not overwritten.",
    ),
    "history.subject.setting": ("Cài đặt", "Settings"),
    "audit.someone": ("người khác", "someone else"),
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
    "col.code": ("Mục", "Item"),
    "col.task": ("Nhiệm vụ", "Task"),
    "col.lead": ("Chủ trì", "Lead"),
    "col.due": ("Hạn", "Due"),
    "col.left": ("Còn lại", "Time left"),
    "col.status": ("Tình trạng", "Status"),
    "col.unit": ("Đơn vị", "Unit"),
    "time.days_hours": ("{d} ngày {h} giờ", "{d} days {h} h"),
    "time.hours_minutes": ("{h} giờ {m} phút", "{h} h {m} min"),
    "time.minutes": ("{m} phút", "{m} min"),
    "time.left": ("còn {span}", "{span} left"),
    "time.late": ("quá hạn {span}", "{span} overdue"),
    "time.before": ("trước {when}", "before {when}"),
    "proj.rehearsal": ("giờ diễn tập", "rehearsal clock"),
    "proj.updated": ("cập nhật lúc {time}", "updated at {time}"),
    "proj.page": ("màn {i}/{n} · tự làm mới mỗi {s} giây",
                  "screen {i}/{n} · refreshes every {s} s"),
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
    "proj.units_page": ("trang {i}/{n}", "page {i}/{n}"),
    "proj.end": ("Dự kiến kết thúc", "Expected end"),
    "proj.late": ("TRỄ {n} PHÚT", "{n} MIN LATE"),
    "proj.on_time": ("ĐÚNG GIỜ", "ON TIME"),
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
    "undo.no_change": ("Không tìm thấy thay đổi #{id}.", "Change #{id} not found."),
    "undo.not_undoable": ("Thay đổi này không hoàn tác được.", "This change cannot be undone."),
    "undo.gone": ("Mục này không còn nữa: không hoàn tác được.",
                  "This item no longer exists: nothing to undo."),
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
    "history.field.status": ("trạng thái", "status"),
    "history.field.note": ("ghi chú", "note"),
    "history.field.file": ("tệp sao lưu", "backup file"),
    "history.undo_of": ("(hoàn tác #{id})", "(undo of #{id})"),
    # What a row that is not a field update did, said in the feed instead of "before → after"
    # ({value}: the row's value in words; history.action.<action>.<field> wins if present).
    "history.action.create": ("thêm mới {value}", "added {value}"),
    "history.action.delete": ("xoá {value}", "deleted {value}"),
    "history.action.restore": ("khôi phục từ bản sao lưu {value}", "restored from backup {value}"),
    "history.action.check_in": ("đã đến lúc {value}", "arrived at {value}"),
    "history.action.undo_check_in": ("bỏ đánh dấu đã đến", "arrival unmarked"),
    "history.action.install_plan": ("nạp kế hoạch ({value} nhiệm vụ)",
                                    "plan loaded ({value} tasks)"),
    "history.action.import_plan": ("nhập kế hoạch ({value} nhiệm vụ)",
                                   "plan imported ({value} tasks)"),
    "history.action.set_current": ("chọn làm sự kiện hiện tại", "made the current event"),
    "history.action.archive": ("lưu trữ", "archived"),
    "history.action.unarchive": ("bỏ lưu trữ", "unarchived"),
    "history.action.clone.cloned_from": ("nhân bản từ sự kiện #{value}",
                                         "cloned from event #{value}"),
    "history.action.clone.tasks": ("nhân bản {value} nhiệm vụ", "cloned {value} tasks"),
    "history.yes": ("Có", "Yes"),
    "history.no": ("Không", "No"),
    "history.subject.database": ("Cơ sở dữ liệu", "Database"),
    "history.undo_last": ("Thay đổi gần nhất của bạn: {what}", "Your latest change: {what}"),
    "history.undo": ("Hoàn tác", "Undo"),
    "history.undone": ("Đã hoàn tác: {what}", "Undone: {what}"),
    "backup.system_actor": ("hệ thống (khôi phục bản sao lưu)", "system (backup restore)"),
    "backup.exists": (
        "Tệp {path} đã có; chọn tên khác để không ghi đè bản sao cũ.",
        "{path} already exists; choose another name so the old backup is not overwritten.",
    ),
    "backup.missing": ("Không tìm thấy tệp {path}.", "File {path} not found."),
    "backup.not_sqlite": (
        "{path} không phải tệp SQLite hợp lệ ({error}).",
        "{path} is not a valid SQLite file ({error}).",
    ),
    "backup.corrupt": (
        "{path} bị hỏng (integrity_check: {error}).",
        "{path} is damaged (integrity_check: {error}).",
    ),
    "backup.foreign": (
        "{path} không phải CSDL của ứng dụng (thiếu bảng {tables}).",
        "{path} is not this application's database (missing tables {tables}).",
    ),
    "error.db_file": (
        "Tệp {path} không phải cơ sở dữ liệu SQLite hợp lệ hoặc đã hỏng ({error}).",
        "File {path} is not a valid SQLite database or is damaged ({error}).",
    ),
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
    ("Chủ nhật", "Sunday"),
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
