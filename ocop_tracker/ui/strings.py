"""The app's frame: menu, sidebar, title, Vietnamese first, English second."""

STRINGS: dict[str, tuple[str, str]] = {
    "sidebar.language": ("Ngôn ngữ", "Language"),
    "sidebar.clock": ("Giờ Việt Nam: {now}", "Vietnam time: {now}"),
    "sidebar.rehearsal": (
        "Đồng hồ diễn tập (OCOP_NOW): {now}",
        "Rehearsal clock (OCOP_NOW): {now}",
    ),
    "chrome.choose_file": ("Chọn tệp", "Choose a file"),
    "chrome.upload_limit": ("Kéo thả tệp vào đây · tối đa {mb} MB mỗi tệp",
                            "Drag and drop a file here · up to {mb} MB per file"),
}
