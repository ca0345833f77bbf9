<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
<context>
    <name>AccountWizard</name>
    <message>
        <location filename="../../kiosk/ui/wizard/wizard.py" line="215" />
        <source>Đang lưu hồ sơ…</source>
        <translation>Saving the case…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/wizard.py" line="321" />
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/wizard.py" line="322" />
        <source>Tiếp tục (Enter)</source>
        <translation>Continue (Enter)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/wizard.py" line="323" />
        <source>Hủy hồ sơ (Esc)</source>
        <translation>Drop the case (Esc)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/wizard.py" line="324" />
        <source>Tiếp công dân mới (Enter)</source>
        <translation>Next citizen (Enter)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/wizard.py" line="325" />
        <source>Tạo tài khoản (Enter)</source>
        <translation>Create account (Enter)</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../kiosk/ui/supervisor/accounts_model.py" line="47" />
        <source>Giờ</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/accounts_model.py" line="48" />
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/accounts_model.py" line="49" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/accounts_model.py" line="50" />
        <source>Công dân</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/accounts_model.py" line="51" />
        <source>Số CCCD</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/accounts_model.py" line="52" />
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/accounts_model.py" line="53" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../../kiosk/ui/wizard/busy.py" line="30" />
        <source>Hủy việc đang chạy (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../kiosk/ui/wizard/camera_dialog.py" line="116" />
        <source>Chụp mặt trước bằng camera</source>
        <translation>Photograph the front with the camera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/camera_dialog.py" line="118" />
        <source>Chụp mặt sau bằng camera</source>
        <translation>Photograph the back with the camera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/camera_dialog.py" line="123" />
        <source>Đặt thẻ nằm gọn trong khung vàng, đủ sáng và không bị lóa. Nhấn Space hoặc Enter để chụp, Esc để thôi.</source>
        <translation>Place the card inside the yellow frame, well lit and without glare. Press Space or Enter to take the picture, Esc to stop.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/camera_dialog.py" line="131" />
        <source>Chụp (Space)</source>
        <translation>Take picture (Space)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/camera_dialog.py" line="135" />
        <source>Thôi (Esc)</source>
        <translation>Stop (Esc)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/camera_dialog.py" line="152" />
        <source>Đang mở camera…</source>
        <translation>Opening the camera…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/camera_dialog.py" line="177" />
        <source>Không có hình từ camera.</source>
        <translation>No picture from the camera.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../kiosk/ui/wizard/base_page.py" line="176" />
        <location filename="../../kiosk/ui/wizard/base_page.py" line="193" />
        <source>Đã hủy.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>ConfirmDrop</name>
    <message>
        <location filename="../../kiosk/ui/wizard/confirm.py" line="19" />
        <location filename="../../kiosk/ui/wizard/confirm.py" line="29" />
        <source>Hủy hồ sơ</source>
        <translation>Drop the case</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/confirm.py" line="20" />
        <source>Hủy hồ sơ của công dân này?</source>
        <translation>Drop this citizen's case?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/confirm.py" line="22" />
        <source>Thông tin đã nhập và ảnh thẻ đã quét sẽ bị xóa khỏi máy này. Chưa có tài khoản nào được tạo.</source>
        <translation>The details entered and the card scans will be deleted from this computer. No account has been created.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/confirm.py" line="33" />
        <source>Làm tiếp</source>
        <translation>Keep working</translation>
    </message>
</context>
<context>
    <name>CrashNotifier</name>
    <message>
        <location filename="../../kiosk/ui/crash.py" line="37" />
        <source>Có lỗi ngoài dự kiến</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/crash.py" line="40" />
        <source>Kiosk gặp một lỗi ngoài dự kiến nhưng vẫn tiếp tục chạy. Thông tin công dân đang nhập không bị mất.</source>
        <translation>The kiosk met an unexpected error but keeps running. The citizen details being entered are not lost.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/crash.py" line="45" />
        <source>Nếu lỗi lặp lại, hãy báo bộ phận CNTT và gửi kèm tệp nhật ký:
{path}</source>
        <translation>If it happens again, tell IT staff and send them the log file:
{path}</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="150" />
        <source>Chọn một tài khoản trong danh sách để xem.</source>
        <translation>Choose an account in the list to see it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="155" />
        <source>(đã ẩn)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="179" />
        <source>không ghi tên quầy</source>
        <translation>no counter name recorded</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="181" />
        <source>{counter} · máy {address}</source>
        <translation>{counter} · PC {address}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="187" />
        <source>Chưa kiểm tra</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="191" />
        <source>{state} — {name}, {when}</source>
        <translation>{state} — {name}, {when}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="199" />
        <source>Ẩn thông tin</source>
        <translation>Hide details</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="199" />
        <source>Hiện đầy đủ</source>
        <translation>Show in full</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="221" />
        <source>Thông tin</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="222" />
        <source>Ảnh thẻ CCCD</source>
        <translation>ID card scan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="223" />
        <source>Giấy đề nghị</source>
        <translation>Request form</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="225" />
        <source>Số CCCD</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="226" />
        <source>Số CMND cũ</source>
        <translation>Old ID number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="227" />
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="228" />
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="229" />
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="230" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="231" />
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="232" />
        <source>Tạo lúc</source>
        <translation>Created at</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="233" />
        <source>Cán bộ tạo</source>
        <translation>Created by</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="234" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="235" />
        <source>Quầy</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="236" />
        <source>Kiểm tra</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="237" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="242" />
        <source>Xem số CCCD, số điện thoại, ngày sinh đầy đủ; việc xem được ghi nhật ký.</source>
        <translation>See the ID number, phone and date of birth in full; each view is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="244" />
        <source>Đã kiểm tra…</source>
        <translation>Checked…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="245" />
        <source>Cần xử lý…</source>
        <translation>Needs action…</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="149" />
        <source>Bước 3. Thông tin công dân</source>
        <translation>Step 3. Citizen's details</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="152" />
        <source>Đối chiếu thông tin điền từ mã QR với thẻ. Số di động phải của chính công dân: mã OTP và mật khẩu gửi tới số này.</source>
        <translation>Check the details filled from the QR code against the card. The mobile number must be the citizen's own: the OTP and the password go to it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="157" />
        <source>Số CCCD/CMND</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="158" />
        <source>&amp;Họ và tên</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="159" />
        <source>&amp;Ngày sinh</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="160" />
        <source>&amp;Giới tính</source>
        <translation>&amp;Sex</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="161" />
        <source>Số CMND cũ</source>
        <translation>Old ID number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="162" />
        <source>Nơi &amp;thường trú</source>
        <translation>Permanent &amp;address</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="163" />
        <source>Số điện thoại &amp;di động</source>
        <translation>&amp;Mobile phone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="164" />
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="165" />
        <source>Đơn &amp;vị tiếp nhận</source>
        <translation>Receiving &amp;unit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="169" />
        <source>ngày/tháng/năm, ví dụ 07/03/1995</source>
        <translation>day/month/year, e.g. 07/03/1995</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="170" />
        <location filename="../../kiosk/ui/wizard/details_page.py" line="171" />
        <location filename="../../kiosk/ui/wizard/details_page.py" line="172" />
        <source>không bắt buộc</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="173" />
        <source>ví dụ 0912 345 678</source>
        <translation>e.g. 0912 345 678</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="174" />
        <source>Số chính chủ: công dân đã xác nhận (Alt+C)</source>
        <translation>Citizen's own number: confirmed (Alt+C)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="175" />
        <source>Đã đối chiếu với thẻ, vẫn tiếp tục (Alt+X)</source>
        <translation>Checked against the card, go on (Alt+X)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="176" />
        <source>Điền lại từ mã QR</source>
        <translation>Refill from the QR code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="275" />
        <source>Cần đối chiếu với thẻ trước khi tiếp tục:</source>
        <translation>Check against the card before going on:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="341" />
        <source>Hãy đối chiếu các cảnh báo với thẻ rồi bấm Alt+X để xác nhận.</source>
        <translation>Check the warnings against the card, then press Alt+X to confirm.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="346" />
        <source>Còn thông tin chưa hợp lệ: xem các dòng màu đỏ.</source>
        <translation>Some details are not valid yet: see the lines in red.</translation>
    </message>
</context>
<context>
    <name>DoctorDialog</name>
    <message>
        <location filename="../../kiosk/ui/doctor_dialog.py" line="112" />
        <source>Đang kiểm tra…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doctor_dialog.py" line="141" />
        <source>Đang kiểm tra: {title}</source>
        <translation>Checking: {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doctor_dialog.py" line="162" />
        <source>{n} mục lỗi: làm theo “Cách sửa” rồi bấm Chạy lại.</source>
        <translation>{n} checks failed: follow “How to fix”, then press Run again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doctor_dialog.py" line="165" />
        <source>Tất cả đều đạt.</source>
        <translation>Everything passed.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doctor_dialog.py" line="172" />
        <source>ĐẠT</source>
        <translation>PASS</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doctor_dialog.py" line="172" />
        <source>LỖI</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doctor_dialog.py" line="172" />
        <source>BỎ QUA</source>
        <translation>SKIPPED</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doctor_dialog.py" line="182" />
        <source>Cách sửa: {hint}</source>
        <translation>How to fix: {hint}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doctor_dialog.py" line="194" />
        <source>Đã dừng kiểm tra.</source>
        <translation>Checks stopped.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doctor_dialog.py" line="222" />
        <location filename="../../kiosk/ui/doctor_dialog.py" line="223" />
        <source>Kiểm tra máy kiosk</source>
        <translation>Check this kiosk PC</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doctor_dialog.py" line="225" />
        <source>Kiểm tra</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doctor_dialog.py" line="225" />
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doctor_dialog.py" line="225" />
        <source>Chi tiết và cách sửa</source>
        <translation>Details and how to fix</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doctor_dialog.py" line="227" />
        <source>Chạy lại</source>
        <translation>Run again</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doctor_dialog.py" line="228" />
        <source>Sao chép báo cáo</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doctor_dialog.py" line="229" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ExistsPage</name>
    <message>
        <location filename="../../kiosk/ui/wizard/exists_page.py" line="46" />
        <source>Kết quả tra cứu</source>
        <translation>Lookup result</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/exists_page.py" line="47" />
        <source>Không tạo tài khoản mới. Enter: tiếp công dân mới.</source>
        <translation>No new account is created. Enter: next citizen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/exists_page.py" line="48" />
        <source>Công dân đã có tài khoản – không cần tạo mới</source>
        <translation>The citizen already has an account – nothing to create</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/exists_page.py" line="51" />
        <source>Nếu công dân quên mật khẩu hoặc không đăng nhập được: hướng dẫn vào https://dichvucong.gov.vn/, chọn [Đăng nhập], đăng nhập bằng tài khoản cấp bởi Cổng Dịch vụ công quốc gia, rồi chọn [Quên mật khẩu]. In hướng dẫn để công dân mang về.</source>
        <translation>If the citizen forgot the password or cannot log in: go to https://dichvucong.gov.vn/, choose [Đăng nhập] (log in), log in with an account issued by the National Public Service Portal, then choose [Quên mật khẩu] (forgot password). Print the guide for the citizen to take home.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/exists_page.py" line="57" />
        <source>In hướng dẫn đăng nhập / quên mật khẩu (Ctrl+P)</source>
        <translation>Print the log-in / forgot-password guide (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/exists_page.py" line="68" />
        <source>Tên đăng nhập: {user} · Họ tên: {name} · Tạo ngày: {day}</source>
        <translation>Username: {user} · Name: {name} · Created: {day}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/exists_page.py" line="78" />
        <source>Đang đóng hồ sơ…</source>
        <translation>Closing the case…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../kiosk/ui/supervisor/filter_bar.py" line="140" />
        <source>Ngày</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/filter_bar.py" line="141" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/filter_bar.py" line="142" />
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/filter_bar.py" line="143" />
        <source>Tất cả đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/filter_bar.py" line="144" />
        <source>Tất cả cán bộ</source>
        <translation>All officers</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/filter_bar.py" line="146" />
        <source>Mọi trạng thái</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/filter_bar.py" line="147" />
        <source>Chưa kiểm tra</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/filter_bar.py" line="148" />
        <source>Đã kiểm tra</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/filter_bar.py" line="149" />
        <source>Cần xử lý</source>
        <translation>Needs action</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/filter_bar.py" line="153" />
        <source>Tìm: tên, số CCCD, số điện thoại, cán bộ, quầy</source>
        <translation>Find: name, ID number, phone, officer, counter</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../kiosk/ui/wizard/form_page.py" line="58" />
        <source>Bước 4. Giấy đề nghị tạo tài khoản</source>
        <translation>Step 4. Account request form</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/form_page.py" line="61" />
        <source>In giấy đề nghị, đưa công dân kiểm tra thông tin và ký. Giấy ghi số điện thoại và đồng ý của công dân về việc xử lý dữ liệu cá nhân.</source>
        <translation>Print the request form; the citizen checks the details and signs. The form states the phone number and the citizen's consent to the processing of personal data.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/form_page.py" line="65" />
        <source>In giấy đề nghị (Ctrl+P)</source>
        <translation>Print the request form (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/form_page.py" line="69" />
        <source>Khi công dân đã đọc lại họ tên, ngày sinh, số thẻ, số điện thoại trên giấy và ký tên:</source>
        <translation>Once the citizen has read the name, date of birth, ID number and phone number on the paper and signed it:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/form_page.py" line="66" />
        <source>Máy in khác… (Ctrl+Shift+P)</source>
        <translation>Another printer… (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/form_page.py" line="73" />
        <source>Công dân đã kiểm tra và ký (Alt+K)</source>
        <translation>Checked and signed by the citizen (Alt+K)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/form_page.py" line="117" />
        <source>Đang tạo giấy đề nghị…</source>
        <translation>Making the request form…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/form_page.py" line="139" />
        <source>Đang in…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/form_page.py" line="142" />
        <source>Giấy đề nghị {ref}</source>
        <translation>Request form {ref}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/form_page.py" line="169" />
        <source>Đã in giấy đề nghị.</source>
        <translation>The request form was printed.</translation>
    </message>
</context>
<context>
    <name>GuidePrinting</name>
    <message>
        <location filename="../../kiosk/ui/wizard/guide_printing.py" line="41" />
        <source>Đang in…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/guide_printing.py" line="43" />
        <source>Hướng dẫn đăng nhập</source>
        <translation>Log-in guide</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/guide_printing.py" line="49" />
        <source>Đang tạo hướng dẫn…</source>
        <translation>Making the guide…</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <location filename="../../kiosk/ui/wizard/history.py" line="67" />
        <source>Tài khoản công dân bạn đã tạo</source>
        <translation>Citizen accounts you created</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/history.py" line="68" />
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/history.py" line="71" />
        <source>Thời gian tạo</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/history.py" line="72" />
        <source>Số CCCD</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/history.py" line="73" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/history.py" line="74" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/history.py" line="75" />
        <source>Kiểm tra</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/history.py" line="82" />
        <source>Đang tải danh sách…</source>
        <translation>Loading the list…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/history.py" line="87" />
        <source>Đã kiểm tra</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/history.py" line="87" />
        <source>Cần xử lý</source>
        <translation>Needs action</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/history.py" line="100" />
        <source>{n} tài khoản</source>
        <translation>{n} accounts</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/history.py" line="104" />
        <source>Chưa có tài khoản nào. Bấm “Tiếp công dân mới” để bắt đầu.</source>
        <translation>No accounts yet. Press “Next citizen” to start.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="119" />
        <source>Xin chào {name}</source>
        <translation>Hello, {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="121" />
        <source>Tiếp nhận công dân</source>
        <translation>Serving citizens</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="123" />
        <source>Tiếp công dân mới (Enter)</source>
        <translation>Next citizen (Enter)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="124" />
        <source>Hồ sơ đang làm dở</source>
        <translation>Unfinished cases</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="125" />
        <source>Làm tiếp</source>
        <translation>Keep working</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="126" />
        <source>Hủy hồ sơ</source>
        <translation>Drop the case</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="127" />
        <source>Các bước tạo tài khoản cho công dân</source>
        <translation>Steps to create a citizen's account</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="129" />
        <source>Tra cứu số CMND/CCCD: nếu công dân đã có tài khoản thì không tạo mới.</source>
        <translation>Look up the ID number: if the citizen already has an account, do not create a new one.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="130" />
        <source>Quét hai mặt thẻ thành một tệp PDF (không quá 5 MB).</source>
        <translation>Scan both sides of the card into one PDF (at most 5 MB).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="131" />
        <source>Nhập thông tin công dân; số điện thoại phải chính chủ.</source>
        <translation>Enter the citizen's details; the phone must be the citizen's own.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="132" />
        <source>In giấy đề nghị tạo tài khoản để công dân kiểm tra và ký.</source>
        <translation>Print the account request form for the citizen to check and sign.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="133" />
        <source>Gửi mã OTP tới điện thoại của công dân, nhập mã mới nhất.</source>
        <translation>Send an OTP to the citizen's phone and enter the newest code.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="134" />
        <source>Tạo tài khoản: mật khẩu được gửi tới công dân bằng tin nhắn.</source>
        <translation>Create the account: the password is sent to the citizen by SMS.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="138" />
        <source>Mọi bước đều làm được bằng bàn phím: Enter để tiếp tục, Esc để hủy.</source>
        <translation>Every step works from the keyboard: Enter to continue, Esc to cancel.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="162" />
        <source>đang chờ kết quả tạo tài khoản</source>
        <translation>waiting for the outcome of the account creation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="164" />
        <source>bước: {step}</source>
        <translation>step: {step}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="175" />
        <source>tra cứu</source>
        <translation>lookup</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="176" />
        <source>quét thẻ</source>
        <translation>card scan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="177" />
        <source>thông tin công dân</source>
        <translation>citizen's details</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="178" />
        <source>giấy đề nghị</source>
        <translation>request form</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="179" />
        <source>mã OTP</source>
        <translation>OTP</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../kiosk/ui/idle_lock.py" line="105" />
        <source>Màn hình đã khóa</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle_lock.py" line="110" />
        <source>Mật khẩu của cán bộ</source>
        <translation>Officer's password</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle_lock.py" line="115" />
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle_lock.py" line="117" />
        <source>Đăng xuất</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle_lock.py" line="132" />
        <source>Kiosk tự khóa khi không có thao tác. Thông tin đang nhập vẫn được giữ. Cán bộ {name} nhập mật khẩu để tiếp tục.</source>
        <translation>The kiosk locked itself after a period without activity. The details being entered are kept. Officer {name}, enter your password to continue.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../kiosk/ui/login_page.py" line="88" />
        <source>Đăng nhập cán bộ</source>
        <translation>Officer log-in</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/login_page.py" line="90" />
        <source>Dùng tài khoản cán bộ một cửa đã được phân quyền tạo tài khoản công dân.</source>
        <translation>Use a one-stop officer account that is allowed to create citizens' accounts.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/login_page.py" line="92" />
        <source>&amp;Tên đăng nhập</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/login_page.py" line="93" />
        <source>&amp;Mật khẩu</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/login_page.py" line="94" />
        <source>&amp;Ghi nhớ đăng nhập trên quầy này</source>
        <translation>&amp;Remember me on this counter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/login_page.py" line="96" />
        <source>Chỉ lưu phiên đăng nhập trong kho khóa của hệ điều hành, không lưu mật khẩu.</source>
        <translation>Only the session is kept, in the operating system's keyring; the password is never stored.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/login_page.py" line="98" />
        <source>Đăng nhập</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/login_page.py" line="130" />
        <source>Nhập tên đăng nhập.</source>
        <translation>Enter the username.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/login_page.py" line="134" />
        <source>Nhập mật khẩu.</source>
        <translation>Enter the password.</translation>
    </message>
</context>
<context>
    <name>LookupPage</name>
    <message>
        <location filename="../../kiosk/ui/wizard/lookup_page.py" line="79" />
        <source>Bước 1. Tra cứu số CMND/CCCD</source>
        <translation>Step 1. Look up the ID number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/lookup_page.py" line="82" />
        <source>Quét mã QR trên thẻ bằng máy quét cầm tay, hoặc gõ số thẻ rồi nhấn Enter. Nếu công dân đã có tài khoản thì không tạo mới.</source>
        <translation>Scan the card's QR code with the handheld scanner, or type the number and press Enter. If the citizen already has an account, none is created.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/lookup_page.py" line="86" />
        <source>&amp;Số CCCD (12 số) hoặc CMND cũ (9 số)</source>
        <translation>&amp;ID number (12 digits) or old ID (9 digits)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/lookup_page.py" line="87" />
        <source>Gõ số, hoặc quét mã QR trên thẻ</source>
        <translation>Type the number, or scan the card's QR code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/lookup_page.py" line="88" />
        <source>Đọc mã QR từ ảnh thẻ… (Ctrl+O)</source>
        <translation>Read the QR code from a card picture… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/lookup_page.py" line="91" />
        <source>Mã QR nằm ở mặt trước thẻ CCCD gắn chip (2021) và ở mặt sau thẻ Căn cước (2024). Máy quét cầm tay cần đặt ở chế độ bàn phím (keyboard) Unicode.</source>
        <translation>The QR code is on the front of 2021 chip ID cards and on the back of 2024 Căn cước cards. The handheld scanner must be set to Unicode keyboard mode.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/lookup_page.py" line="179" />
        <source>Đã đọc mã QR trên thẻ: {name} · sinh {dob} · {sex}</source>
        <translation>Card QR code read: {name} · born {dob} · {sex}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/lookup_page.py" line="204" />
        <source>Đang tra cứu tài khoản trên Cổng Dịch vụ công…</source>
        <translation>Looking the account up on the Public Service Portal…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/lookup_page.py" line="212" />
        <source>Chọn ảnh thẻ có mã QR</source>
        <translation>Choose a picture of the card with its QR code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/lookup_page.py" line="216" />
        <source>Ảnh hoặc PDF ({patterns})</source>
        <translation>Images or PDF ({patterns})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/lookup_page.py" line="241" />
        <source>Đang đọc mã QR trên ảnh thẻ…</source>
        <translation>Reading the QR code on the card picture…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="141" />
        <location filename="../../kiosk/ui/main_window.py" line="168" />
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="143" />
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Phiên bản {version}&lt;br&gt;&lt;br&gt;Dành cho cán bộ Bộ phận một cửa và Trung tâm Phục vụ hành chính công: tạo tài khoản dịch vụ công cho công dân.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Version {version}&lt;br&gt;&lt;br&gt;For officers of one-stop counters and public administrative service centres: creating citizens' public-service accounts.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="146" />
        <location filename="../../kiosk/ui/main_window.py" line="156" />
        <source>Kiosk tạo tài khoản dịch vụ công</source>
        <translation>Public-service account kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="157" />
        <source>Tạo tài khoản dịch vụ công cho công dân</source>
        <translation>Public-service accounts for citizens</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="160" />
        <source>CHẾ ĐỘ ĐÀO TẠO — máy chủ đào tạo nội bộ; tài khoản tạo ở đây không có trên Cổng Dịch vụ công quốc gia</source>
        <translation>TRAINING MODE — local training gateway; accounts created here do not exist on the National Public Service Portal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="164" />
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="165" />
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="166" />
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="167" />
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="170" />
        <source>Máy chủ: đào tạo (chạy trong máy này)</source>
        <translation>Gateway: training (running on this PC)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="172" />
        <source>Máy chủ: {url}</source>
        <translation>Gateway: {url}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="175" />
        <source>Quầy: {name}</source>
        <translation>Counter: {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="177" />
        <source>Phiên bản {v}</source>
        <translation>Version {v}</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <location filename="../../kiosk/ui/supervisor/mark_dialog.py" line="32" />
        <source>Đánh dấu kiểm tra</source>
        <translation>Review mark</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/mark_dialog.py" line="35" />
        <source>Tài khoản của công dân {name}</source>
        <translation>Account of {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/mark_dialog.py" line="39" />
        <source>Đã kiểm tra: hồ sơ đúng</source>
        <translation>Checked: the record is right</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/mark_dialog.py" line="40" />
        <source>Cần xử lý: có sai sót, cần liên hệ công dân</source>
        <translation>Needs action: something is wrong, the citizen must be contacted</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/mark_dialog.py" line="47" />
        <source>Ghi chú (bắt buộc khi cần xử lý):</source>
        <translation>Note (required when action is needed):</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/mark_dialog.py" line="58" />
        <source>Lưu đánh dấu</source>
        <translation>Save mark</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/mark_dialog.py" line="74" />
        <source>Ghi rõ cần xử lý việc gì để cán bộ liên hệ công dân.</source>
        <translation>Say what needs doing, so the officer can contact the citizen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/mark_dialog.py" line="79" />
        <source>Ghi chú dài {n} ký tự; tối đa {max}.</source>
        <translation>The note has {n} characters; at most {max}.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="43" />
        <source>Tên đăng nhập hoặc mật khẩu không đúng.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="44" />
        <source>Kiểm tra bộ gõ tiếng Việt và phím Caps Lock, rồi nhập lại.</source>
        <translation>Check the Vietnamese input method and Caps Lock, then try again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="47" />
        <source>Đăng nhập sai quá nhiều lần nên tạm bị khóa.</source>
        <translation>Too many failed log-ins: temporarily locked.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="48" />
        <source>Chờ hết thời gian khóa rồi thử lại.</source>
        <translation>Wait until the lock ends, then try again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="51" />
        <location filename="../../kiosk/ui/messages.py" line="193" />
        <source>Phiên đăng nhập đã hết hạn.</source>
        <translation>The session has expired.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="52" />
        <location filename="../../kiosk/ui/messages.py" line="194" />
        <source>Đăng nhập lại; hồ sơ đang làm dở vẫn được giữ.</source>
        <translation>Log in again; the case in progress is kept.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="55" />
        <source>Tài khoản của bạn không có quyền làm việc này.</source>
        <translation>Your account is not allowed to do this.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="56" />
        <source>Liên hệ quản trị của đơn vị để được phân quyền.</source>
        <translation>Ask your unit's administrator for the permission.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="59" />
        <source>Bạn không được xem dữ liệu này.</source>
        <translation>You may not see this data.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="60" />
        <source>Cán bộ chỉ xem tài khoản mình tạo; giám sát viên xem đơn vị mình.</source>
        <translation>Officers see the accounts they created; supervisors see their units'.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="65" />
        <source>Không chọn được đơn vị này.</source>
        <translation>This unit cannot be chosen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="66" />
        <source>Chọn Trung tâm Phục vụ hành chính công hoặc Bộ phận một cửa của bạn.</source>
        <translation>Choose your Public Administrative Service Centre or one-stop unit.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="71" />
        <source>Số CMND/CCCD không hợp lệ.</source>
        <translation>Invalid ID number.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="72" />
        <source>Số CMND gồm 9 chữ số, số CCCD gồm 12 chữ số.</source>
        <translation>An old ID (CMND) has 9 digits, a citizen ID card (CCCD) 12.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="75" />
        <source>Số điện thoại không nhận được mã OTP.</source>
        <translation>This phone number cannot receive the OTP.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="76" />
        <source>Cần số di động Việt Nam của chính công dân (không dùng số máy bàn).</source>
        <translation>It must be the citizen's own Vietnamese mobile number (not a landline).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="81" />
        <source>Vừa gửi mã OTP cho số này.</source>
        <translation>An OTP was just sent to this number.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="82" />
        <source>Chờ hết thời gian đếm ngược rồi gửi lại.</source>
        <translation>Wait for the countdown to end, then resend.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="85" />
        <source>Số điện thoại này đã nhận quá nhiều mã OTP trong một giờ.</source>
        <translation>This number has received too many OTPs within an hour.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="86" />
        <source>Kiểm tra lại số điện thoại; đề nghị công dân khởi động lại điện thoại.</source>
        <translation>Check the number; ask the citizen to restart the phone.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="91" />
        <source>Mã OTP không đúng.</source>
        <translation>Wrong OTP.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="92" />
        <location filename="../../kiosk/ui/messages.py" line="100" />
        <source>Nhập mã mới nhất công dân nhận được.</source>
        <translation>Enter the newest code the citizen received.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="95" />
        <source>Mã OTP đã hết hạn.</source>
        <translation>The OTP has expired.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="96" />
        <location filename="../../kiosk/ui/messages.py" line="104" />
        <location filename="../../kiosk/ui/messages.py" line="108" />
        <source>Bấm “Gửi lại mã OTP” để gửi mã mới.</source>
        <translation>Press “Resend OTP” to send a new code.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="99" />
        <source>Đã có mã OTP mới hơn.</source>
        <translation>A newer OTP has been sent.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="103" />
        <source>Nhập sai mã OTP quá số lần cho phép; mã đã bị hủy.</source>
        <translation>Too many wrong OTP entries; the code was cancelled.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="107" />
        <source>Mã OTP này đã được dùng.</source>
        <translation>This OTP has already been used.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="111" />
        <source>Chưa gửi mã OTP cho hồ sơ này.</source>
        <translation>No OTP has been sent for this case.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="112" />
        <source>Bấm “Gửi mã OTP” trước.</source>
        <translation>Press “Send OTP” first.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="115" />
        <source>Mã OTP được gửi cho số điện thoại hoặc số CCCD khác.</source>
        <translation>The OTP was sent for another phone number or ID number.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="116" />
        <source>Gửi mã mới tới đúng số điện thoại của công dân.</source>
        <translation>Send a new code to the citizen's correct number.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="119" />
        <source>Công dân đã có tài khoản – không cần tạo mới.</source>
        <translation>The citizen already has an account – no need to create one.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="120" />
        <source>Nếu công dân không đăng nhập được, hướng dẫn dùng “Quên mật khẩu”.</source>
        <translation>If the citizen cannot log in, show them “Forgot password”.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="125" />
        <source>Yêu cầu tạo tài khoản này đang được xử lý.</source>
        <translation>This account request is being processed.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="126" />
        <source>Chờ giây lát; kiosk sẽ hỏi lại kết quả, không tạo trùng.</source>
        <translation>Wait a moment; the kiosk will ask for the result again, never creating a duplicate.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="129" />
        <source>Tệp ảnh thẻ vượt quá 5 MB.</source>
        <translation>The ID card file is larger than 5 MB.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="130" />
        <source>Quét lại với độ phân giải thấp hơn.</source>
        <translation>Scan again at a lower resolution.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="133" />
        <source>Tệp ảnh thẻ không phải PDF hợp lệ.</source>
        <translation>The ID card file is not a valid PDF.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="134" />
        <source>Quét lại hai mặt thẻ.</source>
        <translation>Scan both sides of the card again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="137" />
        <source>Thông tin công dân chưa hợp lệ.</source>
        <translation>The citizen's details are not valid yet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="138" />
        <source>Sửa các ô được đánh dấu rồi thử lại.</source>
        <translation>Correct the marked fields and try again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="141" />
        <source>Quầy chưa gửi giấy đề nghị cho tài khoản này.</source>
        <translation>The counter has not sent the request form for this account.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="142" />
        <source>Đề nghị cán bộ tạo tài khoản gửi bản giấy đề nghị công dân đã ký.</source>
        <translation>Ask the officer who created the account to send the form the citizen signed.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="147" />
        <source>Không tìm thấy tài khoản này trên máy chủ.</source>
        <translation>This account is not on the server.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="148" />
        <source>Bấm “Làm mới” để tải lại danh sách.</source>
        <translation>Press “Refresh” to load the list again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="154" />
        <source>Không kết nối được máy chủ.</source>
        <translation>Cannot reach the gateway.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="155" />
        <source>Kiểm tra mạng của máy rồi bấm “Thử lại”. Thông tin đã nhập vẫn được giữ.</source>
        <translation>Check this PC's network, then press “Retry”. The details entered are kept.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="160" />
        <source>Máy chủ không trả lời kịp.</source>
        <translation>The gateway did not answer in time.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="161" />
        <source>Bấm “Thử lại”. Thông tin đã nhập vẫn được giữ.</source>
        <translation>Press “Retry”. The details entered are kept.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="164" />
        <source>Không xác minh được chứng chỉ bảo mật của máy chủ.</source>
        <translation>The gateway's security certificate could not be verified.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="165" />
        <source>Báo bộ phận CNTT: kiểm tra đồng hồ máy và tệp chứng chỉ (gateway.ca_bundle).</source>
        <translation>Tell IT staff: check this PC's clock and the certificate file (gateway.ca_bundle).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="171" />
        <source>Tệp chứng chỉ của máy chủ (gateway.ca_bundle) không dùng được.</source>
        <translation>The gateway's certificate file (gateway.ca_bundle) cannot be used.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="174" />
        <source>Báo bộ phận CNTT: kiểm tra đường dẫn và nội dung tệp PEM trong cấu hình.</source>
        <translation>Tell IT staff: check the path and content of the PEM file in the configuration.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="179" />
        <source>Địa chỉ máy chủ không an toàn nên bị từ chối.</source>
        <translation>The gateway address is not secure and was refused.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="180" />
        <source>Báo bộ phận CNTT: địa chỉ máy chủ phải bắt đầu bằng https://.</source>
        <translation>Tell IT staff: the gateway address must start with https://.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="185" />
        <source>Máy chủ trả lời không đúng định dạng.</source>
        <translation>The gateway answered in an unexpected format.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="186" />
        <source>Thử lại sau; nếu lặp lại, báo bộ phận CNTT.</source>
        <translation>Try again later; if it happens again, tell IT staff.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="189" />
        <source>Máy chủ đang gặp lỗi.</source>
        <translation>The gateway has a problem.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="190" />
        <source>Bấm “Thử lại” sau ít phút. Thông tin đã nhập vẫn được giữ.</source>
        <translation>Press “Retry” in a few minutes. The details entered are kept.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="203" />
        <source>Thử lại sau {n} phút.</source>
        <translation>Try again in {n} min.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="206" />
        <source>Thử lại sau {n} giây.</source>
        <translation>Try again in {n} s.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="213" />
        <location filename="../../kiosk/ui/messages.py" line="280" />
        <source>Chưa thực hiện được</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="217" />
        <source>Nhập mã mới nhất công dân nhận được. Còn {n} lần thử.</source>
        <translation>Enter the newest code the citizen received. {n} tries left.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="230" />
        <source>Máy chủ từ chối yêu cầu.</source>
        <translation>The gateway refused the request.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="239" />
        <source>Cấu hình chưa đúng</source>
        <translation>Configuration error</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="241" />
        <source>Báo bộ phận CNTT sửa tệp cấu hình.</source>
        <translation>Ask IT staff to fix the configuration file.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="248" />
        <source>Có lỗi ngoài dự kiến</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="249" />
        <source>Việc này chưa thực hiện được. Thông tin đã nhập vẫn được giữ.</source>
        <translation>This could not be done. The details entered are kept.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="252" />
        <source>Thử lại; nếu lặp lại, báo bộ phận CNTT.</source>
        <translation>Try again; if it happens again, tell IT staff.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="261" />
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="263" />
        <source>Chưa quét được</source>
        <translation>Scan failed</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="288" />
        <source>Không đọc được mã QR</source>
        <translation>The QR code could not be read</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="293" />
        <source>Thông tin chưa in được lên giấy đề nghị:</source>
        <translation>The details cannot be printed on the request form:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="296" />
        <source>Quay lại bước 3 để sửa.</source>
        <translation>Go back to step 3 to correct them.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="301" />
        <source>Thông tin quá dài, giấy đề nghị không vừa một trang.</source>
        <translation>The details are too long: the request form does not fit on one page.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="304" />
        <source>Rút gọn địa chỉ hoặc họ tên ở bước 3.</source>
        <translation>Shorten the address or the name in step 3.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="309" />
        <source>Thiếu phông chữ của phần mềm nên không tạo được giấy tờ in.</source>
        <translation>The program's fonts are missing, so no document can be printed.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="312" />
        <source>Báo bộ phận CNTT cài lại phần mềm kiosk.</source>
        <translation>Ask IT to reinstall the kiosk software.</translation>
    </message>
</context>
<context>
    <name>OtpPage</name>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="80" />
        <source>Bước 5. Xác nhận số điện thoại bằng mã OTP</source>
        <translation>Step 5. Confirm the phone number with an OTP</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="83" />
        <source>Gửi mã OTP tới điện thoại của công dân; nhập mã MỚI NHẤT công dân đọc cho bạn, rồi bấm Enter để tạo tài khoản.</source>
        <translation>Send the OTP to the citizen's phone; type the NEWEST code the citizen reads out, then press Enter to create the account.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="87" />
        <source>&amp;Mã OTP (6 chữ số)</source>
        <translation>&amp;OTP code (6 digits)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="88" />
        <source>Công dân không nhận được mã OTP?</source>
        <translation>The citizen did not get the OTP?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="91" />
        <source>• Kiểm tra lại số điện thoại đã nhập: sai số thì quay lại bước 3 để sửa.
• Lỗi mạng hoặc thiết bị: chờ hết thời gian đếm ngược rồi gửi lại mã (Ctrl+G).
• Gửi lại nhiều lần vẫn không nhận được: đề nghị công dân khởi động lại điện thoại.
• Mỗi lần gửi lại, mã cũ hết hiệu lực: chỉ nhập mã mới nhất.</source>
        <translation>• Check the phone number entered: if it is wrong, go back to step 3.
• Network or phone trouble: wait for the countdown, then send a new code (Ctrl+G).
• Still nothing after several codes: ask the citizen to restart the phone.
• Each new code voids the older ones: type only the newest.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="148" />
        <source>Đã gửi mã OTP. Mời công dân đọc mã vừa nhận.</source>
        <translation>The OTP was sent. Ask the citizen to read out the code received.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="160" />
        <source>Đang gửi mã OTP…</source>
        <translation>Sending the OTP…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="176" />
        <source>Số điện thoại nhận mã: {phone}</source>
        <translation>Phone receiving the code: {phone}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="180" />
        <source>Gửi mã OTP (Ctrl+G)</source>
        <translation>Send the OTP (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="183" />
        <source>Gửi lại mã OTP (Ctrl+G)</source>
        <translation>Send a new OTP (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="186" />
        <source>Có thể gửi lại sau {n} giây.</source>
        <translation>A new code can be sent in {n} seconds.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="189" />
        <source>Mã đã hết hạn: hãy gửi mã mới.</source>
        <translation>The code has expired: send a new one.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="191" />
        <source>Có thể gửi lại mã nếu công dân chưa nhận được.</source>
        <translation>A new code may be sent if the citizen has not received it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="194" />
        <source>Thử lại (Enter)</source>
        <translation>Try again (Enter)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="196" />
        <source>Gửi mã OTP (Enter)</source>
        <translation>Send the OTP (Enter)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="198" />
        <source>Tạo tài khoản (Enter)</source>
        <translation>Create account (Enter)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="237" />
        <source>Đang tạo tài khoản trên Cổng Dịch vụ công…</source>
        <translation>Creating the account on the Public Service Portal…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="252" />
        <source>{text} Sau khi đăng nhập lại, bấm “Thử lại” (Enter): kiosk gửi lại đúng yêu cầu cũ, không tạo trùng tài khoản.</source>
        <translation>{text} After logging in again, press “Try again” (Enter): the kiosk sends the very same request again and never creates a second account.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="260" />
        <source>Công dân đã có tài khoản – không cần tạo mới. {hint}</source>
        <translation>The citizen already has an account – nothing to create. {hint}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="279" />
        <source>{text} Chưa biết tài khoản đã được tạo hay chưa. Bấm “Thử lại” (Enter): kiosk gửi lại đúng yêu cầu cũ, không tạo trùng tài khoản.</source>
        <translation>{text} It is not known yet whether the account was created. Press “Try again” (Enter): the kiosk sends the very same request again and never creates a second account.</translation>
    </message>
</context>
<context>
    <name>PdfPrinter</name>
    <message>
        <location filename="../../kiosk/ui/wizard/printing.py" line="65" />
        <source>In {title}</source>
        <translation>Print {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/printing.py" line="100" />
        <source>Đã lưu tệp PDF {name}.</source>
        <translation>Saved the PDF file {name}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/printing.py" line="111" />
        <source>Không đọc được tệp PDF để in.</source>
        <translation>The PDF to print cannot be read.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/printing.py" line="114" />
        <source>mặc định</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/printing.py" line="119" />
        <source>Đã gửi tới máy in {name}.</source>
        <translation>Sent to the printer {name}.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../kiosk/ui/wizard/result_page.py" line="57" />
        <source>Bước 6. Kết quả</source>
        <translation>Step 6. Result</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/result_page.py" line="58" />
        <source>Tài khoản đã được tạo. Enter: tiếp công dân mới.</source>
        <translation>The account was created. Enter: next citizen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/result_page.py" line="59" />
        <source>Đã tạo tài khoản cho công dân</source>
        <translation>The citizen's account was created</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/result_page.py" line="60" />
        <source>In hướng dẫn đăng nhập cho công dân (Ctrl+P)</source>
        <translation>Print the log-in guide for the citizen (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/result_page.py" line="61" />
        <source>Công dân không nhận được SMS mật khẩu?</source>
        <translation>The citizen did not get the password SMS?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/result_page.py" line="64" />
        <source>Tin nhắn có thể đến chậm do mạng hoặc điện thoại: đề nghị công dân chờ thêm ít phút.

Nếu vẫn không nhận được, hoặc không đăng nhập được bằng mật khẩu trong tin nhắn, hướng dẫn công dân đổi mật khẩu:
1. Truy cập https://dichvucong.gov.vn/
2. Chọn [Đăng nhập]
3. Chọn đăng nhập bằng tài khoản cấp bởi Cổng Dịch vụ công quốc gia
4. Chọn [Quên mật khẩu] và làm theo hướng dẫn.</source>
        <translation>The message may be late because of the network or the phone: ask the citizen to wait a few minutes.

If it still does not come, or the password in it does not work, show the citizen how to change the password:
1. Go to https://dichvucong.gov.vn/
2. Choose [Đăng nhập] (log in)
3. Choose to log in with an account issued by the National Public Service Portal
4. Choose [Quên mật khẩu] (forgot password) and follow the steps.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/result_page.py" line="79" />
        <source>Tên đăng nhập: {username}</source>
        <translation>Username: {username}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/result_page.py" line="84" />
        <source>Mật khẩu đã được gửi bằng tin nhắn SMS tới số {phone}. Nhắc công dân đổi mật khẩu sau lần đăng nhập đầu và không đưa mật khẩu hay mã OTP cho ai.</source>
        <translation>The password was sent by SMS to {phone}. Remind the citizen to change it after the first log-in and never to give the password or an OTP to anyone.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/result_page.py" line="86" />
        <source>của công dân</source>
        <translation>of the citizen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/result_page.py" line="91" />
        <source>Tài khoản được tạo từ lần gửi trước (kiosk đã hỏi lại máy chủ); không có tài khoản trùng.</source>
        <translation>The account was created by the earlier attempt (the kiosk asked the server again); there is no duplicate.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/result_page.py" line="98" />
        <source>Tạo lúc {time}.</source>
        <translation>Created at {time}.</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="111" />
        <source>Bước 2. Quét hai mặt thẻ</source>
        <translation>Step 2. Scan both sides of the card</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="140" />
        <source>Đặt thẻ sát góc mặt kính. F5: quét mặt trước, F6: quét mặt sau. Hai mặt được cắt gọn và ghép thành một tệp PDF (không quá 5 MB).</source>
        <translation>Lay the card in the corner of the glass. F5: scan the front, F6: scan the back. Both sides are cropped and put in one PDF (at most 5 MB).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="112" />
        <source>&amp;Máy quét:</source>
        <translation>&amp;Scanner:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="113" />
        <source>Tìm máy quét…</source>
        <translation>Find scanners…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="114" />
        <source>Mặt trước</source>
        <translation>Front</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="115" />
        <source>Mặt sau</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="144" />
        <source>Quét mặt trước (F5)</source>
        <translation>Scan the front (F5)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="145" />
        <source>Quét mặt sau (F6)</source>
        <translation>Scan the back (F6)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="118" />
        <source>Từ tệp…</source>
        <translation>From a file…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="119" />
        <source>Xoay 180°</source>
        <translation>Turn 180°</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="131" />
        <source>Đặt thẻ dưới camera. F5: chụp mặt trước, F6: chụp mặt sau. Hai mặt được cắt gọn và ghép thành một tệp PDF (không quá 5 MB).</source>
        <translation>Place the card under the camera. F5: photograph the front, F6: the back. Both sides are cropped and joined into one PDF (at most 5 MB).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="135" />
        <source>Chụp mặt trước (F5)</source>
        <translation>Photograph front (F5)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="136" />
        <source>Chụp mặt sau (F6)</source>
        <translation>Photograph back (F6)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="157" />
        <source>Chưa quét</source>
        <translation>Not scanned yet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="194" />
        <source>Đang mở ảnh thẻ đã quét…</source>
        <translation>Opening the saved scans…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="217" />
        <source>Đang tìm máy quét…</source>
        <translation>Looking for scanners…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="262" />
        <source>Đang quét…</source>
        <translation>Scanning…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="271" />
        <source>Đang quét mặt trước…</source>
        <translation>Scanning the front…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="271" />
        <source>Đang quét mặt sau…</source>
        <translation>Scanning the back…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="283" />
        <source>Đang xử lý ảnh từ camera…</source>
        <translation>Processing the camera picture…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="298" />
        <source>Chọn ảnh mặt trước</source>
        <translation>Choose the picture of the front</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="298" />
        <source>Chọn ảnh mặt sau</source>
        <translation>Choose the picture of the back</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="303" />
        <source>Ảnh hoặc PDF ({patterns})</source>
        <translation>Images or PDF ({patterns})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="315" />
        <source>Đang đọc tệp…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="319" />
        <source>Đang cắt ảnh thẻ…</source>
        <translation>Cropping the card…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="320" />
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="346" />
        <source>Đang đọc mã QR và tạo tệp PDF…</source>
        <translation>Reading the QR code and making the PDF…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="352" />
        <source>Đang xoay ảnh…</source>
        <translation>Turning the picture…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="364" />
        <source>mặt trước</source>
        <translation>the front</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="364" />
        <source>mặt sau</source>
        <translation>the back</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="367" />
        <source>Đã đọc mã QR ở {side}: {name}, sinh {dob}.</source>
        <translation>QR code read on {side}: {name}, born {dob}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="377" />
        <source>Không đọc được mã QR trên ảnh quét: {reason} Có thể nhập thông tin bằng tay ở bước sau.</source>
        <translation>No QR code could be read on the scans: {reason} The details can be typed in the next step.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="387" />
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="389" />
        <source>{n:.1f} MB</source>
        <translation>{n:.1f} MB</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="392" />
        <source>Tệp PDF hai mặt thẻ: {size} (tối đa 5 MB), {dpi} dpi.</source>
        <translation>PDF of both sides: {size} (at most 5 MB), {dpi} dpi.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="397" />
        <source>Tệp PDF được tạo khi đã có đủ hai mặt thẻ.</source>
        <translation>The PDF is made once both sides are scanned.</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../kiosk/ui/session.py" line="69" />
        <source>Đăng xuất</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session.py" line="79" />
        <source>Đang khởi động máy chủ đào tạo…</source>
        <translation>Starting the training gateway…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session.py" line="134" />
        <source>Không ghi nhớ đăng nhập được: máy này chỉ có kho khóa lưu dạng văn bản thường, không an toàn. Mỗi lần mở kiosk cần đăng nhập lại.</source>
        <translation>Cannot remember the log-in: this PC only has a plain-text keyring, which is not safe. Log in each time the kiosk starts.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session.py" line="139" />
        <source>Không ghi nhớ đăng nhập được: kho khóa của hệ điều hành đang lỗi hoặc bị khóa.</source>
        <translation>Cannot remember the log-in: the operating system's keyring is failing or locked.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session.py" line="141" />
        <source>Không ghi nhớ đăng nhập được: máy này không có kho khóa an toàn.</source>
        <translation>Cannot remember the log-in: this PC has no secure keyring.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session.py" line="208" />
        <source>Cán bộ: {name} · {unit}</source>
        <translation>Officer: {name} · {unit}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session.py" line="225" />
        <source>Phiên đăng nhập đã hết hạn. Nhập mật khẩu để làm tiếp.</source>
        <translation>The session has expired. Enter your password to continue.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="208" />
        <source>Chọn tệp chứng chỉ CA</source>
        <translation>Choose the CA certificate file</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="210" />
        <source>Chứng chỉ PEM (*.pem *.crt *.cer);;Mọi tệp (*)</source>
        <translation>PEM certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="244" />
        <source>Tệp chứng chỉ CA không dùng được: không có tệp này, hoặc đó không phải tệp PEM (bắt đầu bằng -----BEGIN CERTIFICATE-----).</source>
        <translation>The CA certificate file cannot be used: it does not exist, or it is not a PEM file (starting with -----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="263" />
        <source>Không lưu được cài đặt vào {path}: {reason}</source>
        <translation>The settings could not be saved to {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="282" />
        <source>Cài đặt máy kiosk</source>
        <translation>Kiosk settings</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="283" />
        <source>Máy chủ (cổng kết nối)</source>
        <translation>Server (gateway)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="284" />
        <source>Địa chỉ:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="285" />
        <source>https://… (để trống: chế độ đào tạo)</source>
        <translation>https://… (empty: training mode)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="286" />
        <source>Tệp CA:</source>
        <translation>CA file:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="287" />
        <source>(để trống: các CA công cộng)</source>
        <translation>(empty: public CAs)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="288" />
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="289" />
        <source>Máy quét</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="290" />
        <source>Độ phân giải:</source>
        <translation>Resolution:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="291" />
        <source>Quét màu</source>
        <translation>Scan in colour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="292" />
        <source>Máy in</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="293" />
        <source>In ra:</source>
        <translation>Print to:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="294" />
        <source>(máy in mặc định của hệ thống)</source>
        <translation>(the system's default printer)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="295" />
        <source>Lưu giữ dữ liệu trên máy</source>
        <translation>Data kept on this PC</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="299" />
        <source>Xoá ảnh thẻ ngay khi tài khoản đã tạo</source>
        <translation>Delete card scans once the account is created</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="300" />
        <source>Xoá ảnh thẻ vào cuối ngày</source>
        <translation>Delete card scans at the end of the day</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="301" />
        <source>Giữ ảnh thẻ một số ngày</source>
        <translation>Keep card scans for some days</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="305" />
        <source>Ảnh thẻ:</source>
        <translation>Card scans:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="306" />
        <source>Số ngày giữ ảnh thẻ:</source>
        <translation>Days to keep card scans:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="307" />
        <source>Số ngày giữ hồ sơ (đã che):</source>
        <translation>Days to keep (masked) cases:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="308" />
        <source>Lưu cho</source>
        <translation>Save for</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="309" />
        <source>Chỉ tài khoản máy tính này</source>
        <translation>This computer account only</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="310" />
        <source>Mọi tài khoản trên máy này (cần quyền quản trị)</source>
        <translation>Every account on this PC (needs administrator rights)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="311" />
        <source>Thay đổi có hiệu lực từ lần mở kiosk sau.</source>
        <translation>Changes take effect the next time the kiosk starts.</translation>
    </message>
</context>
<context>
    <name>SmsPanel</name>
    <message>
        <location filename="../../kiosk/ui/wizard/sms_panel.py" line="134" />
        <source>Chưa có số điện thoại của công dân</source>
        <translation>No phone number of the citizen yet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/sms_panel.py" line="138" />
        <source>Điện thoại {phone}</source>
        <translation>Phone {phone}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/sms_panel.py" line="146" />
        <source>Mã OTP</source>
        <translation>OTP</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/sms_panel.py" line="146" />
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/sms_panel.py" line="164" />
        <source>Điện thoại mô phỏng (đào tạo)</source>
        <translation>Simulated phone (training)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/sms_panel.py" line="167" />
        <source>Chỉ có ở chế độ đào tạo: tin nhắn mà máy chủ đào tạo gửi tới số của công dân hiện ra ở đây thay vì trên điện thoại thật.</source>
        <translation>Training mode only: the messages the training server sends to the citizen's number appear here instead of on a real phone.</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../kiosk/ui/wizard/wizard.py" line="70" />
        <source>1. Tra cứu số CCCD</source>
        <translation>1. Look up the ID</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/wizard.py" line="71" />
        <source>2. Quét hai mặt thẻ</source>
        <translation>2. Scan both sides</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/wizard.py" line="72" />
        <source>3. Thông tin công dân</source>
        <translation>3. Citizen's details</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/wizard.py" line="73" />
        <source>4. Giấy đề nghị</source>
        <translation>4. Request form</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/wizard.py" line="74" />
        <source>5. Mã OTP</source>
        <translation>5. OTP</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/wizard.py" line="75" />
        <source>6. Kết quả</source>
        <translation>6. Result</translation>
    </message>
</context>
<context>
    <name>SupervisorText</name>
    <message>
        <location filename="../../kiosk/ui/supervisor/formatting.py" line="16" />
        <source>Chưa kiểm tra</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/formatting.py" line="17" />
        <source>Đã kiểm tra</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/formatting.py" line="18" />
        <source>Cần xử lý</source>
        <translation>Needs action</translation>
    </message>
</context>
<context>
    <name>SupervisorView</name>
    <message>
        <location filename="../../kiosk/ui/supervisor/__init__.py" line="28" />
        <source>Giám sát viên: {name}</source>
        <translation>Supervisor: {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="340" />
        <source>Cập nhật lúc {time}</source>
        <translation>Updated at {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="409" />
        <location filename="../../kiosk/ui/supervisor/view.py" line="486" />
        <source>Đang tải…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="481" />
        <source>Tài khoản này không có ảnh thẻ CCCD.</source>
        <translation>This account has no ID card scan.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="483" />
        <source>Quầy chưa gửi giấy đề nghị (bản công dân đã ký) cho tài khoản này.</source>
        <translation>The counter has not sent the request form (as signed by the citizen) for this account.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="494" />
        <source>Không mở được tệp PDF này.</source>
        <translation>This PDF cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="551" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="551" />
        <source>Tệp CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="554" />
        <source>Xuất báo cáo ngày {day}</source>
        <translation>Export the report of {day}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="595" />
        <source>Đã xuất {file}: {n} tài khoản.</source>
        <translation>Exported {file}: {n} accounts.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="603" />
        <source>Không ghi được tệp {file}: kiểm tra thư mục và quyền ghi.</source>
        <translation>Cannot write {file}: check the folder and the permission to write there.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="618" />
        <source>Đang lập báo cáo… {pct}%</source>
        <translation>Building the report… {pct}%</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="632" />
        <source>Ngày {day}</source>
        <translation>Day {day}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="637" />
        <source>Ngày {day}: {total} tài khoản · {unreviewed} chưa kiểm tra · {checked} đã kiểm tra · {needs} cần xử lý</source>
        <translation>Day {day}: {total} accounts · {unreviewed} not checked · {checked} checked · {needs} need action</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="649" />
        <source>Danh sách ({shown}/{total})</source>
        <translation>List ({shown}/{total})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="660" />
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="662" />
        <source>Tải lại danh sách (F5); tự làm mới mỗi {n} giây.</source>
        <translation>Load the list again (F5); it refreshes itself every {n} seconds.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="666" />
        <source>Xuất PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="667" />
        <source>Xuất CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="668" />
        <source>Tổng hợp theo đơn vị, cán bộ</source>
        <translation>Totals by unit and officer</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <location filename="../../kiosk/ui/supervisor/totals_model.py" line="24" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/totals_model.py" line="25" />
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/totals_model.py" line="26" />
        <source>Tổng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/totals_model.py" line="27" />
        <source>Chưa kiểm tra</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/totals_model.py" line="28" />
        <source>Đã kiểm tra</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/totals_model.py" line="29" />
        <source>Cần xử lý</source>
        <translation>Needs action</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/totals_model.py" line="87" />
        <source>TỔNG CỘNG</source>
        <translation>GRAND TOTAL</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/totals_model.py" line="91" />
        <source>Cộng đơn vị</source>
        <translation>Unit total</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../kiosk/ui/unit_page.py" line="53" />
        <source>Đăng xuất</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_page.py" line="55" />
        <source>Làm việc tại đơn vị này</source>
        <translation>Work at this unit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_page.py" line="74" />
        <source>Chọn đơn vị làm việc</source>
        <translation>Choose your unit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_page.py" line="76" />
        <source>Tài khoản công dân sẽ được ghi nhận là do đơn vị này tạo.</source>
        <translation>Citizens' accounts will be recorded as created by this unit.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_page.py" line="88" />
        <source>Chưa chọn được đơn vị làm việc</source>
        <translation>No unit can be chosen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_page.py" line="91" />
        <source>Tài khoản cán bộ của bạn &lt;b&gt;chưa được gán vào đơn vị nào&lt;/b&gt;.&lt;br&gt;&lt;br&gt;Đề nghị quản trị của cơ quan, đơn vị trên Cổng Dịch vụ công quốc gia gán tài khoản của bạn vào &lt;b&gt;Trung tâm Phục vụ hành chính công&lt;/b&gt; hoặc &lt;b&gt;Bộ phận một cửa&lt;/b&gt; nơi bạn làm việc, rồi đăng nhập lại.</source>
        <translation>Your officer account &lt;b&gt;is not assigned to any unit&lt;/b&gt;.&lt;br&gt;&lt;br&gt;Ask your agency's administrator on the National Public Service Portal to assign your account to the &lt;b&gt;Public Administrative Service Centre&lt;/b&gt; or the &lt;b&gt;one-stop unit&lt;/b&gt; where you work, then log in again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_page.py" line="99" />
        <source>Bạn được gán vào đơn vị sau, nhưng &lt;b&gt;tên đơn vị chưa đúng quy định&lt;/b&gt;: tên phải chứa “Trung tâm phục vụ hành chính công” hoặc “Bộ phận một cửa” (không phân biệt chữ hoa, chữ thường).&lt;ul&gt;{names}&lt;/ul&gt;Đề nghị quản trị cấp tỉnh đặt lại tên đơn vị, hoặc gán bạn vào đúng đơn vị một cửa, rồi đăng nhập lại.</source>
        <translation>You are assigned to the unit below, but &lt;b&gt;its name does not follow the rule&lt;/b&gt;: it must contain “Trung tâm phục vụ hành chính công” or “Bộ phận một cửa” (case does not matter).&lt;ul&gt;{names}&lt;/ul&gt;Ask the provincial administrator to rename the unit, or to assign you to the right one-stop unit, then log in again.</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <location filename="../../kiosk/ui/wizard/workbench.py" line="104" />
        <source>Đang mở nhật ký hồ sơ…</source>
        <translation>Opening the case journal…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/workbench.py" line="153" />
        <source>Máy này không có kho khóa an toàn: ở chế độ đào tạo, hồ sơ đang làm chỉ được giữ đến khi đóng kiosk.</source>
        <translation>This PC has no secure keyring: in training mode, cases in progress are kept only until the kiosk closes.</translation>
    </message>
</context>
<context>
    <name>_HelpMenuEntry</name>
    <message>
        <location filename="../../kiosk/ui/doctor_dialog.py" line="248" />
        <source>Kiểm tra máy…</source>
        <translation>Check this PC…</translation>
    </message>
</context>
<context>
    <name>_SettingsEntry</name>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="344" />
        <source>Cài đặt máy…</source>
        <translation>Kiosk settings…</translation>
    </message>
</context>
<context>
    <name>ChipPanel</name>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="113"/>
        <source>Đọc chip (F7)</source>
        <translation>Read chip (F7)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="118"/>
        <source>✓ Đã xác thực chip</source>
        <translation>✓ Chip verified</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="120"/>
        <source>Đọc từ chip, chưa xác thực được chữ ký</source>
        <translation>Read from the chip, signature not verified</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="122"/>
        <source>Chip không qua kiểm tra chữ ký</source>
        <translation>The chip failed the signature check</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="124"/>
        <source>Đặt thẻ lên đầu đọc rồi bấm F7</source>
        <translation>Put the card on the reader and press F7</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="139"/>
        <source>Đang đọc chip… giữ yên thẻ trên đầu đọc</source>
        <translation>Reading the chip… keep the card still on the reader</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="151"/>
        <source>Cần ngày sinh để mở chip: hãy điền ngày sinh trước.</source>
        <translation>The chip needs the date of birth: enter it first.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="159"/>
        <source>Đọc chip</source>
        <translation>Read chip</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="160"/>
        <source>Ngày hết hạn in trên thẻ (ngày/tháng/năm):</source>
        <translation>Expiry date printed on the card (day/month/year):</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="165"/>
        <source>Ngày hết hạn không đúng dạng ngày/tháng/năm.</source>
        <translation>The expiry date is not in day/month/year form.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="170"/>
        <source>Số CCCD không phải 12 chữ số: không mở được chip.</source>
        <translation>The ID number is not 12 digits: the chip cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="180"/>
        <source>Máy chưa có dịch vụ đọc thẻ (PC/SC).</source>
        <translation>This PC has no card reader service (PC/SC).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="181"/>
        <source>Không thấy đầu đọc thẻ: cắm đầu đọc rồi thử lại.</source>
        <translation>No card reader found: plug the reader in and try again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="182"/>
        <source>Chưa có thẻ trên đầu đọc: đặt thẻ lên rồi bấm F7.</source>
        <translation>No card on the reader: put the card on it and press F7.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="183"/>
        <source>Thẻ bị nhấc ra khi đang đọc: chưa điền gì, hãy đọc lại.</source>
        <translation>The card was removed during the read: nothing was filled, read it again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="185"/>
        <source>Chip không mở: số CCCD, ngày sinh hoặc ngày hết hạn không khớp với thẻ.</source>
        <translation>The chip did not open: the ID number, date of birth or expiry date does not match the card.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="187"/>
        <source>Thẻ này không có chip căn cước.</source>
        <translation>This card has no identity chip.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="189"/>
        <source>Đọc chip bị lỗi, hãy đọc lại.</source>
        <translation>Reading the chip failed; read it again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="201"/>
        <source>Dữ liệu trong chip không khớp chữ ký của cơ quan cấp: không điền. Thẻ có thể đã bị sửa; hãy báo cán bộ phụ trách.</source>
        <translation>The chip's data does not match the issuer's signature: nothing filled. The card may have been altered; tell the officer in charge.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="208"/>
        <source>Chip này của một thẻ khác số CCCD đang làm: không điền.</source>
        <translation>This chip belongs to a card with another ID number: nothing filled.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="233"/>
        <source>Đọc từ chip</source>
        <translation>Read from the chip</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="250"/>
        <source>Chip khác với thông tin đã có, đã điền theo chip: {fields}. Hãy đối chiếu.</source>
        <translation>The chip differs from the details entered; filled from the chip: {fields}. Please check.</translation>
    </message>
</context>
</TS>