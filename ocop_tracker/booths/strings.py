"""The booths, products and standees' strings, Vietnamese first, English second."""

STRINGS: dict[str, tuple[str, str]] = {
    "report.section_booths": ("Gian hàng", "Booths"),
    "report.section_products": ("Sản phẩm", "Products"),
    "bth.title": ("Gian hàng triển lãm và sản phẩm OCOP", "Exhibition booths and OCOP products"),
    "bth.caption": (
        "II.4.1.2: {n3} gian hàng sản phẩm OCOP 3 sao của 12 xã – thị trấn và {nnew} gian hàng "
        "sản phẩm mới được công nhận · triển lãm từ {time} ngày {date}",
        "II.4.1.2: {n3} booths of the 12 communes' 3-star OCOP products and {nnew} booths of "
        "newly recognised products · exhibition from {time} on {date}",
    ),
    "bth.m_assigned": ("Gian hàng đã phân", "Booths assigned"),
    "bth.m_ready": ("Gian hàng sẵn sàng", "Booths ready"),
    "bth.m_covered": ("Xã – TT có trưng bày", "Communes on display"),
    "bth.m_standees": ("Standee đã duyệt", "Standees approved"),
    "bth.m_deadline_left": ("Còn đến hạn trình dự thảo standee", "Until standee drafts are due"),
    "bth.m_deadline_late": ("Quá hạn trình dự thảo standee", "Standee drafts overdue by"),
    "bth.deadline_caption": (
        "{due} · đã trình {submitted}/{target}",
        "{due} · submitted {submitted}/{target}",
    ),
    "bth.missing": (
        "Chưa có sản phẩm trưng bày ({n}/{total}): {names}. Kế hoạch III.8: "
        "“Ít nhất 01 sản phẩm đặc trưng/đơn vị”.",
        "No product on display yet ({n}/{total}): {names}. Plan III.8: "
        "at least one signature product per commune.",
    ),
    "bth.all_covered": (
        "Cả {total}/{total} xã – thị trấn đã có sản phẩm trưng bày (III.8).",
        "All {total}/{total} communes have a product on display (III.8).",
    ),
    "bth.section": ("Mục", "Section"),
    "bth.sec_booths": ("🏬 Phân gian hàng", "🏬 Assign booths"),
    "bth.sec_coverage": ("🗺️ Độ phủ và sơ đồ", "🗺️ Coverage and layout"),
    "bth.sec_products": ("📦 Sản phẩm ({n})", "📦 Products ({n})"),
    "bth.sec_import": ("📥 Nhập từ tệp", "📥 Import a file"),
    "bth.sec_standees": ("🪧 Standee ({n}/{target})", "🪧 Standees ({n}/{target})"),
    "bth.who_missing": (
        "Đăng nhập (thanh bên) bằng tài khoản Phòng Kinh tế để cập nhật gian hàng, sản phẩm "
        "và standee.",
        "Log in (sidebar) with a Phòng Kinh tế account to update booths, products and standees.",
    ),
    "bth.organiser_only": (
        "Gian hàng, sản phẩm và standee do Phòng Kinh tế cập nhật; tài khoản của bạn chỉ xem "
        "được phần này.",
        "Booths, products and standees are updated by Phòng Kinh tế; your account can only "
        "view them.",
    ),
    "bth.kind.ocop_3_sao": ("OCOP 3 sao", "3-star OCOP"),
    "bth.kind.moi_cong_nhan": ("Mới công nhận", "Newly recognised"),
    "bth.booth": ("Gian {number}", "Booth {number}"),
    "bth.commune": ("Xã – thị trấn", "Commune"),
    "bth.unassigned": ("— chưa phân —", "— not assigned —"),
    "bth.products": ("Sản phẩm trưng bày", "Products on display"),
    "bth.products_placeholder": ("Chọn sản phẩm", "Choose products"),
    "bth.no_products_left": (
        "Xã này chưa có sản phẩm nào (hoặc đã xếp hết vào gian khác).",
        "This commune has no product left to show.",
    ),
    "bth.not_new": (
        "⚠️ Gian dành cho sản phẩm mới công nhận, nhưng {names} chưa được đánh dấu “mới công nhận”.",
        "⚠️ This booth is for newly recognised products, but {names} is not marked as new.",
    ),
    "bth.ready": ("✅ Sẵn sàng", "✅ Ready"),
    "bth.not_ready": ("⏳ {done}/4 mục", "⏳ {done}/4 items"),
    "bth.checklist": ("Kiểm tra sẵn sàng", "Readiness checklist"),
    "bth.check.space_ready": ("Đã dựng gian", "Space set up"),
    "bth.check.products_delivered": ("Đã nhận hàng", "Products delivered"),
    "bth.check.staffed": ("Có người trực", "Staffed"),
    "bth.check.standee_in_place": ("Đã đặt standee", "Standee in place"),
    "bth.saved_booth": ("Đã lưu gian {number}.", "Booth {number} saved."),
    "bth.row_3sao": ("Gian hàng sản phẩm OCOP 3 sao ({first}–{last})",
                     "3-star OCOP booths ({first}–{last})"),
    "bth.row_moi": ("Gian hàng sản phẩm mới công nhận ({first}–{last})",
                    "Newly recognised ({first}–{last})"),
    "bth.coverage": ("Độ phủ theo xã – thị trấn", "Coverage by commune"),
    "bth.col_commune": ("Xã – thị trấn", "Commune"),
    "bth.col_booths": ("Số gian", "Booths"),
    "bth.col_products": ("Sản phẩm đăng ký", "Products registered"),
    "bth.col_on_display": ("Đang trưng bày", "On display"),
    "bth.col_state": ("Tình trạng", "State"),
    "bth.gap.ok": ("✅ Đạt", "✅ Covered"),
    "bth.gap.no_products": ("⚠️ Chưa có sản phẩm đăng ký", "⚠️ No product registered"),
    "bth.gap.no_booth": ("⚠️ Có sản phẩm, chưa có gian", "⚠️ Products but no booth"),
    "bth.gap.not_displayed": ("⚠️ Có gian, chưa xếp sản phẩm", "⚠️ Booth without products"),
    "bth.layout": ("Sơ đồ gian hàng", "Booth layout"),
    "bth.layout_title": (
        "Sơ đồ gian hàng · Lễ công bố OCOP huyện Hóc Môn · {date}",
        "Booth layout · Hóc Môn OCOP ceremony · {date}",
    ),
    "bth.layout_note": (
        "Ô xếp theo số thứ tự gian hàng, không theo mặt bằng thực tế. In: tải tệp HTML rồi mở và "
        "in khổ A4 ngang, hoặc tải ảnh PNG bằng nút 📷 trên sơ đồ.",
        "Cells follow booth numbers, not the real ground plan. To print: download the HTML file "
        "and print it on landscape A4, or save a PNG with the 📷 button on the chart.",
    ),
    "bth.layout_free": ("Chưa phân", "Not assigned"),
    "bth.layout_n_products": ("{n} sản phẩm", "{n} products"),
    "bth.download_html": ("⬇️ Tải sơ đồ để in (HTML)", "⬇️ Download printable layout (HTML)"),
    "bth.printed_at": ("In lúc {when}", "Printed {when}"),
    "bth.add_product": ("Thêm sản phẩm", "Add a product"),
    "bth.f_name": ("Tên sản phẩm", "Product name"),
    "bth.f_producer": ("Chủ thể", "Producer"),
    "bth.f_kind": ("Loại chủ thể", "Producer kind"),
    "bth.f_commune": ("Xã – thị trấn", "Commune"),
    "bth.f_group": ("Nhóm sản phẩm (QĐ 148/QĐ-TTg)", "Product group (148/QĐ-TTg)"),
    "bth.f_stars": ("Số sao", "Stars"),
    "bth.f_decision_no": ("Số quyết định công nhận", "Decision number"),
    "bth.f_decision_date": ("Ngày quyết định", "Decision date"),
    "bth.f_newly": ("Mới công nhận tại Lễ này", "Newly recognised at this ceremony"),
    "bth.f_submit": ("Thêm sản phẩm", "Add product"),
    "bth.added": ("Đã thêm sản phẩm “{name}”.", "Product “{name}” added."),
    "bth.list": ("Danh sách sản phẩm ({n})", "Product list ({n})"),
    "bth.none": ("Chưa có sản phẩm nào. Thêm bằng biểu mẫu trên hoặc nhập từ tệp.",
                 "No products yet. Add one above or import a file."),
    "bth.col_name": ("Sản phẩm", "Product"),
    "bth.col_producer": ("Chủ thể", "Producer"),
    "bth.col_group": ("Nhóm", "Group"),
    "bth.col_stars": ("Sao", "Stars"),
    "bth.col_decision": ("Quyết định", "Decision"),
    "bth.col_expires": ("Hết hạn", "Expires"),
    "bth.col_newly": ("Mới", "New"),
    "bth.col_booth": ("Gian", "Booth"),
    "bth.expired": ("⚠️ {date} (hết hạn trước Lễ)", "⚠️ {date} (expired before the ceremony)"),
    "bth.delete": ("Xóa sản phẩm nhập nhầm", "Delete a product entered by mistake"),
    "bth.delete_button": ("Xóa", "Delete"),
    "bth.deleted": ("Đã xóa “{name}”.", "“{name}” deleted."),
    "imp.intro": (
        "Nhập danh sách sản phẩm từ tệp .xlsx hoặc .csv (tối đa 5 MB). Xem trước, rồi ghi tất cả "
        "trong một lần; không dòng nào được ghi khi còn lỗi, trừ khi bạn chọn bỏ qua dòng lỗi.",
        "Import a product list from .xlsx or .csv (up to 5 MB). Preview, then write it all at "
        "once; nothing is written while errors remain unless you choose to skip those lines.",
    ),
    "imp.template_xlsx": ("⬇️ Tệp mẫu Excel (.xlsx)", "⬇️ Template (.xlsx)"),
    "imp.template_csv": ("⬇️ Tệp mẫu CSV", "⬇️ Template (.csv)"),
    "imp.upload": ("Chọn tệp danh sách sản phẩm", "Choose the product list file"),
    "imp.summary": ("{file}: {n} dòng · {good} hợp lệ · {bad} lỗi",
                    "{file}: {n} lines · {good} valid · {bad} with errors"),
    "imp.errors_title": ("Các dòng lỗi (chưa ghi gì vào cơ sở dữ liệu):",
                         "Lines with errors (nothing has been written):"),
    "imp.line": ("Dòng {line}: {message}", "Line {line}: {message}"),
    "imp.ignored_columns": ("Bỏ qua các cột không dùng: {columns}", "Ignored columns: {columns}"),
    "imp.skip": ("Bỏ qua {n} dòng lỗi, chỉ nhập các dòng hợp lệ",
                 "Skip the {n} lines with errors and import the valid ones"),
    "imp.submit": ("Nhập {n} sản phẩm", "Import {n} products"),
    "imp.done": ("Đã nhập {n} sản phẩm từ {file}.", "Imported {n} products from {file}."),
    "imp.preview": ("Xem trước các dòng hợp lệ", "Preview of the valid lines"),
    "imp.too_big": (
        "Tệp nặng {size} MB, vượt giới hạn {limit} MB. Hãy chỉ giữ bảng danh sách sản phẩm.",
        "The file is {size} MB, over the {limit} MB limit. Keep only the product table.",
    ),
    "imp.empty": ("Tệp trống, không có dòng nào.", "The file is empty."),
    "imp.bad_type": (
        "Chỉ nhận tệp .xlsx hoặc .csv (tệp “{name}”). Tệp .xls cũ: mở bằng Excel rồi lưu lại "
        "dạng .xlsx.",
        "Only .xlsx or .csv files are accepted (got “{name}”). Save old .xls files as .xlsx.",
    ),
    "imp.not_xlsx": (
        "Tệp không phải bảng tính Excel .xlsx hợp lệ (có thể là tệp khác bị đổi đuôi thành .xlsx, "
        "hoặc tệp bị hỏng). Hãy mở tệp bằng Excel và lưu lại dạng .xlsx, hoặc dùng tệp mẫu.",
        "The file is not a valid .xlsx workbook (perhaps another file renamed to .xlsx, or "
        "damaged). Open it in Excel and save it as .xlsx, or use the template.",
    ),
    "imp.not_csv": (
        "Tệp không phải tệp văn bản CSV đọc được (cần mã UTF-8). Hãy lưu lại từ Excel dạng "
        "“CSV UTF-8”.",
        "The file is not a readable CSV text file (UTF-8 needed). Save it from Excel as "
        "“CSV UTF-8”.",
    ),
    "imp.too_many": ("Tệp có hơn {limit} dòng.", "The file has more than {limit} lines."),
    "imp.duplicate_column": ("Cột “{column}” xuất hiện hai lần.",
                             "Column “{column}” appears twice."),
    "imp.missing_columns": (
        "Tệp sai cột: thiếu cột bắt buộc {missing}. Các cột đọc được: {found}. "
        "Dòng đầu tiên phải là tiêu đề cột như tệp mẫu: {template}.",
        "Wrong columns: required {missing} missing. Columns found: {found}. "
        "The first line must hold the template's headers: {template}.",
    ),
    "imp.no_rows": ("Tệp không có dòng sản phẩm nào để nhập.", "The file holds no product lines."),
    "imp.no_name": ("thiếu tên sản phẩm", "product name missing"),
    "imp.no_producer": ("thiếu tên chủ thể", "producer missing"),
    "imp.no_commune": ("thiếu xã – thị trấn", "commune missing"),
    "imp.unknown_commune": (
        "không có xã – thị trấn “{value}” trong huyện; có phải: {suggestion}?",
        "no commune “{value}” in the district; did you mean: {suggestion}?",
    ),
    "imp.commune_no_marks": (
        "xã – thị trấn “{value}” viết không dấu, không xác định được chắc chắn là xã nào; "
        "hãy ghi có dấu, ví dụ: {suggestion}",
        "commune “{value}” is written without diacritics and cannot be matched for certain; "
        "write it with diacritics, e.g.: {suggestion}",
    ),
    "imp.commune_read_as": ("“{value}” được hiểu là {name}", "“{value}” read as {name}"),
    "imp.bad_group": (
        "nhóm sản phẩm “{value}” không thuộc 6 nhóm của QĐ 148/QĐ-TTg (I–VI)",
        "product group “{value}” is not one of the six groups of 148/QĐ-TTg (I–VI)",
    ),
    "imp.bad_stars": (
        "số sao “{value}” không hợp lệ: chỉ nhận 3, 4 hoặc 5 sao",
        "star rating “{value}” is invalid: only 3, 4 or 5",
    ),
    "imp.bad_kind": (
        "không xác định được loại chủ thể “{value}” (Doanh nghiệp, Hợp tác xã, Tổ hợp tác, "
        "Hộ kinh doanh)",
        "cannot tell the producer kind “{value}” (enterprise, cooperative, cooperative group, "
        "household business)",
    ),
    "imp.bad_date": (
        "ngày quyết định “{value}” không đọc được (cần dạng dd/mm/yyyy)",
        "decision date “{value}” unreadable (dd/mm/yyyy expected)",
    ),
    "imp.dup_in_file": ("trùng sản phẩm ở dòng {other} (cùng tên và chủ thể)",
                        "same product as line {other} (same name and producer)"),
    "imp.dup_in_db": ("sản phẩm này (cùng tên và chủ thể) đã có trong danh sách",
                      "this product (same name and producer) is already in the list"),
    "imp.has_errors": (
        "Còn {n} dòng lỗi (dòng {lines}). Chưa ghi gì: hãy sửa tệp, hoặc chọn bỏ qua các dòng lỗi.",
        "{n} lines still have errors (lines {lines}). Nothing written: fix the file or skip them.",
    ),
    "bth.bad_name": ("Tên sản phẩm không được trống và dài tối đa {limit} ký tự.",
                     "The product name must be 1–{limit} characters."),
    "bth.bad_decision_no": ("Số quyết định dài tối đa {limit} ký tự.",
                            "The decision number is at most {limit} characters."),
    "bth.bad_producer": ("Tên chủ thể không được trống và dài tối đa {limit} ký tự.",
                         "The producer must be 1–{limit} characters."),
    "bth.future_decision": ("Ngày quyết định {date} ở tương lai.",
                            "Decision date {date} is in the future."),
    "bth.duplicate": (
        "Sản phẩm “{name}” của “{producer}” đã có trong danh sách (dòng {line}); không ghi gì.",
        "Product “{name}” by “{producer}” is already in the list (line {line}); nothing written.",
    ),
    "bth.no_product": ("Không tìm thấy sản phẩm #{id}.", "Product #{id} not found."),
    "bth.no_booth": ("Không tìm thấy gian hàng #{id}.", "Booth #{id} not found."),
    "bth.no_standee": ("Không tìm thấy standee #{id}.", "Standee #{id} not found."),
    "bth.no_commune": ("Không tìm thấy xã – thị trấn #{commune_id}.",
                       "Commune #{commune_id} not found."),
    "bth.products_need_commune": (
        "Gian {number}: chọn xã – thị trấn trước khi xếp sản phẩm.",
        "Booth {number}: choose the commune before adding products.",
    ),
    "bth.other_commune": (
        "“{name}” không thuộc xã – thị trấn của gian {number}: mỗi gian hàng thuộc một "
        "xã – thị trấn.",
        "“{name}” is not from booth {number}'s commune: a booth belongs to one commune.",
    ),
    "bth.in_other_booth": (
        "“{name}” đang trưng bày ở gian {other}: mỗi sản phẩm chỉ ở một gian. Bỏ nó khỏi "
        "gian {other} trước.",
        "“{name}” is already in booth {other}: a product is shown in one booth only.",
    ),
    "bth.bad_check": ("Mục kiểm tra không hợp lệ: {value}", "Invalid checklist item: {value}"),
    "bth.no_standee_products": ("Chọn ít nhất một sản phẩm.", "Choose at least one product."),
    "bth.standee_not_displayed": (
        "“{name}” chưa được xếp vào gian hàng nào: standee dành cho sản phẩm trưng bày.",
        "“{name}” is not in a booth: standees are for products on display.",
    ),
    "bth.standee_exists": ("“{name}” đã có standee.", "“{name}” already has a standee."),
    "bth.bad_standee_status": ("Trạng thái standee không hợp lệ: {value}",
                               "Invalid standee status: {value}"),
    "bth.stale_booth": (
        "Gian {number} vừa được {who} cập nhật lúc {when}. Thay đổi của bạn CHƯA được lưu; "
        "màn hình đã tải lại giá trị mới, hãy kiểm tra rồi thử lại.",
        "Booth {number} was just changed by {who} at {when}. Your change was NOT saved; "
        "the screen now shows the current values.",
    ),
    "bth.stale_product": (
        "Sản phẩm “{name}” vừa được {who} cập nhật lúc {when}. Thay đổi của bạn CHƯA được lưu.",
        "Product “{name}” was just changed by {who} at {when}. Your change was NOT saved.",
    ),
    "bth.stale_standee": (
        "Standee này vừa được {who} cập nhật lúc {when}. Thay đổi của bạn CHƯA được lưu; "
        "màn hình đã tải lại trạng thái mới.",
        "This standee was just changed by {who} at {when}. Your change was NOT saved.",
    ),
    "bth.standees": ("Standee quảng bá sản phẩm", "Product standees"),
    "bth.standee_plan": (
        "Kế hoạch III.2: {target} standee quảng bá {target} sản phẩm OCOP; trình dự thảo thiết kế "
        "cho Thường trực UBND huyện {due}.",
        "Plan III.2: {target} standees for {target} OCOP products; drafts to the district "
        "leadership {due}.",
    ),
    "bth.standee_add": ("Tạo standee (dự thảo) cho sản phẩm đang trưng bày",
                        "Start standees (draft) for products on display"),
    "bth.standee_add_button": ("Tạo standee", "Create standees"),
    "bth.standee_added": ("Đã tạo {n} standee.", "{n} standees created."),
    "bth.standee_none": ("Chưa có standee nào.", "No standees yet."),
    "bth.standee_all_have": ("Mọi sản phẩm đang trưng bày đã có standee.",
                             "Every product on display has a standee."),
    "bth.standee_status": ("Trạng thái", "Status"),
    "bth.standee_saved": ("Đã lưu: standee “{name}” → {status}",
                          "Saved: standee “{name}” → {status}"),
    "bth.standee_where": ("{commune} · gian {booth}", "{commune} · booth {booth}"),
    "bth.standee_over": (
        "Đã có {n} standee, nhiều hơn {target} standee trong kế hoạch.",
        "{n} standees exist, more than the plan's {target}.",
    ),
    "bth.standee_late": ("Quá hạn trình dự thảo", "Draft overdue"),
    "bth.st.du_thao": ("Dự thảo", "Draft"),
    "bth.st.da_trinh": ("Đã trình duyệt", "Submitted"),
    "bth.st.da_duyet": ("Đã duyệt", "Approved"),
    "bth.st.da_in": ("Đã in", "Printed"),
    "bth.st.da_dat": ("Đã đặt tại gian", "In place"),
    "bth.overview": ("Gian hàng, sản phẩm và standee", "Booths, products and standees"),
    "bth.open_page": ("Mở trang Gian hàng", "Open the Booths page"),
    # ---------------------------------------------------------------- undo and history
    "bth.subject": ("Gian hàng số {number}", "Booth {number}"),
    "bth.standee_subject": ("Standee: {name}", "Standee: {name}"),
    "bth.undo_gone": (
        "Không hoàn tác được: mục này không còn (sản phẩm của standee đã bị xóa).",
        "Cannot undo: this item no longer exists (the standee's product was deleted).",
    ),
    "bth.undo_stale_booth": (
        "Gian {number} đã được {who} thay đổi sau đó (lúc {when}). KHÔNG hoàn tác để khỏi "
        "ghi đè thay đổi mới hơn.",
        "Booth {number} was changed since by {who} (at {when}). NOT undone, so that the "
        "newer change is not overwritten.",
    ),
    "bth.undo_stale_standee": (
        "Standee “{name}” đã được {who} thay đổi sau đó (lúc {when}). KHÔNG hoàn tác để khỏi "
        "ghi đè thay đổi mới hơn.",
        "Standee “{name}” was changed since by {who} (at {when}). NOT undone, so that the "
        "newer change is not overwritten.",
    ),
    "bth.undo_product_deleted": (
        "Không hoàn tác được gian {number}: sản phẩm “{name}” đã bị xóa khỏi danh sách.",
        "Cannot undo booth {number}: product “{name}” has been deleted from the list.",
    ),
    "bth.undo_in_other_booth": (
        "Không hoàn tác được gian {number}: “{name}” nay đang trưng bày ở gian {other} "
        "(mỗi sản phẩm chỉ ở một gian).",
        "Cannot undo booth {number}: “{name}” is now shown in booth {other} "
        "(a product is shown in one booth only).",
    ),
    "history.field.space_ready": ("mục “Đã dựng gian”", "item “Space set up”"),
    "history.field.products_delivered": ("mục “Đã nhận hàng”", "item “Products delivered”"),
    "history.field.staffed": ("mục “Có người trực”", "item “Staffed”"),
    "history.field.standee_in_place": ("mục “Đã đặt standee”", "item “Standee in place”"),
    "history.field.commune_id": ("xã – thị trấn (mã)", "commune (id)"),
    "history.field.products": ("sản phẩm trưng bày (mã)", "products on display (ids)"),
    # ---------------------------------------------------------------- projector and overview
    "bth.pj_assigned": ("gian hàng đã phân", "booths assigned"),
    "bth.pj_ready": ("{n}/{total} SẴN SÀNG", "{n}/{total} READY"),
    "bth.pj_covered": ("Xã – thị trấn có trưng bày", "Communes on display"),
    "bth.pj_missing_n": ("THIẾU {n}", "{n} MISSING"),
    "bth.pj_all_covered": ("ĐỦ {total}/{total}", "ALL {total}/{total}"),
    "bth.pj_standees": ("Standee đã duyệt", "Standees approved"),
    "bth.pj_submitted": ("đã trình {n}/{target}", "submitted {n}/{target}"),
    "bth.pj_drafts_due": ("Dự thảo standee {due}", "Standee drafts {due}"),
    "bth.pj_unsent": ("{n} BẢN CHƯA TRÌNH", "{n} NOT SUBMITTED"),
    "bth.pj_all_submitted": ("ĐÃ TRÌNH ĐỦ", "ALL SUBMITTED"),
    "bth.pj_missing_title": (
        "Chưa có sản phẩm trưng bày ({n}/{total} xã – thị trấn)",
        "No product on display yet ({n}/{total} communes)",
    ),
    "bth.pj_more": ("+{n} nữa", "+{n} more"),
    "bth.pj_gap.no_products": ("CHƯA CÓ SẢN PHẨM", "NO PRODUCT"),
    "bth.pj_gap.no_booth": ("CHƯA CÓ GIAN", "NO BOOTH"),
    "bth.pj_gap.not_displayed": ("GIAN CHƯA XẾP SẢN PHẨM", "BOOTH EMPTY"),
    "bth.ov_ready": ("{n}/{total} gian sẵn sàng", "{n}/{total} booths ready"),
    "bth.ov_missing": ("Chưa có: {names}", "Missing: {names}"),
    "bth.ov_all_covered": ("Đủ mọi xã – thị trấn (III.8)", "Every commune (III.8)"),
    "bth.ov_drafts": (
        "Đã trình {submitted}/{target} · hạn dự thảo {due}: {left}",
        "Submitted {submitted}/{target} · drafts due {due}: {left}",
    ),
    # ---------------------------------------------------------------- report sheets
    "bth.rep.number": ("Số gian", "Booth no."),
    "bth.rep.kind": ("Loại gian", "Booth kind"),
    "bth.rep.kind.ocop_3_sao": ("Sản phẩm OCOP 3 sao", "3-star OCOP products"),
    "bth.rep.kind.moi_cong_nhan": ("Sản phẩm mới công nhận", "Newly recognised products"),
    "bth.rep.commune": ("Xã – thị trấn", "Commune"),
    "bth.rep.unassigned": ("(chưa phân)", "(not assigned)"),
    "bth.rep.products": ("Sản phẩm trưng bày", "Products on display"),
    "bth.rep.checks": ("Hạng mục xong (/4)", "Checklist done (/4)"),
    "bth.rep.ready": ("Sẵn sàng", "Ready"),
    "bth.rep.yes": ("Có", "Yes"),
    "bth.rep.not_yet": ("Chưa", "Not yet"),
    "bth.rep.product": ("Sản phẩm", "Product"),
    "bth.rep.producer": ("Chủ thể", "Producer"),
    "bth.rep.group": ("Nhóm", "Group"),
    "bth.rep.stars": ("Hạng sao", "Stars"),
    "bth.rep.decision_no": ("Số quyết định", "Decision no."),
    "bth.rep.decision_date": ("Ngày quyết định", "Decision date"),
    "bth.rep.expires": ("Hết hạn", "Expires"),
    "bth.rep.newly": ("Mới công nhận", "Newly recognised"),
    "bth.rep.booth": ("Gian số", "Booth no."),
    "bth.standee_under_signoff": (
        "Standee này đang được trình duyệt: trình, trả lại và duyệt ở trang Trình duyệt; sau khi "
        "duyệt mới chuyển sang đã in, đã đặt.",
        "This standee goes through sign-off: it is submitted, returned and approved on the "
        "Approvals page; once approved it can move on to printed and in place."),
}
