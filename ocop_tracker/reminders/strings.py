"""The reminders' strings (digest, CLI refusals, admin page), Vietnamese first, English second."""

STRINGS: dict[str, tuple[str, str]] = {
    "nav.reminders": ("Nhắc việc", "Reminders"),
    # refusals
    "rem.no_unit": ("Không tìm thấy đơn vị “{unit}” (gõ tên đầy đủ hoặc tên viết tắt).",
                    "No unit named “{unit}” (type its full or short name)."),
    "rem.bad_address": (
        "“{address}” không phải địa chỉ thư điện tử hay đường dẫn thông báo hợp lệ "
        "(ví dụ: ten@donvi.gov.vn, tgram://…, json://…).",
        "“{address}” is neither an e-mail address nor a valid notification URL "
        "(e.g. name@unit.gov.vn, tgram://…, json://…).",
    ),
    "rem.no_contact": ("Đơn vị {unit} không có địa chỉ nhận “{address}”.",
                       "{unit} has no contact “{address}”."),
    "rem.stale_contact": (
        "Địa chỉ nhận này đã được {who} thay đổi sau đó ({when}). KHÔNG hoàn tác để khỏi ghi đè "
        "thay đổi mới hơn.",
        "This contact was changed since by {who} ({when}). NOT undone, so that the newer "
        "change is not overwritten.",
    ),
    "rem.no_smtp": ("Chưa cấu hình máy chủ thư (đặt OCOP_SMTP_HOST).",
                    "No mail server configured (set OCOP_SMTP_HOST)."),
    "history.field.contact.active": ("nhận nhắc việc", "receives reminders"),
    # the digest
    "rem.subject_prefix": ("[OCOP Hóc Môn]", "[OCOP Hóc Môn]"),
    "rem.subject_due": ("{n} việc đến hạn trong {days} ngày, {overdue} quá hạn",
                        "{n} due within {days} days, {overdue} overdue"),
    "rem.subject_overdue": ("{overdue} việc quá hạn", "{overdue} overdue"),
    "rem.subject_changed": ("{n} thay đổi ở nhiệm vụ của đơn vị",
                            "{n} changes to your unit's tasks"),
    "rem.greeting": ("Kính gửi: {unit}", "To: {unit}"),
    "rem.intro": ("Tình hình các nhiệm vụ của đơn vị trong kế hoạch “{event}”, tính đến {when}:",
                  "Your unit's tasks in the plan “{event}”, as of {when}:"),
    "rem.overdue": ("Quá hạn ({n})", "Overdue ({n})"),
    "rem.within": ("Đến hạn trong {days} ngày ({n})", "Due within {days} days ({n})"),
    "rem.days_left": ("còn {n} ngày", "{n} days left"),
    "rem.days_late": ("quá hạn {n} ngày", "{n} days overdue"),
    "rem.supporting": ("đơn vị phối hợp, chủ trì: {lead}", "supporting; lead: {lead}"),
    "rem.changes": ("Thay đổi từ bản tin trước ({n})", "Changes since the last digest ({n})"),
    "rem.changes_first": ("Thay đổi trong 24 giờ qua ({n})", "Changes in the last 24 hours ({n})"),
    "rem.change_status": ("tình trạng → {value}", "status → {value}"),
    "rem.change_note": ("ghi chú: “{value}”", "note: “{value}”"),
    "rem.change_by": ("{who}, {when}", "{who}, {when}"),
    "rem.more_changes": ("… và {n} thay đổi khác", "… and {n} more"),
    "rem.duty": ("Việc định kỳ: {title} — lần tới {day}.", "Recurring duty: {title} — next {day}."),
    "rem.open_board": ("Mở bảng nhiệm vụ của đơn vị", "Open your unit's task board"),
    "rem.footer": (
        "Thư tự động của hệ thống Theo dõi chuẩn bị Lễ OCOP, mỗi đơn vị nhận tối đa một thư mỗi "
        "ngày, chỉ khi có việc đến hạn, quá hạn hoặc có thay đổi. Cập nhật tiến độ ngay trên "
        "bảng nhiệm vụ của đơn vị.",
        "Automatic message from the OCOP ceremony tracker: at most one a day per unit, only "
        "when something is due, overdue or has changed. Update progress on your unit's board.",
    ),
    "rem.test_subject": ("[OCOP Hóc Môn] Thư thử nhắc việc", "[OCOP Hóc Môn] Test reminder"),
    "rem.test_body": (
        "Đây là thư thử của hệ thống Theo dõi chuẩn bị Lễ OCOP gửi đến {unit}. Địa chỉ này sẽ "
        "nhận bản tin nhắc việc hằng ngày.",
        "This is a test from the OCOP ceremony tracker to {unit}. This address will receive "
        "the daily reminder digest.",
    ),
    # surfaces
    "rem.metric": ("Nhắc việc đã gửi", "Reminders delivered"),
    "rem.metric_detail": ("{failed} lỗi, gửi lúc {when}", "{failed} failed, last {when}"),
    "rem.metric_never": ("chưa gửi; {contacts} địa chỉ nhận", "none yet; {contacts} contacts"),
    # admin page
    "rem.contacts_heading": ("Địa chỉ nhận theo đơn vị", "Contacts per unit"),
    "rem.contacts_help": (
        "Mỗi đơn vị có thể có nhiều địa chỉ: thư điện tử (ten@donvi.gov.vn) hoặc đường dẫn "
        "thông báo của apprise (Telegram tgram://…, Slack slack://…, Teams msteams://…, "
        "webhook json://…).",
        "A unit may have several addresses: an e-mail address (name@unit.gov.vn) or an apprise "
        "notification URL (Telegram tgram://…, Slack slack://…, Teams msteams://…, webhook "
        "json://…).",
    ),
    "rem.none": ("Chưa có địa chỉ nhận nào.", "No contacts yet."),
    "rem.col_address": ("Địa chỉ nhận", "Address"),
    "rem.col_added": ("Thêm lúc", "Added"),
    "rem.col_when": ("Thời điểm", "When"),
    "rem.col_state": ("Kết quả", "Result"),
    "rem.col_why": ("Lý do", "Why"),
    "rem.col_subject": ("Tiêu đề", "Subject"),
    "rem.add": ("Thêm địa chỉ", "Add address"),
    "rem.added": ("Đã thêm {address} cho {unit}.", "Added {address} for {unit}."),
    "rem.remove": ("Bỏ địa chỉ", "Remove address"),
    "rem.removed": ("Đã bỏ địa chỉ {address}.", "Removed {address}."),
    "rem.test": ("Gửi thư thử", "Send a test message"),
    "rem.test_sent": ("Đã gửi thư thử đến {address}.", "Test message sent to {address}."),
    "rem.test_failed": ("Không gửi được đến {address}: {error}",
                        "Could not send to {address}: {error}"),
    "rem.runs_heading": ("Các lần gửi gần đây", "Recent deliveries"),
    "rem.no_runs": ("Chưa gửi bản tin nào.", "No digest sent yet."),
    "rem.send_heading": ("Gửi ngay", "Send now"),
    "rem.send_help": (
        "Mỗi đơn vị nhận tối đa một bản tin mỗi ngày: bấm lại không gửi trùng, chỉ gửi lại các "
        "lần bị lỗi. Lịch gửi hằng ngày lúc 07:00 đặt bằng cron hoặc systemd (xem README).",
        "At most one digest per unit per day: pressing again sends nothing twice, it only "
        "retries failures. The daily 07:00 run is set with cron or systemd (see README).",
    ),
    "rem.all_units": ("Tất cả đơn vị", "All units"),
    "rem.send": ("Gửi ngay", "Send now"),
    "rem.sent": ("Đã gửi {delivered}, lỗi {failed}; hôm nay {digests} đơn vị có việc cần nhắc.",
                 "Delivered {delivered}, failed {failed}; {digests} units have something today."),
    "rem.smtp_on": ("Máy chủ thư: {host}:{port}, gửi từ {sender}{login}.",
                    "Mail server: {host}:{port}, from {sender}{login}."),
    "rem.smtp_login": (", có đăng nhập", ", with login"),
    "rem.smtp_off": (
        "Chưa cấu hình máy chủ thư: đặt OCOP_SMTP_HOST, OCOP_SMTP_PORT, OCOP_SMTP_FROM (và "
        "OCOP_SMTP_USER, OCOP_SMTP_PASSWORD, OCOP_SMTP_STARTTLS nếu cần) trước khi chạy ứng "
        "dụng; địa chỉ thư điện tử sẽ báo lỗi cho đến khi đó.",
        "No mail server configured: set OCOP_SMTP_HOST, OCOP_SMTP_PORT, OCOP_SMTP_FROM (and "
        "OCOP_SMTP_USER, OCOP_SMTP_PASSWORD, OCOP_SMTP_STARTTLS if needed) before starting the "
        "app; e-mail addresses fail until then.",
    ),
    "rem.state.pending": ("Đang chờ", "Waiting"),
    "rem.state.sending": ("Đang gửi", "Sending"),
    "rem.state.delivered": ("✅ Đã gửi", "✅ Delivered"),
    "rem.state.failed": ("🟥 Lỗi, sẽ gửi lại", "🟥 Failed, will retry"),
    "rem.state.superseded": ("Thay bằng bản tin mới hơn", "Replaced by a newer digest"),
    "rem.state.cancelled": ("Đã bỏ địa chỉ, không gửi lại", "Address removed, not retried"),
}
