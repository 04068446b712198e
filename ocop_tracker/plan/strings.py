"""The plan importer's strings, Vietnamese first, English second."""

STRINGS: dict[str, tuple[str, str]] = {
    "import.missing": (
        "Kế hoạch còn thiếu: {fields}. Hãy bổ sung rồi nhập lại (trang Nhập kế hoạch hỏi từng "
        "mục còn thiếu).",
        "The plan still lacks: {fields}. Add them and import again (the Nhập kế hoạch page asks "
        "for each).",
    ),
    "import.field_title": ("tên kế hoạch", "the plan title"),
    "import.field_organiser": ("cơ quan tổ chức", "the organiser"),
    "import.field_date": ("ngày và giờ bắt đầu", "the date and start time"),
    "import.field_venue": ("địa điểm", "the venue"),
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
        "Tải lên hoặc dán một kế hoạch (.txt, .md, .docx, .pdf). Kiểm tra những gì đã đọc "
        "được, sửa đơn vị chủ trì hoặc hạn của nhiệm vụ nếu cần, rồi bấm Nhập.",
        "Upload or paste a plan (.txt, .md, .docx, .pdf). Check what was read, correct a "
        "task's lead unit or deadline if needed, then press Import.",
    ),
    "import.tab_upload": ("Tải tệp lên", "Upload a file"),
    "import.tab_paste": ("Dán văn bản", "Paste text"),
    "import.upload": ("Tệp kế hoạch", "Plan file"),
    "import.upload_help": (
        "Tối đa 5 MB: .txt, .md, .docx hoặc .pdf có lớp chữ (không nhận bản quét, .doc).",
        "Up to 5 MB: .txt, .md, .docx or a text-layer .pdf (not a scan, not .doc).",
    ),
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
    "import.warnings": (
        "Cần xem lại ({n}): những gì còn thiếu hoặc đáng ngờ trong văn bản",
        "To check ({n}): what is missing or doubtful in the text",
    ),
    "import.warning_source": ("Dòng {line}: “{text}”", "Line {line}: “{text}”"),
    "import.fill_title": ("Bổ sung thông tin còn thiếu", "Fill in what is missing"),
    "import.fill_help": (
        "Văn bản không ghi rõ các mục dưới đây; đã điền sẵn giá trị đoán được. Kiểm tra, sửa "
        "nếu cần: chưa điền đủ thì chưa nhập được.",
        "The text does not state these; the best guesses are filled in. Check and correct "
        "them: the plan cannot be imported until every one is given.",
    ),
    "import.fill_time": ("Giờ bắt đầu", "Start time"),
    "import.fill_missing": (
        "Chưa nhập được: còn thiếu {fields}.",
        "Cannot import yet: {fields} still missing.",
    ),
    "import.new_units": ("Đơn vị mới ({n})", "New units ({n})"),
    "import.new_units_help": (
        "Các đơn vị này chưa có trong danh sách: thêm mới (với tên viết tắt đề xuất) hoặc chọn "
        "đơn vị đã có mà văn bản gọi bằng tên khác.",
        "These units are not in the list yet: add each as new (with the proposed short name) "
        "or pick the existing unit the text calls by another name.",
    ),
    "import.unit_accept": ("Thêm mới: {name} (viết tắt: {short})",
                           "Add as new: {name} (short: {short})"),
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
    "plan.system_actor": ("hệ thống (nạp kế hoạch)", "system (plan install)"),
    "history.field.plan": ("bỏ khỏi kế hoạch (tên nhiệm vụ)", "left out of the plan (task)"),
    "history.field.lead": ("đơn vị chủ trì (sửa khi nhập)", "lead unit (corrected on import)"),
    "history.field.due_at": ("thời hạn", "deadline"),
}
