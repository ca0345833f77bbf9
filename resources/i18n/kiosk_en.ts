<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
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
    <name>HomePage</name>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="43" />
        <source>Các bước tạo tài khoản cho công dân</source>
        <translation>Steps to create a citizen's account</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="45" />
        <source>Tra cứu số CMND/CCCD: nếu công dân đã có tài khoản thì không tạo mới.</source>
        <translation>Look up the ID number: if the citizen already has an account, do not create a new one.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="46" />
        <source>Quét hai mặt thẻ thành một tệp PDF (không quá 5 MB).</source>
        <translation>Scan both sides of the card into one PDF (at most 5 MB).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="47" />
        <source>Nhập thông tin công dân; số điện thoại phải chính chủ.</source>
        <translation>Enter the citizen's details; the phone must be the citizen's own.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="48" />
        <source>In giấy đề nghị tạo tài khoản để công dân kiểm tra và ký.</source>
        <translation>Print the account request form for the citizen to check and sign.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="49" />
        <source>Gửi mã OTP tới điện thoại của công dân, nhập mã mới nhất.</source>
        <translation>Send an OTP to the citizen's phone and enter the newest code.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="50" />
        <source>Tạo tài khoản: mật khẩu được gửi tới công dân bằng tin nhắn.</source>
        <translation>Create the account: the password is sent to the citizen by SMS.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_page.py" line="54" />
        <source>Mọi bước đều làm được bằng bàn phím: Enter để tiếp tục, Esc để hủy.</source>
        <translation>Every step works from the keyboard: Enter to continue, Esc to cancel.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="119" />
        <location filename="../../kiosk/ui/main_window.py" line="146" />
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="121" />
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Phiên bản {version}&lt;br&gt;&lt;br&gt;Dành cho cán bộ Bộ phận một cửa và Trung tâm Phục vụ hành chính công: tạo tài khoản dịch vụ công cho công dân.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Version {version}&lt;br&gt;&lt;br&gt;For officers of one-stop counters and public administrative service centres: creating citizens' public-service accounts.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="124" />
        <location filename="../../kiosk/ui/main_window.py" line="134" />
        <source>Kiosk tạo tài khoản dịch vụ công</source>
        <translation>Public-service account kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="135" />
        <source>Tạo tài khoản dịch vụ công cho công dân</source>
        <translation>Public-service accounts for citizens</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="138" />
        <source>CHẾ ĐỘ ĐÀO TẠO — máy chủ đào tạo nội bộ; tài khoản tạo ở đây không có trên Cổng Dịch vụ công quốc gia</source>
        <translation>TRAINING MODE — local training gateway; accounts created here do not exist on the National Public Service Portal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="142" />
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="143" />
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="144" />
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="145" />
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="148" />
        <source>Máy chủ: đào tạo (chạy trong máy này)</source>
        <translation>Gateway: training (running on this PC)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="150" />
        <source>Máy chủ: {url}</source>
        <translation>Gateway: {url}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="153" />
        <source>Quầy: {name}</source>
        <translation>Counter: {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="155" />
        <source>Phiên bản {v}</source>
        <translation>Version {v}</translation>
    </message>
</context>
</TS>