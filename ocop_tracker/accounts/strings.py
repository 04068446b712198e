"""The accounts' and the admin page's strings, Vietnamese first, English second."""

STRINGS: dict[str, tuple[str, str]] = {
    "auth.failed": ("Sai tên đăng nhập hoặc mật khẩu.", "Wrong user name or password."),
    "auth.locked": (
        "Nhập sai nhiều lần: tên đăng nhập này phải chờ đến {until} mới thử lại được từ máy "
        "này. Quên mật khẩu thì nhờ quản trị đặt lại.",
        "Too many wrong attempts: this user name must wait until {until} before trying again "
        "from this computer. Forgot the password? Ask the administrator to reset it.",
    ),
    "auth.disabled": ("Tài khoản đã bị vô hiệu hóa.", "This account is disabled."),
    "auth.username_taken": ("Tên đăng nhập {username} đã có.", "User name {username} is taken."),
    "auth.no_user": ("Không có tài khoản {username}.", "No account {username}."),
    "auth.not_self": (
        "Không tự vô hiệu hóa tài khoản của mình.",
        "You cannot disable your own account.",
    ),
    "auth.bad_username": (
        "Tên đăng nhập: 2–40 ký tự a-z, 0-9, dấu chấm, gạch ngang, gạch dưới.",
        "User name: 2–40 characters a-z, 0-9, dot, hyphen, underscore.",
    ),
    "auth.bad_display_name": (
        "Cần tên hiển thị (tối đa 120 ký tự).",
        "A display name is required.",
    ),
    "auth.bad_role": ("Vai trò không hợp lệ: {value}", "Invalid role: {value}"),
    "auth.unit_needs_agency": (
        "Tài khoản đơn vị phải chọn đơn vị.",
        "A unit account needs a unit.",
    ),
    "auth.short_password": (
        "Mật khẩu cần từ {n} đến {most} ký tự.",
        "The password needs {n} to {most} characters.",
    ),
    "auth.common_password": (
        "Mật khẩu này quá phổ biến, dễ bị đoán: hãy chọn mật khẩu khác (ví dụ một câu ngắn "
        "dễ nhớ).",
        "This password is too common and easily guessed: choose another (a short sentence "
        "works well).",
    ),
    "auth.training_password": (
        "Không dùng mật khẩu tập huấn “ocop2024” (đã công bố) cho cơ sở dữ liệu thật.",
        "The published training password “ocop2024” is not allowed in a real database.",
    ),
    "auth.title": ("Đăng nhập", "Log in"),
    "auth.username": ("Tên đăng nhập", "User name"),
    "auth.password": ("Mật khẩu", "Password"),
    "auth.login": ("Đăng nhập", "Log in"),
    "auth.logout": ("Đăng xuất", "Log out"),
    "auth.signed_in": ("Đang đăng nhập: {name}", "Logged in: {name}"),
    "auth.login_to_change": (
        "Đăng nhập (thanh bên) để thay đổi dữ liệu trên trang này.",
        "Log in (sidebar) to change what this page shows.",
    ),
    "auth.login_to_edit": (
        "Đăng nhập (thanh bên) bằng tài khoản của đơn vị để cập nhật nhiệm vụ.",
        "Log in (sidebar) with your unit's account to update tasks.",
    ),
    "auth.login_required": (
        "Cần đăng nhập để xem trang này (thanh bên).",
        "Log in (sidebar) to see this page.",
    ),
    "auth.login_for_names": (
        "Tên, chức vụ, số điện thoại của đại biểu và ai đã thay đổi gì chỉ hiện khi đăng nhập "
        "(thanh bên). Khi chưa đăng nhập, trang chỉ cho xem số liệu tổng hợp.",
        "Delegates' names, positions and phone numbers, and who changed what, are shown only "
        "after logging in (sidebar). Signed out, the page shows totals only.",
    ),
    "kiosk.bad_label": (
        "Đặt tên cho liên kết (1–{n} ký tự), ví dụ “Máy chiếu phòng họp A”.",
        "Name the link (1–{n} characters), e.g. “Meeting room A projector”.",
    ),
    "kiosk.no_link": ("Không có liên kết trình chiếu #{id}.", "No kiosk link #{id}."),
    "kiosk.revoked": (
        "Liên kết trình chiếu này đã bị thu hồi hoặc không đúng. Nhờ quản trị tạo liên kết "
        "mới (Quản trị → Sao lưu và cài đặt → Liên kết trình chiếu).",
        "This projector link was revoked or is wrong. Ask the administrator for a new one "
        "(Administration → Backup and settings → Projector links).",
    ),
    "kiosk.login_required": (
        "Cần đăng nhập để xem các trang. Màn hình trình chiếu mở bằng liên kết trình chiếu do "
        "quản trị tạo (Quản trị → Sao lưu và cài đặt → Liên kết trình chiếu).",
        "Every page needs a login. Open the projector screen through a projector link made by "
        "the administrator (Administration → Backup and settings → Projector links).",
    ),
    "kiosk.title": ("Liên kết trình chiếu", "Projector links"),
    "kiosk.help": (
        "Khi mọi trang cần đăng nhập, máy chiếu mở trang Trình chiếu (chỉ xem, chỉ số liệu "
        "tổng hợp) bằng một liên kết riêng, không cần tài khoản. Thu hồi bất cứ lúc nào.",
        "When every page needs a login, a projector opens the Projector page (read-only, "
        "totals only) through its own link, without an account. Revoke it at any time.",
    ),
    "kiosk.label": ("Tên liên kết", "Link name"),
    "kiosk.create": ("Tạo liên kết", "Create a link"),
    "kiosk.created": (
        "Đã tạo liên kết “{label}”. Chép ngay (chỉ hiện MỘT lần):",
        "Link “{label}” created. Copy it now (shown ONCE):",
    ),
    "kiosk.revoke": ("Thu hồi", "Revoke"),
    "kiosk.revoked_done": ("Đã thu hồi liên kết “{label}”.", "Link “{label}” revoked."),
    "kiosk.col_state": ("Tình trạng", "State"),
    "kiosk.col_by": ("Người tạo", "Made by"),
    "kiosk.col_at": ("Tạo lúc", "Made at"),
    "kiosk.active": ("đang dùng", "active"),
    "kiosk.revoked_on": ("thu hồi {when}", "revoked {when}"),
    "kiosk.none": ("Chưa có liên kết trình chiếu nào.", "No projector links yet."),
    "auth.viewer_hint": ("Tài khoản chỉ xem.", "Read-only account."),
    "role.admin": ("Quản trị", "Administrator"),
    "role.unit": ("Đơn vị", "Unit"),
    "role.viewer": ("Chỉ xem", "Read-only"),
    "role.reception": ("Lễ tân", "Reception"),
    "acc.reception_name": ("Bàn đón tiếp", "Reception desk"),
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
    "admin.disable": ("Vô hiệu hóa", "Disable"),
    "admin.enable": ("Mở lại", "Enable"),
    "admin.disabled_done": ("Đã cập nhật tài khoản {username}.", "Account {username} updated."),
    "admin.undo_pick": ("Thay đổi cần hoàn tác", "Change to undo"),
    "admin.undo": ("Hoàn tác thay đổi đã chọn", "Undo the selected change"),
    "admin.download": ("Tải bản sao lưu CSDL", "Download a database backup"),
    "admin.backup_help": (
        "Bản sao tạo bằng cơ chế sao lưu trực tuyến của SQLite, an toàn khi mọi người đang "
        "cập nhật. Khôi phục: `python -m ocop_tracker restore TỆP`.",
        "Made with SQLite's online backup, safe while people are editing. "
        "Restore: `python -m ocop_tracker restore FILE`.",
    ),
    "admin.require_login": (
        "Bắt buộc đăng nhập cả với trang chỉ xem (Tổng quan, máy chiếu)",
        "Require login for read-only pages too (overview, projector)",
    ),
    "admin.require_login_env": (
        "Đang do biến môi trường {env} quyết định; bỏ biến đó để chỉnh ở đây.",
        "Set by the environment variable {env}; unset it to choose here.",
    ),
    "admin.setting_saved": ("Đã lưu cài đặt.", "Setting saved."),
    "acc.system": ("hệ thống", "system"),
    "acc.admin_name": ("Quản trị ({agency})", "Administrator ({agency})"),
    "acc.viewer_name": ("Lãnh đạo (chỉ xem)", "Leadership (read-only)"),
    "acc.undo_stale": (
        "Tài khoản {username} đã được {who} thay đổi sau đó ({when}). KHÔNG hoàn tác để khỏi "
        "ghi đè thay đổi mới hơn.",
        "Account {username} was changed since by {who} ({when}). NOT undone, so that the "
        "newer change is not overwritten.",
    ),
    "history.field.account": ("tài khoản", "account"),
    "history.field.password": ("mật khẩu", "password"),
    "history.field.disabled": ("vô hiệu hóa", "disabled"),
    "history.field.require_login": (
        "bắt buộc đăng nhập với trang chỉ xem",
        "login required for read-only pages",
    ),
    "history.action.reset_password": ("đặt lại mật khẩu", "password reset"),
    "state.active": ("Hoạt động", "Active"),
    "state.disabled": ("Vô hiệu", "Disabled"),
    "state.locked": ("Tạm khóa đến {until}", "Locked until {until}"),
}
