"""The app's frame: menu, sidebar, title, Vietnamese first, English second."""

STRINGS: dict[str, tuple[str, str]] = {
    "nav.overview": ("Tổng quan", "Overview"),
    "nav.tasks": ("Nhiệm vụ", "Tasks"),
    "sidebar.language": ("Ngôn ngữ", "Language"),
    "sidebar.clock": ("Giờ Việt Nam: {now}", "Vietnam time: {now}"),
    "sidebar.rehearsal": (
        "Đồng hồ diễn tập (OCOP_NOW): {now}",
        "Rehearsal clock (OCOP_NOW): {now}",
    ),
    "nav.reports": ("Báo cáo", "Reports"),
    "nav.events": ("Sự kiện", "Events"),
    "nav.programme": ("Chương trình", "Programme"),
    "nav.projector": ("Trình chiếu", "Projector"),
    "nav.import_plan": ("Nhập kế hoạch", "Import a plan"),
    "nav.booths": ("Gian hàng", "Booths"),
    "nav.admin": ("Quản trị", "Administration"),
    "nav.delegates": ("Đại biểu", "Delegates"),
    "nav.checkin": ("Đón tiếp", "Reception"),
}
