"""The programme's strings, Vietnamese first, English second."""

STRINGS: dict[str, tuple[str, str]] = {
    "prog.title": ("Chương trình ngày {date}", "Programme of {date}"),
    "prog.estimated_note": (
        "Giờ và thời lượng từng phần là **dự kiến**: kế hoạch chỉ ghi 07:00 triển lãm và 08:00 "
        "khai mạc Lễ. Ban tổ chức chỉnh giờ, thời lượng và thứ tự bên dưới; giờ các phần sau "
        "tự tính lại.",
        "Times and durations are **estimated** (dự kiến): the plan gives only 07:00 for the "
        "exhibition and 08:00 for the ceremony. Organisers can edit times, durations and order "
        "below; later start times recompute.",
    ),
    "prog.now": ("ĐANG DIỄN RA", "NOW"),
    "prog.next": ("TIẾP THEO", "NEXT"),
    "prog.now_none": ("Chưa có phần nào đang diễn ra", "Nothing is under way"),
    "prog.next_none": ("Không còn phần nào", "Nothing left"),
    "prog.at": ("lúc {time}", "at {time}"),
    "prog.since": ("từ {time}, dự kiến xong {end}", "since {time}, expected to end {end}"),
    "prog.by_plan": (
        "Chưa ai đánh dấu bắt đầu phần nào: đang/tiếp theo tính theo giờ dự kiến.",
        "No step has been marked started yet: now/next follow the estimated times.",
    ),
    "prog.end_on_time": ("Dự kiến kết thúc {end}, đúng giờ.", "Expected to end at {end}, on time."),
    "prog.end_late": (
        "Dự kiến kết thúc {end}: TRỄ {late} phút so với {planned}.",
        "Expected to end at {end}: {late} min LATE against {planned}.",
    ),
    "prog.end_early": (
        "Dự kiến kết thúc {end}: sớm {early} phút so với {planned}.",
        "Expected to end at {end}: {early} min early against {planned}.",
    ),
    "prog.timeline": ("Dòng thời gian trong ngày", "Timeline of the day"),
    "prog.chart_planned": ("Dự kiến ban đầu", "Planned"),
    "prog.chart_now": ("Bây giờ", "Now"),
    "prog.chart_caption": (
        "Khung viền đen: giờ dự kiến ban đầu · thanh màu: ước tính hoặc thực tế "
        "(xám: chưa bắt đầu, đỏ: trễ, xanh dương: đang diễn ra, xanh lá: đã xong) · "
        "đường chấm đỏ: bây giờ.",
        "Black outline: originally planned · coloured bar: expected or actual "
        "(grey: not started, red: late, blue: under way, green: done) · red dotted line: now.",
    ),
    "prog.planned": (
        "Dự kiến {start}–{end} ({minutes} phút)",
        "Planned {start}–{end} ({minutes} min)",
    ),
    "prog.expected": (
        "Ước tính: {start}–{end} (trễ {late} phút)",
        "Expected: {start}–{end} ({late} min late)",
    ),
    "prog.actual": ("Thực tế: {start}–{end}", "Actual: {start}–{end}"),
    "prog.owner": ("Phụ trách: {unit}", "Owner: {unit}"),
    "prog.cue": ("Cần: {cue}", "Needs: {cue}"),
    "prog.prep": ("Nhiệm vụ chuẩn bị:", "Preparing tasks:"),
    "prog.prep_late": (
        "⚠️ Khâu chuẩn bị cho phần này đang {word}.",
        "⚠️ The preparation of this step is {word}.",
    ),
    "prog.pinned": ("giờ cố định", "fixed time"),
    "prog.start_btn": ("▶ Bắt đầu", "▶ Start"),
    "prog.finish_btn": ("■ Kết thúc", "■ Finish"),
    "prog.reset_btn": ("↺ Bỏ đánh dấu", "↺ Clear marks"),
    "prog.up": ("↑ Lên", "↑ Up"),
    "prog.down": ("↓ Xuống", "↓ Down"),
    "prog.edit": ("Chỉnh giờ, thời lượng, thứ tự", "Edit times, durations, order"),
    "prog.f_step": ("Phần cần chỉnh", "Step to edit"),
    "prog.f_title": ("Tên phần", "Step"),
    "prog.f_pin": (
        "Giờ cố định (bỏ chọn: nối tiếp phần trước)",
        "Fixed start (untick: follows the previous step)",
    ),
    "prog.f_start": ("Giờ bắt đầu", "Start time"),
    "prog.f_minutes": ("Thời lượng (phút)", "Duration (minutes)"),
    "prog.f_owner": ("Đơn vị phụ trách", "Owner unit"),
    "prog.f_cue": ("Cần chuẩn bị / tín hiệu", "Cue / material"),
    "prog.f_tasks": ("Nhiệm vụ chuẩn bị", "Preparing tasks"),
    "prog.f_save": ("Lưu", "Save"),
    "prog.no_owner": ("(chưa giao)", "(unassigned)"),
    "prog.saved": ("Đã lưu: {step}", "Saved: {step}"),
    "prog.marked": ("Đã ghi nhận: {step}", "Recorded: {step}"),
    "prog.projector": ("Màn hình trình chiếu", "Projector screen"),
    "prog.projector_link": (
        "Mở trang [Trình chiếu]({url}) trên máy nối với máy chiếu (toàn màn hình: F11).",
        "Open the [Projector]({url}) page on the computer driving the projector "
        "(full screen: F11).",
    ),
    "prog.refresh": ("Làm mới dữ liệu sau mỗi (giây)", "Refresh data every (seconds)"),
    "prog.refresh_save": ("Lưu chu kỳ làm mới", "Save refresh period"),
    "prog.no_steps": (
        "Chưa có chương trình. Chạy `python -m ocop_tracker init` để nạp từ kế hoạch.",
        "No programme yet. Run `python -m ocop_tracker init` to load it from the plan.",
    ),
    "prog.bad_title": ("Tên phần không được trống, tối đa {limit} ký tự.",
                       "The step needs a name of at most {limit} characters."),
    "prog.cue_too_long": ("Phần “cần chuẩn bị” dài quá {limit} ký tự.",
                          "The cue is longer than {limit} characters."),
    "prog.bad_duration": ("Thời lượng phải từ 0 đến {limit} phút.",
                          "The duration must be 0 to {limit} minutes."),
    "prog.first_needs_start": ("Phần đầu tiên cần một giờ bắt đầu cố định.",
                               "The first step needs a fixed start time."),
    "prog.bad_move": ("Chỉ di chuyển lên hoặc xuống một bậc.", "Move one place up or down."),
    "prog.already_started": ("“{step}” đã được đánh dấu bắt đầu.", "“{step}” is already started."),
    "prog.already_finished": (
        "“{step}” đã được đánh dấu kết thúc.",
        "“{step}” is already finished.",
    ),
    "prog.finish_before_start": (
        "Giờ kết thúc sớm hơn giờ bắt đầu.",
        "The end is before the start.",
    ),
    "prog.unknown_task": ("Không có nhiệm vụ mã {codes}.", "No task with code {codes}."),
    "prog.no_step": (
        "Không tìm thấy phần #{id} của chương trình.",
        "Programme step #{id} not found.",
    ),
    "prog.stale": (
        "Phần “{step}” vừa được {who} cập nhật lúc {when}. Thay đổi của bạn CHƯA được lưu; "
        "màn hình đã tải lại giá trị mới, hãy kiểm tra rồi thử lại.",
        "Step “{step}” was just changed by {who} at {when}. Your change was NOT saved; "
        "the screen now shows the current value, check it and try again.",
    ),
    "prog.bad_refresh": ("Chu kỳ làm mới phải từ {low} đến {high} giây.",
                         "The refresh period must be {low} to {high} seconds."),
    "prog.stale_setting": (
        "Chu kỳ làm mới vừa được {who} đổi thành {value} giây ({when}); chưa lưu.",
        "{who} just set the refresh period to {value} s ({when}); not saved.",
    ),
    "prog.undo_stale": (
        "Phần “{step}” đã được {who} thay đổi sau đó (lúc {when}). KHÔNG hoàn tác để khỏi "
        "ghi đè thay đổi mới hơn.",
        "Step “{step}” was changed since by {who} (at {when}). NOT undone, so that the newer "
        "change is not overwritten.",
    ),
    "history.field.title": ("tên", "title"),
    "history.field.pinned_start": ("giờ cố định", "fixed start"),
    "history.field.duration_min": ("thời lượng (phút)", "duration (min)"),
    "history.field.owner_agency_id": ("đơn vị phụ trách (mã)", "owner unit (id)"),
    "history.field.cue": ("cần chuẩn bị", "cue"),
    "history.field.task_codes": ("nhiệm vụ chuẩn bị", "preparing tasks"),
    "history.field.started_at": ("bắt đầu lúc", "started at"),
    "history.field.finished_at": ("kết thúc lúc", "finished at"),
    "history.field.marks": ("dấu bắt đầu → kết thúc", "start → finish marks"),
    "history.field.position": ("thứ tự (từ 0)", "place in the order (from 0)"),
    "history.field.projector_refresh_seconds": (
        "chu kỳ làm mới màn hình trình chiếu (giây)",
        "projector refresh period (seconds)",
    ),
    "prog.report_title": ("Chương trình Lễ", "Ceremony programme"),
    "prog.col_expected": ("Giờ dự kiến", "Expected start"),
    "prog.col_planned": ("Giờ theo kế hoạch", "Planned start"),
    "prog.col_step": ("Phần", "Step"),
    "prog.col_minutes": ("Thời lượng (phút)", "Duration (min)"),
    "prog.col_owner": ("Đơn vị phụ trách", "Owner unit"),
    "prog.col_state": ("Tình trạng", "State"),
    "prog.ov_now_detail": (
        "từ {start}, dự kiến xong {end}",
        "since {start}, expected to end {end}",
    ),
    "prog.ov_next_detail": ("lúc {time}", "at {time}"),
    "prog.ov_first": ("Chương trình bắt đầu", "Programme starts"),
    "prog.ov_steps": ("Số phần của chương trình", "Programme steps"),
    "prog.ov_steps_detail": ("dự kiến kết thúc {end}", "planned to end at {end}"),
    "step.chua_bat_dau": ("Chưa bắt đầu", "Not started"),
    "step.dang_dien_ra": ("Đang diễn ra", "Under way"),
    "step.da_xong": ("Đã xong", "Done"),
    "step.bo_qua": ("Không được đánh dấu", "Not marked"),
    "step.past": ("Đã qua giờ", "Time passed"),
    "step.expected": ("Dự kiến", "Planned"),
}
