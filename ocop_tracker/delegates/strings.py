"""The delegates' and the check-in desk's strings, Vietnamese first, English second."""

STRINGS: dict[str, tuple[str, str]] = {
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
        "Định mức của nhóm “{group}” phải là số nguyên (nhận được “{value}”). "
        "Chưa lưu thay đổi nào.",
        "The quota of “{group}” must be a whole number (got “{value}”). Nothing was saved.",
    ),
    "dlg.quota_too_big": (
        "Định mức của nhóm “{group}” vượt quá {limit}.",
        "The quota of “{group}” is above {limit}.",
    ),
    "dlg.name_missing": ("Thiếu họ tên đại biểu.", "The invitee's name is missing."),
    "dlg.name_too_long": (
        "Họ tên dài quá {limit} ký tự.",
        "The name is longer than {limit} characters.",
    ),
    "dlg.text_too_long": (
        "Chức vụ hoặc đơn vị dài quá {limit} ký tự.",
        "The title or unit is longer than {limit} characters.",
    ),
    "dlg.bad_phone": (
        "Số điện thoại “{value}” không hợp lệ (cần 10–11 chữ số, ví dụ 0903 123 456).",
        "Phone number “{value}” is not valid (10–11 digits, e.g. 0903 123 456).",
    ),
    "dlg.bad_status": (
        "Tình trạng mời không hợp lệ: “{value}”.",
        "Invalid invitation status: “{value}”.",
    ),
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
    "dlg.label_missing": (
        "Cần ghi tên đơn vị/nhóm được theo dõi theo số lượng.",
        "A label is required.",
    ),
    "dlg.label_taken": (
        "Đã có dòng “{label}” trong nhóm này.",
        "“{label}” already exists in this group.",
    ),
    "dlg.count_not_number": (
        "Số lượng phải là số nguyên (nhận được “{value}”).",
        "Counts must be whole numbers (got “{value}”).",
    ),
    "dlg.count_negative": ("Số lượng không được âm.", "Counts cannot be negative."),
    "dlg.count_too_big": ("Số lượng vượt quá {limit}.", "A count is above {limit}."),
    "dlg.confirmed_over_invited": (
        "Số xác nhận ({confirmed}) không được lớn hơn số được mời ({invited}).",
        "Confirmed ({confirmed}) cannot exceed invited ({invited}).",
    ),
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
    "exp.columns": (
        "STT|Nhóm|Họ tên|Chức vụ|Đơn vị|Điện thoại|Tình trạng mời|Hình thức|Ngày gửi|Giờ đến",
        "No.|Group|Name|Title|Unit|Phone|Invitation|Channel|Sent|Arrived",
    ),
    "exp.walk_in": ("Khách không có trong danh sách mời", "Walk-in"),
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
    "dlg.per_unit_hint": (
        "{per_unit} người/đơn vị: {units} đơn vị = {total} người",
        "{per_unit} per organisation: {units} organisations = {total}",
    ),
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
    "dlg.search": (
        "Tìm theo tên hoặc đơn vị (gõ không dấu cũng được)",
        "Search name or unit (diacritics optional)",
    ),
    "dlg.none_in_group": (
        "Chưa có đại biểu nào có tên trong nhóm này.",
        "No named invitees in this group yet.",
    ),
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
    "dlg.bulk_send": (
        "📨 Đánh dấu đã gửi cho {n} người chưa gửi",
        "📨 Mark {n} not-yet-sent as sent",
    ),
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
    "dlg.need_actor": (
        "Nhập họ tên người cập nhật ở thanh bên để thay đổi.",
        "Enter your name in the sidebar to make changes.",
    ),
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
    "dlg.export_title": (
        "Xuất danh sách (in bảng tên, bàn đón tiếp)",
        "Export (name cards, reception desk)",
    ),
    "dlg.export_xlsx": ("⬇️ Tải Excel (.xlsx)", "⬇️ Download Excel (.xlsx)"),
    "dlg.export_csv": ("⬇️ Tải CSV (UTF-8)", "⬇️ Download CSV (UTF-8)"),
    "dlg.chart_title": (
        "Định mức, đã mời, xác nhận và đã đến theo nhóm",
        "Quota, invited, confirmed and arrived by group",
    ),
    "dlg.chart_people": ("Số người", "People"),
    "dlg.ov_confirmed": ("Đại biểu xác nhận", "Delegates confirmed"),
    "dlg.ov_arrived": ("Đại biểu đã đến", "Delegates arrived"),
    "dlg.ov_of": ("{n}/{expected}", "{n}/{expected}"),
    "dlg.ov_invited": ("đã mời {n}", "{n} invited"),
    "ci.title": ("Đón tiếp đại biểu", "Reception"),
    "ci.arrived_metric": ("Đã đến", "Arrived"),
    "ci.search": ("Họ tên hoặc đơn vị", "Name or unit"),
    "ci.search_placeholder": ("vd: nguyen van", "e.g. nguyen van"),
    "ci.type_to_search": (
        "Gõ vài chữ của tên hoặc đơn vị rồi nhấn Enter.",
        "Type part of a name or unit and press Enter.",
    ),
    "ci.no_match": (
        "Không thấy ai khớp “{query}”. Nếu là khách chưa có tên, thêm ở mục bên dưới.",
        "Nobody matches “{query}”. Add a walk-in below.",
    ),
    "ci.more": (
        "… và {n} người khác: gõ thêm chữ để thu hẹp.",
        "… and {n} more: type more to narrow.",
    ),
    "ci.arrive": ("✅ Đã đến", "✅ Arrived"),
    "ci.arrived_at": ("Đã đến lúc {time} ({who})", "Arrived at {time} ({who})"),
    "ci.checked_in": ("Đã đón {name} lúc {time}.", "{name} checked in at {time}."),
    "ci.already": (
        "{name} đã được {who} đón lúc {time} (không tính thêm).",
        "{name} was already checked in by {who} at {time} (not counted twice).",
    ),
    "ci.undo": ("Hủy", "Undo"),
    "ci.undone": ("Đã hủy đón tiếp {name}.", "Check-in of {name} undone."),
    "ci.declined_note": ("(đã báo từ chối)", "(had declined)"),
    "ci.walk_in": ("➕ Khách chưa có trong danh sách", "➕ Walk-in guest"),
    "ci.walk_in_add": ("Thêm và đánh dấu đã đến", "Add and mark arrived"),
    "ci.counts": ("Nhóm theo số lượng", "Counted groups"),
    "ci.plus_one": ("+1 đến", "+1 arrived"),
    "ci.count_line": (
        "{label}: đã đến {arrived}/{confirmed} xác nhận",
        "{label}: {arrived} arrived of {confirmed} confirmed",
    ),
    "dlg.pj_confirmed": ("đại biểu xác nhận", "delegates confirmed"),
    "dlg.pj_arrived": ("đã đến", "arrived"),
    "dlg.pj_more": ("+{n} nhóm nữa", "+{n} more groups"),
    "dlg.pj_no_quota": ("CHƯA ĐẶT", "NOT SET"),
    "dlg.pj_full": ("ĐỦ", "FULL"),
    "dlg.pj_short": ("THIẾU {n}", "{n} SHORT"),
    "history.field.quota": ("định mức", "quota"),
    "history.field.invitee": ("đại biểu", "invitee"),
    "history.field.group_id": ("nhóm đại biểu", "delegate group"),
    "history.field.name": ("họ tên", "name"),
    "history.field.title": ("chức vụ", "title"),
    "history.field.unit": ("đơn vị", "unit"),
    "history.field.phone": ("điện thoại", "phone"),
    "history.field.channel": ("hình thức mời", "invitation channel"),
    "history.field.sent_at": ("ngày gửi giấy mời", "invitation sent"),
    "history.field.arrived_at": ("giờ đến dự", "arrival"),
    "history.field.count_line": ("dòng số lượng", "count line"),
    "history.field.invited": ("số được mời", "invited"),
    "history.field.confirmed": ("số xác nhận", "confirmed"),
    "history.field.arrived": ("số đã đến", "arrived"),
}

# How stored invitation values read in the history feed: the same words as the pages.
STRINGS.update({f"history.value.status.{k.removeprefix('dlg.inv.')}": v
                for k, v in STRINGS.items() if k.startswith("dlg.inv.")})
STRINGS.update({f"history.value.channel.{k.removeprefix('dlg.ch.')}": v
                for k, v in STRINGS.items() if k.startswith("dlg.ch.") and k != "dlg.ch.none"})
