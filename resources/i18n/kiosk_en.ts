<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
<context>
    <name>AccountWizard</name>
    <message>
        <location filename="../../kiosk/ui/wizard/wizard.py" line="234"/>
        <source>Đang lưu hồ sơ…</source>
        <translation>Saving the case…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/wizard.py" line="287"/>
        <source>Hủy hồ sơ</source>
        <translation>Drop the case</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/wizard.py" line="307"/>
        <source>Yêu cầu đã gửi đi nên không hủy được: kiosk đang chờ Cổng trả lời để biết tài khoản đã được tạo hay chưa. Hồ sơ được giữ; xin chờ.</source>
        <translation>The request has gone out, so it cannot be cancelled: the kiosk is waiting for the gateway&apos;s answer to learn whether the account was created. The case is kept; please wait.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/wizard.py" line="389"/>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/wizard.py" line="390"/>
        <source>Tiếp tục (Enter)</source>
        <translation>Continue (Enter)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/wizard.py" line="287"/>
        <source>Hủy hồ sơ (Esc)</source>
        <translation>Drop the case (Esc)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/wizard.py" line="392"/>
        <source>Tiếp công dân mới (Enter)</source>
        <translation>Next citizen (Enter)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/wizard.py" line="393"/>
        <source>Tạo tài khoản (Enter)</source>
        <translation>Create account (Enter)</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../kiosk/ui/supervisor/accounts_model.py" line="53"/>
        <source>Giờ</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/accounts_model.py" line="54"/>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/accounts_model.py" line="55"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/accounts_model.py" line="56"/>
        <source>Công dân</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/accounts_model.py" line="57"/>
        <source>Số CCCD</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/accounts_model.py" line="58"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/accounts_model.py" line="59"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../../kiosk/ui/wizard/busy.py" line="32"/>
        <source>Hủy việc đang chạy (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../kiosk/ui/wizard/camera_dialog.py" line="117"/>
        <source>Chụp mặt trước bằng camera</source>
        <translation>Photograph the front with the camera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/camera_dialog.py" line="119"/>
        <source>Chụp mặt sau bằng camera</source>
        <translation>Photograph the back with the camera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/camera_dialog.py" line="124"/>
        <source>Đặt thẻ nằm gọn trong khung vàng, đủ sáng và không bị lóa. Nhấn Space hoặc Enter để chụp, Esc để thôi.</source>
        <translation>Place the card inside the yellow frame, well lit and without glare. Press Space or Enter to take the picture, Esc to stop.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/camera_dialog.py" line="132"/>
        <source>Chụp (Space)</source>
        <translation>Take picture (Space)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/camera_dialog.py" line="136"/>
        <source>Thôi (Esc)</source>
        <translation>Stop (Esc)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/camera_dialog.py" line="153"/>
        <source>Đang mở camera…</source>
        <translation>Opening the camera…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/camera_dialog.py" line="178"/>
        <source>Không có hình từ camera.</source>
        <translation>No picture from the camera.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../kiosk/ui/wizard/base_page.py" line="189"/>
        <location filename="../../kiosk/ui/wizard/base_page.py" line="220"/>
        <source>Đã hủy.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>ChipPanel</name>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="115"/>
        <source>Đọc chip (F7)</source>
        <translation>Read chip (F7)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="120"/>
        <source>✓ Đã xác thực chip</source>
        <translation>✓ Chip verified</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="122"/>
        <source>Đọc từ chip, chưa xác thực được chữ ký</source>
        <translation>Read from the chip, signature not verified</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="124"/>
        <source>Chip không qua kiểm tra chữ ký</source>
        <translation>The chip failed the signature check</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="126"/>
        <source>Đặt thẻ lên đầu đọc rồi bấm F7</source>
        <translation>Put the card on the reader and press F7</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="141"/>
        <source>Đang đọc chip… giữ yên thẻ trên đầu đọc</source>
        <translation>Reading the chip… keep the card still on the reader</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="153"/>
        <source>Cần ngày sinh để mở chip: hãy điền ngày sinh trước.</source>
        <translation>The chip needs the date of birth: enter it first.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="161"/>
        <source>Đọc chip</source>
        <translation>Read chip</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="162"/>
        <source>Ngày hết hạn in trên thẻ (ngày/tháng/năm):</source>
        <translation>Expiry date printed on the card (day/month/year):</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="167"/>
        <source>Ngày hết hạn không đúng dạng ngày/tháng/năm.</source>
        <translation>The expiry date is not in day/month/year form.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="172"/>
        <source>Số CCCD không phải 12 chữ số: không mở được chip.</source>
        <translation>The ID number is not 12 digits: the chip cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="182"/>
        <source>Máy chưa có dịch vụ đọc thẻ (PC/SC).</source>
        <translation>This PC has no card reader service (PC/SC).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="183"/>
        <source>Không thấy đầu đọc thẻ: cắm đầu đọc rồi thử lại.</source>
        <translation>No card reader found: plug the reader in and try again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="184"/>
        <source>Chưa có thẻ trên đầu đọc: đặt thẻ lên rồi bấm F7.</source>
        <translation>No card on the reader: put the card on it and press F7.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="185"/>
        <source>Thẻ bị nhấc ra khi đang đọc: chưa điền gì, hãy đọc lại.</source>
        <translation>The card was removed during the read: nothing was filled, read it again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="187"/>
        <source>Chip không mở: số CCCD, ngày sinh hoặc ngày hết hạn không khớp với thẻ.</source>
        <translation>The chip did not open: the ID number, date of birth or expiry date does not match the card.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="189"/>
        <source>Thẻ này không có chip căn cước.</source>
        <translation>This card has no identity chip.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="191"/>
        <source>Đọc chip bị lỗi, hãy đọc lại.</source>
        <translation>Reading the chip failed; read it again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="203"/>
        <source>Dữ liệu trong chip không khớp chữ ký của cơ quan cấp: không điền. Thẻ có thể đã bị sửa; hãy báo cán bộ phụ trách.</source>
        <translation>The chip&apos;s data does not match the issuer&apos;s signature: nothing filled. The card may have been altered; tell the officer in charge.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="210"/>
        <source>Chip này của một thẻ khác số CCCD đang làm: không điền.</source>
        <translation>This chip belongs to a card with another ID number: nothing filled.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="235"/>
        <source>Đọc từ chip</source>
        <translation>Read from the chip</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/chip_read.py" line="252"/>
        <source>Chip khác với thông tin đã có, đã điền theo chip: {fields}. Hãy đối chiếu.</source>
        <translation>The chip differs from the details entered; filled from the chip: {fields}. Please check.</translation>
    </message>
</context>
<context>
    <name>ConfigWords</name>
    <message>
        <location filename="../../kiosk/ui/catalogue/config_words.py" line="19"/>
        <source>Cấu hình sai ở {path}: không phải TOML hợp lệ ({detail})</source>
        <translation>Wrong configuration in {path}: not valid TOML ({detail})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/config_words.py" line="22"/>
        <source>Không đọc được tệp cấu hình {path}: {detail}</source>
        <translation>Cannot read the configuration file {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/config_words.py" line="25"/>
        <source>KIOSK_CONFIG trỏ tới {path}, nhưng tệp này không tồn tại</source>
        <translation>KIOSK_CONFIG names {path}, but that file does not exist</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/config_words.py" line="28"/>
        <source>Cấu hình sai ở {path}, khoá {key}: gặp {found}, cần {expected}</source>
        <translation>Wrong configuration in {path}, key {key}: found {found}, expected {expected}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/config_words.py" line="31"/>
        <source>Không có khoá {key}, xem docs/configuration.md</source>
        <translation>There is no key {key}, see docs/configuration.md</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/config_words.py" line="34"/>
        <source>Giá trị sai cho khoá {key}: gặp {found}, cần {expected}</source>
        <translation>Wrong value for key {key}: found {found}, expected {expected}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/config_words.py" line="38"/>
        <source>Cấu hình sai ({code})</source>
        <translation>Wrong configuration ({code})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/config_words.py" line="39"/>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/config_words.py" line="42"/>
        <source>một số nguyên</source>
        <translation>an integer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/config_words.py" line="43"/>
        <source>một số</source>
        <translation>a number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/config_words.py" line="44"/>
        <source>true hoặc false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/config_words.py" line="45"/>
        <source>một chuỗi trong dấu ngoặc kép (&quot;…&quot;)</source>
        <translation>a string in double quotes (&quot;…&quot;)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/config_words.py" line="46"/>
        <source>một bảng [..]</source>
        <translation>a table [..]</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/config_words.py" line="47"/>
        <source>không có khoá này, xem docs/configuration.md</source>
        <translation>no such key, see docs/configuration.md</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/config_words.py" line="50"/>
        <source>một trong {limit}</source>
        <translation>one of {limit}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/config_words.py" line="51"/>
        <source>một số &gt; {limit}</source>
        <translation>a number &gt; {limit}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/config_words.py" line="52"/>
        <source>một số ≥ {limit}</source>
        <translation>a number ≥ {limit}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/config_words.py" line="53"/>
        <source>một số &lt; {limit}</source>
        <translation>a number &lt; {limit}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/config_words.py" line="54"/>
        <source>một số ≤ {limit}</source>
        <translation>a number ≤ {limit}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/config_words.py" line="55"/>
        <source>gateway.url để trống khi gateway.mode = &quot;training&quot; (chỉ chọn một)</source>
        <translation>an empty gateway.url when gateway.mode = &quot;training&quot; (choose one)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/config_words.py" line="58"/>
        <source>một giá trị hợp lệ ({detail})</source>
        <translation>a valid value ({detail})</translation>
    </message>
</context>
<context>
    <name>ConfirmDrop</name>
    <message>
        <location filename="../../kiosk/ui/wizard/confirm.py" line="34"/>
        <location filename="../../kiosk/ui/wizard/confirm.py" line="47"/>
        <source>Hủy hồ sơ</source>
        <translation>Drop the case</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/confirm.py" line="38"/>
        <source>Hủy hồ sơ của công dân này?</source>
        <translation>Drop this citizen&apos;s case?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/confirm.py" line="40"/>
        <source>Thông tin đã nhập và ảnh thẻ đã quét sẽ bị xóa khỏi máy này. Chưa có tài khoản nào được tạo.</source>
        <translation>The details entered and the card scans will be deleted from this computer. No account has been created.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/confirm.py" line="51"/>
        <location filename="../../kiosk/ui/wizard/confirm.py" line="74"/>
        <source>Làm tiếp</source>
        <translation>Keep working</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/confirm.py" line="55"/>
        <source>Hồ sơ này không hủy được lúc này.</source>
        <translation>This case cannot be dropped now.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/confirm.py" line="57"/>
        <source>Yêu cầu tạo tài khoản đã được gửi đi: tài khoản có thể đã được tạo. Hồ sơ được giữ trong “Hồ sơ đang làm dở”; kiosk hỏi lại Cổng cho tới khi biết kết quả, và không bao giờ tạo trùng tài khoản.</source>
        <translation>The create request has gone out: the account may have been created. The case is kept under “Unfinished cases”; the kiosk asks the gateway again until it knows the outcome, and never creates a duplicate account.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/confirm.py" line="64"/>
        <source>Hồ sơ này đã kết thúc; không còn gì để hủy.</source>
        <translation>This case has ended; there is nothing left to drop.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/confirm.py" line="70"/>
        <source>Về màn hình chính</source>
        <translation>Back to the start screen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/confirm.py" line="76"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ConfirmLogout</name>
    <message>
        <location filename="../../kiosk/ui/wizard/confirm.py" line="110"/>
        <location filename="../../kiosk/ui/wizard/confirm.py" line="140"/>
        <source>Đăng xuất</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/confirm.py" line="112"/>
        <source>Đăng xuất khi hồ sơ của công dân đang mở?</source>
        <translation>Log out while a citizen&apos;s case is open?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/confirm.py" line="115"/>
        <source>Chưa có tài khoản nào được tạo cho hồ sơ này. Hồ sơ được giữ trong “Hồ sơ đang làm dở”: đăng nhập lại để làm tiếp.</source>
        <translation>No account has been created for this case. The case is kept under “Unfinished cases”: log in again to carry on.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/confirm.py" line="121"/>
        <source>Yêu cầu tạo tài khoản đã được gửi đi: tài khoản có thể đã được tạo. Hồ sơ được giữ trong “Hồ sơ đang làm dở”; kiosk hỏi lại Cổng sau khi đăng nhập lại, và không bao giờ tạo trùng tài khoản.</source>
        <translation>The create request has gone out: the account may have been created. The case is kept under “Unfinished cases”; the kiosk asks the gateway again after the next log-in, and never creates a duplicate account.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/confirm.py" line="128"/>
        <source>Tài khoản của công dân đã được tạo; màn hình kết quả sẽ đóng lại.</source>
        <translation>The citizen&apos;s account has been created; the result screen will close.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/confirm.py" line="132"/>
        <source>Hồ sơ này đã kết thúc.</source>
        <translation>This case has ended.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/confirm.py" line="134"/>
        <source>Không đọc được trạng thái hồ sơ lúc này; hồ sơ được giữ nguyên trên máy này.</source>
        <translation>The case&apos;s state cannot be read right now; the case is kept as it is on this computer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/confirm.py" line="145"/>
        <source>Ở lại</source>
        <translation>Stay</translation>
    </message>
</context>
<context>
    <name>CrashNotifier</name>
    <message>
        <location filename="../../kiosk/ui/crash.py" line="37"/>
        <source>Có lỗi ngoài dự kiến</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/crash.py" line="40"/>
        <source>Kiosk gặp một lỗi ngoài dự kiến nhưng vẫn tiếp tục chạy. Thông tin công dân đang nhập không bị mất.</source>
        <translation>The kiosk met an unexpected error but keeps running. The citizen details being entered are not lost.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/crash.py" line="45"/>
        <source>Nếu lỗi lặp lại, hãy báo bộ phận CNTT và gửi kèm tệp nhật ký:
{path}</source>
        <translation>If it happens again, tell IT staff and send them the log file:
{path}</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="157"/>
        <source>Chọn một tài khoản trong danh sách để xem.</source>
        <translation>Choose an account in the list to see it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="162"/>
        <source>(đã ẩn)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="186"/>
        <source>không ghi tên quầy</source>
        <translation>no counter name recorded</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="188"/>
        <source>{counter} · máy {address}</source>
        <translation>{counter} · PC {address}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="194"/>
        <source>Chưa kiểm tra</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="198"/>
        <source>{state} — {name}, {when}</source>
        <translation>{state} — {name}, {when}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="154"/>
        <source>Ẩn thông tin</source>
        <translation>Hide details</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="154"/>
        <source>Hiện đầy đủ</source>
        <translation>Show in full</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="225"/>
        <source>Thông tin</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="226"/>
        <source>Ảnh thẻ CCCD</source>
        <translation>ID card scan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="227"/>
        <source>Giấy đề nghị</source>
        <translation>Request form</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="229"/>
        <source>Số CCCD</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="230"/>
        <source>Số CMND cũ</source>
        <translation>Old ID number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="231"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="232"/>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="233"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="234"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="235"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="236"/>
        <source>Tạo lúc</source>
        <translation>Created at</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="237"/>
        <source>Cán bộ tạo</source>
        <translation>Created by</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="238"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="239"/>
        <source>Quầy</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="240"/>
        <source>Kiểm tra</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="241"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="246"/>
        <source>Xem số CCCD, số điện thoại, ngày sinh đầy đủ; việc xem được ghi nhật ký.</source>
        <translation>See the ID number, phone and date of birth in full; each view is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="248"/>
        <source>Đã kiểm tra…</source>
        <translation>Checked…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/detail_panel.py" line="249"/>
        <source>Cần xử lý…</source>
        <translation>Needs action…</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="166"/>
        <source>Bước 3. Thông tin công dân</source>
        <translation>Step 3. Citizen&apos;s details</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="169"/>
        <source>Đối chiếu thông tin điền từ mã QR với thẻ. Số di động phải của chính công dân: mã OTP và mật khẩu gửi tới số này.</source>
        <translation>Check the details filled from the QR code against the card. The mobile number must be the citizen&apos;s own: the OTP and the password go to it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="174"/>
        <source>Số CCCD/CMND</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="175"/>
        <source>&amp;Họ và tên</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="178"/>
        <source>Số CMND cũ</source>
        <translation>Old ID number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="176"/>
        <source>Ngày &amp;sinh</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="177"/>
        <source>G&amp;iới tính</source>
        <translation>&amp;Sex</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="179"/>
        <source>Nơi thường t&amp;rú</source>
        <translation>Permanent &amp;address</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="180"/>
        <source>Số điện thoại &amp;di động</source>
        <translation>&amp;Mobile phone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="181"/>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="182"/>
        <source>Đơn &amp;vị tiếp nhận</source>
        <translation>Receiving &amp;unit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="186"/>
        <source>ngày/tháng/năm, ví dụ 07/03/1995</source>
        <translation>day/month/year, e.g. 07/03/1995</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="187"/>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="188"/>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="189"/>
        <source>không bắt buộc</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="190"/>
        <source>ví dụ 0912 345 678</source>
        <translation>e.g. 0912 345 678</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="191"/>
        <source>Số chính chủ: công dân đã xác nhận (Alt+C)</source>
        <translation>Citizen&apos;s own number: confirmed (Alt+C)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="192"/>
        <source>Đã đối chiếu với thẻ, vẫn tiếp tục (Alt+X)</source>
        <translation>Checked against the card, go on (Alt+X)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="193"/>
        <source>Điền lại từ mã QR</source>
        <translation>Refill from the QR code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="292"/>
        <source>Cần đối chiếu với thẻ trước khi tiếp tục:</source>
        <translation>Check against the card before going on:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="358"/>
        <source>Hãy đối chiếu các cảnh báo với thẻ rồi bấm Alt+X để xác nhận.</source>
        <translation>Check the warnings against the card, then press Alt+X to confirm.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/details_page.py" line="363"/>
        <source>Còn thông tin chưa hợp lệ: xem các dòng màu đỏ.</source>
        <translation>Some details are not valid yet: see the lines in red.</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="53"/>
        <source>Lỗi ngoài dự kiến khi kiểm tra ({error})</source>
        <translation>Unexpected error while checking ({error})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="54"/>
        <source>{error}</source>
        <translation>{error}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="55"/>
        <source>Không có tệp cấu hình nào: giá trị mặc định</source>
        <translation>No configuration file: default values</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="58"/>
        <source>Đọc được: {files}</source>
        <translation>Read: {files}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="59"/>
        <source>CHẾ ĐỘ ĐÀO TẠO (chưa đặt gateway.url)</source>
        <translation>TRAINING MODE (gateway.url not set)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="60"/>
        <source>tệp của người dùng ghi đè khoá của hệ thống: {keys}</source>
        <translation>the user&apos;s file overrides keys of the system file: {keys}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="63"/>
        <source>Cấu hình sai: xem dòng Tệp cấu hình</source>
        <translation>Configuration is wrong: see the Configuration file line</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="66"/>
        <source>Không dùng được PC/SC (dịch vụ pcscd hoặc Smart Card): {error}</source>
        <translation>PC/SC cannot be used (the pcscd or Smart Card service): {error}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="69"/>
        <source>Không có đầu đọc chip nào</source>
        <translation>No chip reader</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="70"/>
        <source>{count} đầu đọc: {readers}</source>
        <translation>{count} reader(s): {readers}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="71"/>
        <source>chưa cài chứng thư CSCA: chip đọc được nhưng không xác thực được</source>
        <translation>no CSCA certificate installed: the chip can be read but not verified</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="74"/>
        <source>không thấy chứng thư CSCA ở {path}</source>
        <translation>no CSCA certificate found at {path}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="75"/>
        <source>{path} không chứa chứng thư CSCA nào đọc được</source>
        <translation>{path} holds no readable CSCA certificate</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="78"/>
        <source>{count} chứng thư CSCA ở {path}</source>
        <translation>{count} CSCA certificate(s) at {path}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="79"/>
        <source>Chính thức: gateway.url đã đặt</source>
        <translation>Live: gateway.url is set</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="80"/>
        <source>Chế độ đào tạo: chọn trong cấu hình (gateway.mode = &quot;training&quot;)</source>
        <translation>Training mode: chosen in the configuration (gateway.mode = &quot;training&quot;)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="83"/>
        <source>Chế độ đào tạo: bản chạy từ mã nguồn, chưa cài đặt</source>
        <translation>Training mode: run from source, not installed</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="86"/>
        <source>Chưa cấu hình: máy đã cài kiosk nhưng không có gateway.url (đã tìm: {searched})</source>
        <translation>Not configured: the kiosk is installed but has no gateway.url (looked in: {searched})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="90"/>
        <source>An toàn: {backend}</source>
        <translation>Secure: {backend}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="91"/>
        <source>Kho khoá lưu dạng văn bản thường, không an toàn: {backend}</source>
        <translation>The keyring stores plain text, not secure: {backend}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="94"/>
        <source>Kho khoá có nhưng đang lỗi hoặc bị khoá: {backend}</source>
        <translation>The keyring exists but is failing or locked: {backend}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="97"/>
        <source>Không có kho khoá của hệ điều hành ({backend})</source>
        <translation>No keyring of the operating system ({backend})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="100"/>
        <source>Thiếu phông giấy tờ: {files}</source>
        <translation>Form fonts missing: {files}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="101"/>
        <source>Tệp phông {file} hỏng ({error})</source>
        <translation>Font file {file} is damaged ({error})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="102"/>
        <source>Thiếu phông giao diện ({package}): {files}</source>
        <translation>Interface fonts missing ({package}): {files}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="105"/>
        <source>Phông giấy tờ {package} ({count} kiểu, đọc được); phông giao diện {ui_package} có đủ</source>
        <translation>Form font {package} ({count} styles, readable); interface font {ui_package} complete</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="109"/>
        <source>Còn trống {free} trên ổ chứa {path}</source>
        <translation>{free} free on the drive holding {path}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="110"/>
        <source>Ghi được: {path} (và thư mục nhật ký, tạm, cấu hình)</source>
        <translation>Writable: {path} (and the log, temporary and configuration folders)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="113"/>
        <source>Không ghi được vào thư mục dữ liệu {folder}: {error}</source>
        <translation>Cannot write to the data folder {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="116"/>
        <source>Không ghi được vào thư mục nhật ký {folder}: {error}</source>
        <translation>Cannot write to the log folder {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="119"/>
        <source>Không ghi được vào thư mục tạm {folder}: {error}</source>
        <translation>Cannot write to the temporary folder {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="122"/>
        <source>Không ghi được vào thư mục cấu hình {folder}: {error}</source>
        <translation>Cannot write to the configuration folder {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="125"/>
        <source>Tốt: {path}</source>
        <translation>Good: {path}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="126"/>
        <source>Nhật ký {path}</source>
        <translation>Journal {path}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="127"/>
        <source>chưa có, sẽ tạo ở hồ sơ đầu tiên</source>
        <translation>not there yet, created with the first case</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="128"/>
        <source>{cases} hồ sơ, {unfinished} chưa xong, {awaiting} chờ đối chiếu với máy chủ; {size}</source>
        <translation>{cases} cases, {unfinished} unfinished, {awaiting} awaiting the gateway&apos;s answer; {size}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="132"/>
        <source>{size}</source>
        <translation>{size}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="133"/>
        <source>{count} tệp hỏng đã cất riêng</source>
        <translation>{count} damaged files put aside</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="134"/>
        <source>kiosk {version} (bản cài đặt), Python {python}, PySide6 {qt}, {platform}</source>
        <translation>kiosk {version} (installed build), Python {python}, PySide6 {qt}, {platform}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="137"/>
        <source>kiosk {version} (chạy từ mã nguồn), Python {python}, PySide6 {qt}, {platform}</source>
        <translation>kiosk {version} (running from source), Python {python}, PySide6 {qt}, {platform}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="140"/>
        <source>{host} trả lời sau {ms} ms; phiên bản {version}, hợp đồng {contract}</source>
        <translation>{host} answered in {ms} ms; version {version}, contract {contract}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="143"/>
        <source>máy chủ đào tạo chạy trong máy này trả lời sau {ms} ms; phiên bản {version}, hợp đồng {contract}</source>
        <translation>the training gateway inside this PC answered in {ms} ms; version {version}, contract {contract}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="148"/>
        <source>chế độ đào tạo</source>
        <translation>training mode</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="149"/>
        <source>chế độ chính thức</source>
        <translation>live mode</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="150"/>
        <source>kiosk này dùng hợp đồng {contract}</source>
        <translation>this kiosk speaks contract {contract}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="151"/>
        <source>CẢNH BÁO: máy chủ đào tạo, tài khoản tạo ra không có thật</source>
        <translation>WARNING: a training gateway, the accounts it creates are not real</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="154"/>
        <source>Không khởi động được máy chủ đào tạo nội bộ ({error})</source>
        <translation>The built-in training gateway did not start ({error})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="157"/>
        <source>Tệp CA trong gateway.ca_bundle không dùng được</source>
        <translation>The CA file in gateway.ca_bundle cannot be used</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="160"/>
        <source>Địa chỉ máy chủ bị từ chối: {url}</source>
        <translation>The gateway address was refused: {url}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="161"/>
        <source>Kết nối tới {host} được nhưng chứng chỉ TLS không hợp lệ</source>
        <translation>{host} can be reached but its TLS certificate is not valid</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="164"/>
        <source>{host} không trả lời trong {seconds} giây</source>
        <translation>{host} did not answer within {seconds} seconds</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="165"/>
        <source>Không kết nối được {host}</source>
        <translation>Cannot connect to {host}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="166"/>
        <source>{host} đang lỗi (HTTP {status})</source>
        <translation>{host} is failing (HTTP {status})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="167"/>
        <source>{host} trả lời nhưng không phải cổng kết nối của kiosk (HTTP {status})</source>
        <translation>{host} answers but is not the kiosk&apos;s gateway (HTTP {status})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="170"/>
        <source>{host} trả lời nhưng không phải cổng kết nối của kiosk (câu trả lời lạ)</source>
        <translation>{host} answers but is not the kiosk&apos;s gateway (an odd answer)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="173"/>
        <source>Lỗi khi gọi {host} ({error})</source>
        <translation>Error calling {host} ({error})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="174"/>
        <source>qua proxy của máy, proxy không chuyển được yêu cầu</source>
        <translation>through this PC&apos;s proxy, which could not pass the request on</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="177"/>
        <source>cổng không hợp lệ</source>
        <translation>the port is not valid</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="178"/>
        <source>kết nối mở được nhưng bị cắt giữa chừng</source>
        <translation>the connection opens but is cut off midway</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="179"/>
        <source>không tìm thấy tên máy chủ {host} (DNS)</source>
        <translation>the server name {host} was not found (DNS)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="180"/>
        <source>{host} từ chối kết nối ở cổng {port} (dịch vụ không chạy hoặc tường lửa chặn)</source>
        <translation>{host} refuses connections on port {port} (service not running or blocked by a firewall)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="183"/>
        <source>không có trả lời từ {host}:{port} sau {seconds} giây (mạng hoặc tường lửa)</source>
        <translation>no answer from {host}:{port} after {seconds} seconds (network or firewall)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="186"/>
        <source>không tới được {host}:{port} ({error})</source>
        <translation>{host}:{port} cannot be reached ({error})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="187"/>
        <source>Chế độ đào tạo: máy chủ chạy trong máy này, không qua mạng</source>
        <translation>Training mode: the gateway runs inside this PC, not over the network</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="190"/>
        <source>Máy chủ chạy trên chính máy này (http): không cần TLS</source>
        <translation>The gateway runs on this very PC (http): no TLS needed</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="193"/>
        <source>CẢNH BÁO: địa chỉ http, dữ liệu đi trên mạng không mã hoá (chỉ dùng cho phòng đào tạo riêng)</source>
        <translation>WARNING: an http address, data travels over the network unencrypted (for a separate training room only)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="198"/>
        <source>Cổng trong địa chỉ không hợp lệ: {url}</source>
        <translation>The port in the address is not valid: {url}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="199"/>
        <source>Chứng chỉ hợp lệ (kiểm tra qua proxy của máy)</source>
        <translation>Certificate valid (checked through this PC&apos;s proxy)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="202"/>
        <source>Chứng chỉ của máy chủ không được tin cậy (qua proxy)</source>
        <translation>The gateway&apos;s certificate is not trusted (through the proxy)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="205"/>
        <source>Không kiểm tra được vì không kết nối được máy chủ</source>
        <translation>Not checked: the gateway cannot be reached</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="208"/>
        <source>Hợp lệ: cấp cho {subject}, bởi {issuer}, {protocol}; hết hạn {expires} (còn {days} ngày)</source>
        <translation>Valid: issued to {subject} by {issuer}, {protocol}; expires {expires} ({days} days left)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="212"/>
        <source>CẢNH BÁO: sắp hết hạn, báo đơn vị quản lý máy chủ gia hạn</source>
        <translation>WARNING: expires soon, ask the gateway&apos;s operators to renew it</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="215"/>
        <source>Bắt tay TLS thất bại ({reason})</source>
        <translation>The TLS handshake failed ({reason})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="216"/>
        <source>Chứng chỉ của máy chủ đã hết hạn ({reason}); ngày giờ của máy này: {now}</source>
        <translation>The gateway&apos;s certificate has expired ({reason}); this PC&apos;s date and time: {now}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="219"/>
        <source>Chứng chỉ của máy chủ chưa tới ngày hiệu lực ({reason}); ngày giờ của máy này: {now}</source>
        <translation>The gateway&apos;s certificate is not valid yet ({reason}); this PC&apos;s date and time: {now}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="223"/>
        <source>Chứng chỉ không cấp cho tên {host} ({reason})</source>
        <translation>The certificate is not issued for the name {host} ({reason})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="226"/>
        <source>Chứng chỉ do một CA mà máy này không tin cậy cấp ({reason})</source>
        <translation>The certificate was issued by a CA this PC does not trust ({reason})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="229"/>
        <source>Chứng chỉ không hợp lệ ({reason})</source>
        <translation>The certificate is not valid ({reason})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="230"/>
        <source>Không so được giờ vì máy chủ không trả lời</source>
        <translation>The time cannot be compared: the gateway did not answer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="231"/>
        <source>Đồng hồ máy khớp máy chủ (lệch dưới 1 giây)</source>
        <translation>The PC&apos;s clock matches the gateway (less than 1 second apart)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="232"/>
        <source>Đồng hồ máy nhanh {seconds} giây so với máy chủ</source>
        <translation>The PC&apos;s clock is {seconds} seconds ahead of the gateway</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="233"/>
        <source>múi giờ của máy là {zone}, không phải giờ Việt Nam (UTC+07:00): kiosk vẫn hiển thị và in giờ Việt Nam; nên đặt múi giờ của máy là Asia/Ho_Chi_Minh</source>
        <translation>this PC&apos;s time zone is {zone}, not Vietnam time (UTC+07:00): the kiosk still shows and prints Vietnam time; set the PC&apos;s zone to Asia/Ho_Chi_Minh</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="238"/>
        <source>Đồng hồ máy chậm {seconds} giây so với máy chủ</source>
        <translation>The PC&apos;s clock is {seconds} seconds behind the gateway</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="239"/>
        <source>Không thử được vì máy chủ không trả lời</source>
        <translation>Not tried: the gateway did not answer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="240"/>
        <source>Máy chủ từ chối tài khoản {user}: sai tên hoặc mật khẩu</source>
        <translation>The gateway refuses the account {user}: wrong name or password</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="243"/>
        <source>Tài khoản {user} đang tạm khoá vì nhập sai nhiều lần</source>
        <translation>The account {user} is locked for a while after too many wrong attempts</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="246"/>
        <source>Đăng nhập không được ({kind})</source>
        <translation>Log-in failed ({kind})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="247"/>
        <source>Đăng nhập được: {user} (vai trò {roles}), {eligible}/{units} đơn vị hợp lệ</source>
        <translation>Logged in: {user} (roles {roles}), {eligible}/{units} units eligible</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="250"/>
        <source>đơn vị của quầy ({unit}) không có trong danh sách này</source>
        <translation>the counter&apos;s unit ({unit}) is not in this list</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="253"/>
        <source>Dịch vụ đăng nhập trả lời đúng (đã thử một tài khoản không tồn tại); thử tài khoản thật: kiosk doctor --user TÊN</source>
        <translation>The log-in service answers correctly (tried an account that does not exist); to try a real account: kiosk doctor --user NAME</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="258"/>
        <source>Dịch vụ đăng nhập trả lời mã lạ ({answer})</source>
        <translation>The log-in service answers an unknown code ({answer})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="261"/>
        <source>Dịch vụ đăng nhập trả lời (đang giới hạn số lần thử)</source>
        <translation>The log-in service answers (attempts are being limited)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="264"/>
        <source>Dịch vụ đăng nhập lỗi ({kind}, HTTP {status})</source>
        <translation>The log-in service fails ({kind}, HTTP {status})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="267"/>
        <source>Máy chủ cho đăng nhập bằng một tài khoản không tồn tại</source>
        <translation>The gateway lets an account that does not exist log in</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="270"/>
        <source>Thấy: {devices}</source>
        <translation>Found: {devices}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="271"/>
        <source>Không thấy máy quét nào</source>
        <translation>No scanner found</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="272"/>
        <source>lỗi {driver}: {error}</source>
        <translation>{driver} error: {error}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="273"/>
        <source>lỗi camera: {error}</source>
        <translation>camera error: {error}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="274"/>
        <source>camera: không liệt kê được (thiếu Qt Multimedia)</source>
        <translation>cameras: cannot be listed (Qt Multimedia missing)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="277"/>
        <source>máy quét đã chọn trước ({backend}: {device}) không thấy</source>
        <translation>the scanner chosen before ({backend}: {device}) is not found</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="280"/>
        <source>Không thấy máy in nào</source>
        <translation>No printer found</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="281"/>
        <source>Máy in đã chọn “{printer}” không có; các máy in: {printers}</source>
        <translation>The chosen printer “{printer}” is not there; printers: {printers}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="284"/>
        <source>Có máy in ({printers}) nhưng chưa có máy in mặc định</source>
        <translation>There are printers ({printers}) but no default printer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="287"/>
        <source>In ra: {printer}; các máy in: {printers}</source>
        <translation>Prints to: {printer}; printers: {printers}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="288"/>
        <source>Không in ra giấy: mọi bản in ghi vào tệp {file} (printer.file)</source>
        <translation>Not printing on paper: every print is written into the file {file} (printer.file)</translation>
    </message>
</context>
<context>
    <name>DoctorDialog</name>
    <message>
        <location filename="../../kiosk/ui/doctor_dialog.py" line="118"/>
        <source>Đang kiểm tra…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doctor_dialog.py" line="150"/>
        <source>Đang kiểm tra: {title}</source>
        <translation>Checking: {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doctor_dialog.py" line="181"/>
        <source>{n} mục lỗi: làm theo “Cách sửa” rồi bấm Chạy lại.</source>
        <translation>{n} checks failed: follow “How to fix”, then press Run again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doctor_dialog.py" line="184"/>
        <source>Tất cả đều đạt.</source>
        <translation>Everything passed.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doctor_dialog.py" line="197"/>
        <source>Cách sửa: {hint}</source>
        <translation>How to fix: {hint}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doctor_dialog.py" line="209"/>
        <source>Đã dừng kiểm tra.</source>
        <translation>Checks stopped.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doctor_dialog.py" line="237"/>
        <location filename="../../kiosk/ui/doctor_dialog.py" line="238"/>
        <source>Kiểm tra máy kiosk</source>
        <translation>Check this kiosk PC</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doctor_dialog.py" line="240"/>
        <source>Kiểm tra</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doctor_dialog.py" line="240"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doctor_dialog.py" line="240"/>
        <source>Chi tiết và cách sửa</source>
        <translation>Details and how to fix</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doctor_dialog.py" line="242"/>
        <source>Chạy lại</source>
        <translation>Run again</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doctor_dialog.py" line="243"/>
        <source>Sao chép báo cáo</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doctor_dialog.py" line="244"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DoctorHints</name>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="294"/>
        <source>Gửi tệp nhật ký kiosk.log (xem docs/deploy.md, mục Nhật ký) cho nhóm hỗ trợ.</source>
        <translation>Send the log file kiosk.log (see docs/deploy.md, section Logs) to the support team.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="298"/>
        <source>Chép chứng thư CSCA (thư mục .pem/.der hoặc tệp master list) vào máy và ghi đường dẫn vào {key} (xem docs/chip.md).</source>
        <translation>Copy the CSCA certificates (a folder of .pem/.der files or a master list file) to this PC and set its path in {key} (see docs/chip.md).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="303"/>
        <source>Chạy lại bộ cài với --gateway-url (xem docs/deploy.md), hoặc ghi gateway.mode = &quot;training&quot; nếu máy này chỉ dùng để tập huấn.</source>
        <translation>Run the installer again with --gateway-url (see docs/deploy.md), or set gateway.mode = &quot;training&quot; if this PC is only used for training.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="308"/>
        <source>Sửa đúng khoá được nêu (xem docs/deploy.md, mục Cấu hình); kiosk không khởi động khi cấu hình sai. Các kiểm tra khác bên dưới dùng giá trị mặc định.</source>
        <translation>Fix the key named (see docs/deploy.md, section Configuration); the kiosk does not start with a wrong configuration. The other checks below use the default values.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="314"/>
        <source>Kiosk không lưu được hồ sơ khi thiếu kho khoá an toàn. Windows: dùng Windows Credential Manager (mặc định, không cài thêm gì); Linux: cài gnome-keyring và mở khoá khi đăng nhập; gỡ gói keyrings.alt và biến PYTHON_KEYRING_BACKEND nếu có.</source>
        <translation>The kiosk cannot keep cases without a secure keyring. Windows: use Windows Credential Manager (the default, nothing to install); Linux: install gnome-keyring and unlock it at log-in; remove the keyrings.alt package and the PYTHON_KEYRING_BACKEND variable if present.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="321"/>
        <source>Đăng xuất rồi đăng nhập lại máy tính (để mở khoá kho khoá); Linux: kiểm tra gnome-keyring-daemon đang chạy trong phiên của cán bộ.</source>
        <translation>Log out of the computer and log in again (to unlock the keyring); Linux: check that gnome-keyring-daemon runs in the officer&apos;s session.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="326"/>
        <source>Linux: cài gnome-keyring (hoặc KWallet) và chạy kiosk trong phiên đăng nhập đồ hoạ; Windows: kiểm tra dịch vụ Credential Manager đang chạy.</source>
        <translation>Linux: install gnome-keyring (or KWallet) and run the kiosk in a graphical log-in session; Windows: check that the Credential Manager service is running.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="331"/>
        <source>Cài lại phần mềm kiosk (tệp trong thư mục cài đặt bị thiếu hoặc hỏng).</source>
        <translation>Reinstall the kiosk software (files in the installation folder are missing or damaged).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="334"/>
        <source>Giải phóng ổ đĩa (Disk Cleanup, xoá tệp tải về cũ): kiosk cần ít nhất {min_mb} MB để lưu hồ sơ và ảnh quét.</source>
        <translation>Free up the drive (Disk Cleanup, delete old downloads): the kiosk needs at least {min_mb} MB to keep cases and scans.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="339"/>
        <source>Giải phóng ổ đĩa (xoá tệp tải về cũ, dọn thùng rác và gói cài đặt cũ): kiosk cần ít nhất {min_mb} MB để lưu hồ sơ và ảnh quét.</source>
        <translation>Free up the drive (delete old downloads, empty the trash and old package caches): the kiosk needs at least {min_mb} MB to keep cases and scans.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="344"/>
        <source>Cấp quyền ghi cho tài khoản máy tính của cán bộ trên thư mục đó; ổ đĩa mạng hoặc thư mục chỉ đọc không dùng được. Không xoá thư mục dữ liệu: nó chứa nhật ký hồ sơ.</source>
        <translation>Give the officer&apos;s computer account write permission on that folder; a network drive or a read-only folder cannot be used. Do not delete the data folder: it holds the case journal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="350"/>
        <source>Mở kiosk: tệp hỏng sẽ được cất riêng (journal.sqlite3.corrupt-…) và nhật ký mới được tạo. Không xoá tệp đã cất; báo nhóm hỗ trợ.</source>
        <translation>Open the kiosk: the damaged file is put aside (journal.sqlite3.corrupt-…) and a new journal is created. Do not delete the file put aside; tell the support team.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="355"/>
        <source>Không xoá tệp nhật ký. Chạy kiosk bằng đúng tài khoản máy tính đã dùng trước đây (khoá nằm trong kho khoá của tài khoản đó); nếu vẫn thiếu, báo nhóm hỗ trợ.</source>
        <translation>Do not delete the journal file. Run the kiosk under the computer account used before (the key is in that account&apos;s keyring); if it is still missing, tell the support team.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="361"/>
        <source>Không xoá tệp nhật ký. Tệp có thể được chép từ máy khác: trả tệp về máy cũ, hoặc báo nhóm hỗ trợ.</source>
        <translation>Do not delete the journal file. It may have been copied from another PC: put it back there, or tell the support team.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="366"/>
        <source>Xem dòng “Kho khoá”.</source>
        <translation>See the “Keyring” line.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="367"/>
        <source>Đóng các cửa sổ kiosk khác đang mở rồi chạy lại kiểm tra.</source>
        <translation>Close the other open kiosk windows and run the check again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="370"/>
        <source>Xem dòng “Thư mục dữ liệu”: kiosk cần quyền đọc và ghi tệp nhật ký.</source>
        <translation>See the “Data folder” line: the kiosk needs to read and write the journal file.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="373"/>
        <source>Xem dòng “Dung lượng ổ đĩa”.</source>
        <translation>See the “Disk space” line.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="374"/>
        <source>Báo nhóm hỗ trợ.</source>
        <translation>Tell the support team.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="375"/>
        <source>Máy chủ và kiosk không cùng phiên bản hợp đồng: cập nhật kiosk hoặc hỏi đơn vị quản lý máy chủ.</source>
        <translation>The gateway and the kiosk speak different contract versions: update the kiosk or ask the gateway&apos;s operators.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="380"/>
        <source>Cài lại phần mềm kiosk; nếu vẫn lỗi, gửi tệp nhật ký (kiosk.log) cho nhóm hỗ trợ.</source>
        <translation>Reinstall the kiosk software; if it still fails, send the log file (kiosk.log) to the support team.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="384"/>
        <source>Sửa gateway.url trong tệp cấu hình hệ thống: địa chỉ phải dạng https://tên-máy-chủ[:cổng], không có tên đăng nhập, dấu ? hay #.</source>
        <translation>Fix gateway.url in the system configuration file: the address must look like https://server-name[:port], without a user name, ? or #.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="389"/>
        <source>Sửa gateway.ca_bundle: đường dẫn tới tệp PEM chứa chứng chỉ CA của tỉnh (bắt đầu bằng -----BEGIN CERTIFICATE-----), đọc được bởi tài khoản của cán bộ.</source>
        <translation>Fix gateway.ca_bundle: the path of a PEM file holding the province&apos;s CA certificate (starting with -----BEGIN CERTIFICATE-----), readable by the officer&apos;s account.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="395"/>
        <source>Nếu proxy giải mã HTTPS, cần thêm CA của proxy vào tệp đó.</source>
        <translation>If the proxy decrypts HTTPS, the proxy&apos;s CA must be added to that file.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="398"/>
        <source>Xem dòng “Chứng chỉ TLS” ngay dưới.</source>
        <translation>See the “TLS certificate” line just below.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="399"/>
        <source>Máy chủ hoặc đường mạng đang quá tải; thử lại sau ít phút, nếu lặp lại báo đơn vị quản lý máy chủ.</source>
        <translation>The gateway or the network is overloaded; try again in a few minutes, and if it happens again tell the gateway&apos;s operators.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="404"/>
        <source>Kiểm tra cáp mạng/Wi-Fi, tường lửa và proxy của máy; thử mở {url}/v1/health bằng trình duyệt. Nếu địa chỉ sai, sửa gateway.url.</source>
        <translation>Check the network cable/Wi-Fi, the firewall and the PC&apos;s proxy; try opening {url}/v1/health in a browser. If the address is wrong, fix gateway.url.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="409"/>
        <source>Máy chủ gặp sự cố: báo đơn vị quản lý máy chủ; kiosk không cần sửa gì.</source>
        <translation>The gateway has a fault: tell its operators; nothing to fix on the kiosk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="412"/>
        <source>Địa chỉ có thể thiếu hoặc thừa phần đường dẫn: kiểm tra gateway.url với đơn vị quản lý máy chủ.</source>
        <translation>The address may lack or have an extra path: check gateway.url with the gateway&apos;s operators.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="417"/>
        <source>Cổng này có thể không phải HTTPS (thử http://, hoặc sai cổng), hoặc máy chủ chỉ nhận giao thức quá cũ: kiểm tra gateway.url với đơn vị quản lý máy chủ.</source>
        <translation>This port may not be HTTPS (try http://, or a wrong port), or the server accepts only outdated protocols: check gateway.url with the gateway&apos;s operators.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="423"/>
        <source>Nếu ngày giờ của máy này (ghi ở trên) đúng, báo đơn vị quản lý máy chủ gia hạn chứng chỉ; nếu sai, bật đồng bộ giờ tự động và chỉnh lại giờ (múi giờ UTC+7).</source>
        <translation>If this PC&apos;s date and time (shown above) are right, ask the gateway&apos;s operators to renew the certificate; if they are wrong, turn on automatic time synchronisation and set the time (time zone UTC+7).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="429"/>
        <source>Đồng hồ máy này có thể đang chậm (ngày giờ ghi ở trên): bật đồng bộ giờ tự động.</source>
        <translation>This PC&apos;s clock may be behind (its date and time are shown above): turn on automatic time synchronisation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="433"/>
        <source>Dùng trong gateway.url đúng tên máy chủ ghi trong chứng chỉ (không dùng địa chỉ IP nếu chứng chỉ chỉ có tên).</source>
        <translation>Use in gateway.url the server name written in the certificate (not an IP address if the certificate has only names).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="438"/>
        <source>Đặt gateway.ca_bundle là tệp PEM chứng chỉ CA của tỉnh (hỏi đơn vị quản lý máy chủ); nếu mạng có proxy giải mã HTTPS, thêm cả CA của proxy vào tệp đó.</source>
        <translation>Set gateway.ca_bundle to the PEM file of the province&apos;s CA certificate (ask the gateway&apos;s operators); if the network has a proxy that decrypts HTTPS, add the proxy&apos;s CA to that file too.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="444"/>
        <source>Gửi dòng này cho đơn vị quản lý máy chủ.</source>
        <translation>Send this line to the gateway&apos;s operators.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="447"/>
        <source>Bật đồng bộ giờ tự động (Windows: Cài đặt › Thời gian và ngôn ngữ › Đồng bộ ngay; Linux: timedatectl set-ntp true) và kiểm tra múi giờ (UTC+7). Giờ sai làm mã OTP và chứng chỉ bị từ chối.</source>
        <translation>Turn on automatic time synchronisation (Windows: Settings › Time &amp; language › Sync now; Linux: timedatectl set-ntp true) and check the time zone (UTC+7). A wrong time makes OTP codes and certificates be refused.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="453"/>
        <source>Kiểm tra lại tên đăng nhập, mật khẩu và bộ gõ tiếng Việt/Caps Lock.</source>
        <translation>Check the user name, the password and the Vietnamese input method/Caps Lock.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="456"/>
        <source>Chờ hết thời gian khoá rồi thử lại.</source>
        <translation>Wait until the lock expires and try again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="457"/>
        <source>Xem dòng “Kết nối máy chủ”; nếu máy chủ trả lời mà vẫn lỗi, báo đơn vị quản lý.</source>
        <translation>See the “Gateway connection” line; if the gateway answers and it still fails, tell its operators.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="461"/>
        <source>Tài khoản chưa được gán vào Trung tâm Phục vụ hành chính công hoặc Bộ phận một cửa có tên đúng quy định: báo quản trị của đơn vị.</source>
        <translation>The account is not assigned to a Public Administration Service Centre or One-stop Unit named as the rules require: tell the unit&apos;s administrator.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="466"/>
        <source>Báo đơn vị quản lý máy chủ: dịch vụ đăng nhập không theo hợp đồng v1.</source>
        <translation>Tell the gateway&apos;s operators: the log-in service does not follow contract v1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="469"/>
        <source>Máy chủ trả lời /v1/health nhưng không nhận đăng nhập: báo đơn vị quản lý máy chủ.</source>
        <translation>The gateway answers /v1/health but does not accept log-ins: tell its operators.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="473"/>
        <source>Máy chủ này không phải cổng kết nối đúng hợp đồng: báo đơn vị quản lý ngay.</source>
        <translation>This server is not a gateway that follows the contract: tell its operators at once.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="476"/>
        <source>Bật máy quét, cắm cáp USB (hoặc nối mạng) và cài trình điều khiển của hãng: Windows cần driver WIA, Linux cần SANE (gói sane-utils, sane-airscan cho máy quét mạng). Máy quét đa năng gửi ảnh vào thư mục: đặt scanner.watch_folder. Camera tài liệu/webcam: cắm USB.</source>
        <translation>Switch the scanner on, plug in the USB cable (or the network) and install the maker&apos;s driver: Windows needs a WIA driver, Linux needs SANE (packages sane-utils, sane-airscan for network scanners). A multifunction scanner that sends pictures to a folder: set scanner.watch_folder. Document camera/webcam: plug in its USB.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="483"/>
        <source>Bật máy quét đã chọn, hoặc chọn máy khác trong kiosk (Cài đặt) để kiosk nhớ.</source>
        <translation>Switch the chosen scanner on, or choose another one in the kiosk (Settings) for the kiosk to remember.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="487"/>
        <source>Cài máy in trong hệ điều hành (Windows: Cài đặt › Máy in và máy quét; Linux: CUPS, gói cups) và in thử một trang; kiosk dùng đúng danh sách máy in của hệ thống.</source>
        <translation>Install a printer in the operating system (Windows: Settings › Printers &amp; scanners; Linux: CUPS, package cups) and print a test page; the kiosk uses the system&apos;s own printer list.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="493"/>
        <source>Bật máy in đó, hoặc chọn máy in khác trong Cài đặt của kiosk (printer.name).</source>
        <translation>Switch that printer on, or choose another printer in the kiosk&apos;s Settings (printer.name).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="497"/>
        <source>Đặt một máy in mặc định trong hệ điều hành, hoặc đặt printer.name trong cấu hình.</source>
        <translation>Set a default printer in the operating system, or set printer.name in the configuration.</translation>
    </message>
</context>
<context>
    <name>DoctorTable</name>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="29"/>
        <source>Tệp cấu hình</source>
        <translation>Configuration file</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="30"/>
        <source>Chế độ hoạt động</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="31"/>
        <source>Kết nối máy chủ</source>
        <translation>Gateway connection</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="32"/>
        <source>Chứng chỉ TLS</source>
        <translation>TLS certificate</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="33"/>
        <source>Đồng hồ máy</source>
        <translation>Clock</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="34"/>
        <source>Đăng nhập</source>
        <translation>Log-in</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="35"/>
        <source>Kho khoá</source>
        <translation>Keyring</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="36"/>
        <source>Máy quét</source>
        <translation>Scanners</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="37"/>
        <source>Đầu đọc chip</source>
        <translation>Chip reader</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="38"/>
        <source>Máy in</source>
        <translation>Printers</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="39"/>
        <source>Phông chữ</source>
        <translation>Fonts</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="40"/>
        <source>Dung lượng ổ đĩa</source>
        <translation>Disk space</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="41"/>
        <source>Thư mục dữ liệu</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="42"/>
        <source>Nhật ký hồ sơ</source>
        <translation>Case journal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="43"/>
        <source>Phiên bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="47"/>
        <source>ĐẠT</source>
        <translation>PASS</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="48"/>
        <source>LỖI</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="49"/>
        <source>BỎ QUA</source>
        <translation>SKIPPED</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="560"/>
        <source>Kiểm tra</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="561"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="562"/>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="563"/>
        <source>→ Cách sửa: </source>
        <translation>→ How to fix: </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="581"/>
        <source>Tất cả đều đạt.</source>
        <translation>Everything passed.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/doctor.py" line="585"/>
        <source>{n} mục LỖI: làm theo “Cách sửa” rồi chạy lại.</source>
        <translation>{n} checks FAILED: follow “How to fix” and run again.</translation>
    </message>
</context>
<context>
    <name>ExistsPage</name>
    <message>
        <location filename="../../kiosk/ui/wizard/exists_page.py" line="48"/>
        <source>Kết quả tra cứu</source>
        <translation>Lookup result</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/exists_page.py" line="49"/>
        <source>Không tạo tài khoản mới. Enter: tiếp công dân mới.</source>
        <translation>No new account is created. Enter: next citizen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/exists_page.py" line="50"/>
        <source>Công dân đã có tài khoản – không cần tạo mới</source>
        <translation>The citizen already has an account – nothing to create</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/exists_page.py" line="53"/>
        <source>Nếu công dân quên mật khẩu hoặc không đăng nhập được: hướng dẫn vào https://dichvucong.gov.vn/, chọn [Đăng nhập], đăng nhập bằng tài khoản cấp bởi Cổng Dịch vụ công quốc gia, rồi chọn [Quên mật khẩu]. In hướng dẫn để công dân mang về.</source>
        <translation>If the citizen forgot the password or cannot log in: go to https://dichvucong.gov.vn/, choose [Đăng nhập] (log in), log in with an account issued by the National Public Service Portal, then choose [Quên mật khẩu] (forgot password). Print the guide for the citizen to take home.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/exists_page.py" line="59"/>
        <source>In hướng dẫn đăng nhập / quên mật khẩu (Ctrl+P)</source>
        <translation>Print the log-in / forgot-password guide (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/exists_page.py" line="70"/>
        <source>Tên đăng nhập: {user} · Họ tên: {name} · Tạo ngày: {day}</source>
        <translation>Username: {user} · Name: {name} · Created: {day}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/exists_page.py" line="80"/>
        <source>Đang đóng hồ sơ…</source>
        <translation>Closing the case…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../kiosk/ui/supervisor/filter_bar.py" line="140"/>
        <source>Ngày</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/filter_bar.py" line="141"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/filter_bar.py" line="142"/>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/filter_bar.py" line="143"/>
        <source>Tất cả đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/filter_bar.py" line="144"/>
        <source>Tất cả cán bộ</source>
        <translation>All officers</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/filter_bar.py" line="146"/>
        <source>Mọi trạng thái</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/filter_bar.py" line="147"/>
        <source>Chưa kiểm tra</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/filter_bar.py" line="148"/>
        <source>Đã kiểm tra</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/filter_bar.py" line="149"/>
        <source>Cần xử lý</source>
        <translation>Needs action</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/filter_bar.py" line="153"/>
        <source>Tìm: tên, số CCCD, số điện thoại, cán bộ, quầy</source>
        <translation>Find: name, ID number, phone, officer, counter</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="14"/>
        <source>Chưa nhập số CMND/CCCD.</source>
        <translation>The ID number (CMND/CCCD) has not been entered.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="15"/>
        <source>Số CMND/CCCD chỉ gồm chữ số.</source>
        <translation>The ID number (CMND/CCCD) has digits only.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="16"/>
        <source>Số CCCD phải có 12 chữ số (CMND cũ: 9 chữ số); số đã nhập có {length} chữ số.</source>
        <translation>A CCCD number has 12 digits (old CMND: 9 digits); the number entered has {length} digits.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="19"/>
        <source>Mã nơi đăng ký khai sinh {place_code} (3 chữ số đầu) không có trong danh sách tỉnh/thành; hãy đối chiếu số với thẻ.</source>
        <translation>The birth-registration code {place_code} (first 3 digits) is not in the list of provinces; compare the number with the card.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="24"/>
        <source>Ba chữ số đầu {place_code} không phải mã tỉnh/thành hay quốc gia nào; số CCCD có thể bị gõ sai, hãy đối chiếu với thẻ.</source>
        <translation>The first three digits {place_code} are the code of no province or country; the ID number may be mistyped: compare it with the card.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="29"/>
        <source>Số CCCD cho biết sinh năm {stated_year}; thông tin nhập: {entered_year}</source>
        <translation>The CCCD number says born in {stated_year}; entered: {entered_year}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="32"/>
        <source>Số CCCD cho biết {stated_sex}; thông tin nhập: {entered_sex}</source>
        <translation>The CCCD number says {stated_sex}; entered: {entered_sex}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="35"/>
        <source>Số CCCD cho biết sinh năm {stated_year}, {stated_sex}; thông tin nhập: {entered_year}, {entered_sex}</source>
        <translation>The CCCD number says born in {stated_year}, {stated_sex}; entered: {entered_year}, {entered_sex}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="40"/>
        <source>Số CCCD trong mã QR khác số đã tra cứu: có thể đây là thẻ của người khác. Hãy tra cứu lại với số trên thẻ này.</source>
        <translation>The CCCD number in the QR code differs from the number looked up: this may be someone else&apos;s card. Look up again with the number on this card.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="45"/>
        <source>Chưa nhập họ và tên.</source>
        <translation>The full name has not been entered.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="46"/>
        <source>Họ và tên dài quá {limit} ký tự.</source>
        <translation>The full name is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="47"/>
        <source>Họ và tên chỉ gồm chữ cái tiếng Việt và dấu cách; có ký tự không hợp lệ: {characters}</source>
        <translation>The full name has Vietnamese letters and spaces only; invalid characters: {characters}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="51"/>
        <source>Họ và tên chỉ có một từ; hãy kiểm tra lại với thẻ.</source>
        <translation>The full name is a single word; check it against the card.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="54"/>
        <source>Họ và tên khác với mã QR trên thẻ ({qr_name}); hãy đối chiếu với thẻ.</source>
        <translation>The full name differs from the card&apos;s QR code ({qr_name}); compare it with the card.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="57"/>
        <source>Chưa nhập ngày sinh.</source>
        <translation>The date of birth has not been entered.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="58"/>
        <source>Ngày sinh viết theo dạng ngày/tháng/năm, ví dụ 07/03/1995.</source>
        <translation>Write the date of birth as day/month/year, for example 07/03/1995.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="61"/>
        <source>Ngày sinh không phải một ngày có thật.</source>
        <translation>The date of birth is not a real date.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="64"/>
        <source>Ngày sinh ở sau hôm nay.</source>
        <translation>The date of birth is after today.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="65"/>
        <source>Ngày sinh trước năm {year}.</source>
        <translation>The date of birth is before {year}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="66"/>
        <source>Ngày sinh khác với mã QR trên thẻ ({qr_date}).</source>
        <translation>The date of birth differs from the card&apos;s QR code ({qr_date}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="69"/>
        <source>Giới tính là Nam hoặc Nữ.</source>
        <translation>Sex is male or female.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="70"/>
        <source>Giới tính khác với mã QR trên thẻ ({qr_sex}).</source>
        <translation>Sex differs from the card&apos;s QR code ({qr_sex}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="73"/>
        <source>Số CMND cũ gồm 9 hoặc 12 chữ số (để trống nếu không có).</source>
        <translation>An old CMND number has 9 or 12 digits (leave it empty if there is none).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="76"/>
        <source>Địa chỉ dài quá {limit} ký tự.</source>
        <translation>The address is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="77"/>
        <source>Chọn đơn vị nơi cán bộ đang làm việc.</source>
        <translation>Choose the unit where the officer is working.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="80"/>
        <source>Chưa nhập số điện thoại di động của công dân.</source>
        <translation>The citizen&apos;s mobile number has not been entered.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="83"/>
        <source>Số điện thoại chỉ gồm chữ số (có thể bắt đầu bằng +84).</source>
        <translation>A phone number has digits only (it may start with +84).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="86"/>
        <source>Số điện thoại không hợp lệ: số di động Việt Nam có 10 chữ số, bắt đầu bằng 0 (hoặc +84 và 9 chữ số).</source>
        <translation>The phone number is not valid: a Vietnamese mobile number has 10 digits starting with 0 (or +84 and 9 digits).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="91"/>
        <source>Đây là số điện thoại nước ngoài; mã OTP chỉ gửi được tới số di động Việt Nam.</source>
        <translation>This is a foreign phone number; OTP codes can only be sent to Vietnamese mobile numbers.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="94"/>
        <source>Đây là số máy bàn (cố định), không nhận được tin nhắn mã OTP; hãy nhập số di động của chính công dân.</source>
        <translation>This is a landline number, which cannot receive the OTP text message; enter the citizen&apos;s own mobile number.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="99"/>
        <source>Hỏi công dân: đây có phải số điện thoại của chính công dân không? Chỉ đánh dấu khi công dân xác nhận.</source>
        <translation>Ask the citizen: is this the citizen&apos;s own phone number? Tick only when the citizen confirms.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="104"/>
        <source>Địa chỉ email không hợp lệ (ví dụ đúng: ten@gmail.com). Email không bắt buộc: có thể để trống.</source>
        <translation>The e-mail address is not valid (a correct example: name@gmail.com). E-mail is optional: it may be left empty.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="109"/>
        <source>Mã QR trống.</source>
        <translation>The QR code is empty.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="110"/>
        <source>Mã QR quá dài, không phải mã QR trên thẻ CCCD/Căn cước.</source>
        <translation>The QR code is too long to be the QR code of a CCCD/citizen ID card.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="113"/>
        <source>Mã QR này là một đường dẫn web, không phải mã QR thông tin trên thẻ CCCD/Căn cước.</source>
        <translation>This QR code is a web link, not the information QR code of a CCCD/citizen ID card.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="117"/>
        <source>Mã QR bị máy quét làm hỏng chữ tiếng Việt (có dấu). Hãy đặt máy quét ở chế độ bàn phím Unicode/UTF-8, hoặc quét ảnh thẻ; không tự điền thông tin từ mã này.</source>
        <translation>The scanner garbled the Vietnamese letters (with marks) of the QR code. Set the scanner to Unicode/UTF-8 keyboard mode, or scan a picture of the card; details are not filled in from this code.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="123"/>
        <source>Mã QR này không phải mã QR thông tin trên thẻ CCCD/Căn cước.</source>
        <translation>This QR code is not the information QR code of a CCCD/citizen ID card.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="126"/>
        <source>Mã QR chỉ có {count} trường thông tin (thẻ CCCD/Căn cước có ít nhất {minimum}); có thể mã bị đọc thiếu, hãy quét lại.</source>
        <translation>The QR code has only {count} fields (a CCCD/citizen ID card has at least {minimum}); it may have been read incompletely, scan it again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="131"/>
        <source>Số CCCD trong mã QR không phải 12 chữ số.</source>
        <translation>The CCCD number in the QR code is not 12 digits.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="134"/>
        <source>Số CMND cũ trong mã QR không phải 9 hoặc 12 chữ số.</source>
        <translation>The old CMND number in the QR code is not 9 or 12 digits.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="137"/>
        <source>Họ và tên trong mã QR không hợp lệ. {reason}</source>
        <translation>The full name in the QR code is not valid. {reason}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="140"/>
        <source>Ngày sinh trong mã QR không hợp lệ (không phải một ngày có thật dạng ddMMyyyy, hoặc ở tương lai).</source>
        <translation>The date of birth in the QR code is not valid (not a real ddMMyyyy date, or in the future).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="145"/>
        <source>Ngày cấp trong mã QR không phải một ngày có thật dạng ngày tháng năm (ddMMyyyy).</source>
        <translation>The issue date in the QR code is not a real day-month-year date (ddMMyyyy).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="149"/>
        <source>Giới tính trong mã QR không phải Nam hoặc Nữ.</source>
        <translation>The sex in the QR code is neither male nor female.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="152"/>
        <source>Ngày cấp trong mã QR trước ngày sinh.</source>
        <translation>The issue date in the QR code is before the date of birth.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="155"/>
        <source>Ngày cấp trong mã QR ở sau hôm nay: hãy kiểm tra ngày giờ của máy tính.</source>
        <translation>The issue date in the QR code is after today: check the computer&apos;s date and time.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="158"/>
        <source>Mã QR không có chữ nào có dấu: máy quét có thể đã bỏ dấu tiếng Việt. Hãy đối chiếu họ tên và địa chỉ với thẻ.</source>
        <translation>The QR code has no letter with Vietnamese marks: the scanner may have dropped them. Compare the name and the address with the card.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="163"/>
        <source>Không tìm thấy mã QR trên ảnh: hãy quét mặt có mã QR (thẻ 2021: mặt trước; thẻ 2024: mặt sau), giữ thẻ phẳng, rõ nét và không bị lóa.</source>
        <translation>No QR code found in the picture: scan the side with the QR code (2021 card: front; 2024 card: back), keeping the card flat, sharp and free of glare.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="168"/>
        <source>Mã QR trên thẻ vừa quét mang số CCCD khác số đã tra cứu: có thể đây là thẻ của người khác. Hãy quét đúng thẻ, hoặc hủy hồ sơ và tra cứu lại.</source>
        <translation>The QR code of the card just scanned carries a CCCD number other than the one looked up: this may be someone else&apos;s card. Scan the right card, or drop the case and look up again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="173"/>
        <source>Vùng MRZ phải có 3 dòng, mỗi dòng 30 ký tự (chữ in hoa, chữ số, dấu &lt;).</source>
        <translation>The MRZ must have 3 lines of 30 characters each (capital letters, digits, &lt;).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="176"/>
        <source>Vùng MRZ không phải của thẻ CCCD/Căn cước Việt Nam.</source>
        <translation>The MRZ is not that of a Vietnamese CCCD/citizen ID card.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="179"/>
        <source>Chữ số kiểm tra của vùng MRZ không khớp: có ký tự bị đọc sai, hãy kiểm tra lại.</source>
        <translation>The MRZ check digits do not match: a character was misread, check again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="183"/>
        <source>Số CCCD trong vùng MRZ không khớp với số giấy tờ của chính nó.</source>
        <translation>The CCCD number in the MRZ does not match its own document number.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="186"/>
        <source>Ngày sinh trong vùng MRZ không hợp lệ.</source>
        <translation>The date of birth in the MRZ is not valid.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="189"/>
        <source>Ngày hết hạn trong vùng MRZ không hợp lệ.</source>
        <translation>The expiry date in the MRZ is not valid.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="192"/>
        <source>Số CCCD trong vùng MRZ khác số đã có.</source>
        <translation>The CCCD number in the MRZ differs from the one already entered.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="195"/>
        <source>Ngày sinh trong vùng MRZ khác ngày đã có.</source>
        <translation>The date of birth in the MRZ differs from the one already entered.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="198"/>
        <source>Giới tính trong vùng MRZ khác giới tính đã có.</source>
        <translation>The sex in the MRZ differs from the one already entered.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="201"/>
        <source>Họ tên trong vùng MRZ khác họ tên đã có.</source>
        <translation>The name in the MRZ differs from the one already entered.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="208"/>
        <source>nam</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/findings.py" line="209"/>
        <source>nữ</source>
        <translation>female</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../kiosk/ui/wizard/form_page.py" line="71"/>
        <source>Bước 4. Giấy đề nghị tạo tài khoản</source>
        <translation>Step 4. Account request form</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/form_page.py" line="74"/>
        <source>In giấy đề nghị, đưa công dân kiểm tra thông tin và ký. Giấy ghi số điện thoại và đồng ý của công dân về việc xử lý dữ liệu cá nhân.</source>
        <translation>Print the request form; the citizen checks the details and signs. The form states the phone number and the citizen&apos;s consent to the processing of personal data.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/form_page.py" line="78"/>
        <source>In giấy đề nghị (Ctrl+P)</source>
        <translation>Print the request form (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/form_page.py" line="80"/>
        <source>Lưu tệp PDF… (Ctrl+S)</source>
        <translation>Save as PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/form_page.py" line="83"/>
        <source>Máy tính này chưa có máy in. Đề nghị bộ phận CNTT cài máy in; trong lúc chờ, giấy đề nghị được lưu thành tệp PDF (Ctrl+P hoặc Ctrl+S) vào nơi anh/chị chọn để in ở máy khác.</source>
        <translation>This computer has no printer. Ask IT to install one; meanwhile the form is saved as a PDF file (Ctrl+P or Ctrl+S) where you choose, to print on another computer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/form_page.py" line="90"/>
        <source>Khi công dân đã đọc lại họ tên, ngày sinh, số thẻ, số điện thoại trên giấy và ký tên:</source>
        <translation>Once the citizen has read the name, date of birth, ID number and phone number on the paper and signed it:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/form_page.py" line="79"/>
        <source>Máy in khác… (Ctrl+Shift+P)</source>
        <translation>Another printer… (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/form_page.py" line="94"/>
        <source>Công dân đã kiểm tra và ký (Alt+K)</source>
        <translation>Checked and signed by the citizen (Alt+K)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/form_page.py" line="142"/>
        <source>Đang tạo giấy đề nghị…</source>
        <translation>Making the request form…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/form_page.py" line="177"/>
        <source>Đang in…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/form_page.py" line="169"/>
        <source>Giấy đề nghị {ref}</source>
        <translation>Request form {ref}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/form_page.py" line="213"/>
        <source>Đã in giấy đề nghị.</source>
        <translation>The request form was printed.</translation>
    </message>
</context>
<context>
    <name>GuidePrinting</name>
    <message>
        <location filename="../../kiosk/ui/wizard/guide_printing.py" line="41"/>
        <source>Đang in…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/guide_printing.py" line="43"/>
        <source>Hướng dẫn đăng nhập</source>
        <translation>Log-in guide</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/guide_printing.py" line="49"/>
        <source>Đang tạo hướng dẫn…</source>
        <translation>Making the guide…</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <location filename="../../kiosk/ui/wizard/history.py" line="68"/>
        <source>Tài khoản công dân bạn đã tạo</source>
        <translation>Citizen accounts you created</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/history.py" line="69"/>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/history.py" line="72"/>
        <source>Thời gian tạo</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/history.py" line="73"/>
        <source>Số CCCD</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/history.py" line="74"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/history.py" line="75"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/history.py" line="76"/>
        <source>Kiểm tra</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/history.py" line="83"/>
        <source>Đang tải danh sách…</source>
        <translation>Loading the list…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/history.py" line="88"/>
        <source>Đã kiểm tra</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/history.py" line="88"/>
        <source>Cần xử lý</source>
        <translation>Needs action</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/history.py" line="101"/>
        <source>{n} tài khoản</source>
        <translation>{n} accounts</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/history.py" line="105"/>
        <source>Chưa có tài khoản nào. Bấm “Tiếp công dân mới” để bắt đầu.</source>
        <translation>No accounts yet. Press “Next citizen” to start.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="147"/>
        <source>Xin chào {name}</source>
        <translation>Hello, {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="149"/>
        <source>Tiếp nhận công dân</source>
        <translation>Serving citizens</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="151"/>
        <source>Tiếp công dân mới (Enter)</source>
        <translation>Next citizen (Enter)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="152"/>
        <source>Hồ sơ đang làm dở</source>
        <translation>Unfinished cases</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="153"/>
        <source>Làm tiếp</source>
        <translation>Keep working</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="154"/>
        <source>Hủy hồ sơ</source>
        <translation>Drop the case</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="155"/>
        <source>Các bước tạo tài khoản cho công dân</source>
        <translation>Steps to create a citizen&apos;s account</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="156"/>
        <source>Nhật ký hồ sơ không mở được</source>
        <translation>The case journal cannot be opened</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="159"/>
        <source>Khóa của nhật ký hồ sơ trên máy này đã mất hoặc không khớp (kho khóa bị đặt lại, hồ sơ người dùng bị sao chép). Các hồ sơ đang làm dở dưới đây không làm tiếp được. Có thể cất nhật ký này lại cho bộ phận CNTT và mở nhật ký mới.</source>
        <translation>The key of this PC&apos;s case journal is missing or does not match (the keyring was reset, the user profile was copied). The unfinished cases below cannot be continued. You can set this journal aside for IT and start a new one.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="164"/>
        <source>Cất nhật ký cho CNTT, mở nhật ký mới…</source>
        <translation>Set the journal aside for IT, start a new one…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="166"/>
        <source>Tra cứu số CMND/CCCD: nếu công dân đã có tài khoản thì không tạo mới.</source>
        <translation>Look up the ID number: if the citizen already has an account, do not create a new one.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="167"/>
        <source>Quét hai mặt thẻ thành một tệp PDF (không quá 5 MB).</source>
        <translation>Scan both sides of the card into one PDF (at most 5 MB).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="168"/>
        <source>Nhập thông tin công dân; số điện thoại phải chính chủ.</source>
        <translation>Enter the citizen&apos;s details; the phone must be the citizen&apos;s own.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="169"/>
        <source>In giấy đề nghị tạo tài khoản để công dân kiểm tra và ký.</source>
        <translation>Print the account request form for the citizen to check and sign.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="170"/>
        <source>Gửi mã OTP tới điện thoại của công dân, nhập mã mới nhất.</source>
        <translation>Send an OTP to the citizen&apos;s phone and enter the newest code.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="171"/>
        <source>Tạo tài khoản: mật khẩu được gửi tới công dân bằng tin nhắn.</source>
        <translation>Create the account: the password is sent to the citizen by SMS.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="175"/>
        <source>Mọi bước đều làm được bằng bàn phím: Enter để tiếp tục, Esc để hủy.</source>
        <translation>Every step works from the keyboard: Enter to continue, Esc to cancel.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="208"/>
        <source>đang chờ kết quả tạo tài khoản</source>
        <translation>waiting for the outcome of the account creation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="210"/>
        <source>bước: {step}</source>
        <translation>step: {step}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="231"/>
        <source>tra cứu</source>
        <translation>lookup</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="232"/>
        <source>quét thẻ</source>
        <translation>card scan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="233"/>
        <source>thông tin công dân</source>
        <translation>citizen&apos;s details</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="234"/>
        <source>giấy đề nghị</source>
        <translation>request form</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="235"/>
        <source>mã OTP</source>
        <translation>OTP</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="245"/>
        <source>(không có hồ sơ đang làm dở)</source>
        <translation>(no unfinished cases)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="257"/>
        <source>Cất nhật ký hồ sơ</source>
        <translation>Set the case journal aside</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="258"/>
        <source>Cất nhật ký này cho CNTT và mở nhật ký mới?</source>
        <translation>Set this journal aside for IT and start a new one?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="261"/>
        <source>Những hồ sơ này sẽ không làm tiếp được trên kiosk (công dân cần làm lại từ đầu); tệp nhật ký cũ được giữ nguyên để CNTT xử lý:</source>
        <translation>These cases cannot be continued on the kiosk (the citizens must start again); the old journal file is kept unchanged for IT:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="267"/>
        <source>Cất và mở nhật ký mới</source>
        <translation>Set aside and start a new journal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="268"/>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../kiosk/ui/catalogue/journal.py" line="11"/>
        <source>Lỗi nhật ký hồ sơ trên máy này. Hãy báo bộ phận CNTT.</source>
        <translation>Error in the case journal on this PC. Tell the IT department.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/journal.py" line="14"/>
        <source>Tệp nhật ký hồ sơ trên máy này bị hỏng hoặc không phải nhật ký của phần mềm. Tệp đã được cất riêng để CNTT kiểm tra; có thể tiếp tục làm hồ sơ mới.</source>
        <translation>The case journal file on this PC is damaged or not the software&apos;s journal. The file was put aside for IT to examine; new cases can go on.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/journal.py" line="20"/>
        <source>Nhật ký hồ sơ đang bị một chương trình khác giữ. Đóng cửa sổ phần mềm còn mở rồi thử lại.</source>
        <translation>The case journal is held by another program. Close the other open window of the software and try again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/journal.py" line="24"/>
        <source>Ổ đĩa của máy tính đã đầy nên không lưu được hồ sơ. Hãy nhờ CNTT giải phóng dung lượng; hồ sơ đang làm vẫn còn trên màn hình.</source>
        <translation>The computer&apos;s drive is full, so the case cannot be saved. Ask IT to free up space; the case in progress is still on the screen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/journal.py" line="29"/>
        <source>Không ghi hoặc đọc được tệp nhật ký hồ sơ (quyền truy cập hoặc lỗi ổ đĩa). Hãy báo CNTT.</source>
        <translation>The case journal file cannot be written or read (permissions or a drive error). Tell IT.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/journal.py" line="33"/>
        <source>Kho khoá của hệ điều hành trên máy này không an toàn (lưu khoá dạng đọc được), nên không thể bảo vệ dữ liệu công dân. Hãy nhờ CNTT bật Windows Credential Manager, macOS Keychain hoặc Secret Service.</source>
        <translation>The operating system&apos;s keyring on this PC is not secure (it stores keys readably), so citizens&apos; data cannot be protected. Ask IT to enable Windows Credential Manager, macOS Keychain or Secret Service.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/journal.py" line="39"/>
        <source>Không dùng được kho khoá của hệ điều hành (chưa mở khoá hoặc không có). Đăng nhập lại máy tính hoặc nhờ CNTT kiểm tra kho khoá.</source>
        <translation>The operating system&apos;s keyring cannot be used (locked or missing). Log in to the computer again or ask IT to check the keyring.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/journal.py" line="44"/>
        <source>Không tìm thấy khoá giải mã nhật ký hồ sơ trong kho khoá của máy này, nên không đọc được các hồ sơ đã lưu. Hãy báo CNTT; không xoá tệp nhật ký.</source>
        <translation>The key that decrypts the case journal is not in this PC&apos;s keyring, so saved cases cannot be read. Tell IT; do not delete the journal file.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/journal.py" line="50"/>
        <source>Khoá trong kho khoá không mở được nhật ký hồ sơ này (tệp chép từ máy khác hoặc khoá đã bị thay). Hãy báo CNTT; không xoá tệp nhật ký.</source>
        <translation>The key in the keyring does not open this case journal (a file copied from another PC, or the key was replaced). Tell IT; do not delete the journal file.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/journal.py" line="55"/>
        <source>Dữ liệu của hồ sơ này đã bị sửa hoặc hỏng nên không giải mã được. Các hồ sơ khác không bị ảnh hưởng; hãy làm lại hồ sơ này và báo CNTT.</source>
        <translation>This case&apos;s data was altered or damaged and cannot be decrypted. Other cases are not affected; redo this case and tell IT.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/journal.py" line="60"/>
        <source>Không tìm thấy hồ sơ này trong nhật ký (có thể đã bị xoá theo hạn lưu).</source>
        <translation>This case is not in the journal (it may have been deleted at the end of its retention period).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/journal.py" line="63"/>
        <source>Không tìm thấy ảnh quét hoặc tệp PDF này của hồ sơ (có thể đã bị xoá).</source>
        <translation>This scan or PDF file of the case is not found (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/journal.py" line="66"/>
        <source>Tệp quá lớn để lưu vào hồ sơ. Quét lại với độ phân giải thấp hơn.</source>
        <translation>The file is too large to keep in the case. Scan again at a lower resolution.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/journal.py" line="69"/>
        <source>Hồ sơ đang ở trạng thái không cho phép thao tác này.</source>
        <translation>The case is in a state that does not allow this action.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../kiosk/ui/idle_lock.py" line="140"/>
        <source>Màn hình đã khóa</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle_lock.py" line="141"/>
        <source>Mật khẩu của cán bộ</source>
        <translation>Officer&apos;s password</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle_lock.py" line="142"/>
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle_lock.py" line="143"/>
        <source>Đăng xuất</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle_lock.py" line="147"/>
        <source>Kiosk tự khóa khi không có thao tác. Thông tin đang nhập vẫn được giữ. Cán bộ {name} nhập mật khẩu để tiếp tục.</source>
        <translation>The kiosk locked itself after a period without activity. The details being entered are kept. Officer {name}, enter your password to continue.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../kiosk/ui/login_page.py" line="93"/>
        <source>Đăng nhập cán bộ</source>
        <translation>Officer log-in</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/login_page.py" line="95"/>
        <source>Dùng tài khoản cán bộ một cửa đã được phân quyền tạo tài khoản công dân.</source>
        <translation>Use a one-stop officer account that is allowed to create citizens&apos; accounts.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/login_page.py" line="98"/>
        <source>&amp;Mật khẩu</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/login_page.py" line="97"/>
        <source>Tên đăng n&amp;hập</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/login_page.py" line="99"/>
        <source>Ghi nhớ đăng nhập trên &amp;quầy này</source>
        <translation>&amp;Remember me on this counter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/login_page.py" line="101"/>
        <source>Chỉ lưu phiên đăng nhập trong kho khóa của hệ điều hành, không lưu mật khẩu.</source>
        <translation>Only the session is kept, in the operating system&apos;s keyring; the password is never stored.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/login_page.py" line="103"/>
        <source>Đăng nhập</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/login_page.py" line="119"/>
        <source>Không ghi nhớ đăng nhập được: máy này chỉ có kho khóa lưu dạng văn bản thường, không an toàn. Mỗi lần mở kiosk cần đăng nhập lại.</source>
        <translation>Cannot remember the log-in: this PC only has a plain-text keyring, which is not safe. Log in each time the kiosk starts.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/login_page.py" line="124"/>
        <source>Không ghi nhớ đăng nhập được: kho khóa của hệ điều hành đang lỗi hoặc bị khóa.</source>
        <translation>Cannot remember the log-in: the operating system&apos;s keyring is failing or locked.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/login_page.py" line="126"/>
        <source>Không ghi nhớ đăng nhập được: máy này không có kho khóa an toàn.</source>
        <translation>Cannot remember the log-in: this PC has no secure keyring.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/login_page.py" line="150"/>
        <source>Nhập tên đăng nhập.</source>
        <translation>Enter the username.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/login_page.py" line="154"/>
        <source>Nhập mật khẩu.</source>
        <translation>Enter the password.</translation>
    </message>
</context>
<context>
    <name>LookupPage</name>
    <message>
        <location filename="../../kiosk/ui/wizard/lookup_page.py" line="81"/>
        <source>Bước 1. Tra cứu số CMND/CCCD</source>
        <translation>Step 1. Look up the ID number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/lookup_page.py" line="84"/>
        <source>Quét mã QR trên thẻ bằng máy quét cầm tay, hoặc gõ số thẻ rồi nhấn Enter. Nếu công dân đã có tài khoản thì không tạo mới.</source>
        <translation>Scan the card&apos;s QR code with the handheld scanner, or type the number and press Enter. If the citizen already has an account, none is created.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/lookup_page.py" line="88"/>
        <source>&amp;Số CCCD (12 số) hoặc CMND cũ (9 số)</source>
        <translation>&amp;ID number (12 digits) or old ID (9 digits)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/lookup_page.py" line="89"/>
        <source>Gõ số, hoặc quét mã QR trên thẻ</source>
        <translation>Type the number, or scan the card&apos;s QR code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/lookup_page.py" line="90"/>
        <source>Đọc mã QR từ ảnh thẻ… (Ctrl+O)</source>
        <translation>Read the QR code from a card picture… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/lookup_page.py" line="93"/>
        <source>Mã QR nằm ở mặt trước thẻ CCCD gắn chip (2021) và ở mặt sau thẻ Căn cước (2024). Máy quét cầm tay cần đặt ở chế độ bàn phím (keyboard) Unicode.</source>
        <translation>The QR code is on the front of 2021 chip ID cards and on the back of 2024 citizen ID cards. The handheld scanner must be set to Unicode keyboard mode.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/lookup_page.py" line="183"/>
        <source>Đã đọc mã QR trên thẻ: {name} · sinh {dob} · {sex}</source>
        <translation>Card QR code read: {name} · born {dob} · {sex}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/lookup_page.py" line="208"/>
        <source>Đang tra cứu tài khoản trên Cổng Dịch vụ công…</source>
        <translation>Looking the account up on the Public Service Portal…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/lookup_page.py" line="216"/>
        <source>Chọn ảnh thẻ có mã QR</source>
        <translation>Choose a picture of the card with its QR code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/lookup_page.py" line="220"/>
        <source>Ảnh hoặc PDF ({patterns})</source>
        <translation>Images or PDF ({patterns})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/lookup_page.py" line="245"/>
        <source>Đang đọc mã QR trên ảnh thẻ…</source>
        <translation>Reading the QR code on the card picture…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="163"/>
        <location filename="../../kiosk/ui/main_window.py" line="195"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="165"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Phiên bản {version}&lt;br&gt;&lt;br&gt;Dành cho cán bộ Bộ phận một cửa và Trung tâm Phục vụ hành chính công: tạo tài khoản dịch vụ công cho công dân.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Version {version}&lt;br&gt;&lt;br&gt;For officers of one-stop counters and public administrative service centres: creating citizens&apos; public-service accounts.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="168"/>
        <location filename="../../kiosk/ui/main_window.py" line="183"/>
        <source>Kiosk tạo tài khoản dịch vụ công</source>
        <translation>Public-service account kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="184"/>
        <source>Tạo tài khoản dịch vụ công cho công dân</source>
        <translation>Public-service accounts for citizens</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="187"/>
        <source>CHẾ ĐỘ ĐÀO TẠO — máy chủ đào tạo nội bộ; tài khoản tạo ở đây không có trên Cổng Dịch vụ công quốc gia</source>
        <translation>TRAINING MODE — local training gateway; accounts created here do not exist on the National Public Service Portal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="191"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="192"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="193"/>
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="194"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="197"/>
        <source>Máy chủ: đào tạo (chạy trong máy này)</source>
        <translation>Gateway: training (running on this PC)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="199"/>
        <source>Máy chủ: {url}</source>
        <translation>Gateway: {url}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="202"/>
        <source>Quầy: {name}</source>
        <translation>Counter: {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="204"/>
        <source>Phiên bản {v}</source>
        <translation>Version {v}</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <location filename="../../kiosk/ui/supervisor/mark_dialog.py" line="32"/>
        <source>Đánh dấu kiểm tra</source>
        <translation>Review mark</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/mark_dialog.py" line="35"/>
        <source>Tài khoản của công dân {name}</source>
        <translation>Account of {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/mark_dialog.py" line="39"/>
        <source>Đã kiểm tra: hồ sơ đúng</source>
        <translation>Checked: the record is right</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/mark_dialog.py" line="40"/>
        <source>Cần xử lý: có sai sót, cần liên hệ công dân</source>
        <translation>Needs action: something is wrong, the citizen must be contacted</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/mark_dialog.py" line="47"/>
        <source>Ghi chú (bắt buộc khi cần xử lý):</source>
        <translation>Note (required when action is needed):</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/mark_dialog.py" line="58"/>
        <source>Lưu đánh dấu</source>
        <translation>Save mark</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/mark_dialog.py" line="74"/>
        <source>Ghi rõ cần xử lý việc gì để cán bộ liên hệ công dân.</source>
        <translation>Say what needs doing, so the officer can contact the citizen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/mark_dialog.py" line="79"/>
        <source>Ghi chú dài {n} ký tự; tối đa {max}.</source>
        <translation>The note has {n} characters; at most {max}.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="44"/>
        <source>Tên đăng nhập hoặc mật khẩu không đúng.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="45"/>
        <source>Kiểm tra bộ gõ tiếng Việt và phím Caps Lock, rồi nhập lại.</source>
        <translation>Check the Vietnamese input method and Caps Lock, then try again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="48"/>
        <source>Đăng nhập sai quá nhiều lần nên tạm bị khóa.</source>
        <translation>Too many failed log-ins: temporarily locked.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="49"/>
        <source>Chờ hết thời gian khóa rồi thử lại.</source>
        <translation>Wait until the lock ends, then try again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="52"/>
        <location filename="../../kiosk/ui/messages.py" line="295"/>
        <source>Phiên đăng nhập đã hết hạn.</source>
        <translation>The session has expired.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="53"/>
        <location filename="../../kiosk/ui/messages.py" line="171"/>
        <location filename="../../kiosk/ui/messages.py" line="175"/>
        <location filename="../../kiosk/ui/messages.py" line="179"/>
        <location filename="../../kiosk/ui/messages.py" line="296"/>
        <source>Đăng nhập lại; hồ sơ đang làm dở vẫn được giữ.</source>
        <translation>Log in again; the case in progress is kept.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="56"/>
        <source>Tài khoản của bạn không có quyền làm việc này.</source>
        <translation>Your account is not allowed to do this.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="57"/>
        <source>Liên hệ quản trị của đơn vị để được phân quyền.</source>
        <translation>Ask your unit&apos;s administrator for the permission.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="60"/>
        <source>Bạn không được xem dữ liệu này.</source>
        <translation>You may not see this data.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="61"/>
        <source>Cán bộ chỉ xem tài khoản mình tạo; giám sát viên xem đơn vị mình.</source>
        <translation>Officers see the accounts they created; supervisors see their units&apos;.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="66"/>
        <source>Không chọn được đơn vị này.</source>
        <translation>This unit cannot be chosen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="67"/>
        <source>Chọn Trung tâm Phục vụ hành chính công hoặc Bộ phận một cửa của bạn.</source>
        <translation>Choose your Public Administrative Service Centre or one-stop unit.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="72"/>
        <source>Số CMND/CCCD không hợp lệ.</source>
        <translation>Invalid ID number.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="73"/>
        <source>Số CMND gồm 9 chữ số, số CCCD gồm 12 chữ số.</source>
        <translation>An old ID (CMND) has 9 digits, a citizen ID card (CCCD) 12.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="76"/>
        <source>Số điện thoại không nhận được mã OTP.</source>
        <translation>This phone number cannot receive the OTP.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="77"/>
        <source>Cần số di động Việt Nam của chính công dân (không dùng số máy bàn).</source>
        <translation>It must be the citizen&apos;s own Vietnamese mobile number (not a landline).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="82"/>
        <source>Vừa gửi mã OTP cho số này.</source>
        <translation>An OTP was just sent to this number.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="83"/>
        <source>Chờ hết thời gian đếm ngược rồi gửi lại.</source>
        <translation>Wait for the countdown to end, then resend.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="86"/>
        <source>Số điện thoại này đã nhận quá nhiều mã OTP trong một giờ.</source>
        <translation>This number has received too many OTPs within an hour.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="87"/>
        <source>Kiểm tra lại số điện thoại; đề nghị công dân khởi động lại điện thoại.</source>
        <translation>Check the number; ask the citizen to restart the phone.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="92"/>
        <source>Mã OTP không đúng.</source>
        <translation>Wrong OTP.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="93"/>
        <location filename="../../kiosk/ui/messages.py" line="101"/>
        <source>Nhập mã mới nhất công dân nhận được.</source>
        <translation>Enter the newest code the citizen received.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="96"/>
        <source>Mã OTP đã hết hạn.</source>
        <translation>The OTP has expired.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="97"/>
        <location filename="../../kiosk/ui/messages.py" line="105"/>
        <location filename="../../kiosk/ui/messages.py" line="109"/>
        <source>Cần gửi mã mới cho công dân.</source>
        <translation>A new code must be sent to the citizen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="113"/>
        <source>Cần gửi mã OTP cho công dân trước.</source>
        <translation>Send an OTP code to the citizen first.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="100"/>
        <source>Đã có mã OTP mới hơn.</source>
        <translation>A newer OTP has been sent.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="104"/>
        <source>Nhập sai mã OTP quá số lần cho phép; mã đã bị hủy.</source>
        <translation>Too many wrong OTP entries; the code was cancelled.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="108"/>
        <source>Mã OTP này đã được dùng.</source>
        <translation>This OTP has already been used.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="112"/>
        <source>Chưa gửi mã OTP cho hồ sơ này.</source>
        <translation>No OTP has been sent for this case.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="116"/>
        <source>Mã OTP được gửi cho số điện thoại hoặc số CCCD khác.</source>
        <translation>The OTP was sent for another phone number or ID number.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="117"/>
        <source>Gửi mã mới tới đúng số điện thoại của công dân.</source>
        <translation>Send a new code to the citizen&apos;s correct number.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="120"/>
        <source>Công dân đã có tài khoản – không cần tạo mới.</source>
        <translation>The citizen already has an account – no need to create one.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="121"/>
        <source>Nếu công dân không đăng nhập được, hướng dẫn dùng “Quên mật khẩu”.</source>
        <translation>If the citizen cannot log in, show them “Forgot password”.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="126"/>
        <source>Yêu cầu tạo tài khoản này đang được xử lý.</source>
        <translation>This account request is being processed.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="127"/>
        <source>Chờ giây lát; kiosk sẽ hỏi lại kết quả, không tạo trùng.</source>
        <translation>Wait a moment; the kiosk will ask for the result again, never creating a duplicate.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="130"/>
        <source>Tệp ảnh thẻ vượt quá 5 MB.</source>
        <translation>The ID card file is larger than 5 MB.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="131"/>
        <source>Quét lại với độ phân giải thấp hơn.</source>
        <translation>Scan again at a lower resolution.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="134"/>
        <source>Tệp ảnh thẻ không phải PDF hợp lệ.</source>
        <translation>The ID card file is not a valid PDF.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="135"/>
        <source>Quét lại hai mặt thẻ.</source>
        <translation>Scan both sides of the card again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="138"/>
        <source>Thông tin công dân chưa hợp lệ.</source>
        <translation>The citizen&apos;s details are not valid yet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="139"/>
        <source>Sửa các ô được đánh dấu rồi thử lại.</source>
        <translation>Correct the marked fields and try again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="142"/>
        <source>Quầy chưa gửi giấy đề nghị cho tài khoản này.</source>
        <translation>The counter has not sent the request form for this account.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="143"/>
        <source>Đề nghị cán bộ tạo tài khoản gửi bản giấy đề nghị công dân đã ký.</source>
        <translation>Ask the officer who created the account to send the form the citizen signed.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="148"/>
        <source>Không tìm thấy tài khoản này trên máy chủ.</source>
        <translation>This account is not on the server.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="149"/>
        <source>Bấm “Làm mới” để tải lại danh sách.</source>
        <translation>Press “Refresh” to load the list again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="152"/>
        <source>Máy chủ không đọc được yêu cầu kiosk gửi.</source>
        <translation>The gateway could not read the kiosk&apos;s request.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="153"/>
        <location filename="../../kiosk/ui/messages.py" line="157"/>
        <location filename="../../kiosk/ui/messages.py" line="161"/>
        <source>Báo bộ phận CNTT; thông tin đã nhập vẫn được giữ.</source>
        <translation>Tell IT; what was entered is kept.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="156"/>
        <source>Yêu cầu tạo tài khoản thiếu khóa chống trùng.</source>
        <translation>The create request lacks its duplicate-protection key.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="160"/>
        <source>Khóa chống trùng của yêu cầu sai định dạng.</source>
        <translation>The request&apos;s duplicate-protection key is malformed.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="164"/>
        <source>Khóa chống trùng này đã được dùng cho một yêu cầu có nội dung khác.</source>
        <translation>This duplicate-protection key was already used for a different request.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="167"/>
        <source>Kiosk tra cứu số CCCD để biết tài khoản đã có hay chưa.</source>
        <translation>The kiosk looks up the ID number to find out whether the account exists.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="170"/>
        <source>Chưa đăng nhập.</source>
        <translation>Not logged in.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="174"/>
        <source>Phiên đăng nhập không còn hiệu lực.</source>
        <translation>The login session is no longer valid.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="178"/>
        <source>Phiên làm việc đã hết hạn.</source>
        <translation>The working session has expired.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="182"/>
        <source>Máy chủ không có địa chỉ kiosk vừa hỏi.</source>
        <translation>The gateway has no such address.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="183"/>
        <source>Báo bộ phận CNTT kiểm tra địa chỉ máy chủ trong cấu hình.</source>
        <translation>Ask IT to check the gateway address in the configuration.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="186"/>
        <source>Máy chủ không nhận kiểu yêu cầu này.</source>
        <translation>The gateway does not accept this kind of request.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="187"/>
        <source>Báo bộ phận CNTT: phiên bản kiosk và máy chủ chưa khớp.</source>
        <translation>Tell IT: the kiosk and gateway versions do not match.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="190"/>
        <source>Tài khoản này không có tệp ảnh thẻ đính kèm.</source>
        <translation>This account has no attached card scan.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="191"/>
        <source>Hỏi cán bộ đã tạo tài khoản.</source>
        <translation>Ask the officer who created the account.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="194"/>
        <source>Hộp thư SMS mô phỏng chỉ có ở chế độ đào tạo.</source>
        <translation>The simulated SMS inbox exists only in training mode.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="195"/>
        <source>Ở chế độ thật, công dân đọc mã trên điện thoại của mình.</source>
        <translation>In real mode, the citizen reads the code on their own phone.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="198"/>
        <source>Dữ liệu gửi lên quá lớn.</source>
        <translation>The data sent is too large.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="199"/>
        <source>Quét lại hai mặt thẻ với độ phân giải thấp hơn.</source>
        <translation>Scan both sides of the card again at a lower resolution.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="203"/>
        <location filename="../../kiosk/ui/messages.py" line="292"/>
        <source>Làm lại sau ít phút. Thông tin đã nhập vẫn được giữ.</source>
        <translation>Try again in a few minutes. What was entered is kept.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="206"/>
        <source>Máy chủ đang bận.</source>
        <translation>The gateway is busy.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="207"/>
        <location filename="../../kiosk/ui/messages.py" line="217"/>
        <location filename="../../kiosk/ui/messages.py" line="263"/>
        <source>Làm lại sau giây lát. Thông tin đã nhập vẫn được giữ.</source>
        <translation>Try again in a moment. What was entered is kept.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="210"/>
        <source>Máy chủ không nhận tệp PDF hai mặt thẻ: tệp có nội dung chạy được.</source>
        <translation>The gateway refused the ID-card PDF: the file has active content.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="213"/>
        <source>Quay lại bước 2 và quét lại hai mặt thẻ.</source>
        <translation>Go back to step 2 and scan both sides of the card again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="216"/>
        <source>Máy chủ chưa gửi được tin nhắn SMS (nhà mạng không nhận).</source>
        <translation>The gateway could not send the SMS (the carrier did not accept it).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="223"/>
        <source>Chưa tra cứu số CMND/CCCD của công dân.</source>
        <translation>The citizen&apos;s ID number has not been looked up yet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="224"/>
        <source>Hồ sơ này đã kết thúc; hãy bắt đầu tiếp công dân mới.</source>
        <translation>This case has ended; start serving a new citizen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="227"/>
        <source>Chưa quét đủ hai mặt thẻ.</source>
        <translation>Both sides of the card have not been scanned yet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="228"/>
        <source>Chưa có tệp PDF ảnh hai mặt thẻ; hãy quét lại.</source>
        <translation>There is no PDF of both card sides yet; scan again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="229"/>
        <source>Thông tin công dân chưa đủ hoặc chưa hợp lệ; xem các ô được đánh dấu.</source>
        <translation>The citizen&apos;s details are incomplete or invalid; see the marked fields.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="232"/>
        <source>Công dân chưa kiểm tra và ký giấy đề nghị.</source>
        <translation>The citizen has not checked and signed the request form yet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="233"/>
        <source>Chưa gửi mã OTP cho công dân.</source>
        <translation>No OTP code has been sent to the citizen yet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="234"/>
        <source>Mã OTP gồm đúng 6 chữ số.</source>
        <translation>The OTP code has exactly 6 digits.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="235"/>
        <source>Mã QR trên thẻ vừa quét mang số CCCD khác số đã tra cứu: có thể đây là thẻ của người khác. Hãy quét đúng thẻ, hoặc hủy hồ sơ và tra cứu lại.</source>
        <translation>The QR code on the card just scanned carries a different ID number from the one looked up: this may be someone else&apos;s card. Scan the right card, or drop the case and look up again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="240"/>
        <source>Chưa biết địa danh ghi trên giấy đề nghị. Báo bộ phận CNTT điền [counter] place trong cấu hình.</source>
        <translation>The place name for the request form is not known. Ask IT to fill in [counter] place in the configuration.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="256"/>
        <source>Không kết nối được máy chủ.</source>
        <translation>Cannot reach the gateway.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="257"/>
        <source>Kiểm tra mạng của máy rồi làm lại. Thông tin đã nhập vẫn được giữ.</source>
        <translation>Check this computer&apos;s network, then try again. What was entered is kept.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="262"/>
        <source>Máy chủ không trả lời kịp.</source>
        <translation>The gateway did not answer in time.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="266"/>
        <source>Không xác minh được chứng chỉ bảo mật của máy chủ.</source>
        <translation>The gateway&apos;s security certificate could not be verified.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="267"/>
        <source>Báo bộ phận CNTT: kiểm tra đồng hồ máy và tệp chứng chỉ (gateway.ca_bundle).</source>
        <translation>Tell IT staff: check this PC&apos;s clock and the certificate file (gateway.ca_bundle).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="273"/>
        <source>Tệp chứng chỉ của máy chủ (gateway.ca_bundle) không dùng được.</source>
        <translation>The gateway&apos;s certificate file (gateway.ca_bundle) cannot be used.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="276"/>
        <source>Báo bộ phận CNTT: kiểm tra đường dẫn và nội dung tệp PEM trong cấu hình.</source>
        <translation>Tell IT staff: check the path and content of the PEM file in the configuration.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="281"/>
        <source>Địa chỉ máy chủ không an toàn nên bị từ chối.</source>
        <translation>The gateway address is not secure and was refused.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="282"/>
        <source>Báo bộ phận CNTT: địa chỉ máy chủ phải bắt đầu bằng https://.</source>
        <translation>Tell IT staff: the gateway address must start with https://.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="287"/>
        <source>Máy chủ trả lời không đúng định dạng.</source>
        <translation>The gateway answered in an unexpected format.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="288"/>
        <source>Thử lại sau; nếu lặp lại, báo bộ phận CNTT.</source>
        <translation>Try again later; if it happens again, tell IT staff.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="202"/>
        <location filename="../../kiosk/ui/messages.py" line="291"/>
        <source>Máy chủ đang gặp lỗi.</source>
        <translation>The gateway has a problem.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="311"/>
        <source>Thử lại sau {n} phút.</source>
        <translation>Try again in {n} min.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="314"/>
        <source>Thử lại sau {n} giây.</source>
        <translation>Try again in {n} s.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="328"/>
        <location filename="../../kiosk/ui/messages.py" line="351"/>
        <location filename="../../kiosk/ui/messages.py" line="423"/>
        <source>Chưa thực hiện được</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="333"/>
        <source>Nhập mã mới nhất công dân nhận được. Còn {n} lần thử.</source>
        <translation>Enter the newest code the citizen received. {n} tries left.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="345"/>
        <location filename="../../kiosk/ui/messages.py" line="365"/>
        <source>Máy chủ từ chối yêu cầu.</source>
        <translation>The gateway refused the request.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="378"/>
        <source>Cấu hình chưa đúng</source>
        <translation>Configuration error</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="380"/>
        <source>Báo bộ phận CNTT sửa tệp cấu hình.</source>
        <translation>Ask IT staff to fix the configuration file.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="387"/>
        <source>Có lỗi ngoài dự kiến</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="388"/>
        <source>Việc này chưa thực hiện được. Thông tin đã nhập vẫn được giữ.</source>
        <translation>This could not be done. The details entered are kept.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="391"/>
        <source>Thử lại; nếu lặp lại, báo bộ phận CNTT.</source>
        <translation>Try again; if it happens again, tell IT staff.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="400"/>
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="402"/>
        <source>Chưa quét được</source>
        <translation>Scan failed</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="437"/>
        <source>Không đọc được mã QR</source>
        <translation>The QR code could not be read</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="443"/>
        <source>Thông tin chưa in được lên giấy đề nghị:</source>
        <translation>The details cannot be printed on the request form:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="446"/>
        <source>Quay lại bước 3 để sửa.</source>
        <translation>Go back to step 3 to correct them.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="451"/>
        <source>Thông tin quá dài, giấy đề nghị không vừa một trang.</source>
        <translation>The details are too long: the request form does not fit on one page.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="454"/>
        <source>Rút gọn địa chỉ hoặc họ tên ở bước 3.</source>
        <translation>Shorten the address or the name in step 3.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="459"/>
        <source>Thiếu phông chữ của phần mềm nên không tạo được giấy tờ in.</source>
        <translation>The program&apos;s fonts are missing, so no document can be printed.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="462"/>
        <source>Báo bộ phận CNTT cài lại phần mềm kiosk.</source>
        <translation>Ask IT to reinstall the kiosk software.</translation>
    </message>
</context>
<context>
    <name>NotConfiguredPage</name>
    <message>
        <location filename="../../kiosk/ui/app.py" line="134"/>
        <source>Máy này chưa được cấu hình</source>
        <translation>This PC is not configured</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/app.py" line="137"/>
        <source>Kiosk chưa biết máy chủ (gateway) nào để tạo tài khoản, nên chưa thể tiếp công dân. Xin báo bộ phận CNTT: cài lại với tham số --gateway-url, hoặc ghi gateway.mode = &quot;training&quot; nếu máy này chỉ dùng để tập huấn. Lệnh «kiosk doctor» cho biết chi tiết.</source>
        <translation>The kiosk does not know which gateway to create accounts on, so it cannot serve citizens yet. Please tell IT: reinstall with --gateway-url, or set gateway.mode = &quot;training&quot; if this PC is only for training. The command «kiosk doctor» gives the details.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/app.py" line="144"/>
        <source>Tệp cấu hình chung đã tìm:</source>
        <translation>System-wide configuration files looked for:</translation>
    </message>
</context>
<context>
    <name>OtpPage</name>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="124"/>
        <source>Bước 5. Xác nhận số điện thoại bằng mã OTP</source>
        <translation>Step 5. Confirm the phone number with an OTP</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="127"/>
        <source>Gửi mã OTP tới điện thoại của công dân; nhập mã MỚI NHẤT công dân đọc cho bạn, rồi bấm Enter để tạo tài khoản.</source>
        <translation>Send the OTP to the citizen&apos;s phone; type the NEWEST code the citizen reads out, then press Enter to create the account.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="131"/>
        <source>&amp;Mã OTP (6 chữ số)</source>
        <translation>&amp;OTP code (6 digits)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="133"/>
        <source>Công dân không nhận được mã OTP?</source>
        <translation>The citizen did not get the OTP?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="136"/>
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
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="287"/>
        <source>Đã gửi mã OTP. Mời công dân đọc mã vừa nhận.</source>
        <translation>The OTP was sent. Ask the citizen to read out the code received.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="269"/>
        <source>Đang gửi mã OTP…</source>
        <translation>Sending the OTP…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="132"/>
        <source>Thôi chờ (F9)</source>
        <translation>Stop waiting (F9)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="196"/>
        <source>{text} Đã chờ {n} giây.</source>
        <translation>{text} Waiting for {n} s.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="217"/>
        <source>Kiosk đang gửi yêu cầu; bấm Thôi chờ (F9) lại sau giây lát.</source>
        <translation>The kiosk is sending the request; press Stop waiting (F9) again in a moment.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="227"/>
        <source>Đã thôi chờ trên màn hình, nhưng yêu cầu đã gửi đi nên không hủy được: chưa biết tài khoản đã được tạo hay chưa. Hồ sơ được giữ; câu trả lời của Cổng, khi có, được ghi vào hồ sơ. Có thể để hồ sơ lại (Esc) và tiếp công dân khác.</source>
        <translation>The screen no longer waits, but the request has gone out and cannot be cancelled: it is not known whether the account was created. The case is kept; the gateway&apos;s answer, when it comes, is recorded in the case. You may leave the case for later (Esc) and serve another citizen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="318"/>
        <source>Số điện thoại nhận mã: {phone}</source>
        <translation>Phone receiving the code: {phone}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="322"/>
        <source>Gửi mã OTP (Ctrl+G)</source>
        <translation>Send the OTP (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="325"/>
        <source>Gửi lại mã OTP (Ctrl+G)</source>
        <translation>Send a new OTP (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="328"/>
        <source>Có thể gửi lại sau {n} giây.</source>
        <translation>A new code can be sent in {n} seconds.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="331"/>
        <source>Mã đã hết hạn: hãy gửi mã mới.</source>
        <translation>The code has expired: send a new one.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="333"/>
        <source>Có thể gửi lại mã nếu công dân chưa nhận được.</source>
        <translation>A new code may be sent if the citizen has not received it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="336"/>
        <source>Thử lại (Enter)</source>
        <translation>Try again (Enter)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="338"/>
        <source>Gửi mã OTP (Enter)</source>
        <translation>Send the OTP (Enter)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="340"/>
        <source>Tạo tài khoản (Enter)</source>
        <translation>Create account (Enter)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="375"/>
        <source>Đang tạo tài khoản trên Cổng Dịch vụ công…</source>
        <translation>Creating the account on the Public Service Portal…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="408"/>
        <source>{text} Sau khi đăng nhập lại, bấm “Thử lại (Enter)”: kiosk gửi lại đúng yêu cầu cũ, không tạo trùng tài khoản.</source>
        <translation>{text} After logging in again, press “Try again (Enter)”: the kiosk sends the very same request again, never a duplicate account.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="420"/>
        <source>{text} Chưa biết tài khoản đã được tạo hay chưa; hồ sơ được giữ. Bấm “Thử lại (Enter)”: kiosk gửi lại đúng yêu cầu cũ, không tạo trùng tài khoản.</source>
        <translation>{text} It is not known yet whether the account was created; the case is kept. Press “Try again (Enter)”: the kiosk sends the very same request again, never a duplicate account.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="455"/>
        <source>Mã mới gửi được khi hết thời gian đếm ngược bên dưới.</source>
        <translation>A new code can be sent when the countdown below ends.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/otp_page.py" line="458"/>
        <source>Bấm “Gửi mã OTP (Enter)” để gửi mã mới.</source>
        <translation>Press “Send the OTP (Enter)” to send a new code.</translation>
    </message>
</context>
<context>
    <name>PdfPrinter</name>
    <message>
        <location filename="../../kiosk/ui/wizard/printing.py" line="126"/>
        <source>In {title}</source>
        <translation>Print {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/printing.py" line="133"/>
        <source>Lưu {title} thành tệp PDF</source>
        <translation>Save {title} as a PDF file</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/printing.py" line="135"/>
        <source>Máy tính này chưa có máy in: lưu {title} thành tệp PDF</source>
        <translation>This computer has no printer: save {title} as a PDF file</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/printing.py" line="143"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/printing.py" line="175"/>
        <source>Đã lưu tệp PDF vào {path}.</source>
        <translation>PDF saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/printing.py" line="214"/>
        <source>Không đọc được tệp PDF để in.</source>
        <translation>The PDF to print cannot be read.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/printing.py" line="217"/>
        <source>mặc định</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/printing.py" line="222"/>
        <source>Đã gửi tới máy in {name}.</source>
        <translation>Sent to the printer {name}.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../kiosk/ui/wizard/result_page.py" line="59"/>
        <source>Bước 6. Kết quả</source>
        <translation>Step 6. Result</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/result_page.py" line="60"/>
        <source>Tài khoản đã được tạo. Enter: tiếp công dân mới.</source>
        <translation>The account was created. Enter: next citizen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/result_page.py" line="61"/>
        <source>Đã tạo tài khoản cho công dân</source>
        <translation>The citizen&apos;s account was created</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/result_page.py" line="62"/>
        <source>In hướng dẫn đăng nhập cho công dân (Ctrl+P)</source>
        <translation>Print the log-in guide for the citizen (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/result_page.py" line="63"/>
        <source>Công dân không nhận được SMS mật khẩu?</source>
        <translation>The citizen did not get the password SMS?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/result_page.py" line="66"/>
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
        <location filename="../../kiosk/ui/wizard/result_page.py" line="81"/>
        <source>Tên đăng nhập: {username}</source>
        <translation>Username: {username}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/result_page.py" line="86"/>
        <source>Mật khẩu đã được gửi bằng tin nhắn SMS tới số {phone}. Nhắc công dân đổi mật khẩu sau lần đăng nhập đầu và không đưa mật khẩu hay mã OTP cho ai.</source>
        <translation>The password was sent by SMS to {phone}. Remind the citizen to change it after the first log-in and never to give the password or an OTP to anyone.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/result_page.py" line="88"/>
        <source>của công dân</source>
        <translation>of the citizen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/result_page.py" line="93"/>
        <source>Tài khoản được tạo từ lần gửi trước (kiosk đã hỏi lại máy chủ); không có tài khoản trùng.</source>
        <translation>The account was created by the earlier attempt (the kiosk asked the server again); there is no duplicate.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/result_page.py" line="100"/>
        <source>Tạo lúc {time}.</source>
        <translation>Created at {time}.</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="126"/>
        <source>Bước 2. Quét hai mặt thẻ</source>
        <translation>Step 2. Scan both sides of the card</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="155"/>
        <source>Đặt thẻ sát góc mặt kính. F5: quét mặt trước, F6: quét mặt sau. Hai mặt được cắt gọn và ghép thành một tệp PDF (không quá 5 MB).</source>
        <translation>Lay the card in the corner of the glass. F5: scan the front, F6: scan the back. Both sides are cropped and put in one PDF (at most 5 MB).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="127"/>
        <source>&amp;Máy quét:</source>
        <translation>&amp;Scanner:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="128"/>
        <source>Tìm máy quét…</source>
        <translation>Find scanners…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="129"/>
        <source>Mặt trước</source>
        <translation>Front</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="130"/>
        <source>Mặt sau</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="159"/>
        <source>Quét mặt trước (F5)</source>
        <translation>Scan the front (F5)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="160"/>
        <source>Quét mặt sau (F6)</source>
        <translation>Scan the back (F6)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="133"/>
        <source>Từ tệp…</source>
        <translation>From a file…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="134"/>
        <source>Xoay 180°</source>
        <translation>Turn 180°</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="146"/>
        <source>Đặt thẻ dưới camera. F5: chụp mặt trước, F6: chụp mặt sau. Hai mặt được cắt gọn và ghép thành một tệp PDF (không quá 5 MB).</source>
        <translation>Place the card under the camera. F5: photograph the front, F6: the back. Both sides are cropped and joined into one PDF (at most 5 MB).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="150"/>
        <source>Chụp mặt trước (F5)</source>
        <translation>Photograph front (F5)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="151"/>
        <source>Chụp mặt sau (F6)</source>
        <translation>Photograph back (F6)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="173"/>
        <source>Chưa quét</source>
        <translation>Not scanned yet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="224"/>
        <source>Đang mở ảnh thẻ đã quét…</source>
        <translation>Opening the saved scans…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="247"/>
        <source>Đang tìm máy quét…</source>
        <translation>Looking for scanners…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="255"/>
        <source>Tìm thấy {n} thiết bị.</source>
        <translation>{n} device(s) found.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="260"/>
        <source>Không tìm thấy máy quét nào: kiểm tra máy quét đã bật và cắm cáp, hoặc dùng “Từ tệp…”.</source>
        <translation>No scanner found: check that the scanner is on and its cable plugged in, or use “From a file…”.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="308"/>
        <source>Đang quét…</source>
        <translation>Scanning…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="317"/>
        <source>Đang quét mặt trước…</source>
        <translation>Scanning the front…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="317"/>
        <source>Đang quét mặt sau…</source>
        <translation>Scanning the back…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="329"/>
        <source>Đang xử lý ảnh từ camera…</source>
        <translation>Processing the camera picture…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="344"/>
        <source>Chọn ảnh mặt trước</source>
        <translation>Choose the picture of the front</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="344"/>
        <source>Chọn ảnh mặt sau</source>
        <translation>Choose the picture of the back</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="349"/>
        <source>Ảnh hoặc PDF ({patterns})</source>
        <translation>Images or PDF ({patterns})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="361"/>
        <source>Đang đọc tệp…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="365"/>
        <source>Đang cắt ảnh thẻ…</source>
        <translation>Cropping the card…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="183"/>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="366"/>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="398"/>
        <source>Đang đọc mã QR và tạo tệp PDF…</source>
        <translation>Reading the QR code and making the PDF…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="407"/>
        <source>Đang xoay ảnh…</source>
        <translation>Turning the picture…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="427"/>
        <source>mặt trước</source>
        <translation>the front</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="427"/>
        <source>mặt sau</source>
        <translation>the back</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="430"/>
        <source>Đã đọc mã QR ở {side}: {name}, sinh {dob}.</source>
        <translation>QR code read on {side}: {name}, born {dob}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="440"/>
        <source>Không đọc được mã QR trên ảnh quét: {reason} Có thể nhập thông tin bằng tay ở bước sau.</source>
        <translation>No QR code could be read on the scans: {reason} The details can be typed in the next step.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="450"/>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="452"/>
        <source>{n:.1f} MB</source>
        <translation>{n:.1f} MB</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="455"/>
        <source>Tệp PDF hai mặt thẻ: {size} (tối đa 5 MB), {dpi} dpi.</source>
        <translation>PDF of both sides: {size} (at most 5 MB), {dpi} dpi.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/scan_page.py" line="460"/>
        <source>Tệp PDF được tạo khi đã có đủ hai mặt thẻ.</source>
        <translation>The PDF is made once both sides are scanned.</translation>
    </message>
</context>
<context>
    <name>Scanner</name>
    <message>
        <location filename="../../kiosk/ui/catalogue/scanner.py" line="11"/>
        <source>Không kết nối được máy quét. Kiểm tra máy quét đã bật và cáp/mạng đã cắm.</source>
        <translation>Cannot connect to the scanner. Check that it is switched on and its cable/network is plugged in.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/scanner.py" line="14"/>
        <source>Máy quét đang bận với việc khác. Chờ một lát rồi quét lại.</source>
        <translation>The scanner is busy with something else. Wait a moment and scan again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/scanner.py" line="17"/>
        <source>Giấy bị kẹt trong máy quét. Gỡ giấy kẹt rồi quét lại.</source>
        <translation>Paper is jammed in the scanner. Clear the jam and scan again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/scanner.py" line="20"/>
        <source>Khay nạp giấy đang trống. Đặt thẻ vào máy quét rồi quét lại.</source>
        <translation>The feeder is empty. Put the card in the scanner and scan again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/scanner.py" line="23"/>
        <source>Nắp máy quét đang mở. Đóng nắp rồi quét lại.</source>
        <translation>The scanner&apos;s cover is open. Close it and scan again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/scanner.py" line="26"/>
        <source>Đã huỷ lần quét.</source>
        <translation>The scan was cancelled.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/scanner.py" line="27"/>
        <source>Không tìm thấy thẻ căn cước trong ảnh. Đặt thẻ phẳng, không che khuất, rồi quét lại.</source>
        <translation>No ID card found in the picture. Lay the card flat, uncovered, and scan again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/scanner.py" line="31"/>
        <source>Ảnh quét trống (không có gì trên mặt kính). Đặt thẻ lên máy quét rồi quét lại.</source>
        <translation>The scan is blank (nothing on the glass). Put the card on the scanner and scan again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/scanner.py" line="34"/>
        <source>Ảnh quá lớn để xử lý an toàn. Quét lại với độ phân giải thấp hơn (300 dpi).</source>
        <translation>The picture is too large to process safely. Scan again at a lower resolution (300 dpi).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/scanner.py" line="37"/>
        <source>Không đọc được tệp ảnh. Chọn tệp ảnh JPEG, PNG, TIFF hoặc PDF khác.</source>
        <translation>The picture file cannot be read. Choose another JPEG, PNG, TIFF or PDF file.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/scanner.py" line="40"/>
        <source>Loại máy quét này không dùng được trên máy tính này.</source>
        <translation>This kind of scanner cannot be used on this computer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/scanner.py" line="43"/>
        <source>Máy quét báo lỗi. Tắt rồi bật lại máy quét và thử lại.</source>
        <translation>The scanner reports an error. Switch it off and on again and retry.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/scanner.py" line="46"/>
        <source>Không truy cập được thư mục nhận ảnh quét {folder}. Kiểm tra ổ mạng đã kết nối.</source>
        <translation>The folder receiving scans, {folder}, cannot be reached. Check that the network drive is connected.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/scanner.py" line="49"/>
        <source>Chưa nhận được ảnh quét trong thư mục. Bấm quét trên máy quét rồi thử lại.</source>
        <translation>No scan has arrived in the folder yet. Press scan on the scanner and try again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/scanner.py" line="52"/>
        <source>Máy quét WIA chỉ dùng được trên Windows. Trên máy này hãy chọn SANE, máy quét mạng (eSCL) hoặc thư mục nhận ảnh quét.</source>
        <translation>WIA scanners work on Windows only. On this computer choose SANE, a network scanner (eSCL) or a folder receiving scans.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/scanner.py" line="57"/>
        <source>Máy này chưa có SANE (trình điều khiển máy quét của Linux).</source>
        <translation>This computer does not have SANE (the Linux scanner drivers).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/scanner.py" line="60"/>
        <source>Máy quét không trả lời. Tắt rồi bật lại máy quét, kiểm tra cáp, rồi quét lại.</source>
        <translation>The scanner does not answer. Switch it off and on again, check the cable, then scan again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/scanner.py" line="63"/>
        <source>Trình điều khiển máy quét bị lỗi và đã được đóng lại. Quét lại; nếu vẫn lỗi, tắt rồi bật lại máy quét.</source>
        <translation>The scanner driver failed and was closed. Scan again; if it still fails, switch the scanner off and on again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/scanner.py" line="68"/>
        <source>Không thể nén hai mặt thẻ xuống dưới {max_bytes} byte.</source>
        <translation>The two sides of the card cannot be compressed below {max_bytes} bytes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/scanner.py" line="71"/>
        <source>Không tìm thấy camera đã chọn. Kiểm tra cáp USB của camera, rồi bấm “Tìm máy quét…” để chọn lại.</source>
        <translation>The chosen camera is not found. Check the camera&apos;s USB cable, then press “Find scanners…” to choose again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/scanner.py" line="76"/>
        <source>Không mở được camera. Đóng các phần mềm khác đang dùng camera (Zoom, Zalo, Teams…) rồi thử lại.</source>
        <translation>The camera cannot be opened. Close other programs using the camera (Zoom, Zalo, Teams…) and try again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/scanner.py" line="81"/>
        <source>Camera không gửi hình. Rút cáp camera ra, cắm lại rồi thử lại.</source>
        <translation>The camera sends no picture. Unplug its cable, plug it in again and retry.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/scanner.py" line="84"/>
        <source>Chưa có hình từ camera. Chờ hình hiện lên rồi chụp.</source>
        <translation>No picture from the camera yet. Wait for the picture to appear, then capture.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/scanner.py" line="87"/>
        <source>Camera chỉ chụp được trong cửa sổ xem trực tiếp ở bước quét thẻ.</source>
        <translation>The camera captures only in the live view window of the card scanning step.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/scanner.py" line="94"/>
        <source>Tệp ảnh hoặc PDF</source>
        <translation>Picture or PDF file</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/scanner.py" line="95"/>
        <source>Máy quét (SANE)</source>
        <translation>Scanner (SANE)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/scanner.py" line="96"/>
        <source>Máy quét USB (WIA)</source>
        <translation>USB scanner (WIA)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/scanner.py" line="97"/>
        <source>Máy quét mạng (eSCL/AirScan)</source>
        <translation>Network scanner (eSCL/AirScan)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/scanner.py" line="98"/>
        <source>Thư mục nhận ảnh quét (máy quét mạng)</source>
        <translation>Folder receiving scans (network scanner)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/catalogue/scanner.py" line="99"/>
        <source>Camera tài liệu / webcam</source>
        <translation>Document camera / webcam</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../kiosk/ui/session.py" line="78"/>
        <source>Đăng xuất</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session.py" line="88"/>
        <source>Đang khởi động máy chủ đào tạo…</source>
        <translation>Starting the training gateway…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session.py" line="223"/>
        <source>Cán bộ: {name} · {unit}</source>
        <translation>Officer: {name} · {unit}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session.py" line="245"/>
        <source>Phiên đăng nhập đã hết hạn. Nhập mật khẩu để làm tiếp.</source>
        <translation>The session has expired. Enter your password to continue.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session.py" line="281"/>
        <source>Mật khẩu không đúng.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="182"/>
        <source>Chọn tệp chứng chỉ CA</source>
        <translation>Choose the CA certificate file</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="184"/>
        <source>Chứng chỉ PEM (*.pem *.crt *.cer);;Mọi tệp (*)</source>
        <translation>PEM certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="218"/>
        <source>Tệp chứng chỉ CA không dùng được: không có tệp này, hoặc đó không phải tệp PEM (bắt đầu bằng -----BEGIN CERTIFICATE-----).</source>
        <translation>The CA certificate file cannot be used: it does not exist, or it is not a PEM file (starting with -----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="237"/>
        <source>Không lưu được cài đặt vào {path}: {reason}</source>
        <translation>The settings could not be saved to {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="256"/>
        <source>Cài đặt máy kiosk</source>
        <translation>Kiosk settings</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="257"/>
        <source>Máy chủ (cổng kết nối)</source>
        <translation>Server (gateway)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="258"/>
        <source>Địa chỉ:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="259"/>
        <source>https://… (để trống: chế độ đào tạo)</source>
        <translation>https://… (empty: training mode)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="260"/>
        <source>Tệp CA:</source>
        <translation>CA file:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="261"/>
        <source>(để trống: các CA công cộng)</source>
        <translation>(empty: public CAs)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="262"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="263"/>
        <source>Máy quét</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="264"/>
        <source>Độ phân giải:</source>
        <translation>Resolution:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="265"/>
        <source>Quét màu</source>
        <translation>Scan in colour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="266"/>
        <source>Máy in</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="267"/>
        <source>In ra:</source>
        <translation>Print to:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="268"/>
        <source>(máy in mặc định của hệ thống)</source>
        <translation>(the system&apos;s default printer)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="269"/>
        <source>Lưu giữ dữ liệu trên máy</source>
        <translation>Data kept on this PC</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="273"/>
        <source>Xoá ảnh thẻ ngay khi tài khoản đã tạo</source>
        <translation>Delete card scans once the account is created</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="274"/>
        <source>Xoá ảnh thẻ vào cuối ngày</source>
        <translation>Delete card scans at the end of the day</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="275"/>
        <source>Giữ ảnh thẻ một số ngày</source>
        <translation>Keep card scans for some days</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="279"/>
        <source>Ảnh thẻ:</source>
        <translation>Card scans:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="280"/>
        <source>Số ngày giữ ảnh thẻ:</source>
        <translation>Days to keep card scans:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="281"/>
        <source>Số ngày giữ hồ sơ (đã che):</source>
        <translation>Days to keep (masked) cases:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="282"/>
        <source>Lưu cho</source>
        <translation>Save for</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="283"/>
        <source>Chỉ tài khoản máy tính này</source>
        <translation>This computer account only</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="284"/>
        <source>Mọi tài khoản trên máy này (cần quyền quản trị)</source>
        <translation>Every account on this PC (needs administrator rights)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="285"/>
        <source>Thay đổi có hiệu lực từ lần mở kiosk sau.</source>
        <translation>Changes take effect the next time the kiosk starts.</translation>
    </message>
</context>
<context>
    <name>SmsPanel</name>
    <message>
        <location filename="../../kiosk/ui/wizard/sms_panel.py" line="138"/>
        <source>Chưa có số điện thoại của công dân</source>
        <translation>No phone number of the citizen yet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/sms_panel.py" line="142"/>
        <source>Điện thoại {phone}</source>
        <translation>Phone {phone}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/sms_panel.py" line="150"/>
        <source>Mã OTP</source>
        <translation>OTP</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/sms_panel.py" line="150"/>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/sms_panel.py" line="168"/>
        <source>Điện thoại mô phỏng (đào tạo)</source>
        <translation>Simulated phone (training)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/sms_panel.py" line="171"/>
        <source>Chỉ có ở chế độ đào tạo: tin nhắn mà máy chủ đào tạo gửi tới số của công dân hiện ra ở đây thay vì trên điện thoại thật.</source>
        <translation>Training mode only: the messages the training server sends to the citizen&apos;s number appear here instead of on a real phone.</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../kiosk/ui/wizard/wizard.py" line="78"/>
        <source>1. Tra cứu số CCCD</source>
        <translation>1. Look up the ID</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/wizard.py" line="79"/>
        <source>2. Quét hai mặt thẻ</source>
        <translation>2. Scan both sides</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/wizard.py" line="80"/>
        <source>3. Thông tin công dân</source>
        <translation>3. Citizen&apos;s details</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/wizard.py" line="81"/>
        <source>4. Giấy đề nghị</source>
        <translation>4. Request form</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/wizard.py" line="82"/>
        <source>5. Mã OTP</source>
        <translation>5. OTP</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/wizard.py" line="83"/>
        <source>6. Kết quả</source>
        <translation>6. Result</translation>
    </message>
</context>
<context>
    <name>SupervisorText</name>
    <message>
        <location filename="../../kiosk/ui/supervisor/formatting.py" line="18"/>
        <source>Chưa kiểm tra</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/formatting.py" line="19"/>
        <source>Đã kiểm tra</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/formatting.py" line="20"/>
        <source>Cần xử lý</source>
        <translation>Needs action</translation>
    </message>
</context>
<context>
    <name>SupervisorView</name>
    <message>
        <location filename="../../kiosk/ui/supervisor/__init__.py" line="28"/>
        <source>Giám sát viên: {name}</source>
        <translation>Supervisor: {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="376"/>
        <source>Cập nhật lúc {time}</source>
        <translation>Updated at {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="445"/>
        <location filename="../../kiosk/ui/supervisor/view.py" line="522"/>
        <source>Đang tải…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="517"/>
        <source>Tài khoản này không có ảnh thẻ CCCD.</source>
        <translation>This account has no ID card scan.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="519"/>
        <source>Quầy chưa gửi giấy đề nghị (bản công dân đã ký) cho tài khoản này.</source>
        <translation>The counter has not sent the request form (as signed by the citizen) for this account.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="530"/>
        <source>Không mở được tệp PDF này.</source>
        <translation>This PDF cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="599"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="599"/>
        <source>Tệp CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="602"/>
        <source>Xuất báo cáo ngày {day}</source>
        <translation>Export the report of {day}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="643"/>
        <source>Đã xuất {file}: {n} tài khoản.</source>
        <translation>Exported {file}: {n} accounts.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="651"/>
        <source>Không ghi được tệp {file}: kiểm tra thư mục và quyền ghi.</source>
        <translation>Cannot write {file}: check the folder and the permission to write there.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="666"/>
        <source>Đang lập báo cáo… {pct}%</source>
        <translation>Building the report… {pct}%</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="680"/>
        <source>Ngày {day}</source>
        <translation>Day {day}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="685"/>
        <source>Ngày {day}: {total} tài khoản · {unreviewed} chưa kiểm tra · {checked} đã kiểm tra · {needs} cần xử lý</source>
        <translation>Day {day}: {total} accounts · {unreviewed} not checked · {checked} checked · {needs} need action</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="697"/>
        <source>Danh sách ({shown}/{total})</source>
        <translation>List ({shown}/{total})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="708"/>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="710"/>
        <source>Tải lại danh sách (F5); tự làm mới mỗi {n} giây.</source>
        <translation>Load the list again (F5); it refreshes itself every {n} seconds.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="714"/>
        <source>Xuất PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="715"/>
        <source>Xuất CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/view.py" line="716"/>
        <source>Tổng hợp theo đơn vị, cán bộ</source>
        <translation>Totals by unit and officer</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <location filename="../../kiosk/ui/supervisor/totals_model.py" line="24"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/totals_model.py" line="25"/>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/totals_model.py" line="26"/>
        <source>Tổng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/totals_model.py" line="27"/>
        <source>Chưa kiểm tra</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/totals_model.py" line="28"/>
        <source>Đã kiểm tra</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/totals_model.py" line="29"/>
        <source>Cần xử lý</source>
        <translation>Needs action</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/totals_model.py" line="87"/>
        <source>TỔNG CỘNG</source>
        <translation>GRAND TOTAL</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/supervisor/totals_model.py" line="91"/>
        <source>Cộng đơn vị</source>
        <translation>Unit total</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../kiosk/ui/unit_page.py" line="85"/>
        <source>Đăng xuất</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_page.py" line="86"/>
        <source>Làm việc tại đơn vị này</source>
        <translation>Work at this unit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_page.py" line="119"/>
        <source>Chọn đơn vị làm việc</source>
        <translation>Choose your unit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_page.py" line="121"/>
        <source>Tài khoản công dân sẽ được ghi nhận là do đơn vị này tạo.</source>
        <translation>Citizens&apos; accounts will be recorded as created by this unit.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_page.py" line="124"/>
        <source>Chưa chọn được đơn vị làm việc</source>
        <translation>No unit can be chosen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_page.py" line="127"/>
        <source>Tài khoản cán bộ của bạn &lt;b&gt;chưa được gán vào đơn vị nào&lt;/b&gt;.&lt;br&gt;&lt;br&gt;Đề nghị quản trị của cơ quan, đơn vị trên Cổng Dịch vụ công quốc gia gán tài khoản của bạn vào &lt;b&gt;Trung tâm Phục vụ hành chính công&lt;/b&gt; hoặc &lt;b&gt;Bộ phận một cửa&lt;/b&gt; nơi bạn làm việc, rồi đăng nhập lại.</source>
        <translation>Your officer account &lt;b&gt;is not assigned to any unit&lt;/b&gt;.&lt;br&gt;&lt;br&gt;Ask your agency&apos;s administrator on the National Public Service Portal to assign your account to the &lt;b&gt;Public Administrative Service Centre&lt;/b&gt; or the &lt;b&gt;one-stop unit&lt;/b&gt; where you work, then log in again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_page.py" line="135"/>
        <source>Bạn được gán vào đơn vị sau, nhưng &lt;b&gt;tên đơn vị chưa đúng quy định&lt;/b&gt;: tên phải chứa “Trung tâm phục vụ hành chính công” hoặc “Bộ phận một cửa” (không phân biệt chữ hoa, chữ thường).&lt;ul&gt;{names}&lt;/ul&gt;Đề nghị quản trị cấp tỉnh đặt lại tên đơn vị, hoặc gán bạn vào đúng đơn vị một cửa, rồi đăng nhập lại.</source>
        <translation>You are assigned to the unit below, but &lt;b&gt;its name does not follow the rule&lt;/b&gt;: it must contain “Trung tâm phục vụ hành chính công” or “Bộ phận một cửa” (case does not matter).&lt;ul&gt;{names}&lt;/ul&gt;Ask the provincial administrator to rename the unit, or to assign you to the right one-stop unit, then log in again.</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <location filename="../../kiosk/ui/wizard/workbench.py" line="107"/>
        <source>Đang mở nhật ký hồ sơ…</source>
        <translation>Opening the case journal…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/workbench.py" line="156"/>
        <source>Máy này không có kho khóa an toàn: ở chế độ đào tạo, hồ sơ đang làm chỉ được giữ đến khi đóng kiosk.</source>
        <translation>This PC has no secure keyring: in training mode, cases in progress are kept only until the kiosk closes.</translation>
    </message>
</context>
<context>
    <name>_HelpMenuEntry</name>
    <message>
        <location filename="../../kiosk/ui/doctor_dialog.py" line="267"/>
        <source>Kiểm tra máy…</source>
        <translation>Check this PC…</translation>
    </message>
</context>
<context>
    <name>_SettingsEntry</name>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="318"/>
        <source>Cài đặt máy…</source>
        <translation>Kiosk settings…</translation>
    </message>
</context>
</TS>
