<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en_US">
<context>
    <name>CardTr</name>
    <message>
        <source>The card&apos;s list of security protocols is malformed.</source>
        <translation>Danh sách giao thức bảo mật của thẻ sai định dạng.</translation>
    </message>
    <message>
        <source>A cryptographic operation failed unexpectedly.</source>
        <translation>Một thao tác mật mã bị lỗi ngoài dự kiến.</translation>
    </message>
    <message>
        <source>A command or response to the card is malformed.</source>
        <translation>Lệnh gửi tới thẻ hoặc phản hồi của thẻ sai định dạng.</translation>
    </message>
    <message>
        <source>The card refused the access key. Check the data from the MRZ and try again.</source>
        <translation>Thẻ từ chối khóa truy cập. Hãy kiểm tra lại dữ liệu vùng MRZ rồi thử lại.</translation>
    </message>
    <message>
        <source>The card&apos;s answer to authentication is malformed.</source>
        <translation>Phản hồi xác thực của thẻ sai định dạng.</translation>
    </message>
    <message>
        <source>The card failed to prove it knows the access key.</source>
        <translation>Thẻ không chứng minh được là có khóa truy cập.</translation>
    </message>
    <message>
        <source>The card offers a chip authentication this program does not support.</source>
        <translation>Thẻ dùng phương thức xác thực chip mà chương trình này chưa hỗ trợ.</translation>
    </message>
    <message>
        <source>The card&apos;s chip authentication key is malformed.</source>
        <translation>Khóa xác thực chip của thẻ sai định dạng.</translation>
    </message>
    <message>
        <source>Chip authentication failed.</source>
        <translation>Xác thực chip không thành công.</translation>
    </message>
    <message>
        <source>The terminal&apos;s chip authentication key is malformed.</source>
        <translation>Khóa xác thực chip phía máy trạm sai định dạng.</translation>
    </message>
    <message>
        <source>The card sent an invalid public key.</source>
        <translation>Thẻ gửi một khóa công khai không hợp lệ.</translation>
    </message>
    <message>
        <source>The card offers only access parameters this program does not support.</source>
        <translation>Thẻ chỉ có các tham số truy cập mà chương trình này chưa hỗ trợ.</translation>
    </message>
    <message>
        <source>The access protocol was run out of order.</source>
        <translation>Giao thức truy cập được thực hiện sai thứ tự.</translation>
    </message>
    <message>
        <source>The card offers only access protocols this program does not support.</source>
        <translation>Thẻ chỉ có các giao thức truy cập mà chương trình này chưa hỗ trợ.</translation>
    </message>
    <message>
        <source>The card&apos;s authentication answer is not acceptable.</source>
        <translation>Phản hồi xác thực của thẻ không được chấp nhận.</translation>
    </message>
    <message>
        <source>The access key is wrong.</source>
        <translation>Khóa truy cập không đúng.</translation>
    </message>
    <message>
        <source>The card&apos;s answer failed the secure messaging check; the card may have been swapped or the connection tampered with.</source>
        <translation>Phản hồi của thẻ không qua được kiểm tra kênh bảo mật; thẻ có thể đã bị tráo hoặc kết nối bị can thiệp.</translation>
    </message>
    <message>
        <source>A secure messaging object from the card is malformed.</source>
        <translation>Một đối tượng kênh bảo mật từ thẻ sai định dạng.</translation>
    </message>
    <message>
        <source>The ID number must have exactly 12 digits.</source>
        <translation>Số định danh phải có đúng 12 chữ số.</translation>
    </message>
    <message>
        <source>The ID number does not start with a known province code.</source>
        <translation>Số định danh không bắt đầu bằng một mã tỉnh hợp lệ.</translation>
    </message>
    <message>
        <source>The ID number does not match the year of birth (it encodes %1).</source>
        <translation>Số định danh không khớp với năm sinh (số này ứng với năm %1).</translation>
    </message>
    <message>
        <source>The ID number does not match the holder&apos;s sex.</source>
        <translation>Số định danh không khớp với giới tính của người mang thẻ.</translation>
    </message>
    <message>
        <source>This is not the QR code of a citizen ID card (too few fields).</source>
        <translation>Đây không phải mã QR của thẻ căn cước (thiếu trường dữ liệu).</translation>
    </message>
    <message>
        <source>The QR code&apos;s ID number must have exactly 12 digits.</source>
        <translation>Số định danh trong mã QR phải có đúng 12 chữ số.</translation>
    </message>
    <message>
        <source>The QR code&apos;s old ID number must have 9 or 12 digits.</source>
        <translation>Số CMND cũ trong mã QR phải có 9 hoặc 12 chữ số.</translation>
    </message>
    <message>
        <source>The QR code has no name.</source>
        <translation>Mã QR không có họ tên.</translation>
    </message>
    <message>
        <source>The QR code&apos;s date of birth is not a valid date (ddMMyyyy).</source>
        <translation>Ngày sinh trong mã QR không phải ngày hợp lệ (ddMMyyyy).</translation>
    </message>
    <message>
        <source>The QR code&apos;s sex must be &quot;Nam&quot; or &quot;Nữ&quot;.</source>
        <translation>Giới tính trong mã QR phải là &quot;Nam&quot; hoặc &quot;Nữ&quot;.</translation>
    </message>
    <message>
        <source>The QR code has no place of residence.</source>
        <translation>Mã QR không có nơi cư trú.</translation>
    </message>
    <message>
        <source>The QR code&apos;s issue date is not a valid date (ddMMyyyy).</source>
        <translation>Ngày cấp trong mã QR không phải ngày hợp lệ (ddMMyyyy).</translation>
    </message>
    <message>
        <source>Data group 1 (MRZ) is malformed.</source>
        <translation>Nhóm dữ liệu 1 (MRZ) sai định dạng.</translation>
    </message>
    <message>
        <source>Data group 13 (personal data) is malformed.</source>
        <translation>Nhóm dữ liệu 13 (thông tin cá nhân) sai định dạng.</translation>
    </message>
    <message>
        <source>Data group 14 (security protocols) is malformed.</source>
        <translation>Nhóm dữ liệu 14 (giao thức bảo mật) sai định dạng.</translation>
    </message>
    <message>
        <source>Data group 15 (active authentication key) is malformed.</source>
        <translation>Nhóm dữ liệu 15 (khóa xác thực chủ động) sai định dạng.</translation>
    </message>
    <message>
        <source>Data group 2 (portrait) is malformed.</source>
        <translation>Nhóm dữ liệu 2 (ảnh chân dung) sai định dạng.</translation>
    </message>
    <message>
        <source>The card&apos;s file list (EF.COM) is malformed.</source>
        <translation>Danh sách tệp của thẻ (EF.COM) sai định dạng.</translation>
    </message>
    <message>
        <source>The machine-readable zone does not have the length of an ID card&apos;s.</source>
        <translation>Vùng đọc bằng máy (MRZ) không có độ dài của thẻ căn cước.</translation>
    </message>
    <message>
        <source>The machine-readable zone contains characters that are not allowed.</source>
        <translation>Vùng đọc bằng máy (MRZ) chứa ký tự không được phép.</translation>
    </message>
    <message>
        <source>The document number in the machine-readable zone is malformed.</source>
        <translation>Số giấy tờ trong vùng đọc bằng máy (MRZ) sai định dạng.</translation>
    </message>
    <message>
        <source>A check digit in the machine-readable zone is wrong (document number).</source>
        <translation>Một chữ số kiểm tra trong vùng đọc bằng máy (MRZ) bị sai (số giấy tờ).</translation>
    </message>
    <message>
        <source>A check digit in the machine-readable zone is wrong (date of birth).</source>
        <translation>Một chữ số kiểm tra trong vùng đọc bằng máy (MRZ) bị sai (ngày sinh).</translation>
    </message>
    <message>
        <source>The machine-readable zone is malformed.</source>
        <translation>Vùng đọc bằng máy (MRZ) sai định dạng.</translation>
    </message>
    <message>
        <source>A check digit in the machine-readable zone is wrong (date of expiry).</source>
        <translation>Một chữ số kiểm tra trong vùng đọc bằng máy (MRZ) bị sai (ngày hết hạn).</translation>
    </message>
    <message>
        <source>A check digit in the machine-readable zone is wrong (composite).</source>
        <translation>Một chữ số kiểm tra trong vùng đọc bằng máy (MRZ) bị sai (chữ số kiểm tra tổng hợp).</translation>
    </message>
    <message>
        <source>The card&apos;s security object (EF.SOD) is malformed.</source>
        <translation>Đối tượng bảo mật của thẻ (EF.SOD) sai định dạng.</translation>
    </message>
    <message>
        <source>The card reader &quot;%1&quot; is not connected.</source>
        <translation>Đầu đọc thẻ &quot;%1&quot; chưa được kết nối.</translation>
    </message>
    <message>
        <source>not running (%1)</source>
        <translation>không chạy (%1)</translation>
    </message>
    <message>
        <source>running, error: %1</source>
        <translation>đang chạy, lỗi: %1</translation>
    </message>
    <message numerus="yes">
        <source>running, %n reader(s)</source>
        <translation>
            <numerusform>đang chạy, %n đầu đọc</numerusform>
        </translation>
    </message>
    <message>
        <source>The smart card service (pcscd) is not running. Start it, or ask the administrator to install it.</source>
        <translation>Dịch vụ thẻ thông minh (pcscd) không chạy. Hãy khởi động dịch vụ, hoặc nhờ quản trị viên cài đặt.</translation>
    </message>
    <message>
        <source>No card reader is connected. Plug in the reader and try again.</source>
        <translation>Chưa có đầu đọc thẻ nào được kết nối. Hãy cắm đầu đọc rồi thử lại.</translation>
    </message>
    <message>
        <source>No card is on the reader. Place the ID card on the reader and try again.</source>
        <translation>Chưa có thẻ trên đầu đọc. Hãy đặt thẻ căn cước lên đầu đọc rồi thử lại.</translation>
    </message>
    <message>
        <source>The card was removed or stopped answering during the read. Leave it on the reader and try again.</source>
        <translation>Thẻ bị nhấc ra hoặc ngừng phản hồi khi đang đọc. Hãy để yên thẻ trên đầu đọc rồi thử lại.</translation>
    </message>
    <message>
        <source>This card is not supported by the reader.</source>
        <translation>Đầu đọc không hỗ trợ loại thẻ này.</translation>
    </message>
    <message>
        <source>Another program is using the card reader. Close it and try again.</source>
        <translation>Một chương trình khác đang dùng đầu đọc thẻ. Hãy đóng chương trình đó rồi thử lại.</translation>
    </message>
    <message>
        <source>The card reader reported an error.</source>
        <translation>Đầu đọc thẻ báo lỗi.</translation>
    </message>
    <message>
        <source>Enter the CAN or the MRZ data to read the card.</source>
        <translation>Hãy nhập số CAN hoặc dữ liệu MRZ để đọc thẻ.</translation>
    </message>
    <message>
        <source>The card sent malformed data.</source>
        <translation>Thẻ gửi dữ liệu sai định dạng.</translation>
    </message>
    <message>
        <source>The card file %1 is malformed.</source>
        <translation>Tệp %1 trên thẻ sai định dạng.</translation>
    </message>
    <message>
        <source>The card file %1 is shorter than it announces.</source>
        <translation>Tệp %1 trên thẻ ngắn hơn độ dài đã khai báo.</translation>
    </message>
    <message>
        <source>The card refused the CAN. Check the six digits (on a CCCD: the last six digits of the ID number) and try again.</source>
        <translation>Thẻ từ chối số CAN. Hãy kiểm tra sáu chữ số (với CCCD: sáu chữ số cuối của số định danh) rồi thử lại.</translation>
    </message>
    <message>
        <source>The card refused the MRZ data. Check the ID number, date of birth and date of expiry and try again.</source>
        <translation>Thẻ từ chối dữ liệu MRZ. Hãy kiểm tra số định danh, ngày sinh và ngày hết hạn rồi thử lại.</translation>
    </message>
    <message>
        <source>This card does not accept the CAN. Enter the ID number, date of birth and date of expiry and try again.</source>
        <translation>Thẻ này không nhận số CAN. Hãy nhập số định danh, ngày sinh và ngày hết hạn rồi thử lại.</translation>
    </message>
    <message>
        <source>This card is not a supported chip ID card or passport.</source>
        <translation>Thẻ này không phải thẻ căn cước gắn chip hoặc hộ chiếu được hỗ trợ.</translation>
    </message>
    <message>
        <source>The card read was cancelled.</source>
        <translation>Đã hủy việc đọc thẻ.</translation>
    </message>
    <message>
        <source>Communication with the card broke off. Leave the card on the reader and try again.</source>
        <translation>Mất kết nối với thẻ. Hãy để yên thẻ trên đầu đọc rồi thử lại.</translation>
    </message>
    <message>
        <source>The active authentication key cannot be loaded.</source>
        <translation>Không nạp được khóa xác thực chủ động.</translation>
    </message>
    <message>
        <source>The CSCA master list is malformed.</source>
        <translation>Danh sách CSCA gốc (master list) sai định dạng.</translation>
    </message>
    <message>
        <source>The CSCA master list&apos;s signature does not verify.</source>
        <translation>Chữ ký của danh sách CSCA gốc (master list) không hợp lệ.</translation>
    </message>
    <message>
        <source>The trust anchor file %1 cannot be read or holds no certificate.</source>
        <translation>Không đọc được tệp chứng thư gốc tin cậy %1, hoặc tệp không chứa chứng thư nào.</translation>
    </message>
    <message>
        <source>The file holds no certificate in PEM or DER form.</source>
        <translation>Tệp không chứa chứng thư nào ở dạng PEM hoặc DER.</translation>
    </message>
    <message>
        <source>The trust anchor file %1 cannot be used: %2</source>
        <translation>Không dùng được tệp chứng thư gốc tin cậy %1: %2</translation>
    </message>
    <message>
        <source>The card profile&apos;s file %1 cannot be read.</source>
        <translation>Không đọc được tệp %1 của hồ sơ thẻ.</translation>
    </message>
    <message>
        <source>The card profile %1 has an invalid value for &quot;%2&quot;.</source>
        <translation>Hồ sơ thẻ %1 có giá trị không hợp lệ ở mục &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The card profile %1 cannot be opened.</source>
        <translation>Không mở được hồ sơ thẻ %1.</translation>
    </message>
    <message>
        <source>The card profile %1 is not valid JSON (at offset %2).</source>
        <translation>Hồ sơ thẻ %1 không phải JSON hợp lệ (tại vị trí %2).</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation>Không đọc được tệp khóa %1.</translation>
    </message>
    <message>
        <source>The document signer key or certificate of the card profile cannot be read.</source>
        <translation>Không đọc được khóa hoặc chứng thư của bên ký dữ liệu (document signer) trong hồ sơ thẻ.</translation>
    </message>
    <message>
        <source>The data from the card is truncated or malformed.</source>
        <translation>Dữ liệu đọc từ thẻ bị thiếu hoặc sai định dạng.</translation>
    </message>
</context>
<context>
    <name>motcua::AccountService</name>
    <message>
        <source>A user name has 2 to 32 characters: lower-case letters without accents, digits, dot, dash or underscore.</source>
        <translation>Tên đăng nhập dài từ 2 đến 32 ký tự, gồm: chữ thường không dấu, chữ số, dấu chấm, dấu gạch ngang hoặc dấu gạch dưới.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Mật khẩu phải có ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>The password is too long (at most 256 characters).</source>
        <translation>Mật khẩu quá dài (tối đa 256 ký tự).</translation>
    </message>
    <message>
        <source>The user name or password is wrong. Check them and try again.</source>
        <translation>Tên đăng nhập hoặc mật khẩu không đúng. Hãy kiểm tra lại rồi thử lại.</translation>
    </message>
    <message>
        <source>The account database cannot be read.</source>
        <translation>Không đọc được dữ liệu tài khoản.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>Tài khoản này đã bị vô hiệu hóa. Hãy nhờ quản trị viên kích hoạt lại.</translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after too many wrong passwords. Try again in %n minute(s) or ask an administrator.</source>
        <translation>
            <numerusform>Tài khoản này đang bị tạm khóa do nhập sai mật khẩu quá nhiều lần. Hãy thử lại sau %n phút hoặc nhờ quản trị viên.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: this account is locked for %n minute(s).</source>
        <translation>
            <numerusform>Nhập sai mật khẩu quá nhiều lần: tài khoản này bị tạm khóa trong %n phút.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;. Roles: %2.</source>
        <translation>Không có vai trò &quot;%1&quot;. Các vai trò: %2.</translation>
    </message>
    <message>
        <source>The password could not be protected. Try again.</source>
        <translation>Không mã hóa được mật khẩu. Hãy thử lại.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is already taken.</source>
        <translation>Tên đăng nhập &quot;%1&quot; đã có người dùng.</translation>
    </message>
    <message>
        <source>This database already has an administrator.</source>
        <translation>Cơ sở dữ liệu này đã có quản trị viên.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>Không có người dùng &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Không thể tự vô hiệu hóa tài khoản của chính mình.</translation>
    </message>
</context>
<context>
    <name>motcua::AuditLog</name>
    <message>
        <source>The audit log cannot be read.</source>
        <translation>Không đọc được nhật ký hoạt động.</translation>
    </message>
    <message>
        <source>row %1 is out of place: row %2 was expected here (a row was deleted or moved)</source>
        <translation>dòng %1 nằm sai vị trí: ở đây phải là dòng %2 (một dòng đã bị xóa hoặc di chuyển)</translation>
    </message>
    <message>
        <source>row %1 does not follow the row before it (a row was deleted, inserted or moved)</source>
        <translation>dòng %1 không nối tiếp dòng trước nó (một dòng đã bị xóa, chèn thêm hoặc di chuyển)</translation>
    </message>
    <message>
        <source>row %1 was changed after it was written</source>
        <translation>dòng %1 đã bị sửa sau khi ghi</translation>
    </message>
    <message>
        <source>rows after row %1 are missing (the log was cut short)</source>
        <translation>thiếu các dòng sau dòng %1 (nhật ký đã bị cắt bớt)</translation>
    </message>
</context>
<context>
    <name>motcua::Database</name>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Không có cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <source>%1 is not a database file.</source>
        <translation>%1 không phải là tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that you may write there.</source>
        <translation>Không tạo được thư mục %1. Hãy kiểm tra quyền ghi vào vị trí đó.</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only. Choose a writable location or ask an administrator to fix its permissions.</source>
        <translation>Thư mục dữ liệu %1 chỉ cho phép đọc. Hãy chọn vị trí ghi được, hoặc nhờ quản trị viên sửa quyền truy cập.</translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>Không mở được cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a Một Cửa database. Restore it from a backup or choose another file.</source>
        <translation>Tệp %1 bị hỏng hoặc không phải cơ sở dữ liệu Một Cửa. Hãy khôi phục từ bản sao lưu hoặc chọn tệp khác.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Một Cửa Workstation. Install the newer version; the file has not been changed.</source>
        <translation>Cơ sở dữ liệu này do phiên bản Một Cửa Workstation mới hơn tạo ra. Hãy cài phiên bản mới hơn; tệp chưa bị thay đổi.</translation>
    </message>
    <message>
        <source>The database %1 cannot be used.</source>
        <translation>Không dùng được cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <source>Saving to the database failed. Nothing was changed; try again.</source>
        <translation>Lưu vào cơ sở dữ liệu không thành công. Chưa có gì bị thay đổi; hãy thử lại.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of the module &quot;%1&quot; (schema %2, this version knows %3). Install the newer version; the file has not been changed.</source>
        <translation>Cơ sở dữ liệu này do phiên bản mới hơn của mô-đun &quot;%1&quot; tạo ra (lược đồ %2, phiên bản này chỉ hỗ trợ đến %3). Hãy cài phiên bản mới hơn; tệp chưa bị thay đổi.</translation>
    </message>
    <message>
        <source>Updating the database failed in module &quot;%1&quot; at step %2 (%3). The step was rolled back; your data is unchanged.</source>
        <translation>Cập nhật cơ sở dữ liệu không thành công ở mô-đun &quot;%1&quot;, bước %2 (%3). Bước này đã được hoàn tác; dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <source>The database is busy. Try again in a moment.</source>
        <translation>Cơ sở dữ liệu đang bận. Hãy thử lại sau giây lát.</translation>
    </message>
</context>
<context>
    <name>motcua::KeyFileKek</name>
    <message>
        <source>The vault key file %1 can be read by other users. Make it readable by its owner only (chmod 600).</source>
        <translation>Người dùng khác có thể đọc tệp khóa kho bảo mật %1. Hãy đặt quyền chỉ chủ sở hữu được đọc (chmod 600).</translation>
    </message>
    <message>
        <source>The vault key file %1 cannot be read.</source>
        <translation>Không đọc được tệp khóa kho bảo mật %1.</translation>
    </message>
    <message>
        <source>The vault key file %1 is damaged.</source>
        <translation>Tệp khóa kho bảo mật %1 bị hỏng.</translation>
    </message>
    <message>
        <source>The vault key file %1 is missing. Restore it from your backup; without it the protected data cannot be read.</source>
        <translation>Không tìm thấy tệp khóa kho bảo mật %1. Hãy khôi phục tệp từ bản sao lưu; thiếu tệp này thì không đọc được dữ liệu được bảo vệ.</translation>
    </message>
    <message>
        <source>The vault key file %1 cannot be written.</source>
        <translation>Không ghi được tệp khóa kho bảo mật %1.</translation>
    </message>
</context>
<context>
    <name>motcua::KeyringKek</name>
    <message>
        <source>The vault key is not in the keyring (%1).</source>
        <translation>Khóa kho bảo mật không có trong kho khóa của hệ thống (%1).</translation>
    </message>
    <message>
        <source>The vault key cannot be stored in the keyring (%1).</source>
        <translation>Không lưu được khóa kho bảo mật vào kho khóa của hệ thống (%1).</translation>
    </message>
    <message>
        <source>This build has no keyring support.</source>
        <translation>Bản dựng này không hỗ trợ kho khóa của hệ thống.</translation>
    </message>
</context>
<context>
    <name>motcua::ModuleManager</name>
    <message>
        <source>its library could not be loaded (%1)</source>
        <translation>không nạp được thư viện của mô-đun (%1)</translation>
    </message>
    <message>
        <source>it does not implement the module interface</source>
        <translation>mô-đun không cài đặt giao diện mô-đun</translation>
    </message>
    <message>
        <source>The module folder %1 does not exist.</source>
        <translation>Không có thư mục mô-đun %1.</translation>
    </message>
    <message>
        <source>%1 is not a Một Cửa module (%2).</source>
        <translation>%1 không phải mô-đun Một Cửa (%2).</translation>
    </message>
    <message>
        <source>%1 is a plugin of another kind and was ignored.</source>
        <translation>%1 là một loại plugin khác nên đã được bỏ qua.</translation>
    </message>
    <message>
        <source>another module with the id &quot;%1&quot; is already present (%2)</source>
        <translation>đã có một mô-đun khác với mã &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>tích hợp sẵn</translation>
    </message>
    <message>
        <source>it was built for module interface %1, this workstation offers %2</source>
        <translation>mô-đun được xây dựng cho giao diện mô-đun phiên bản %1, máy trạm này cung cấp phiên bản %2</translation>
    </message>
    <message>
        <source>it needs &quot;%1&quot;, which this workstation does not offer</source>
        <translation>mô-đun cần &quot;%1&quot; nhưng máy trạm này không cung cấp</translation>
    </message>
    <message>
        <source>it needs the module &quot;%1&quot;, which is missing or did not load</source>
        <translation>mô-đun cần mô-đun &quot;%1&quot;, nhưng mô-đun này không có hoặc không nạp được</translation>
    </message>
    <message>
        <source>its dependencies form a circle (%1)</source>
        <translation>các mô-đun phụ thuộc lẫn nhau theo vòng tròn (%1)</translation>
    </message>
    <message>
        <source>it failed to start: %1</source>
        <translation>mô-đun không khởi động được: %1</translation>
    </message>
</context>
<context>
    <name>motcua::ModuleSpec</name>
    <message>
        <source>The module&apos;s metadata is malformed: %1.</source>
        <translation>Thông tin mô tả của mô-đun sai định dạng: %1.</translation>
    </message>
    <message>
        <source>it is missing</source>
        <translation>không có thông tin mô tả</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a short lower-case name</source>
        <translation>&quot;id&quot; phải là một tên ngắn viết thường</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a non-empty text</source>
        <translation>&quot;name&quot; phải là một chuỗi văn bản không rỗng</translation>
    </message>
    <message>
        <source>&quot;version&quot; must look like 1.2.3</source>
        <translation>&quot;version&quot; phải có dạng 1.2.3</translation>
    </message>
    <message>
        <source>&quot;apiVersion&quot; must be a positive whole number</source>
        <translation>&quot;apiVersion&quot; phải là một số nguyên dương</translation>
    </message>
    <message>
        <source>&quot;dependencies&quot; must be a list of module ids</source>
        <translation>&quot;dependencies&quot; phải là danh sách mã mô-đun</translation>
    </message>
    <message>
        <source>&quot;capabilities&quot; must be a list of names</source>
        <translation>&quot;capabilities&quot; phải là danh sách tên</translation>
    </message>
    <message>
        <source>&quot;permissions&quot; must be a list</source>
        <translation>&quot;permissions&quot; phải là một danh sách</translation>
    </message>
    <message>
        <source>each permission needs an &quot;id&quot; and a list of &quot;roles&quot;</source>
        <translation>mỗi quyền cần có &quot;id&quot; và danh sách &quot;roles&quot;</translation>
    </message>
</context>
<context>
    <name>motcua::PassphraseKek</name>
    <message>
        <source>The vault passphrase must have at least 12 characters.</source>
        <translation>Cụm mật khẩu của kho bảo mật phải có ít nhất 12 ký tự.</translation>
    </message>
    <message>
        <source>Deriving the vault key failed.</source>
        <translation>Không tạo được khóa kho bảo mật từ cụm mật khẩu.</translation>
    </message>
</context>
<context>
    <name>motcua::Roles</name>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <source>Certification officer</source>
        <translation>Cán bộ tư pháp</translation>
    </message>
    <message>
        <source>Police officer</source>
        <translation>Công an</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Lễ tân</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Cán bộ thống kê</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Cán bộ kiểm tra</translation>
    </message>
</context>
<context>
    <name>motcua::Session</name>
    <message>
        <source>You do not have the permission &quot;%1&quot;. Ask an administrator.</source>
        <translation>Bạn chưa có quyền &quot;%1&quot;. Hãy liên hệ quản trị viên.</translation>
    </message>
</context>
<context>
    <name>motcua::Vault</name>
    <message>
        <source>The encryption key is not valid.</source>
        <translation>Khóa mã hóa không hợp lệ.</translation>
    </message>
    <message>
        <source>Encrypting the data failed.</source>
        <translation>Mã hóa dữ liệu không thành công.</translation>
    </message>
    <message>
        <source>Protected data is damaged or was not made here.</source>
        <translation>Dữ liệu được bảo vệ bị hỏng hoặc không được tạo trên hệ thống này.</translation>
    </message>
    <message>
        <source>Protected data cannot be decrypted: it was changed, or the key is wrong.</source>
        <translation>Không giải mã được dữ liệu được bảo vệ: dữ liệu đã bị thay đổi, hoặc khóa không đúng.</translation>
    </message>
    <message>
        <source>The vault cannot be read.</source>
        <translation>Không đọc được kho bảo mật.</translation>
    </message>
    <message>
        <source>The vault of this database is protected by the method &quot;%1&quot;; provide that key.</source>
        <translation>Kho bảo mật của cơ sở dữ liệu này được bảo vệ bằng phương thức &quot;%1&quot;; hãy cung cấp khóa tương ứng.</translation>
    </message>
    <message>
        <source>The vault key does not open this database&apos;s vault. Use the key it was created with.</source>
        <translation>Khóa này không mở được kho bảo mật của cơ sở dữ liệu. Hãy dùng khóa đã dùng khi tạo kho.</translation>
    </message>
</context>
<context>
    <name>motcua::WorkingCalendar</name>
    <message>
        <source>The holiday calendar cannot be read.</source>
        <translation>Không đọc được lịch ngày nghỉ lễ.</translation>
    </message>
    <message>
        <source>A holiday needs a valid date and a name.</source>
        <translation>Ngày nghỉ lễ cần có ngày hợp lệ và tên gọi.</translation>
    </message>
</context>
<context>
    <name>motcua::Workstation</name>
    <message>
        <source>Enter the workstation name and the agency name.</source>
        <translation>Hãy nhập tên máy trạm và tên cơ quan.</translation>
    </message>
</context>
<context>
    <name>motcua::certification</name>
    <message>
        <source>Certification register</source>
        <translation>Sổ chứng thực</translation>
    </message>
    <message>
        <source>Verify a signed PDF</source>
        <translation>Kiểm tra PDF đã ký</translation>
    </message>
    <message>
        <source>Certify a copy</source>
        <translation>Chứng thực bản sao điện tử</translation>
    </message>
    <message>
        <source>The certification register could not be updated.</source>
        <translation>Không cập nhật được sổ chứng thực.</translation>
    </message>
    <message>
        <source>The register book %1 of %2 is closed. Open the next year&apos;s book.</source>
        <translation>Quyển sổ số %1 năm %2 đã khóa. Hãy mở sổ của năm tiếp theo.</translation>
    </message>
    <message>
        <source>Give the reason for the cancellation.</source>
        <translation>Hãy nêu lý do hủy.</translation>
    </message>
    <message>
        <source>No certified entry %1 to cancel (it may be cancelled already).</source>
        <translation>Không có số chứng thực %1 để hủy (có thể đã được hủy trước đó).</translation>
    </message>
    <message>
        <source>A register book is closed only after its year has ended.</source>
        <translation>Chỉ được khóa sổ sau khi hết năm của quyển sổ đó.</translation>
    </message>
    <message>
        <source>The register book %1 of %2 is closed already.</source>
        <translation>Quyển sổ số %1 năm %2 đã được khóa trước đó.</translation>
    </message>
    <message>
        <source>No certification %1 in the register.</source>
        <translation>Không có số chứng thực %1 trong sổ.</translation>
    </message>
    <message>
        <source>Both the officer&apos;s and the agency&apos;s keys are needed.</source>
        <translation>Cần có cả khóa ký của cán bộ và khóa ký của cơ quan.</translation>
    </message>
    <message>
        <source>Import the original&apos;s pages first.</source>
        <translation>Hãy nhập các trang của bản chính trước.</translation>
    </message>
    <message>
        <source>Cannot save the certified copy. Check the free disk space.</source>
        <translation>Không lưu được bản sao đã chứng thực. Hãy kiểm tra dung lượng ổ đĩa còn trống.</translation>
    </message>
    <message>
        <source>The refusal could not be recorded.</source>
        <translation>Không ghi nhận được việc từ chối.</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>Không mở được %1.</translation>
    </message>
    <message>
        <source>A page of the original cannot be read.</source>
        <translation>Không đọc được một trang của bản chính.</translation>
    </message>
    <message>
        <source>The certified copy cannot be assembled.</source>
        <translation>Không tạo được bản sao chứng thực.</translation>
    </message>
    <message>
        <source>The copy could not be queued for delivery.</source>
        <translation>Không đưa được bản sao vào hàng đợi gửi đi.</translation>
    </message>
    <message>
        <source>The signed file is missing.</source>
        <translation>Không tìm thấy tệp đã ký.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>Không nhập được %1: %2</translation>
    </message>
    <message>
        <source>it is neither a PDF nor a JPEG, PNG or TIFF image.</source>
        <translation>tệp không phải PDF, cũng không phải ảnh JPEG, PNG hoặc TIFF.</translation>
    </message>
    <message>
        <source>the image&apos;s dimensions (%1 × %2) are not those of a scanned page.</source>
        <translation>kích thước ảnh (%1 × %2) không phải kích thước của một trang quét.</translation>
    </message>
    <message>
        <source>page %1 is missing.</source>
        <translation>thiếu trang %1.</translation>
    </message>
    <message>
        <source>The original is erased or altered, or content was improperly added or removed.</source>
        <translation>Bản chính bị tẩy xóa, sửa chữa, thêm, bớt nội dung không hợp lệ.</translation>
    </message>
    <message>
        <source>The original is damaged or worn so that its content cannot be read.</source>
        <translation>Bản chính bị hư hỏng, cũ nát, không xác định được nội dung.</translation>
    </message>
    <message>
        <source>The original is marked secret or &quot;not to be copied&quot;.</source>
        <translation>Bản chính đóng dấu mật hoặc ghi rõ &quot;không được sao chụp&quot;.</translation>
    </message>
    <message>
        <source>The content is against the law or social morality, or violates citizens&apos; rights.</source>
        <translation>Nội dung trái pháp luật, đạo đức xã hội hoặc vi phạm quyền công dân.</translation>
    </message>
    <message>
        <source>The original was issued abroad and is not consularly legalised.</source>
        <translation>Bản chính do nước ngoài cấp nhưng chưa được hợp pháp hóa lãnh sự.</translation>
    </message>
    <message>
        <source>The original was made by an individual without the confirmation and seal of a competent body.</source>
        <translation>Bản chính do cá nhân tự lập, không có xác nhận và đóng dấu của cơ quan, tổ chức có thẩm quyền.</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Chứng thực</translation>
    </message>
    <message>
        <source>Placeholders: {number} {book} {day} {month} {year} {officer} {title} {agency} {document} {pages} {copies}. A line starting with # is a centred heading.</source>
        <translation>Các trường thay thế: {number} {book} {day} {month} {year} {officer} {title} {agency} {document} {pages} {copies}. Dòng bắt đầu bằng # là tiêu đề căn giữa.</translation>
    </message>
    <message>
        <source>Empty: signatures without a time-stamp (B-B)</source>
        <translation>Để trống: chữ ký không có dấu thời gian (B-B)</translation>
    </message>
    <message>
        <source>Root certificate files, separated by ;</source>
        <translation>Các tệp chứng thư gốc, cách nhau bằng dấu ;</translation>
    </message>
    <message>
        <source>Attestation wording:</source>
        <translation>Lời chứng:</translation>
    </message>
    <message>
        <source>Time-stamp server (RFC 3161):</source>
        <translation>Máy chủ cấp dấu thời gian (RFC 3161):</translation>
    </message>
    <message>
        <source>Delivery endpoint (HTTPS):</source>
        <translation>Địa chỉ nhận bản sao (HTTPS):</translation>
    </message>
    <message>
        <source>Trusted roots:</source>
        <translation>Chứng thư gốc tin cậy:</translation>
    </message>
    <message>
        <source>&amp;Certify and sign</source>
        <translation>&amp;Chứng thực và ký</translation>
    </message>
    <message>
        <source>&amp;Refuse…</source>
        <translation>&amp;Từ chối…</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Giấy khai sinh</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>Bằng tốt nghiệp</translation>
    </message>
    <message>
        <source>Land-use right certificate</source>
        <translation>Giấy chứng nhận quyền sử dụng đất</translation>
    </message>
    <message>
        <source>Marriage certificate</source>
        <translation>Giấy chứng nhận kết hôn</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Bảng điểm</translation>
    </message>
    <message>
        <source>1. Request</source>
        <translation>1. Yêu cầu</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>Người yêu cầu:</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>Số định danh:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Giấy tờ:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Cơ quan cấp:</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Số bản:</translation>
    </message>
    <message>
        <source>2. Original</source>
        <translation>2. Bản chính</translation>
    </message>
    <message>
        <source>&amp;Add scans…</source>
        <translation>Thêm bản &amp;quét…</translation>
    </message>
    <message>
        <source>Add the scanned original</source>
        <translation>Thêm bản quét của bản chính</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Bản quét (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>R&amp;otate</source>
        <translation>&amp;Xoay</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Chuyển x&amp;uống</translation>
    </message>
    <message>
        <source>De&amp;lete page</source>
        <translation>Xó&amp;a trang</translation>
    </message>
    <message>
        <source>3. Refusal check — tick a ground only if it applies</source>
        <translation>3. Kiểm tra căn cứ từ chối — chỉ đánh dấu khi đúng là có căn cứ</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Trang %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) — fee %1</source>
        <translation>
            <numerusform>%n trang — lệ phí %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Certified as %1 and signed twice. Fee: %2.</source>
        <translation>Đã chứng thực, số %1, có đủ chữ ký số của cán bộ và cơ quan. Lệ phí: %2.</translation>
    </message>
    <message>
        <source>The refusal is recorded (ground %1).</source>
        <translation>Đã ghi nhận việc từ chối (căn cứ %1).</translation>
    </message>
    <message>
        <source>Search requester, document or number</source>
        <translation>Tìm theo người yêu cầu, giấy tờ hoặc số chứng thực</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số chứng thực</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Người yêu cầu</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Lệ phí</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>&amp;Cancel entry…</source>
        <translation>&amp;Hủy số chứng thực…</translation>
    </message>
    <message>
        <source>Close the &amp;year…</source>
        <translation>Khóa sổ cuối &amp;năm…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Đã hủy: %1</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Đã chứng thực</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n số chứng thực</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel a certification</source>
        <translation>Hủy chứng thực</translation>
    </message>
    <message>
        <source>Why is certification %1 cancelled? The entry stays in the register, marked cancelled.</source>
        <translation>Lý do hủy chứng thực số %1? Số này vẫn được giữ trong sổ, có đánh dấu đã hủy.</translation>
    </message>
    <message>
        <source>Certification %1 is cancelled.</source>
        <translation>Đã hủy chứng thực số %1.</translation>
    </message>
    <message>
        <source>Close the register</source>
        <translation>Khóa sổ chứng thực</translation>
    </message>
    <message>
        <source>&amp;Open a PDF…</source>
        <translation>&amp;Mở tệp PDF…</translation>
    </message>
    <message>
        <source>Open a signed PDF</source>
        <translation>Mở tệp PDF đã ký</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Drop a PDF here or open one to check its signatures.</source>
        <translation>Kéo thả tệp PDF vào đây hoặc mở tệp để kiểm tra chữ ký.</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Thời điểm ký</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>Toàn bộ tài liệu</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Mức PAdES</translation>
    </message>
    <message>
        <source>Time-stamp</source>
        <translation>Dấu thời gian</translation>
    </message>
    <message>
        <source>Certification number or scanned QR code</source>
        <translation>Số chứng thực hoặc mã QR đã quét</translation>
    </message>
    <message>
        <source>Look up in the register:</source>
        <translation>Tra cứu trong sổ:</translation>
    </message>
    <message>
        <source>This document has no signatures.</source>
        <translation>Tài liệu này không có chữ ký.</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) found.</source>
        <translation>
            <numerusform>Tìm thấy %n chữ ký.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>Type a certification number or scan the QR code.</source>
        <translation>Hãy nhập số chứng thực hoặc quét mã QR.</translation>
    </message>
    <message>
        <source>✕ The QR code&apos;s document hash does not match the register: not our copy.</source>
        <translation>✕ Mã băm tài liệu trong mã QR không khớp với sổ: đây không phải bản sao do cơ quan mình chứng thực.</translation>
    </message>
    <message>
        <source>! Certification %1 was cancelled: %2</source>
        <translation>! Chứng thực số %1 đã bị hủy: %2</translation>
    </message>
    <message>
        <source>✓ Certification %1 of %2: %3, %4 page(s).</source>
        <translation>✓ Chứng thực số %1 ngày %2: %3, %4 trang.</translation>
    </message>
    <message>
        <source>Fill in the requester&apos;s name and the document.</source>
        <translation>Hãy nhập họ tên người yêu cầu và thông tin giấy tờ.</translation>
    </message>
    <message>
        <source>No — a later revision follows</source>
        <translation>Không — có bản sửa đổi sau</translation>
    </message>
    <message>
        <source>A register book number is a number from 1 to 99.</source>
        <translation>Số quyển sổ là một số từ 1 đến 99.</translation>
    </message>
    <message>
        <source>The register book %1 of %2 exists already.</source>
        <translation>Quyển sổ %1 năm %2 đã có.</translation>
    </message>
    <message>
        <source>Signing was cancelled: nothing was entered in the register.</source>
        <translation>Đã hủy ký: chưa ghi gì vào sổ chứng thực.</translation>
    </message>
    <message>
        <source>Path of the token&apos;s PKCS#11 library</source>
        <translation>Đường dẫn thư viện PKCS#11 của token</translation>
    </message>
    <message>
        <source>USB token driver (PKCS#11):</source>
        <translation>Trình điều khiển USB token (PKCS#11):</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>cán bộ</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>cơ quan</translation>
    </message>
    <message>
        <source>Read c&amp;hip card</source>
        <translation>Đọc thẻ c&amp;hip</translation>
    </message>
    <message>
        <source>Cancel signing</source>
        <translation>Hủy ký</translation>
    </message>
    <message>
        <source>&amp;Print receipt…</source>
        <translation>&amp;In giấy biên nhận…</translation>
    </message>
    <message>
        <source>12 digits, or scan the card&apos;s QR code</source>
        <translation>12 chữ số, hoặc quét mã QR trên thẻ</translation>
    </message>
    <message>
        <source>Register book:</source>
        <translation>Quyển sổ:</translation>
    </message>
    <message>
        <source>4. Signing keys — the password or PIN is asked for each signature</source>
        <translation>4. Khóa ký số — mật khẩu hoặc mã PIN được hỏi cho từng chữ ký</translation>
    </message>
    <message>
        <source>Officer&apos;s key:</source>
        <translation>Khóa của cán bộ:</translation>
    </message>
    <message>
        <source>Agency&apos;s key:</source>
        <translation>Khóa của cơ quan:</translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation>Đang hủy sau bước hiện tại…</translation>
    </message>
    <message>
        <source>Preparing the copy and its attestation page…</source>
        <translation>Đang chuẩn bị bản sao và trang chứng thực…</translation>
    </message>
    <message>
        <source>Officer&apos;s signature…</source>
        <translation>Chữ ký của cán bộ…</translation>
    </message>
    <message>
        <source>Agency&apos;s signature…</source>
        <translation>Chữ ký của cơ quan…</translation>
    </message>
    <message>
        <source>Asking the time-stamp server…</source>
        <translation>Đang lấy dấu thời gian…</translation>
    </message>
    <message>
        <source>Saving the signed copy…</source>
        <translation>Đang lưu bản sao đã ký…</translation>
    </message>
    <message>
        <source>Signing was cancelled.</source>
        <translation>Đã hủy ký.</translation>
    </message>
    <message>
        <source>Queued for delivery to the document store.</source>
        <translation>Đã đưa vào hàng đợi gửi tới kho dữ liệu giấy tờ của công dân.</translation>
    </message>
    <message>
        <source>The receipt could not be written.</source>
        <translation>Không tạo được giấy biên nhận.</translation>
    </message>
    <message>
        <source>Type the requester&apos;s 12-digit ID number (or scan the card&apos;s QR code) first: its last six digits open the chip.</source>
        <translation>Hãy nhập số định danh 12 chữ số của người yêu cầu (hoặc quét mã QR trên thẻ) trước: sáu chữ số cuối dùng để mở chip.</translation>
    </message>
    <message>
        <source>The smart card service (pcscd) is not running.</source>
        <translation>Dịch vụ thẻ thông minh (pcscd) không chạy.</translation>
    </message>
    <message>
        <source>Put the chip ID card on the reader.</source>
        <translation>Hãy đặt thẻ căn cước gắn chip lên đầu đọc.</translation>
    </message>
    <message>
        <source>Reading the chip: %1…</source>
        <translation>Đang đọc chip: %1…</translation>
    </message>
    <message>
        <source>Reading the chip ID card…</source>
        <translation>Đang đọc thẻ căn cước gắn chip…</translation>
    </message>
    <message>
        <source>Requester read from the chip card.</source>
        <translation>Đã lấy thông tin người yêu cầu từ thẻ chip.</translation>
    </message>
    <message>
        <source>Key file (PKCS#12)</source>
        <translation>Tệp khóa (PKCS#12)</translation>
    </message>
    <message>
        <source>USB token (PKCS#11)</source>
        <translation>USB token (PKCS#11)</translation>
    </message>
    <message>
        <source>A .p12 or .pfx file</source>
        <translation>Tệp .p12 hoặc .pfx</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>The %1&apos;s key file</source>
        <translation>Tệp khóa của %1</translation>
    </message>
    <message>
        <source>PKCS#12 key files (*.p12 *.pfx)</source>
        <translation>Tệp khóa PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Chứng thư số:</translation>
    </message>
    <message>
        <source>No token driver is configured (Settings → Certification).</source>
        <translation>Chưa cấu hình trình điều khiển token (Cài đặt → Chứng thực).</translation>
    </message>
    <message>
        <source>No token is plugged in.</source>
        <translation>Chưa cắm token nào.</translation>
    </message>
    <message>
        <source>%1 (valid until %2)</source>
        <translation>%1 (hiệu lực đến %2)</translation>
    </message>
    <message>
        <source>The token holds no certificate.</source>
        <translation>Token không có chứng thư số nào.</translation>
    </message>
    <message>
        <source>Signature of the %1</source>
        <translation>Chữ ký của %1</translation>
    </message>
    <message>
        <source>Choose the %1&apos;s key file.</source>
        <translation>Hãy chọn tệp khóa của %1.</translation>
    </message>
    <message>
        <source>Password of the %1&apos;s key file:</source>
        <translation>Mật khẩu tệp khóa của %1:</translation>
    </message>
    <message>
        <source>Choose the token and the certificate for the %1&apos;s signature.</source>
        <translation>Hãy chọn token và chứng thư số cho chữ ký của %1.</translation>
    </message>
    <message>
        <source>PIN of the token &quot;%1&quot; for the %2&apos;s signature:</source>
        <translation>Mã PIN của token &quot;%1&quot; cho chữ ký của %2:</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>New &amp;book…</source>
        <translation>Mở &amp;quyển sổ mới…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Xuất &amp;XLSX…</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Gửi công dân</translation>
    </message>
    <message>
        <source>Book:</source>
        <translation>Quyển:</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Đã gửi</translation>
    </message>
    <message numerus="yes">
        <source>Pending (%n attempt(s))</source>
        <translation>
            <numerusform>Đang chờ gửi (%n lần thử)</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) — the book was closed with %1 entries.</source>
        <translation>
            <numerusform>%n số chứng thực — sổ đã khóa với %1 số chứng thực.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close book %1 of %2? No entry can be added to it afterwards.</source>
        <translation>Khóa quyển sổ %1 năm %2? Sau khi khóa không thể ghi thêm vào sổ.</translation>
    </message>
    <message>
        <source>Book %1 of %2 is closed with %3 entries.</source>
        <translation>Đã khóa quyển sổ %1 năm %2 với %3 số chứng thực.</translation>
    </message>
    <message>
        <source>New register book</source>
        <translation>Quyển sổ mới</translation>
    </message>
    <message>
        <source>Number of the new book for %1:</source>
        <translation>Số của quyển sổ mới năm %1:</translation>
    </message>
    <message>
        <source>Book %1 of %2 is open.</source>
        <translation>Đã mở quyển sổ %1 năm %2.</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Xuất sổ chứng thực</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) exported.</source>
        <translation>
            <numerusform>Đã xuất %n số chứng thực.</numerusform>
        </translation>
    </message>
    <message>
        <source>The register could not be exported. %1</source>
        <translation>Không xuất được sổ chứng thực. %1</translation>
    </message>
    <message>
        <source>The card read could not be recorded in the audit log.</source>
        <translation>Không ghi được lần đọc thẻ vào nhật ký kiểm toán.</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n entry(ies)…</source>
        <translation>
            <numerusform>Đang xuất %n số chứng thực…</numerusform>
        </translation>
    </message>
    <message>
        <source>Check that the folder is writable and the disk has free space.</source>
        <translation>Hãy kiểm tra thư mục có ghi được không và ổ đĩa còn chỗ trống.</translation>
    </message>
    <message>
        <source>Print &amp;receipt…</source>
        <translation>In &amp;biên nhận…</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Tìm kiếm</translation>
    </message>
</context>
<context>
    <name>motcua::cli</name>
    <message>
        <source>No card reader is connected.</source>
        <translation>Chưa có đầu đọc thẻ nào được kết nối.</translation>
    </message>
    <message>
        <source>card present</source>
        <translation>có thẻ</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>chưa có thẻ</translation>
    </message>
    <message>
        <source>Give the card&apos;s CAN (--can), or --id with --dob and --expiry, or --mrz-key DOCNO,YYMMDD,YYMMDD.</source>
        <translation>Hãy cho số CAN của thẻ (--can), hoặc --id cùng --dob và --expiry, hoặc --mrz-key DOCNO,YYMMDD,YYMMDD.</translation>
    </message>
    <message>
        <source>--id and --mrz-key cannot be combined.</source>
        <translation>Không dùng được --id cùng với --mrz-key.</translation>
    </message>
    <message>
        <source>--can: the CAN is six digits.</source>
        <translation>--can: số CAN gồm sáu chữ số.</translation>
    </message>
    <message>
        <source>--id: the ID number is twelve digits.</source>
        <translation>--id: số định danh gồm mười hai chữ số.</translation>
    </message>
    <message>
        <source>--dob: expected a date as YYYY-MM-DD.</source>
        <translation>--dob: cần ngày theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--expiry: expected a date as YYYY-MM-DD (or &quot;none&quot;).</source>
        <translation>--expiry: cần ngày theo dạng YYYY-MM-DD (hoặc &quot;none&quot;).</translation>
    </message>
    <message>
        <source>--mrz-key: expected DOCNO,YYMMDD,YYMMDD.</source>
        <translation>--mrz-key: cần theo dạng DOCNO,YYMMDD,YYMMDD.</translation>
    </message>
    <message>
        <source>ID number:      %1
</source>
        <translation>Số định danh:        %1
</translation>
    </message>
    <message>
        <source>Full name:      %1
</source>
        <translation>Họ và tên:           %1
</translation>
    </message>
    <message>
        <source>Date of birth:  %1
</source>
        <translation>Ngày sinh:           %1
</translation>
    </message>
    <message>
        <source>Residence:      %1
</source>
        <translation>Nơi cư trú:          %1
</translation>
    </message>
    <message>
        <source>Access:         %1
</source>
        <translation>Truy cập:            %1
</translation>
    </message>
    <message>
        <source>Passive auth.:  %1
</source>
        <translation>Xác thực thụ động:   %1
</translation>
    </message>
    <message>
        <source>Active auth.:   %1
</source>
        <translation>Xác thực chủ động:   %1
</translation>
    </message>
    <message>
        <source>APDUs: %1, %2 ms
</source>
        <translation>APDU: %1, %2 ms
</translation>
    </message>
    <message>
        <source>Reader name (default: the first reader holding a card).</source>
        <translation>Tên đầu đọc (mặc định: đầu đọc đầu tiên có thẻ).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Card access number (six digits).</source>
        <translation>Số truy cập thẻ CAN (sáu chữ số).</translation>
    </message>
    <message>
        <source>DIGITS</source>
        <translation>DIGITS</translation>
    </message>
    <message>
        <source>12-digit ID number (its last six digits are the CAN).</source>
        <translation>Số định danh 12 chữ số (sáu chữ số cuối là số CAN).</translation>
    </message>
    <message>
        <source>ID12</source>
        <translation>ID12</translation>
    </message>
    <message>
        <source>Date of birth.</source>
        <translation>Ngày sinh.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Date of expiry (&quot;none&quot; for a card without one).</source>
        <translation>Ngày hết hạn (&quot;none&quot; với thẻ không có thời hạn).</translation>
    </message>
    <message>
        <source>MRZ key: document number, birth and expiry dates.</source>
        <translation>Khóa MRZ: số giấy tờ, ngày sinh và ngày hết hạn.</translation>
    </message>
    <message>
        <source>DOCNO,YYMMDD,YYMMDD</source>
        <translation>DOCNO,YYMMDD,YYMMDD</translation>
    </message>
    <message>
        <source>CSCA certificates: PEM/DER file, folder or ICAO master list (repeatable).</source>
        <translation>Chứng thư CSCA: tệp PEM/DER, thư mục hoặc danh sách gốc (master list) của ICAO (có thể lặp lại).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Write the portrait to this file.</source>
        <translation>Ghi ảnh chân dung ra tệp này.</translation>
    </message>
    <message>
        <source>OUT.jpg</source>
        <translation>OUT.jpg</translation>
    </message>
    <message>
        <source>Use short APDUs only.</source>
        <translation>Chỉ dùng APDU ngắn.</translation>
    </message>
    <message>
        <source>Skip active authentication.</source>
        <translation>Bỏ qua xác thực chủ động.</translation>
    </message>
    <message>
        <source>The portrait could not be written to %1.</source>
        <translation>Không ghi được ảnh chân dung ra %1.</translation>
    </message>
    <message>
        <source>Security check failed: this card&apos;s data or chip did not verify. Do not accept it.</source>
        <translation>Kiểm tra an ninh không đạt: không xác thực được dữ liệu hoặc chip của thẻ. Không chấp nhận thẻ này.</translation>
    </message>
    <message>
        <source>Warning: the document signer is not in the trust store (add the CSCA with --trust).</source>
        <translation>Cảnh báo: chứng thư ký dữ liệu thẻ (document signer) không thuộc kho tin cậy (thêm CSCA bằng --trust).</translation>
    </message>
    <message>
        <source>Card profile (JSON).</source>
        <translation>Hồ sơ thẻ (JSON).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>vpcd port: 35963 = &quot;Virtual PCD 00 00&quot;, 35964 = &quot;… 00 01&quot;.</source>
        <translation>Cổng vpcd: 35963 = &quot;Virtual PCD 00 00&quot;, 35964 = &quot;… 00 01&quot;.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Folder holding the profile&apos;s keys and certificates (default: $MOTCUA_CARD_PKI).</source>
        <translation>Thư mục chứa khóa và chứng thư của hồ sơ (mặc định: $MOTCUA_CARD_PKI).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>--profile FILE is required.</source>
        <translation>Cần có --profile FILE.</translation>
    </message>
    <message>
        <source>--reader-port: expected a TCP port number.</source>
        <translation>--reader-port: cần một số cổng TCP.</translation>
    </message>
    <message>
        <source>Simulated card &quot;%1&quot; attaching to vpcd on port %2; stop with Ctrl+C.</source>
        <translation>Thẻ mô phỏng &quot;%1&quot; đang kết nối với vpcd ở cổng %2; bấm Ctrl+C để dừng.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli card readers [--json]
       motcua-cli card read [--reader NAME] (--can DIGITS | --id ID12 --dob YYYY-MM-DD --expiry YYYY-MM-DD | --mrz-key DOCNO,YYMMDD,YYMMDD) [--trust PATH]... [--photo OUT.jpg] [--json]
       motcua-cli card simulate --profile FILE [--reader-port N] [--pki DIR]</source>
        <translation>Cách dùng: motcua-cli card readers [--json]
           motcua-cli card read [--reader NAME] (--can DIGITS | --id ID12 --dob YYYY-MM-DD --expiry YYYY-MM-DD | --mrz-key DOCNO,YYMMDD,YYMMDD) [--trust PATH]... [--photo OUT.jpg] [--json]
           motcua-cli card simulate --profile FILE [--reader-port N] [--pki DIR]</translation>
    </message>
    <message>
        <source>User name of the first administrator.</source>
        <translation>Tên đăng nhập của quản trị viên đầu tiên.</translation>
    </message>
    <message>
        <source>Full name of the administrator.</source>
        <translation>Họ và tên của quản trị viên.</translation>
    </message>
    <message>
        <source>Read the administrator&apos;s password from stdin.</source>
        <translation>Đọc mật khẩu của quản trị viên từ stdin.</translation>
    </message>
    <message>
        <source>Add the demo office, demo accounts and demo records.</source>
        <translation>Thêm cơ quan mẫu, tài khoản mẫu và hồ sơ mẫu.</translation>
    </message>
    <message>
        <source>db init needs --db PATH, --admin USER and --password-stdin.</source>
        <translation>db init cần --db PATH, --admin USER và --password-stdin.</translation>
    </message>
    <message>
        <source>This database is already set up; it was not changed.</source>
        <translation>Cơ sở dữ liệu này đã được thiết lập; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Created %1 with the administrator &quot;%2&quot;.</source>
        <translation>Đã tạo %1 với quản trị viên &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>db verify needs --db PATH.</source>
        <translation>db verify cần --db PATH.</translation>
    </message>
    <message>
        <source>Database integrity: %1
</source>
        <translation>Tính toàn vẹn của cơ sở dữ liệu: %1
</translation>
    </message>
    <message>
        <source>Audit log: %1 rows, chain intact
</source>
        <translation>Nhật ký hoạt động: %1 dòng, chuỗi nguyên vẹn
</translation>
    </message>
    <message>
        <source>Audit log: chain BROKEN at row %1: %2
</source>
        <translation>Nhật ký hoạt động: chuỗi BỊ ĐỨT tại dòng %1: %2
</translation>
    </message>
    <message>
        <source>The audit log was tampered with: %1.</source>
        <translation>Nhật ký hoạt động đã bị can thiệp: %1.</translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng: %1</translation>
    </message>
    <message>
        <source>Usage: motcua-cli db init|verify --db PATH ...</source>
        <translation>Cách dùng: motcua-cli db init|verify --db PATH ...</translation>
    </message>
    <message>
        <source>Usage: motcua-cli &lt;command&gt; [options]
  modules [--json] [--db PATH]            list the modules that loaded
  db init --db PATH --admin USER --password-stdin [--demo]
  db verify --db PATH [--json]            check integrity and the audit chain
  users add|list|passwd|disable --db PATH --as ADMIN ...
  card readers|read|simulate ...          chip ID card (see --help of each)
  pdf sign|verify|tokens ...              PAdES signatures of PDF documents
  --version                               print the version</source>
        <translation>Cách dùng: motcua-cli &lt;command&gt; [options]
  modules [--json] [--db PATH]            liệt kê các mô-đun đã nạp
  db init --db PATH --admin USER --password-stdin [--demo]
  db verify --db PATH [--json]            kiểm tra tính toàn vẹn và chuỗi nhật ký hoạt động
  users add|list|passwd|disable --db PATH --as ADMIN ...
  card readers|read|simulate ...          thẻ căn cước gắn chip (xem --help của từng lệnh)
  pdf sign|verify|tokens ...              chữ ký PAdES trên tài liệu PDF
  --version                               in phiên bản</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Không có lệnh: %1</translation>
    </message>
    <message>
        <source>Module &quot;%1&quot; was not loaded: %2</source>
        <translation>Không nạp được mô-đun &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Give the token PIN on stdin (--pin-stdin).</source>
        <translation>Hãy nhập PIN của token qua stdin (--pin-stdin).</translation>
    </message>
    <message>
        <source>PDF to sign.</source>
        <translation>Tệp PDF cần ký.</translation>
    </message>
    <message>
        <source>Signed PDF to write.</source>
        <translation>Tệp PDF đã ký cần ghi ra.</translation>
    </message>
    <message>
        <source>PKCS#12 key file.</source>
        <translation>Tệp khóa PKCS#12.</translation>
    </message>
    <message>
        <source>Read the key file&apos;s password from stdin.</source>
        <translation>Đọc mật khẩu của tệp khóa từ stdin.</translation>
    </message>
    <message>
        <source>PKCS#11 token driver library.</source>
        <translation>Thư viện trình điều khiển token PKCS#11.</translation>
    </message>
    <message>
        <source>Token label.</source>
        <translation>Nhãn của token.</translation>
    </message>
    <message>
        <source>Key label on the token.</source>
        <translation>Nhãn của khóa trên token.</translation>
    </message>
    <message>
        <source>Read the token PIN from stdin.</source>
        <translation>Đọc PIN của token từ stdin.</translation>
    </message>
    <message>
        <source>Reason for signing.</source>
        <translation>Lý do ký.</translation>
    </message>
    <message>
        <source>Place of signing.</source>
        <translation>Nơi ký.</translation>
    </message>
    <message>
        <source>Signer name to show.</source>
        <translation>Tên người ký hiển thị.</translation>
    </message>
    <message>
        <source>RFC 3161 time-stamp authority URL (B-T).</source>
        <translation>URL của máy chủ cấp dấu thời gian RFC 3161 (B-T).</translation>
    </message>
    <message>
        <source>Visible signature box.</source>
        <translation>Khung chữ ký hiển thị.</translation>
    </message>
    <message>
        <source>Sign with RSA-PSS instead of PKCS#1 v1.5.</source>
        <translation>Ký bằng RSA-PSS thay cho PKCS#1 v1.5.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli pdf sign --in IN.pdf --out OUT.pdf (--p12 FILE --password-stdin | --pkcs11-module LIB --token LABEL [--key LABEL] --pin-stdin) [--reason TEXT] [--location TEXT] [--name TEXT] [--tsa URL] [--visible PAGE,X,Y,W,H] [--pss]</source>
        <translation>Cách dùng: motcua-cli pdf sign --in IN.pdf --out OUT.pdf (--p12 FILE --password-stdin | --pkcs11-module LIB --token LABEL [--key LABEL] --pin-stdin) [--reason TEXT] [--location TEXT] [--name TEXT] [--tsa URL] [--visible PAGE,X,Y,W,H] [--pss]</translation>
    </message>
    <message>
        <source>The key file&apos;s password is read from stdin: add --password-stdin.</source>
        <translation>Mật khẩu của tệp khóa được đọc từ stdin: hãy thêm --password-stdin.</translation>
    </message>
    <message>
        <source>A token needs --token LABEL and --pin-stdin.</source>
        <translation>Dùng token thì cần --token LABEL và --pin-stdin.</translation>
    </message>
    <message>
        <source>--visible wants PAGE,X,Y,W,H (page from 1, positive width and height).</source>
        <translation>--visible cần dạng PAGE,X,Y,W,H (trang đánh số từ 1, chiều rộng và chiều cao là số dương).</translation>
    </message>
    <message>
        <source>--tsa wants an http or https address.</source>
        <translation>--tsa cần một địa chỉ http hoặc https.</translation>
    </message>
    <message>
        <source>--pss needs an RSA key.</source>
        <translation>--pss cần khóa RSA.</translation>
    </message>
    <message>
        <source>Signed by %1: %2</source>
        <translation>Đã ký bởi %1: %2</translation>
    </message>
    <message>
        <source>Trusted root certificate (PEM or DER); repeat for more.</source>
        <translation>Chứng thư gốc tin cậy (PEM hoặc DER); lặp lại để thêm chứng thư.</translation>
    </message>
    <message>
        <source>PDF to verify.</source>
        <translation>Tệp PDF cần kiểm tra.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli pdf verify IN.pdf [--trust CA.pem]... [--json]</source>
        <translation>Cách dùng: motcua-cli pdf verify IN.pdf [--trust CA.pem]... [--json]</translation>
    </message>
    <message>
        <source>No certificate can be read from %1.</source>
        <translation>Không đọc được chứng thư nào từ %1.</translation>
    </message>
    <message>
        <source>The document has no signatures.</source>
        <translation>Tài liệu không có chữ ký.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Usage: motcua-cli pdf sign --in IN.pdf --out OUT.pdf (--p12 FILE --password-stdin | --pkcs11-module LIB --token LABEL [--key LABEL] --pin-stdin) [options]
       motcua-cli pdf verify IN.pdf [--trust CA.pem]... [--json]
       motcua-cli pdf tokens --pkcs11-module LIB [--json]</source>
        <translation>Cách dùng: motcua-cli pdf sign --in IN.pdf --out OUT.pdf (--p12 FILE --password-stdin | --pkcs11-module LIB --token LABEL [--key LABEL] --pin-stdin) [options]
           motcua-cli pdf verify IN.pdf [--trust CA.pem]... [--json]
           motcua-cli pdf tokens --pkcs11-module LIB [--json]</translation>
    </message>
    <message>
        <source>The account to act on.</source>
        <translation>Tài khoản cần thao tác.</translation>
    </message>
    <message>
        <source>admin, certifier, police, frontdesk, analyst or auditor.</source>
        <translation>admin, certifier, police, frontdesk, analyst hoặc auditor.</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>Họ và tên.</translation>
    </message>
    <message>
        <source>Read the new password from stdin (after the operator&apos;s).</source>
        <translation>Đọc mật khẩu mới từ stdin (sau mật khẩu của người thao tác).</translation>
    </message>
    <message>
        <source>users add needs --user NAME, --role ROLE and --password-stdin.</source>
        <translation>users add cần --user NAME, --role ROLE và --password-stdin.</translation>
    </message>
    <message>
        <source>Added the user &quot;%1&quot;.</source>
        <translation>Đã thêm người dùng &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>đã vô hiệu hóa</translation>
    </message>
    <message>
        <source>users passwd needs --user NAME and --password-stdin.</source>
        <translation>users passwd cần --user NAME và --password-stdin.</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>Đã đổi mật khẩu.</translation>
    </message>
    <message>
        <source>Enable the account again instead.</source>
        <translation>Kích hoạt lại tài khoản (thay vì vô hiệu hóa).</translation>
    </message>
    <message>
        <source>users disable needs --user NAME.</source>
        <translation>users disable cần --user NAME.</translation>
    </message>
    <message>
        <source>The account was enabled.</source>
        <translation>Đã kích hoạt tài khoản.</translation>
    </message>
    <message>
        <source>The account was disabled.</source>
        <translation>Đã vô hiệu hóa tài khoản.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli users add|list|passwd|disable --db PATH --as ADMIN ...</source>
        <translation>Cách dùng: motcua-cli users add|list|passwd|disable --db PATH --as ADMIN ...</translation>
    </message>
    <message>
        <source>Database file (default: the workstation&apos;s own).</source>
        <translation>Tệp cơ sở dữ liệu (mặc định: cơ sở dữ liệu của máy trạm này).</translation>
    </message>
    <message>
        <source>Operator account; its password is the first line of stdin.</source>
        <translation>Tài khoản người thao tác; mật khẩu là dòng đầu tiên của stdin.</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout.</source>
        <translation>In một tài liệu JSON ra stdout.</translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation>Thừa đối số.</translation>
    </message>
    <message>
        <source>This command needs an operator: add --as USER and give the password on the first line of stdin.</source>
        <translation>Lệnh này cần người thao tác: hãy thêm --as USER và nhập mật khẩu ở dòng đầu tiên của stdin.</translation>
    </message>
    <message>
        <source>--dob and --expiry go together.</source>
        <translation>--dob và --expiry phải dùng cùng nhau.</translation>
    </message>
    <message>
        <source>Signature %1: %2 — %3
</source>
        <translation>Chữ ký %1: %2 — %3
</translation>
    </message>
    <message>
        <source>  Signer: %1
</source>
        <translation>  Người ký: %1
</translation>
    </message>
    <message>
        <source>  Signing time: %1
</source>
        <translation>  Thời điểm ký: %1
</translation>
    </message>
    <message>
        <source>  Covers the whole document: %1
</source>
        <translation>  Bao trùm toàn bộ tài liệu: %1
</translation>
    </message>
    <message>
        <source>  PAdES level: %1
</source>
        <translation>  Mức PAdES: %1
</translation>
    </message>
    <message>
        <source>  Time-stamp: %1 (%2)
</source>
        <translation>  Dấu thời gian: %1 (%2)
</translation>
    </message>
</context>
<context>
    <name>motcua::residence::AccommodationPage</name>
    <message>
        <source>Lodging</source>
        <translation>Cơ sở lưu trú</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Keeper</source>
        <translation>Người quản lý</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Thời điểm đến</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Khách</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Đã thông báo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn thông báo</translation>
    </message>
    <message>
        <source>New &amp;lodging…</source>
        <translation>Thêm cơ sở &amp;lưu trú…</translation>
    </message>
    <message>
        <source>New &amp;notice…</source>
        <translation>Thêm thông &amp;báo…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Xuất &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Xuất &amp;XLSX…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đế&amp;n:</translation>
    </message>
    <message>
        <source>Lodgings</source>
        <translation>Cơ sở lưu trú</translation>
    </message>
    <message>
        <source>Late or missing notices</source>
        <translation>Thông báo muộn hoặc thiếu</translation>
    </message>
    <message>
        <source>Guest notices of the period (selected lodging, or all)</source>
        <translation>Thông báo lưu trú trong kỳ (cơ sở đang chọn, hoặc tất cả)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Đã xuất ra %1.</translation>
    </message>
    <message>
        <source>No notice</source>
        <translation>Chưa thông báo</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Thiếu</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Muộn</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n late or missing</source>
        <translation>
            <numerusform>⚠ %n thông báo muộn hoặc thiếu</numerusform>
        </translation>
    </message>
    <message>
        <source>New lodging</source>
        <translation>Thêm cơ sở lưu trú</translation>
    </message>
    <message>
        <source>Remote area (24 hours for foreign guests)</source>
        <translation>Vùng sâu, vùng xa (24 giờ đối với khách nước ngoài)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>S&amp;treet:</source>
        <translation>Đườn&amp;g phố:</translation>
    </message>
    <message>
        <source>House n&amp;umber:</source>
        <translation>&amp;Số nhà:</translation>
    </message>
    <message>
        <source>K&amp;eeper:</source>
        <translation>Người &amp;quản lý:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Điện th&amp;oại:</translation>
    </message>
    <message>
        <source>Select the lodging first, then add its notice.</source>
        <translation>Hãy chọn cơ sở lưu trú trước, rồi thêm thông báo của cơ sở đó.</translation>
    </message>
    <message>
        <source>New guest notice</source>
        <translation>Thêm thông báo lưu trú</translation>
    </message>
    <message>
        <source>Passport (foreign guest)</source>
        <translation>Hộ chiếu (khách nước ngoài)</translation>
    </message>
    <message>
        <source>&amp;Guest:</source>
        <translation>&amp;Khách:</translation>
    </message>
    <message>
        <source>ID or &amp;passport number:</source>
        <translation>Số định danh hoặc số &amp;hộ chiếu:</translation>
    </message>
    <message>
        <source>Nationalit&amp;y (ISO code):</source>
        <translation>&amp;Quốc tịch (mã ISO):</translation>
    </message>
    <message>
        <source>&amp;Arrival:</source>
        <translation>Thời điểm đế&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Leaves on:</source>
        <translation>Ngày đ&amp;i:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>&amp;Notified at:</source>
        <translation>Thời điểm thông &amp;báo:</translation>
    </message>
    <message>
        <source>Export notices</source>
        <translation>Xuất thông báo lưu trú</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Không ghi được %1: %2. Hãy chọn thư mục khác.</translation>
    </message>
</context>
<context>
    <name>motcua::residence::AccommodationRegister</name>
    <message>
        <source>Household</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Khách sạn</translation>
    </message>
    <message>
        <source>Guesthouse</source>
        <translation>Nhà nghỉ</translation>
    </message>
    <message>
        <source>Dormitory</source>
        <translation>Ký túc xá</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Bệnh viện</translation>
    </message>
    <message>
        <source>Other lodging</source>
        <translation>Cơ sở lưu trú khác</translation>
    </message>
    <message>
        <source>Enter the name of the lodging.</source>
        <translation>Hãy nhập tên cơ sở lưu trú.</translation>
    </message>
    <message>
        <source>Enter the guest&apos;s full name.</source>
        <translation>Hãy nhập họ và tên của khách.</translation>
    </message>
    <message>
        <source>Enter the guest&apos;s ID or passport number.</source>
        <translation>Hãy nhập số định danh cá nhân hoặc số hộ chiếu của khách.</translation>
    </message>
    <message>
        <source>the guest</source>
        <translation>khách</translation>
    </message>
    <message>
        <source>Choose the guest&apos;s nationality.</source>
        <translation>Hãy chọn quốc tịch của khách.</translation>
    </message>
    <message>
        <source>Enter the arrival time.</source>
        <translation>Hãy nhập thời điểm đến.</translation>
    </message>
    <message>
        <source>The arrival time is in the future.</source>
        <translation>Thời điểm đến nằm ở tương lai.</translation>
    </message>
    <message>
        <source>The end of the stay is before the arrival.</source>
        <translation>Ngày kết thúc lưu trú trước ngày đến.</translation>
    </message>
    <message>
        <source>A notice covers a stay of 30 days at most.</source>
        <translation>Một thông báo lưu trú chỉ áp dụng cho tối đa 30 ngày.</translation>
    </message>
    <message>
        <source>The notice time is in the future.</source>
        <translation>Thời điểm thông báo nằm ở tương lai.</translation>
    </message>
    <message>
        <source>Choose the lodging.</source>
        <translation>Hãy chọn cơ sở lưu trú.</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>Cơ sở lưu trú</translation>
    </message>
    <message>
        <source>Lodging address</source>
        <translation>Địa chỉ cơ sở lưu trú</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Khách</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Số giấy tờ</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Thời điểm đến</translation>
    </message>
    <message>
        <source>Leaves on</source>
        <translation>Ngày đi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Notified at</source>
        <translation>Thời điểm thông báo</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn thông báo</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Tình trạng thông báo</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>đúng hạn</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>không thông báo</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>chưa đến hạn</translation>
    </message>
    <message>
        <source>late</source>
        <translation>muộn</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>hộ chiếu</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>thẻ căn cước</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Thông báo lưu trú</translation>
    </message>
    <message>
        <source>Accommodation notices %1 – %2</source>
        <translation>Thông báo lưu trú từ %1 đến %2</translation>
    </message>
    <message>
        <source>The spreadsheet could not be written.</source>
        <translation>Không ghi được tệp bảng tính.</translation>
    </message>
</context>
<context>
    <name>motcua::residence::CaseDocumentsPanel</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Print the selected form (Ctrl+P)</source>
        <translation>In biểu mẫu đang chọn (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu thành P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Biểu mẫu:</translation>
    </message>
    <message>
        <source>The form could not be rendered: its template is missing. Ask the administrator.</source>
        <translation>Không tạo được biểu mẫu: thiếu tệp mẫu. Hãy báo quản trị viên.</translation>
    </message>
    <message>
        <source>Open a case to see its forms.</source>
        <translation>Mở một hồ sơ để xem các biểu mẫu của hồ sơ.</translation>
    </message>
    <message>
        <source>Preparing the form…</source>
        <translation>Đang tạo biểu mẫu…</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Đã gửi tới máy in.</translation>
    </message>
    <message>
        <source>Save form as PDF</source>
        <translation>Lưu biểu mẫu thành PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Ký số…</translation>
    </message>
    <message>
        <source>Sign the selected form with the police unit&apos;s key (set by the administrator)</source>
        <translation>Ký số mẫu đang chọn bằng khóa của đơn vị công an (do quản trị viên thiết lập)</translation>
    </message>
    <message>
        <source>✔ Signed digitally by %1. Save as PDF keeps the signature.</source>
        <translation>✔ Đã ký số bởi %1. Lưu PDF sẽ giữ nguyên chữ ký.</translation>
    </message>
    <message>
        <source>Sign %1</source>
        <translation>Ký số %1</translation>
    </message>
    <message>
        <source>Password of the police unit&apos;s key (%1):</source>
        <translation>Mật khẩu khóa của đơn vị công an (%1):</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Đang ký số…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Không ghi được %1: %2. Hãy chọn thư mục khác.</translation>
    </message>
</context>
<context>
    <name>motcua::residence::CasePage</name>
    <message>
        <source>Case number (2026-000042), 2026-* for a year, or the declarant&apos;s ID number</source>
        <translation>Mã hồ sơ (2026-000042), 2026-* cho cả năm, hoặc số định danh của người kê khai</translation>
    </message>
    <message>
        <source>&amp;Find case:</source>
        <translation>&amp;Tìm hồ sơ:</translation>
    </message>
    <message>
        <source>No case matches &quot;%1&quot;. Check the number on the receipt (CT04).</source>
        <translation>Không có hồ sơ nào khớp với &quot;%1&quot;. Hãy kiểm tra mã hồ sơ trên phiếu tiếp nhận (CT04).</translation>
    </message>
</context>
<context>
    <name>motcua::residence::CaseService</name>
    <message>
        <source>The working-day calendar is not available.</source>
        <translation>Không có lịch ngày làm việc.</translation>
    </message>
    <message>
        <source>This person already has an open case for this procedure (%1): continue that case instead of submitting again.</source>
        <translation>Người này đã có hồ sơ đang giải quyết cho thủ tục này (%1): hãy tiếp tục hồ sơ đó thay vì nộp lại.</translation>
    </message>
    <message>
        <source>The case was changed by someone else; reload it.</source>
        <translation>Hồ sơ vừa được người khác thay đổi; hãy tải lại.</translation>
    </message>
    <message>
        <source>Write what the file is missing (form CT05).</source>
        <translation>Hãy ghi rõ hồ sơ còn thiếu gì (mẫu CT05).</translation>
    </message>
    <message>
        <source>The declarant of a case cannot change; take a new case instead.</source>
        <translation>Không thể thay đổi người kê khai của hồ sơ; hãy tiếp nhận hồ sơ mới.</translation>
    </message>
    <message>
        <source>Write the reasons for the refusal (form CT06).</source>
        <translation>Hãy ghi lý do từ chối (mẫu CT06).</translation>
    </message>
    <message>
        <source>Choose the officer.</source>
        <translation>Hãy chọn cán bộ.</translation>
    </message>
    <message>
        <source>This case does not exist.</source>
        <translation>Hồ sơ này không tồn tại.</translation>
    </message>
</context>
<context>
    <name>motcua::residence::CaseTable</name>
    <message>
        <source>Due</source>
        <translation>Hạn trả</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Declarant</source>
        <translation>Người kê khai</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Overdue – %1</source>
        <translation>Quá hạn – %1</translation>
    </message>
</context>
<context>
    <name>motcua::residence::CaseView</name>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử xử lý</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Chưa mở hồ sơ nào</translation>
    </message>
    <message>
        <source>Case %1 – %2</source>
        <translation>Hồ sơ %1 – %2</translation>
    </message>
    <message>
        <source>State: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Declarant: %2 (%3)&lt;br&gt;Received: %4 · Due: %5 · Fee: %6&lt;br&gt;Channel: %7 · Officer: %8</source>
        <translation>Trạng thái: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Người kê khai: %2 (%3)&lt;br&gt;Tiếp nhận: %4 · Hạn trả: %5 · Lệ phí: %6&lt;br&gt;Hình thức nộp: %7 · Cán bộ: %8</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Request &amp;completion (CT05)…</source>
        <translation>Yêu cầu &amp;bổ sung (CT05)…</translation>
    </message>
    <message>
        <source>File &amp;completed</source>
        <translation>Đã &amp;bổ sung hồ sơ</translation>
    </message>
    <message>
        <source>Start &amp;review</source>
        <translation>Bắt đầu &amp;thẩm định</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Phê duyệt</translation>
    </message>
    <message>
        <source>Re&amp;fuse (CT06)…</source>
        <translation>&amp;Từ chối (CT06)…</translation>
    </message>
    <message>
        <source>Result &amp;returned</source>
        <translation>Đã t&amp;rả kết quả</translation>
    </message>
    <message>
        <source>Request completion</source>
        <translation>Yêu cầu bổ sung hồ sơ</translation>
    </message>
    <message>
        <source>What is missing (one item per line; printed on CT05):</source>
        <translation>Nội dung cần bổ sung (mỗi dòng một mục; in trên CT05):</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Reasons for the refusal (one per line; printed on CT06):</source>
        <translation>Lý do từ chối (mỗi dòng một lý do; in trên CT06):</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Approve case %1? The registry is updated at once.</source>
        <translation>Phê duyệt hồ sơ %1? Cơ sở dữ liệu cư trú được cập nhật ngay.</translation>
    </message>
    <message>
        <source>Case %1 is now: %2.</source>
        <translation>Hồ sơ %1 hiện ở trạng thái: %2.</translation>
    </message>
    <message>
        <source>Loading case…</source>
        <translation>Đang tải hồ sơ…</translation>
    </message>
    <message>
        <source>Ground: %1 (%2)</source>
        <translation>Căn cứ xóa: %1 (%2)</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Chi tiết: %1</translation>
    </message>
</context>
<context>
    <name>motcua::residence::CaseWorkflow</name>
    <message>
        <source>A case in state &quot;%1&quot; cannot move to &quot;%2&quot;.</source>
        <translation>Hồ sơ ở trạng thái &quot;%1&quot; không thể chuyển sang &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Completion requested</source>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Đã bổ sung</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Đang thẩm định</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Result returned</source>
        <translation>Đã trả kết quả</translation>
    </message>
</context>
<context>
    <name>motcua::residence::DeletionGrounds</name>
    <message>
        <source>Died, or declared missing or dead by a court</source>
        <translation>Chết, hoặc bị Tòa án tuyên bố mất tích hoặc đã chết</translation>
    </message>
    <message>
        <source>Settled abroad</source>
        <translation>Ra nước ngoài để định cư</translation>
    </message>
    <message>
        <source>Permanent registration cancelled (art. 35)</source>
        <translation>Có quyết định hủy bỏ đăng ký thường trú (Điều 35)</translation>
    </message>
    <message>
        <source>Temporary registration cancelled (art. 35)</source>
        <translation>Có quyết định hủy bỏ đăng ký tạm trú (Điều 35)</translation>
    </message>
    <message>
        <source>Absent 12 months or more without a temporary registration or absence declaration</source>
        <translation>Vắng mặt liên tục từ 12 tháng trở lên, không đăng ký tạm trú nơi khác hoặc không khai báo tạm vắng</translation>
    </message>
    <message>
        <source>Absent 6 months or more without a temporary registration elsewhere</source>
        <translation>Vắng mặt liên tục từ 06 tháng trở lên, không đăng ký tạm trú nơi khác</translation>
    </message>
    <message>
        <source>Vietnamese nationality given up, withdrawn or its grant annulled</source>
        <translation>Thôi quốc tịch, bị tước quốc tịch hoặc bị hủy quyết định cho nhập quốc tịch Việt Nam</translation>
    </message>
    <message>
        <source>Rent, loan or lodging ended 12 months ago, no registration at a new home</source>
        <translation>Chấm dứt thuê, mượn, ở nhờ quá 12 tháng, chưa đăng ký thường trú nơi mới</translation>
    </message>
    <message>
        <source>Rent, loan or lodging ended, no temporary registration elsewhere</source>
        <translation>Chấm dứt thuê, mượn, ở nhờ, không đăng ký tạm trú nơi khác</translation>
    </message>
    <message>
        <source>Home sold or given away 12 months ago, no registration at a new home</source>
        <translation>Đã chuyển quyền sở hữu chỗ ở quá 12 tháng, chưa đăng ký thường trú nơi mới</translation>
    </message>
    <message>
        <source>Home sold or given away, the new owner does not agree to the stay</source>
        <translation>Đã chuyển quyền sở hữu chỗ ở, chủ sở hữu mới không đồng ý cho tiếp tục sinh sống</translation>
    </message>
    <message>
        <source>Rent or ownership ended and the owner does not agree to keep the registration</source>
        <translation>Chấm dứt thuê, mượn, ở nhờ hoặc chuyển quyền sở hữu, không được đồng ý cho giữ đăng ký thường trú</translation>
    </message>
    <message>
        <source>Permanently registered at the same place</source>
        <translation>Đã đăng ký thường trú tại chính nơi tạm trú</translation>
    </message>
    <message>
        <source>Home demolished or confiscated, or vehicle deregistered</source>
        <translation>Chỗ ở bị phá dỡ, tịch thu hoặc phương tiện bị xóa đăng ký</translation>
    </message>
</context>
<context>
    <name>motcua::residence::DeskQuery</name>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
</context>
<context>
    <name>motcua::residence::DialogButtons</name>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
</context>
<context>
    <name>motcua::residence::HouseholdRegistry</name>
    <message>
        <source>This household is not in the registry.</source>
        <translation>Hộ này không có trong sổ đăng ký.</translation>
    </message>
</context>
<context>
    <name>motcua::residence::InputChecks</name>
    <message>
        <source>The ID number of %1 must have exactly 12 digits.</source>
        <translation>Số định danh cá nhân của %1 phải có đúng 12 chữ số.</translation>
    </message>
    <message>
        <source>The ID number of %1 does not start with a known province code.</source>
        <translation>Số định danh cá nhân của %1 không bắt đầu bằng mã tỉnh hợp lệ.</translation>
    </message>
    <message>
        <source>The ID number of %1 does not match the date of birth and sex (4th digit: century and sex, 5th–6th digits: year of birth).</source>
        <translation>Số định danh cá nhân của %1 không khớp với ngày sinh và giới tính (chữ số thứ 4: thế kỷ và giới tính, chữ số thứ 5–6: năm sinh).</translation>
    </message>
    <message>
        <source>Enter the full name of %1.</source>
        <translation>Hãy nhập họ và tên của %1.</translation>
    </message>
    <message>
        <source>Enter a valid date of birth for %1.</source>
        <translation>Hãy nhập ngày sinh hợp lệ của %1.</translation>
    </message>
    <message>
        <source>The date of birth of %1 is in the future.</source>
        <translation>Ngày sinh của %1 nằm ở tương lai.</translation>
    </message>
    <message>
        <source>Choose the sex of %1.</source>
        <translation>Hãy chọn giới tính của %1.</translation>
    </message>
    <message>
        <source>Choose the province and the commune of the address.</source>
        <translation>Hãy chọn tỉnh và xã/phường của địa chỉ.</translation>
    </message>
    <message>
        <source>Enter the street or the house number of the address.</source>
        <translation>Hãy nhập đường phố hoặc số nhà của địa chỉ.</translation>
    </message>
    <message>
        <source>Enter the start and the end of the period.</source>
        <translation>Hãy nhập ngày bắt đầu và ngày kết thúc.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Thời hạn kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <source>the declarant</source>
        <translation>người kê khai</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>thành viên %1</translation>
    </message>
    <message>
        <source>Enter the relationship of %1 to the household head.</source>
        <translation>Hãy nhập quan hệ của %1 với chủ hộ.</translation>
    </message>
    <message>
        <source>The declarant is listed again among the members moving together.</source>
        <translation>Người kê khai bị ghi lại trong danh sách người cùng thay đổi.</translation>
    </message>
    <message>
        <source>the household head</source>
        <translation>chủ hộ</translation>
    </message>
    <message>
        <source>Enter the VNeID consent reference.</source>
        <translation>Hãy nhập mã ý kiến đồng ý qua VNeID.</translation>
    </message>
    <message>
        <source>Enter the name of the person who consents.</source>
        <translation>Hãy nhập tên người đồng ý.</translation>
    </message>
    <message>
        <source>Joining a household needs the consent of the household head (on paper or VNeID).</source>
        <translation>Nhập vào hộ cần có ý kiến đồng ý của chủ hộ (trên giấy hoặc qua VNeID).</translation>
    </message>
    <message>
        <source>Temporary residence is registered for two years at most.</source>
        <translation>Tạm trú chỉ được đăng ký tối đa hai năm.</translation>
    </message>
    <message>
        <source>Enter the new end of the temporary residence.</source>
        <translation>Hãy nhập thời hạn tạm trú mới.</translation>
    </message>
    <message>
        <source>Enter the destination of the temporary absence.</source>
        <translation>Hãy nhập nơi đến trong thời gian tạm vắng.</translation>
    </message>
    <message>
        <source>Choose the household to split.</source>
        <translation>Hãy chọn hộ cần tách.</translation>
    </message>
    <message>
        <source>A household split needs the consent of the household head (on paper or VNeID).</source>
        <translation>Tách hộ cần có ý kiến đồng ý của chủ hộ (trên giấy hoặc qua VNeID).</translation>
    </message>
    <message>
        <source>Enter the data to correct.</source>
        <translation>Hãy nhập thông tin cần điều chỉnh.</translation>
    </message>
    <message>
        <source>The period is longer than allowed (at most %1 days).</source>
        <translation>Thời hạn dài hơn mức cho phép (tối đa %1 ngày).</translation>
    </message>
    <message>
        <source>Enter the corrected value.</source>
        <translation>Hãy nhập giá trị sau điều chỉnh.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; cannot be corrected.</source>
        <translation>Không thể điều chỉnh trường &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose the legal ground for the deletion (Law on Residence, art. %1).</source>
        <translation>Chọn căn cứ pháp lý để xóa đăng ký (Điều %1 Luật Cư trú).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ground for this deletion; choose one from the list.</source>
        <translation>&quot;%1&quot; không phải là căn cứ cho việc xóa đăng ký này; chọn một căn cứ trong danh sách.</translation>
    </message>
</context>
<context>
    <name>motcua::residence::NewCasePage</name>
    <message>
        <source>Not needed</source>
        <translation>Không cần</translation>
    </message>
    <message>
        <source>Signed on paper (CT01)</source>
        <translation>Ký trên giấy (CT01)</translation>
    </message>
    <message>
        <source>Through VNeID</source>
        <translation>Qua VNeID</translation>
    </message>
    <message>
        <source>Receive the case and print the &amp;receipt (CT04)</source>
        <translation>Tiếp nhận hồ sơ và in &amp;phiếu hẹn (CT04)</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Reading the card… keep it on the reader.</source>
        <translation>Đang đọc thẻ… giữ thẻ trên đầu đọc.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <source>Could not read the card: %1</source>
        <translation>Không đọc được thẻ: %1</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>Đã hủy đọc thẻ.</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Group registration by &amp;list</source>
        <translation>Đăng ký theo &amp;danh sách</translation>
    </message>
    <message>
        <source>Data already in the national &amp;database</source>
        <translation>Thông tin đã có trong &amp;Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Procedure:</source>
        <translation>&amp;Thủ tục:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Hình thức nộp:</translation>
    </message>
    <message>
        <source>Chip ID card of the declarant</source>
        <translation>Thẻ căn cước gắn chip của người kê khai</translation>
    </message>
    <message>
        <source>Access number: last 6 digits of the ID number</source>
        <translation>Số truy cập: 6 số cuối của số định danh</translation>
    </message>
    <message>
        <source>Read &amp;card</source>
        <translation>Đọc &amp;thẻ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Put the card on the reader, type its access number and press Enter.</source>
        <translation>Đặt thẻ lên đầu đọc, nhập số truy cập rồi nhấn Enter.</translation>
    </message>
    <message>
        <source>&amp;Access number:</source>
        <translation>Số truy &amp;cập:</translation>
    </message>
    <message>
        <source>Declaration (CT01)</source>
        <translation>Tờ khai (CT01)</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>e.g. Chủ hộ, Con, Vợ</source>
        <translation>ví dụ: Chủ hộ, Con, Vợ</translation>
    </message>
    <message>
        <source>4. &amp;ID number:</source>
        <translation>4. Số định &amp;danh cá nhân:</translation>
    </message>
    <message>
        <source>1. Full &amp;name:</source>
        <translation>1. Họ, chữ đệm và &amp;tên:</translation>
    </message>
    <message>
        <source>2. Date of &amp;birth:</source>
        <translation>2. Ngày, tháng, năm &amp;sinh:</translation>
    </message>
    <message>
        <source>3. &amp;Sex:</source>
        <translation>3. &amp;Giới tính:</translation>
    </message>
    <message>
        <source>5. &amp;Phone:</source>
        <translation>5. Số điện th&amp;oại:</translation>
    </message>
    <message>
        <source>6. &amp;Email:</source>
        <translation>6. &amp;Email:</translation>
    </message>
    <message>
        <source>7. Household &amp;head:</source>
        <translation>7. Họ tên &amp;chủ hộ:</translation>
    </message>
    <message>
        <source>8. Relationship to &amp;head:</source>
        <translation>8. &amp;Quan hệ với chủ hộ:</translation>
    </message>
    <message>
        <source>9. Head&apos;s ID n&amp;umber:</source>
        <translation>9. Số định danh của chủ h&amp;ộ:</translation>
    </message>
    <message>
        <source>10. Re&amp;quest:</source>
        <translation>10. Nội dung đề &amp;nghị:</translation>
    </message>
    <message>
        <source>S&amp;treet / hamlet:</source>
        <translation>Đườn&amp;g phố / thôn, xóm:</translation>
    </message>
    <message>
        <source>House n&amp;umber:</source>
        <translation>Số &amp;nhà:</translation>
    </message>
    <message>
        <source>Perio&amp;d:</source>
        <translation>Thời &amp;hạn:</translation>
    </message>
    <message>
        <source>Destinati&amp;on:</source>
        <translation>Nơi đế&amp;n:</translation>
    </message>
    <message>
        <source>Reas&amp;on:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>11. Household members changing together</source>
        <translation>11. Thành viên hộ gia đình cùng thay đổi</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Date of birth (dd/MM/yyyy)</source>
        <translation>Ngày sinh (dd/MM/yyyy)</translation>
    </message>
    <message>
        <source>Sex (M/F)</source>
        <translation>Giới tính (M/F)</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Quan hệ với chủ hộ</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>Thêm thà&amp;nh viên</translation>
    </message>
    <message>
        <source>Remo&amp;ve member</source>
        <translation>&amp;Xóa thành viên</translation>
    </message>
    <message>
        <source>Consent of the household head and of the owner</source>
        <translation>Ý kiến đồng ý của chủ hộ và chủ sở hữu chỗ ở</translation>
    </message>
    <message>
        <source>VNeID consent reference</source>
        <translation>Mã xác nhận đồng ý trên VNeID</translation>
    </message>
    <message>
        <source>Owner&apos;s full name</source>
        <translation>Họ tên chủ sở hữu</translation>
    </message>
    <message>
        <source>Owner&apos;s ID number</source>
        <translation>Số định danh của chủ sở hữu</translation>
    </message>
    <message>
        <source>Household h&amp;ead:</source>
        <translation>Chủ &amp;hộ:</translation>
    </message>
    <message>
        <source>O&amp;wner of the home:</source>
        <translation>Chủ sở hữ&amp;u chỗ ở:</translation>
    </message>
    <message>
        <source>Fee: &lt;b&gt;%1&lt;/b&gt; · Result due: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Lệ phí: &lt;b&gt;%1&lt;/b&gt; · Hẹn trả kết quả: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type the card&apos;s access number first: the last six digits of the ID number.</source>
        <translation>Hãy nhập số truy cập của thẻ trước: 6 số cuối của số định danh.</translation>
    </message>
    <message>
        <source>Read from the chip. Check the fields and complete the declaration.</source>
        <translation>Đã đọc từ chip. Kiểm tra các trường và hoàn thiện tờ khai.</translation>
    </message>
    <message>
        <source>Case %1 received; result due %2. Print the receipt (CT04) for the citizen: Ctrl+P.</source>
        <translation>Đã tiếp nhận hồ sơ %1; hẹn trả kết quả %2. In phiếu hẹn (CT04) cho công dân: Ctrl+P.</translation>
    </message>
    <message>
        <source>No card reader found. Connect the reader, or type the declaration.</source>
        <translation>Không tìm thấy đầu đọc thẻ. Hãy cắm đầu đọc, hoặc nhập tờ khai bằng tay.</translation>
    </message>
    <message>
        <source>Newborn, birth registered on:</source>
        <translation>Trẻ mới sinh, đăng ký khai sinh ngày:</translation>
    </message>
    <message>
        <source>Legal &amp;ground:</source>
        <translation>&amp;Căn cứ xóa:</translation>
    </message>
    <message>
        <source>— choose the ground —</source>
        <translation>— chọn căn cứ —</translation>
    </message>
    <message>
        <source>Birth registered (newborn, dd/MM/yyyy)</source>
        <translation>Ngày đăng ký khai sinh (trẻ mới sinh, dd/MM/yyyy)</translation>
    </message>
    <message>
        <source>Member %1: write the birth registration date as dd/MM/yyyy, or leave it empty.</source>
        <translation>Thành viên %1: ghi ngày đăng ký khai sinh theo dạng dd/MM/yyyy, hoặc để trống.</translation>
    </message>
</context>
<context>
    <name>motcua::residence::PersonRegistry</name>
    <message>
        <source>Enter at least the first three digits of the ID number.</source>
        <translation>Hãy nhập ít nhất ba chữ số đầu của số định danh cá nhân.</translation>
    </message>
    <message>
        <source>This person is not in the registry.</source>
        <translation>Người này không có trong sổ đăng ký.</translation>
    </message>
    <message>
        <source>The address is missing from the registry.</source>
        <translation>Địa chỉ không có trong sổ đăng ký.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; cannot be corrected.</source>
        <translation>Không thể điều chỉnh trường &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>motcua::residence::ProcedureCatalogue</name>
    <message>
        <source>Permanent residence registration</source>
        <translation>Đăng ký thường trú</translation>
    </message>
    <message>
        <source>Deletion of permanent residence</source>
        <translation>Xóa đăng ký thường trú</translation>
    </message>
    <message>
        <source>Household split</source>
        <translation>Tách hộ</translation>
    </message>
    <message>
        <source>Correction of residence data</source>
        <translation>Điều chỉnh thông tin về cư trú</translation>
    </message>
    <message>
        <source>Temporary residence registration</source>
        <translation>Đăng ký tạm trú</translation>
    </message>
    <message>
        <source>Extension of temporary residence</source>
        <translation>Gia hạn tạm trú</translation>
    </message>
    <message>
        <source>Deletion of temporary residence</source>
        <translation>Xóa đăng ký tạm trú</translation>
    </message>
    <message>
        <source>Temporary absence declaration</source>
        <translation>Khai báo tạm vắng</translation>
    </message>
    <message>
        <source>Confirmation of residence information</source>
        <translation>Xác nhận thông tin về cư trú</translation>
    </message>
    <message>
        <source>Declaration of residence information</source>
        <translation>Khai báo thông tin về cư trú</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
</context>
<context>
    <name>motcua::residence::RegistryPage</name>
    <message>
        <source>Permanent</source>
        <translation>Thường trú</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Tạm trú</translation>
    </message>
    <message>
        <source>Temporary absence</source>
        <translation>Tạm vắng</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Khai báo cư trú</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Name (with or without accents), ID number, or household number (HK-…)</source>
        <translation>Họ tên (có hoặc không dấu), số định danh, hoặc số hộ (HK-…)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hộ</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Số thành viên</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Quan hệ với chủ hộ</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã xóa ngày</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Còn (ngày)</translation>
    </message>
    <message>
        <source>Household &amp;members</source>
        <translation>&amp;Thành viên hộ</translation>
    </message>
    <message>
        <source>Membership &amp;history</source>
        <translation>&amp;Lịch sử thành viên</translation>
    </message>
    <message>
        <source>Residence &amp;records</source>
        <translation>&amp;Đăng ký cư trú</translation>
    </message>
    <message>
        <source>Temporary residence ending within 15 days</source>
        <translation>Tạm trú hết hạn trong 15 ngày tới</translation>
    </message>
    <message>
        <source>Nobody found for &quot;%1&quot;. Try fewer words or the ID number.</source>
        <translation>Không tìm thấy ai với &quot;%1&quot;. Hãy thử ít từ hơn hoặc tìm theo số định danh.</translation>
    </message>
</context>
<context>
    <name>motcua::residence::RegistryUpdater</name>
    <message>
        <source>%1 is already permanently registered at %2. The deletion of that registration comes first.</source>
        <translation>%1 đã đăng ký thường trú tại %2. Cần xóa đăng ký thường trú đó trước.</translation>
    </message>
    <message>
        <source>%1 is already permanently registered at this address.</source>
        <translation>%1 đã đăng ký thường trú tại địa chỉ này.</translation>
    </message>
    <message>
        <source>Enter the declarant&apos;s relationship to the household head.</source>
        <translation>Hãy nhập quan hệ của người kê khai với chủ hộ.</translation>
    </message>
    <message>
        <source>%1 is not in the registry.</source>
        <translation>%1 không có trong sổ đăng ký.</translation>
    </message>
    <message>
        <source>%1 has no permanent residence to delete.</source>
        <translation>%1 không có đăng ký thường trú để xóa.</translation>
    </message>
    <message>
        <source>%1 is not a member of this household.</source>
        <translation>%1 không phải thành viên của hộ này.</translation>
    </message>
    <message>
        <source>Nobody would stay in the household: this is not a split.</source>
        <translation>Không còn ai ở lại hộ: đây không phải là tách hộ.</translation>
    </message>
    <message>
        <source>The household head is leaving: choose a new head among the members who stay.</source>
        <translation>Chủ hộ rời khỏi hộ: hãy chọn chủ hộ mới trong số thành viên ở lại.</translation>
    </message>
    <message>
        <source>%1 already has a temporary residence until %2: ask for an extension instead.</source>
        <translation>%1 đang tạm trú đến %2: hãy làm thủ tục gia hạn tạm trú.</translation>
    </message>
    <message>
        <source>%1 has no temporary residence.</source>
        <translation>%1 không có đăng ký tạm trú.</translation>
    </message>
    <message>
        <source>An extension is filed in the last 15 days before the temporary residence ends (%1).</source>
        <translation>Gia hạn tạm trú được nộp trong 15 ngày trước khi hết hạn tạm trú (%1).</translation>
    </message>
    <message>
        <source>The new end must be after the current one and at most two years later.</source>
        <translation>Thời hạn mới phải sau thời hạn hiện tại và không quá hai năm.</translation>
    </message>
    <message>
        <source>permanent registration</source>
        <translation>đăng ký thường trú</translation>
    </message>
    <message>
        <source>The household to split is not in the registry.</source>
        <translation>Hộ cần tách không có trong sổ đăng ký.</translation>
    </message>
    <message>
        <source>household split</source>
        <translation>tách hộ</translation>
    </message>
    <message>
        <source>Enter the address the person is absent from.</source>
        <translation>Hãy nhập địa chỉ nơi người đó tạm vắng.</translation>
    </message>
    <message>
        <source>%1 is permanently registered in this commune (%2): temporary residence is registered only outside the commune of permanent residence.</source>
        <translation>%1 đã đăng ký thường trú tại xã, phường này (%2): chỉ đăng ký tạm trú ở ngoài xã, phường nơi đã đăng ký thường trú.</translation>
    </message>
</context>
<context>
    <name>motcua::residence::ResidenceDemo</name>
    <message>
        <source>The demo residence records need the working-day calendar.</source>
        <translation>Dữ liệu cư trú mẫu cần lịch ngày làm việc.</translation>
    </message>
</context>
<context>
    <name>motcua::residence::ResidenceModule</name>
    <message>
        <source>The residence module is not initialized.</source>
        <translation>Phân hệ cư trú chưa được khởi tạo.</translation>
    </message>
</context>
<context>
    <name>motcua::residence::ResidencePages</name>
    <message>
        <source>Residence: work queue</source>
        <translation>Cư trú: việc cần xử lý</translation>
    </message>
    <message>
        <source>Residence: new case</source>
        <translation>Cư trú: tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>Residence: case</source>
        <translation>Cư trú: hồ sơ</translation>
    </message>
    <message>
        <source>Residence: registry</source>
        <translation>Cư trú: tra cứu dân cư</translation>
    </message>
    <message>
        <source>Residence: accommodation notices</source>
        <translation>Cư trú: thông báo lưu trú</translation>
    </message>
</context>
<context>
    <name>motcua::residence::ResidenceRules</name>
    <message>
        <source>The birth of %1 cannot be registered before the date of birth.</source>
        <translation>Ngày đăng ký khai sinh của %1 không thể trước ngày sinh.</translation>
    </message>
    <message>
        <source>The birth registration date of %1 is in the future.</source>
        <translation>Ngày đăng ký khai sinh của %1 ở trong tương lai.</translation>
    </message>
    <message>
        <source>%1: permanent residence is registered %2 days after the birth registration (%3); the law asks for it within %4 days. The file is received; the late registration may be subject to an administrative penalty (Decree 282/2025/NĐ-CP).</source>
        <translation>%1: đăng ký thường trú sau %2 ngày kể từ ngày đăng ký khai sinh (%3); luật quy định trong thời hạn %4 ngày. Hồ sơ vẫn được tiếp nhận; việc đăng ký chậm có thể bị xử phạt vi phạm hành chính (Nghị định 282/2025/NĐ-CP).</translation>
    </message>
    <message>
        <source>Temporary residence is registered for living %1 days or more at the place (Law on Residence, art. 27); this stay is %2 days. A shorter stay is an accommodation notice.</source>
        <translation>Đăng ký tạm trú khi sinh sống tại chỗ ở từ %1 ngày trở lên (Điều 27 Luật Cư trú); thời gian ở này là %2 ngày. Thời gian ngắn hơn thì thông báo lưu trú.</translation>
    </message>
</context>
<context>
    <name>motcua::residence::ResidenceStore</name>
    <message>
        <source>The vault is not open; sensitive fields cannot be saved.</source>
        <translation>Kho mã hóa chưa mở; không thể lưu các trường nhạy cảm.</translation>
    </message>
    <message>
        <source>The vault is not open; sensitive fields cannot be read.</source>
        <translation>Kho mã hóa chưa mở; không thể đọc các trường nhạy cảm.</translation>
    </message>
</context>
<context>
    <name>motcua::residence::SigningSettingsPage</name>
    <message>
        <source>Residence signing</source>
        <translation>Ký số cư trú</translation>
    </message>
    <message>
        <source>Empty: the forms are printed without a digital signature</source>
        <translation>Để trống: các mẫu được in không có chữ ký số</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>Police unit&apos;s key</source>
        <translation>Khóa của đơn vị công an</translation>
    </message>
    <message>
        <source>PKCS#12 key files (*.p12 *.pfx)</source>
        <translation>Tệp khóa PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>CT03 to CT08 are signed with this key (PAdES) when an officer chooses &quot;Sign&quot; on the case page. The key&apos;s password is asked each time and never stored.</source>
        <translation>Các mẫu CT03 đến CT08 được ký số bằng khóa này (PAdES) khi cán bộ chọn &quot;Ký số&quot; trên trang hồ sơ. Mật khẩu khóa được hỏi mỗi lần và không bao giờ được lưu.</translation>
    </message>
    <message>
        <source>Police unit&apos;s &amp;key (PKCS#12):</source>
        <translation>&amp;Khóa của đơn vị công an (PKCS#12):</translation>
    </message>
</context>
<context>
    <name>motcua::residence::WorkQueuePage</name>
    <message>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>All open cases</source>
        <translation>Tất cả hồ sơ đang xử lý</translation>
    </message>
    <message>
        <source>All procedures</source>
        <translation>Tất cả thủ tục</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Refresh the list (F5)</source>
        <translation>Làm mới danh sách (F5)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Hiển thị:</translation>
    </message>
    <message>
        <source>&amp;Procedure:</source>
        <translation>&amp;Thủ tục:</translation>
    </message>
    <message>
        <source>O&amp;fficer:</source>
        <translation>&amp;Cán bộ:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; due today · &lt;b style=&apos;color:#b00020&apos;&gt;⚠ %2 overdue&lt;/b&gt; · %3 open</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; đến hạn hôm nay · &lt;b style=&apos;color:#b00020&apos;&gt;⚠ %2 quá hạn&lt;/b&gt; · %3 đang xử lý</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Tất cả cán bộ</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Tôi (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Hồ sơ</translation>
    </message>
</context>
<context>
    <name>motcua::residence::documents::FormRenderer</name>
    <message>
        <source>The template of form %1 is missing; ask the administrator to restore it.</source>
        <translation>Thiếu tệp mẫu của biểu mẫu %1; hãy báo quản trị viên khôi phục.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Không ghi được %1: %2. Hãy chọn thư mục khác.</translation>
    </message>
</context>
<context>
    <name>motcua::residence::documents::FormSigner</name>
    <message>
        <source>Form %1 is the declarant&apos;s declaration and is not signed by the police unit.</source>
        <translation>Mẫu %1 là tờ khai của người khai, công an không ký số mẫu này.</translation>
    </message>
</context>
<context>
    <name>motcua::residence::documents::ResidenceForms</name>
    <message>
        <source>CT01 – Declaration of change of residence information</source>
        <translation>CT01 – Tờ khai thay đổi thông tin cư trú</translation>
    </message>
    <message>
        <source>CT03 – Temporary absence declaration</source>
        <translation>CT03 – Phiếu khai báo tạm vắng</translation>
    </message>
    <message>
        <source>CT04 – Receipt and appointment</source>
        <translation>CT04 – Phiếu tiếp nhận hồ sơ và hẹn trả kết quả</translation>
    </message>
    <message>
        <source>CT05 – Request to complete the file</source>
        <translation>CT05 – Phiếu hướng dẫn bổ sung, hoàn thiện hồ sơ</translation>
    </message>
    <message>
        <source>CT06 – Refusal</source>
        <translation>CT06 – Phiếu từ chối tiếp nhận, giải quyết hồ sơ</translation>
    </message>
    <message>
        <source>CT07 – Confirmation of residence information</source>
        <translation>CT07 – Xác nhận thông tin về cư trú</translation>
    </message>
    <message>
        <source>CT08 – Notice of the result</source>
        <translation>CT08 – Thông báo kết quả giải quyết</translation>
    </message>
</context>
<context>
    <name>motcua::shell::AboutDialog</name>
    <message>
        <source>About Một Cửa Workstation</source>
        <translation>Giới thiệu Một Cửa Workstation</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <source>The desk application for one-stop public service counters.</source>
        <translation>Ứng dụng dành cho quầy tiếp nhận và trả kết quả theo cơ chế một cửa.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Xây dựng bằng</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>phạm vi công cộng</translation>
    </message>
    <message>
        <source>Included material</source>
        <translation>Tài nguyên kèm theo</translation>
    </message>
    <message>
        <source>Icons: KDE Breeze icon theme, LGPL-3.0 or later.</source>
        <translation>Biểu tượng: bộ biểu tượng KDE Breeze, giấy phép LGPL-3.0 hoặc mới hơn.</translation>
    </message>
    <message>
        <source>Administrative units of Vietnam: vietnamese-provinces-database by thanglequoc, MIT licence.</source>
        <translation>Đơn vị hành chính Việt Nam: vietnamese-provinces-database của thanglequoc, giấy phép MIT.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Giới thiệu &amp;Qt</translation>
    </message>
</context>
<context>
    <name>motcua::shell::CardStatusIndicator</name>
    <message>
        <source>Card service not running</source>
        <translation>Dịch vụ thẻ chưa chạy</translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation>Chưa có đầu đọc thẻ</translation>
    </message>
    <message>
        <source>Card reader ready</source>
        <translation>Đầu đọc thẻ sẵn sàng</translation>
    </message>
    <message>
        <source>Card on reader</source>
        <translation>Có thẻ trên đầu đọc</translation>
    </message>
    <message>
        <source>%1: card present</source>
        <translation>%1: có thẻ</translation>
    </message>
    <message>
        <source>%1: empty</source>
        <translation>%1: chưa có thẻ</translation>
    </message>
    <message>
        <source>The smart card service (pcscd) is not running. Start it or ask the administrator.</source>
        <translation>Dịch vụ thẻ thông minh (pcscd) không chạy. Hãy khởi động dịch vụ hoặc nhờ quản trị viên.</translation>
    </message>
    <message>
        <source>Connect a card reader.</source>
        <translation>Hãy cắm đầu đọc thẻ.</translation>
    </message>
</context>
<context>
    <name>motcua::shell::DiagnosticsDialog</name>
    <message>
        <source>Diagnostics</source>
        <translation>Chẩn đoán</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>&amp;Sao chép tất cả</translation>
    </message>
</context>
<context>
    <name>motcua::shell::DiagnosticsReport</name>
    <message>
        <source>found, not loaded</source>
        <translation>tìm thấy, chưa nạp</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>đã nạp</translation>
    </message>
    <message>
        <source>running</source>
        <translation>đang chạy</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>bỏ qua</translation>
    </message>
    <message>
        <source>Một Cửa Workstation diagnostics, %1</source>
        <translation>Thông tin chẩn đoán Một Cửa Workstation, %1</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Ứng dụng</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Hệ điều hành</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <source>No modules were found.</source>
        <translation>Không tìm thấy mô-đun nào.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Tệp: %1</translation>
    </message>
    <message>
        <source>Plugin folders</source>
        <translation>Thư mục plugin</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Tệp cài đặt</translation>
    </message>
    <message>
        <source>Schema version of %1</source>
        <translation>Phiên bản lược đồ của %1</translation>
    </message>
    <message>
        <source>Card readers</source>
        <translation>Đầu đọc thẻ</translation>
    </message>
    <message>
        <source>PC/SC service</source>
        <translation>Dịch vụ PC/SC</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>card present</source>
        <translation>có thẻ</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>chưa có thẻ</translation>
    </message>
    <message>
        <source>not monitored</source>
        <translation>không theo dõi</translation>
    </message>
</context>
<context>
    <name>motcua::shell::GeneralSettingsPage</name>
    <message>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <source>A new language applies when the application starts again.</source>
        <translation>Ngôn ngữ mới được áp dụng khi khởi động lại ứng dụng.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>Only an administrator can change this.</source>
        <translation>Chỉ quản trị viên mới thay đổi được mục này.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Khóa màn hình khi không dùng sau:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Cơ sở dữ liệu:</translation>
    </message>
</context>
<context>
    <name>motcua::shell::HomePage</name>
    <message>
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Chủ Nhật</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Xin chào, %1</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Máy trạm này</translation>
    </message>
    <message>
        <source>Workstation:</source>
        <translation>Máy trạm:</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>Cơ quan:</translation>
    </message>
    <message>
        <source>Commune:</source>
        <translation>Xã, phường:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Người dùng:</translation>
    </message>
    <message>
        <source>Modules running:</source>
        <translation>Mô-đun đang chạy:</translation>
    </message>
    <message>
        <source>Pages for you:</source>
        <translation>Các trang bạn được dùng:</translation>
    </message>
    <message>
        <source>No module pages are available to you. Help → Diagnostics shows which modules are installed.</source>
        <translation>Chưa có trang mô-đun nào dành cho bạn. Vào Trợ giúp → Chẩn đoán để xem các mô-đun đã cài.</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Bắt đầu làm việc</translation>
    </message>
</context>
<context>
    <name>motcua::shell::IdentityPanel</name>
    <message>
        <source>Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>Số định danh:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Ngày sinh:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Giới tính:</translation>
    </message>
    <message>
        <source>Place of residence:</source>
        <translation>Nơi cư trú:</translation>
    </message>
    <message>
        <source>Card valid until:</source>
        <translation>Thẻ có giá trị đến:</translation>
    </message>
    <message>
        <source>No portrait</source>
        <translation>Không có ảnh</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Không thời hạn</translation>
    </message>
    <message>
        <source>⚠ This card expired on %1. Ask for a valid document.</source>
        <translation>⚠ Thẻ này đã hết hạn từ ngày %1. Đề nghị xuất trình giấy tờ còn giá trị.</translation>
    </message>
</context>
<context>
    <name>motcua::shell::LockScreen</name>
    <message>
        <source>This workstation is locked</source>
        <translation>Máy trạm đang khóa</translation>
    </message>
    <message>
        <source>Your open work is kept. Enter your password to continue.</source>
        <translation>Công việc đang mở vẫn được giữ nguyên. Hãy nhập mật khẩu để tiếp tục.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Mở &amp;khóa</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>Đổi &amp;người dùng</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Đang đăng nhập: %1 (%2)</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
</context>
<context>
    <name>motcua::shell::LoginDialog</name>
    <message>
        <source>Sign in – Một Cửa Workstation</source>
        <translation>Đăng nhập – Một Cửa Workstation</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Hãy nhập tên đăng nhập.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
</context>
<context>
    <name>motcua::shell::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>&amp;Khóa màn hình</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>Đổi &amp;người dùng</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Chẩn đoán</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <source>This page could not be opened. Help → Diagnostics may tell why.</source>
        <translation>Không mở được trang này. Vào Trợ giúp → Chẩn đoán để xem nguyên nhân.</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Đổi người dùng</translation>
    </message>
    <message>
        <source>Sign %1 out? Work on the open pages that was not saved will be lost.</source>
        <translation>Đăng xuất %1? Nội dung chưa lưu trên các trang đang mở sẽ bị mất.</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Quit while %1 is away? Work on the open pages that was not saved will be lost.</source>
        <translation>Thoát khi %1 đang vắng mặt? Nội dung chưa lưu trên các trang đang mở sẽ bị mất.</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Thẻ</translation>
    </message>
    <message>
        <source>&amp;Read chip ID card…</source>
        <translation>Đọc thẻ căn cước gắn &amp;chip…</translation>
    </message>
</context>
<context>
    <name>motcua::shell::PasswordField</name>
    <message>
        <source>Show password</source>
        <translation>Hiện mật khẩu</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Ẩn mật khẩu</translation>
    </message>
</context>
<context>
    <name>motcua::shell::ReadCardDialog</name>
    <message>
        <source>Read chip ID card</source>
        <translation>Đọc thẻ căn cước gắn chip</translation>
    </message>
    <message>
        <source>Last 6 digits of the ID number</source>
        <translation>6 chữ số cuối của số định danh</translation>
    </message>
    <message>
        <source>&amp;Read card</source>
        <translation>Đọc &amp;thẻ</translation>
    </message>
    <message>
        <source>&amp;Access number:</source>
        <translation>Số &amp;truy cập:</translation>
    </message>
    <message>
        <source>Put the card on the reader and enter its access number.</source>
        <translation>Đặt thẻ lên đầu đọc và nhập số truy cập của thẻ.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>Đã hủy đọc thẻ.</translation>
    </message>
    <message>
        <source>The access number has 6 digits: the last six digits of the 12-digit ID number.</source>
        <translation>Số truy cập gồm 6 chữ số: là 6 chữ số cuối của số định danh 12 chữ số.</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Đang đọc thẻ…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <source>The card was read and its chip verified.</source>
        <translation>Đã đọc thẻ và xác thực chip thành công.</translation>
    </message>
    <message>
        <source>The card was read, but it could not be fully verified.</source>
        <translation>Đã đọc thẻ nhưng chưa xác thực được đầy đủ.</translation>
    </message>
</context>
<context>
    <name>motcua::shell::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>motcua::shell::SetupAdminPage</name>
    <message>
        <source>First administrator</source>
        <translation>Quản trị viên đầu tiên</translation>
    </message>
    <message>
        <source>This account manages the workstation and creates the accounts of the other staff.</source>
        <translation>Tài khoản này quản lý máy trạm và tạo tài khoản cho các cán bộ khác.</translation>
    </message>
    <message>
        <source>For example: admin</source>
        <translation>Ví dụ: admin</translation>
    </message>
    <message>
        <source>For example: Nguyễn Văn An</source>
        <translation>Ví dụ: Nguyễn Văn An</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Mật khẩu cần có ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>The two passwords are different. Type the same password twice.</source>
        <translation>Hai mật khẩu không giống nhau. Hãy nhập cùng một mật khẩu hai lần.</translation>
    </message>
</context>
<context>
    <name>motcua::shell::SetupPlacePage</name>
    <message>
        <source>This workstation</source>
        <translation>Máy trạm này</translation>
    </message>
    <message>
        <source>Name this computer and say which office it serves. You can find the province and commune by typing part of the name.</source>
        <translation>Đặt tên cho máy tính này và cho biết máy phục vụ cơ quan nào. Có thể tìm tỉnh, xã bằng cách gõ một phần tên.</translation>
    </message>
    <message>
        <source>For example: Desk 1</source>
        <translation>Ví dụ: Quầy số 1</translation>
    </message>
    <message>
        <source>For example: People&apos;s Committee of Ba Đình Ward</source>
        <translation>Ví dụ: Ủy ban nhân dân phường Ba Đình</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Gõ để tìm</translation>
    </message>
    <message>
        <source>Choose the province first</source>
        <translation>Hãy chọn tỉnh, thành phố trước</translation>
    </message>
    <message>
        <source>&amp;Workstation name:</source>
        <translation>Tên &amp;máy trạm:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Cơ quan:</translation>
    </message>
    <message>
        <source>&amp;Province or city:</source>
        <translation>Tỉnh, thành &amp;phố:</translation>
    </message>
    <message>
        <source>&amp;Commune or ward:</source>
        <translation>&amp;Xã, phường:</translation>
    </message>
    <message>
        <source>The list of provinces could not be loaded. Reinstall the application.</source>
        <translation>Không nạp được danh sách tỉnh, thành phố. Hãy cài đặt lại ứng dụng.</translation>
    </message>
</context>
<context>
    <name>motcua::shell::SetupSummaryPage</name>
    <message>
        <source>Ready to create</source>
        <translation>Sẵn sàng thiết lập</translation>
    </message>
    <message>
        <source>Check the details. Press Create to set up the workstation.</source>
        <translation>Hãy kiểm tra lại thông tin. Bấm Tạo để thiết lập máy trạm.</translation>
    </message>
    <message>
        <source>Workstation:</source>
        <translation>Máy trạm:</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>Cơ quan:</translation>
    </message>
    <message>
        <source>Commune or ward:</source>
        <translation>Xã, phường:</translation>
    </message>
    <message>
        <source>Province or city:</source>
        <translation>Tỉnh, thành phố:</translation>
    </message>
    <message>
        <source>Administrator:</source>
        <translation>Quản trị viên:</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Tệp cơ sở dữ liệu:</translation>
    </message>
</context>
<context>
    <name>motcua::shell::SetupWizard</name>
    <message>
        <source>Set up Một Cửa Workstation</source>
        <translation>Thiết lập Một Cửa Workstation</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Tạo</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp theo &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>motcua::shell::ShellController</name>
    <message>
        <source>Một Cửa Workstation</source>
        <translation>Một Cửa Workstation</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
</context>
<context>
    <name>motcua::shell::SystemInfo</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (xây dựng với %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
</context>
<context>
    <name>motcua::shell::VerdictBadge</name>
    <message>
        <source>No card read yet</source>
        <translation>Chưa đọc thẻ</translation>
    </message>
    <message>
        <source>Chip verified</source>
        <translation>Đã xác thực chip</translation>
    </message>
    <message>
        <source>Not chip-verified (QR code or typed)</source>
        <translation>Chưa xác thực chip (mã QR hoặc nhập tay)</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>Xác thực không thành công</translation>
    </message>
    <message>
        <source>Chip data intact; issuer certificate not in the trust store</source>
        <translation>Dữ liệu chip nguyên vẹn; chứng thư cơ quan cấp chưa có trong kho tin cậy</translation>
    </message>
</context>
<context>
    <name>motcua::sign</name>
    <message>
        <source>The signature scheme does not fit the key.</source>
        <translation>Thuật toán chữ ký không phù hợp với khóa.</translation>
    </message>
    <message>
        <source>Cannot build the signature.</source>
        <translation>Không tạo được chữ ký.</translation>
    </message>
    <message>
        <source>Cannot add the time-stamp.</source>
        <translation>Không thêm được dấu thời gian.</translation>
    </message>
    <message>
        <source>There is no certificate to sign with.</source>
        <translation>Không có chứng thư số để ký.</translation>
    </message>
    <message>
        <source>The signing certificate expired on %1. Renew it before signing.</source>
        <translation>Chứng thư số dùng để ký đã hết hạn từ ngày %1. Hãy gia hạn chứng thư trước khi ký.</translation>
    </message>
    <message>
        <source>The signing certificate is not valid before %1. Check the computer&apos;s clock.</source>
        <translation>Chứng thư số dùng để ký chỉ có hiệu lực từ %1. Hãy kiểm tra đồng hồ của máy tính.</translation>
    </message>
    <message>
        <source>This certificate is not meant for signing.</source>
        <translation>Chứng thư số này không dùng để ký.</translation>
    </message>
    <message>
        <source>The signature data is damaged.</source>
        <translation>Dữ liệu chữ ký bị hỏng.</translation>
    </message>
    <message>
        <source>The document was changed after it was signed, or the signature is damaged.</source>
        <translation>Tài liệu đã bị sửa sau khi ký, hoặc chữ ký bị hỏng.</translation>
    </message>
    <message>
        <source>No trusted root certificate was given to check the signer.</source>
        <translation>Chưa có chứng thư gốc tin cậy để kiểm tra người ký.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate does not lead to a trusted root.</source>
        <translation>Chứng thư số của người ký không dẫn về chứng thư gốc tin cậy nào.</translation>
    </message>
    <message>
        <source>The file is empty; it is not a PDF document.</source>
        <translation>Tệp rỗng, không phải tài liệu PDF.</translation>
    </message>
    <message>
        <source>The file is not a PDF document.</source>
        <translation>Tệp không phải tài liệu PDF.</translation>
    </message>
    <message>
        <source>The PDF document is encrypted. Ask for a copy without a password.</source>
        <translation>Tài liệu PDF đã được mã hóa. Hãy đề nghị cung cấp bản không đặt mật khẩu.</translation>
    </message>
    <message>
        <source>The PDF document has no pages.</source>
        <translation>Tài liệu PDF không có trang nào.</translation>
    </message>
    <message>
        <source>The PDF document is damaged and cannot be read.</source>
        <translation>Tài liệu PDF bị hỏng, không đọc được.</translation>
    </message>
    <message>
        <source>The PDF document is damaged and cannot be signed.</source>
        <translation>Tài liệu PDF bị hỏng, không ký được.</translation>
    </message>
    <message>
        <source>The signature font is missing: %1.</source>
        <translation>Thiếu phông chữ dùng cho chữ ký: %1.</translation>
    </message>
    <message>
        <source>The signature font cannot be prepared.</source>
        <translation>Không chuẩn bị được phông chữ dùng cho chữ ký.</translation>
    </message>
    <message>
        <source>Signed by: %1</source>
        <translation>Người ký: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Ngày ký: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Nơi ký: %1</translation>
    </message>
    <message>
        <source>The document has no page %1 for the signature.</source>
        <translation>Tài liệu không có trang %1 để đặt chữ ký.</translation>
    </message>
    <message>
        <source>The signature box is too small.</source>
        <translation>Khung chữ ký quá nhỏ.</translation>
    </message>
    <message>
        <source>The signature is larger than the space kept for it.</source>
        <translation>Chữ ký lớn hơn vùng dành sẵn cho nó.</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>Không mở được %1.</translation>
    </message>
    <message>
        <source>Cannot save the signed document to %1. Check the free disk space.</source>
        <translation>Không lưu được tài liệu đã ký vào %1. Hãy kiểm tra dung lượng ổ đĩa còn trống.</translation>
    </message>
    <message>
        <source>The signature&apos;s byte range is damaged.</source>
        <translation>Vùng byte (ByteRange) của chữ ký bị hỏng.</translation>
    </message>
    <message>
        <source>Cannot open a session on the token.</source>
        <translation>Không mở được phiên làm việc với token.</translation>
    </message>
    <message>
        <source>The token holds no signing key.</source>
        <translation>Token không có khóa ký nào.</translation>
    </message>
    <message>
        <source>The token holds no key labelled &quot;%1&quot;.</source>
        <translation>Token không có khóa nào có nhãn &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The token holds no certificate for its signing key.</source>
        <translation>Token không có chứng thư số cho khóa ký.</translation>
    </message>
    <message>
        <source>The token cannot sign with this key.</source>
        <translation>Token không ký được bằng khóa này.</translation>
    </message>
    <message>
        <source>The token failed to sign.</source>
        <translation>Token ký không thành công.</translation>
    </message>
    <message>
        <source>Cannot load the token driver %1.</source>
        <translation>Không nạp được trình điều khiển token %1.</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#11 token driver.</source>
        <translation>%1 không phải trình điều khiển token PKCS#11.</translation>
    </message>
    <message>
        <source>The token driver failed to start.</source>
        <translation>Trình điều khiển token không khởi động được.</translation>
    </message>
    <message>
        <source>The token driver cannot list its slotIds.</source>
        <translation>Trình điều khiển token không liệt kê được các khe (slotId).</translation>
    </message>
    <message>
        <source>No token labelled &quot;%1&quot; is plugged in. Plug it in and try again.</source>
        <translation>Chưa cắm token có nhãn &quot;%1&quot;. Hãy cắm token rồi thử lại.</translation>
    </message>
    <message>
        <source>The token&apos;s PIN is locked. Ask the administrator to unlock it with the PUK.</source>
        <translation>PIN của token đã bị khóa. Hãy nhờ quản trị viên mở khóa bằng mã PUK.</translation>
    </message>
    <message>
        <source>The token refused the sign-in.</source>
        <translation>Token từ chối đăng nhập.</translation>
    </message>
    <message>
        <source>Wrong PIN. One try remains before the token locks.</source>
        <translation>Sai PIN. Chỉ còn một lần thử trước khi token bị khóa.</translation>
    </message>
    <message>
        <source>Wrong PIN. Only a few tries remain before the token locks.</source>
        <translation>Sai PIN. Chỉ còn vài lần thử trước khi token bị khóa.</translation>
    </message>
    <message>
        <source>Wrong PIN. The token does not say how many tries remain; type it carefully.</source>
        <translation>Sai PIN. Token không cho biết còn bao nhiêu lần thử; hãy nhập thật cẩn thận.</translation>
    </message>
    <message>
        <source>Cannot open the key file %1.</source>
        <translation>Không mở được tệp khóa %1.</translation>
    </message>
    <message>
        <source>The key file is not a PKCS#12 file.</source>
        <translation>Tệp khóa không phải tệp PKCS#12.</translation>
    </message>
    <message>
        <source>Wrong password for the key file. Type it again.</source>
        <translation>Sai mật khẩu của tệp khóa. Hãy nhập lại.</translation>
    </message>
    <message>
        <source>The key file cannot be read (its encryption may be too old). Export it again.</source>
        <translation>Không đọc được tệp khóa (có thể do cách mã hóa quá cũ). Hãy xuất lại tệp khóa.</translation>
    </message>
    <message>
        <source>The key file holds no key with its certificate.</source>
        <translation>Tệp khóa không chứa khóa kèm chứng thư số.</translation>
    </message>
    <message>
        <source>The key cannot sign.</source>
        <translation>Khóa này không dùng để ký được.</translation>
    </message>
    <message>
        <source>The key cannot sign with RSA-PSS.</source>
        <translation>Khóa này không ký được bằng RSA-PSS.</translation>
    </message>
    <message>
        <source>Signing failed.</source>
        <translation>Ký không thành công.</translation>
    </message>
    <message>
        <source>Valid signature</source>
        <translation>Chữ ký hợp lệ</translation>
    </message>
    <message>
        <source>Invalid signature</source>
        <translation>Chữ ký không hợp lệ</translation>
    </message>
    <message>
        <source>Intact, but the signer is not trusted</source>
        <translation>Tài liệu nguyên vẹn, nhưng người ký không thuộc nguồn tin cậy</translation>
    </message>
    <message>
        <source>The time-stamp server did not answer. Check the network or the time-stamp address.</source>
        <translation>Máy chủ cấp dấu thời gian không phản hồi. Hãy kiểm tra kết nối mạng hoặc địa chỉ máy chủ.</translation>
    </message>
    <message>
        <source>The time-stamp server sent an unreadable answer.</source>
        <translation>Máy chủ cấp dấu thời gian gửi phản hồi không đọc được.</translation>
    </message>
    <message>
        <source>The time-stamp server refused the request.</source>
        <translation>Máy chủ cấp dấu thời gian từ chối yêu cầu.</translation>
    </message>
    <message>
        <source>The time-stamp server sent no token.</source>
        <translation>Máy chủ cấp dấu thời gian không gửi dấu thời gian về.</translation>
    </message>
    <message>
        <source>The time-stamp does not belong to this signature; it was not used.</source>
        <translation>Dấu thời gian không thuộc chữ ký này nên không được sử dụng.</translation>
    </message>
</context>
<context>
    <name>motcua::statistics::ChartExport</name>
    <message>
        <source>The chart could not be saved to %1. Check the folder and try again.</source>
        <translation>Không lưu được biểu đồ vào %1. Hãy kiểm tra thư mục rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>motcua::statistics::CsvReader</name>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>một trường có dấu ngoặc kép chưa được đóng trước khi hết tệp</translation>
    </message>
    <message>
        <source>too many columns</source>
        <translation>thừa cột</translation>
    </message>
    <message>
        <source>unexpected character after a closing quote</source>
        <translation>có ký tự không hợp lệ sau dấu ngoặc kép đóng</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>có dấu ngoặc kép bên trong trường không đặt trong ngoặc kép</translation>
    </message>
    <message>
        <source>a field is longer than %1 bytes</source>
        <translation>có trường dài quá %1 byte</translation>
    </message>
</context>
<context>
    <name>motcua::statistics::DashboardCharts</name>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Ethnic groups</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Religions</source>
        <translation>Tôn giáo</translation>
    </message>
    <message>
        <source>Residence type</source>
        <translation>Loại cư trú</translation>
    </message>
    <message>
        <source>Chip cards issued by year</source>
        <translation>Thẻ căn cước gắn chip đã cấp theo năm</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Thường trú</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Tạm trú</translation>
    </message>
    <message>
        <source>Cards issued</source>
        <translation>Thẻ đã cấp</translation>
    </message>
    <message>
        <source>Age pyramid (male left, female right)</source>
        <translation>Tháp dân số (nam bên trái, nữ bên phải)</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>dưới %1</translation>
    </message>
</context>
<context>
    <name>motcua::statistics::DashboardPage</name>
    <message>
        <source>Whole country</source>
        <translation>Toàn quốc</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Tỉnh, thành phố:</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Xã, phường:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>Tính đến &amp;ngày:</translation>
    </message>
    <message>
        <source>&amp;Import residents…</source>
        <translation>Nhập &amp;dữ liệu dân cư…</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Báo cáo (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Tables (XLSX)…</source>
        <translation>Bảng &amp;số liệu (XLSX)…</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Nhân khẩu</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Hộ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Chip card holders</source>
        <translation>Người có thẻ gắn chip</translation>
    </message>
    <message>
        <source>C&amp;lear filter</source>
        <translation>Bỏ &amp;lọc</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Lưu biểu đồ dạng PNG…</translation>
    </message>
    <message>
        <source>Save chart as SVG…</source>
        <translation>Lưu biểu đồ dạng SVG…</translation>
    </message>
    <message>
        <source>Save chart as PDF…</source>
        <translation>Lưu biểu đồ dạng PDF…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Lưu biểu đồ</translation>
    </message>
    <message>
        <source>All communes</source>
        <translation>Tất cả xã, phường</translation>
    </message>
    <message>
        <source>female</source>
        <translation>nữ</translation>
    </message>
    <message>
        <source>male</source>
        <translation>nam</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>độ tuổi %1</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>tạm trú</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>thường trú</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Bộ lọc: %1</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>population-report.pdf</source>
        <translation>bao-cao-dan-cu.pdf</translation>
    </message>
    <message>
        <source>Save tables</source>
        <translation>Lưu bảng số liệu</translation>
    </message>
    <message>
        <source>population-tables.xlsx</source>
        <translation>bang-so-lieu-dan-cu.xlsx</translation>
    </message>
    <message>
        <source>Import residents</source>
        <translation>Nhập dữ liệu dân cư</translation>
    </message>
    <message>
        <source>Resident files (*.csv)</source>
        <translation>Tệp dữ liệu dân cư (*.csv)</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Đang cập nhật…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất dữ liệu</translation>
    </message>
</context>
<context>
    <name>motcua::statistics::ImportDialog</name>
    <message>
        <source>Importing residents</source>
        <translation>Đang nhập dữ liệu dân cư</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Không đọc được tệp %1.</translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation>Đã đọc %1 dòng</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Tệp: %1</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>Cancelling… nothing from this file will be stored.</source>
        <translation>Đang hủy… không lưu dữ liệu nào từ tệp này.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>(about %1 s left)</source>
        <translation>(còn khoảng %1 giây)</translation>
    </message>
    <message>
        <source>(about %1 min left)</source>
        <translation>(còn khoảng %1 phút)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Done: %1 residents imported.</source>
        <translation>Xong: đã nhập %1 nhân khẩu.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>Đã hủy nhập dữ liệu; không có gì được lưu.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were rejected, so nothing was stored. Correct the file and import it again.</source>
        <translation>
            <numerusform>%n dòng bị từ chối nên không có gì được lưu. Hãy sửa tệp rồi nhập lại.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… và %n dòng khác.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::statistics::PopulationStore</name>
    <message>
        <source>The statistics tables need an SQLite database.</source>
        <translation>Các bảng thống kê cần cơ sở dữ liệu SQLite.</translation>
    </message>
    <message>
        <source>The vault is not open, so residents cannot be stored.</source>
        <translation>Kho bảo mật chưa mở nên không lưu được dữ liệu nhân khẩu.</translation>
    </message>
    <message>
        <source>The statistics tables are missing or damaged.</source>
        <translation>Các bảng thống kê bị thiếu hoặc bị hỏng.</translation>
    </message>
    <message>
        <source>A resident could not be removed from the statistics.</source>
        <translation>Không xóa được một nhân khẩu khỏi số liệu thống kê.</translation>
    </message>
    <message>
        <source>A resident could not be stored.</source>
        <translation>Không lưu được một nhân khẩu.</translation>
    </message>
    <message>
        <source>The population counts could not be updated.</source>
        <translation>Không cập nhật được số liệu dân số.</translation>
    </message>
    <message>
        <source>The population counts could not be rebuilt.</source>
        <translation>Không tính lại được số liệu dân số.</translation>
    </message>
</context>
<context>
    <name>motcua::statistics::ReportWriter</name>
    <message>
        <source>Population report</source>
        <translation>Báo cáo dân cư</translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>Không ghi được báo cáo vào %1.</translation>
    </message>
    <message>
        <source>%1 — as of %2</source>
        <translation>%1 — tính đến ngày %2</translation>
    </message>
    <message>
        <source>Residents: %1</source>
        <translation>Nhân khẩu: %1</translation>
    </message>
    <message>
        <source>Households: %1</source>
        <translation>Hộ: %1</translation>
    </message>
    <message>
        <source>Male: %1</source>
        <translation>Nam: %1</translation>
    </message>
    <message>
        <source>Female: %1</source>
        <translation>Nữ: %1</translation>
    </message>
    <message>
        <source>Chip cards: %1</source>
        <translation>Thẻ gắn chip: %1</translation>
    </message>
    <message>
        <source>Groups with fewer than 5 residents are merged or withheld for privacy.</source>
        <translation>Để bảo vệ thông tin cá nhân, các nhóm dưới 5 người được gộp lại hoặc không công bố.</translation>
    </message>
</context>
<context>
    <name>motcua::statistics::ResidentImporter</name>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp rỗng.</translation>
    </message>
    <message>
        <source>Line 1: the header is wrong: %1</source>
        <translation>Dòng 1: dòng tiêu đề không đúng: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>Đã hủy việc nhập; chưa có dữ liệu nào được lưu.</translation>
    </message>
    <message>
        <source>id_number is already in the database or earlier in the file.</source>
        <translation>id_number đã có trong cơ sở dữ liệu hoặc ở dòng trước trong tệp.</translation>
    </message>
    <message>
        <source>The residents could not be stored.</source>
        <translation>Không lưu được dữ liệu nhân khẩu.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were rejected, so nothing was stored. Correct them, or import with --partial.</source>
        <translation>
            <numerusform>Có %n dòng bị loại nên chưa có dữ liệu nào được lưu. Hãy sửa các dòng đó, hoặc nhập với tùy chọn --partial.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::statistics::ResidentValidator</name>
    <message>
        <source>The column &quot;%1&quot; is not part of the format and is ignored.</source>
        <translation>Cột &quot;%1&quot; không thuộc định dạng nên được bỏ qua.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice in the header.</source>
        <translation>Cột &quot;%1&quot; xuất hiện hai lần trong dòng tiêu đề.</translation>
    </message>
    <message>
        <source>The header lacks the columns: %1.</source>
        <translation>Dòng tiêu đề thiếu các cột: %1.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>Dòng này có %1 trường; dòng tiêu đề có %2.</translation>
    </message>
    <message>
        <source>id_number must be exactly 12 digits.</source>
        <translation>id_number phải có đúng 12 chữ số.</translation>
    </message>
    <message>
        <source>full_name is empty.</source>
        <translation>full_name đang để trống.</translation>
    </message>
    <message>
        <source>full_name is not valid UTF-8.</source>
        <translation>full_name không phải UTF-8 hợp lệ.</translation>
    </message>
    <message>
        <source>date_of_birth is not a real date in the form YYYY-MM-DD.</source>
        <translation>date_of_birth không phải ngày có thật theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>date_of_birth is in the future.</source>
        <translation>date_of_birth là ngày trong tương lai.</translation>
    </message>
    <message>
        <source>sex must be M or F.</source>
        <translation>sex phải là M hoặc F.</translation>
    </message>
    <message>
        <source>ethnicity is empty.</source>
        <translation>ethnicity đang để trống.</translation>
    </message>
    <message>
        <source>religion is empty.</source>
        <translation>religion đang để trống.</translation>
    </message>
    <message>
        <source>province_code must be 2 digits.</source>
        <translation>province_code phải gồm 2 chữ số.</translation>
    </message>
    <message>
        <source>ward_code must be 5 digits.</source>
        <translation>ward_code phải gồm 5 chữ số.</translation>
    </message>
    <message>
        <source>ward_code %1 does not exist.</source>
        <translation>Không có ward_code %1.</translation>
    </message>
    <message>
        <source>province_code %1 does not exist.</source>
        <translation>Không có province_code %1.</translation>
    </message>
    <message>
        <source>ward_code %1 does not belong to province %2.</source>
        <translation>ward_code %1 không thuộc tỉnh %2.</translation>
    </message>
    <message>
        <source>residence_type must be permanent or temporary.</source>
        <translation>residence_type phải là permanent hoặc temporary.</translation>
    </message>
    <message>
        <source>household_id is empty.</source>
        <translation>household_id đang để trống.</translation>
    </message>
    <message>
        <source>card_issued is not a real date in the form YYYY-MM-DD.</source>
        <translation>card_issued không phải ngày có thật theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>card_issued is in the future.</source>
        <translation>card_issued là ngày trong tương lai.</translation>
    </message>
    <message>
        <source>card_issued is before date_of_birth.</source>
        <translation>card_issued có trước date_of_birth.</translation>
    </message>
</context>
<context>
    <name>motcua::statistics::StatisticsModule</name>
    <message>
        <source>Population</source>
        <translation>Dân cư</translation>
    </message>
</context>
<context>
    <name>motcua::statistics::StatsCommands</name>
    <message>
        <source>  stats generate --residents N --seed S --out FILE.csv      synthetic residents
  stats import --db PATH FILE.csv [--partial] [--json]       import a resident file
  stats summary --db PATH [--province CODE] [--ward CODE] [--as-of YYYY-MM-DD] --json</source>
        <translation>  stats generate --residents N --seed S --out FILE.csv      tạo dữ liệu dân cư giả lập
  stats import --db PATH FILE.csv [--partial] [--json]       nhập tệp dữ liệu dân cư
  stats summary --db PATH [--province CODE] [--ward CODE] [--as-of YYYY-MM-DD] --json</translation>
    </message>
    <message>
        <source>Number of residents.</source>
        <translation>Số nhân khẩu.</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same file.</source>
        <translation>Hạt giống ngẫu nhiên; cùng một giá trị sẽ cho cùng một tệp.</translation>
    </message>
    <message>
        <source>CSV file to write.</source>
        <translation>Tệp CSV cần ghi ra.</translation>
    </message>
    <message>
        <source>stats generate needs --residents N, --seed S and --out FILE.</source>
        <translation>stats generate cần --residents N, --seed S và --out FILE.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <source>Store the valid rows even when some are rejected.</source>
        <translation>Vẫn lưu các dòng hợp lệ khi có dòng bị loại.</translation>
    </message>
    <message>
        <source>Resident CSV file.</source>
        <translation>Tệp CSV dữ liệu dân cư.</translation>
    </message>
    <message>
        <source>stats import needs --db PATH and one CSV file.</source>
        <translation>stats import cần --db PATH và một tệp CSV.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Không đọc được %1.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <source>%1 imported, %2 rejected
</source>
        <translation>Đã nhập %1, loại bỏ %2
</translation>
    </message>
    <message>
        <source>2-digit province code.</source>
        <translation>Mã tỉnh gồm 2 chữ số.</translation>
    </message>
    <message>
        <source>5-digit commune or ward code.</source>
        <translation>Mã xã, phường gồm 5 chữ số.</translation>
    </message>
    <message>
        <source>Date on which ages are counted (default today).</source>
        <translation>Ngày dùng để tính tuổi (mặc định là hôm nay).</translation>
    </message>
    <message>
        <source>stats summary needs --db PATH.</source>
        <translation>stats summary cần --db PATH.</translation>
    </message>
    <message>
        <source>--province needs a 2-digit code.</source>
        <translation>--province cần mã gồm 2 chữ số.</translation>
    </message>
    <message>
        <source>--ward needs a 5-digit code.</source>
        <translation>--ward cần mã gồm 5 chữ số.</translation>
    </message>
    <message>
        <source>--as-of needs a real date in the form YYYY-MM-DD.</source>
        <translation>--as-of cần một ngày có thật theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Residents: %1
</source>
        <translation>Nhân khẩu: %1
</translation>
    </message>
</context>
<context>
    <name>motcua::statistics::SummaryQuery</name>
    <message>
        <source>There is no province with this code.</source>
        <translation>Không có tỉnh, thành phố nào có mã này.</translation>
    </message>
    <message>
        <source>There is no ward or commune with this code.</source>
        <translation>Không có xã, phường nào có mã này.</translation>
    </message>
    <message>
        <source>The ward does not belong to the province.</source>
        <translation>Xã, phường này không thuộc tỉnh, thành phố đã chọn.</translation>
    </message>
    <message>
        <source>The statistics tables need an SQLite database.</source>
        <translation>Các bảng thống kê cần cơ sở dữ liệu SQLite.</translation>
    </message>
    <message>
        <source>The statistics tables are missing or damaged.</source>
        <translation>Các bảng thống kê bị thiếu hoặc bị hỏng.</translation>
    </message>
</context>
<context>
    <name>motcua::statistics::SyntheticGenerator</name>
    <message>
        <source>The administrative units are missing, so no residents can be generated.</source>
        <translation>Thiếu danh mục đơn vị hành chính nên không tạo được dữ liệu dân cư.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Không ghi được tệp.</translation>
    </message>
    <message>
        <source>Generating was cancelled.</source>
        <translation>Đã hủy việc tạo dữ liệu.</translation>
    </message>
</context>
<context>
    <name>motcua::statistics::XlsxExport</name>
    <message>
        <source>Residents</source>
        <translation>Nhân khẩu</translation>
    </message>
    <message>
        <source>The workbook could not be created at %1.</source>
        <translation>Không tạo được bảng tính tại %1.</translation>
    </message>
    <message>
        <source>&lt; %1 (withheld)</source>
        <translation>&lt; %1 (không công bố)</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>Địa bàn: %1</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Hộ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Chip card holders</source>
        <translation>Người có thẻ gắn chip</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Độ tuổi</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Nhóm tuổi</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Tôn giáo</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Cư trú</translation>
    </message>
    <message>
        <source>Residence type</source>
        <translation>Loại cư trú</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Thường trú</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Tạm trú</translation>
    </message>
    <message>
        <source>Chip cards</source>
        <translation>Thẻ gắn chip</translation>
    </message>
    <message>
        <source>Year issued</source>
        <translation>Năm cấp</translation>
    </message>
    <message>
        <source>The workbook could not be written to %1.</source>
        <translation>Không ghi được bảng tính vào %1.</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::BadgePrinter</name>
    <message>
        <source>This visit is no longer in the register.</source>
        <translation>Lượt ra vào này không còn trong sổ.</translation>
    </message>
    <message>
        <source>Badge already printed</source>
        <translation>Thẻ khách đã được in</translation>
    </message>
    <message numerus="yes">
        <source>The badge of this visit was already printed %n time(s). Print it again?</source>
        <translation>
            <numerusform>Thẻ khách của lượt này đã được in %n lần. In lại?</numerusform>
        </translation>
    </message>
    <message>
        <source>Badge written to %1</source>
        <translation>Đã ghi thẻ khách vào %1</translation>
    </message>
    <message>
        <source>The badge could not be written to %1. Check the folder.</source>
        <translation>Không ghi được thẻ khách vào %1. Hãy kiểm tra thư mục.</translation>
    </message>
    <message>
        <source>Print badge</source>
        <translation>In thẻ khách</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::CardReading</name>
    <message>
        <source>Enter the card&apos;s access number: the last six digits of the ID number.</source>
        <translation>Hãy nhập số truy cập thẻ (CAN): sáu chữ số cuối của số định danh.</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::CheckInPage</name>
    <message>
        <source>T&amp;ype details</source>
        <translation>Nhập thông &amp;tin</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>Notice: your name, ID number, date of birth, sex, address and portrait are recorded to manage access to this building and kept for %1 days; you may ask to see or delete them.</source>
        <translation>Thông báo: họ tên, số định danh, ngày sinh, giới tính, địa chỉ và ảnh chân dung của ông/bà được ghi lại để quản lý việc ra vào tòa nhà này và được lưu trong %1 ngày; ông/bà có quyền yêu cầu xem hoặc xóa các thông tin này.</translation>
    </message>
    <message>
        <source>The visitor has read the notice and &amp;consents</source>
        <translation>&amp;Khách đã đọc thông báo và đồng ý</translation>
    </message>
    <message>
        <source>The card failed verification: why do you let the person in?</source>
        <translation>Thẻ không xác thực được: vì sao vẫn cho người này vào?</translation>
    </message>
    <message>
        <source>Check &amp;in (Enter)</source>
        <translation>Ghi nhận &amp;vào (Enter)</translation>
    </message>
    <message>
        <source>&amp;Print badge</source>
        <translation>&amp;In thẻ khách</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Nội dung làm việc</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Người cần gặp:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>&amp;Mục đích:</translation>
    </message>
    <message>
        <source>Expected &amp;duration:</source>
        <translation>Thời gian &amp;dự kiến:</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Đang đọc thẻ…</translation>
    </message>
    <message>
        <source>Reading %1… %p%</source>
        <translation>Đang đọc %1… %p%</translation>
    </message>
    <message>
        <source>(no host)</source>
        <translation>(không ghi người cần gặp)</translation>
    </message>
    <message>
        <source>⚠ The card reader service is not running. Cards cannot be read; scan the QR code or type the details.</source>
        <translation>⚠ Dịch vụ đầu đọc thẻ không chạy nên chưa đọc được thẻ; hãy quét mã QR hoặc nhập thông tin bằng tay.</translation>
    </message>
    <message>
        <source>⚠ No card reader is connected. Plug one in — it is picked up by itself.</source>
        <translation>⚠ Chưa có đầu đọc thẻ nào được kết nối. Hãy cắm đầu đọc — chương trình sẽ tự nhận.</translation>
    </message>
    <message>
        <source>Card on the reader.</source>
        <translation>Có thẻ trên đầu đọc.</translation>
    </message>
    <message>
        <source>Reader ready: put the visitor&apos;s card on the reader.</source>
        <translation>Đầu đọc sẵn sàng: hãy đặt thẻ của khách lên đầu đọc.</translation>
    </message>
    <message>
        <source>Now put the card on the reader.</source>
        <translation>Bây giờ hãy đặt thẻ lên đầu đọc.</translation>
    </message>
    <message>
        <source>The card could not be read: %1 Scan the QR code or type the details.</source>
        <translation>Không đọc được thẻ: %1 Hãy quét mã QR hoặc nhập thông tin bằng tay.</translation>
    </message>
    <message>
        <source>⚠ The card has expired.</source>
        <translation>⚠ Thẻ đã hết hạn.</translation>
    </message>
    <message>
        <source>Inside since %1 with badge %2. Press Enter to check out.</source>
        <translation>Đang ở trong từ %1, thẻ khách số %2. Bấm Enter để ghi nhận ra.</translation>
    </message>
    <message>
        <source>Returning visitor: consent on file.</source>
        <translation>Khách đã từng đến: đã có sự đồng ý từ trước.</translation>
    </message>
    <message>
        <source>Invited by %1 until %2.</source>
        <translation>Có hẹn với %1, hiệu lực đến %2.</translation>
    </message>
    <message>
        <source>⚠ Same name and date of birth as a watchlist entry (%1). Check the person; check-in is allowed.</source>
        <translation>⚠ Trùng họ tên và ngày sinh với một người trong danh sách theo dõi (%1). Hãy kiểm tra lại người này; vẫn được phép ghi nhận vào.</translation>
    </message>
    <message>
        <source>Check &amp;out (Enter)</source>
        <translation>Ghi nhận &amp;ra (Enter)</translation>
    </message>
    <message>
        <source>Checked out: %1 (badge %2).</source>
        <translation>Đã ghi nhận ra: %1 (thẻ khách %2).</translation>
    </message>
    <message>
        <source>Already checked in (badge %1): another desk registered this visit.</source>
        <translation>Đã được ghi nhận vào (thẻ khách %1): một quầy khác đã đăng ký lượt này.</translation>
    </message>
    <message>
        <source>Checked in — badge %1. Print the badge with Ctrl+P.</source>
        <translation>Đã ghi nhận vào — thẻ khách số %1. Bấm Ctrl+P để in thẻ khách.</translation>
    </message>
    <message>
        <source>Write the reason for letting this person in.</source>
        <translation>Hãy ghi lý do cho người này vào.</translation>
    </message>
    <message>
        <source>The person was turned away; the event is in the logbook.</source>
        <translation>Đã từ chối cho người này vào; sự việc đã được ghi vào sổ trực ban.</translation>
    </message>
    <message>
        <source>Scan the card&apos;s QR code, or type the ID number (12 digits, or its last 6)</source>
        <translation>Quét mã QR trên thẻ, hoặc nhập số định danh (12 chữ số, hoặc 6 chữ số cuối)</translation>
    </message>
    <message>
        <source>Type the ID number (12 digits, or its last 6), or scan the QR code.</source>
        <translation>Nhập số định danh (12 chữ số, hoặc 6 chữ số cuối), hoặc quét mã QR.</translation>
    </message>
    <message>
        <source>The card is not one the desk expects. Type the visitor&apos;s ID number (12 digits, or its last 6) and press Enter, or scan the card&apos;s QR code.</source>
        <translation>Thẻ này không thuộc khách đang được chờ. Nhập số định danh của khách (12 chữ số, hoặc 6 chữ số cuối) rồi bấm Enter, hoặc quét mã QR trên thẻ.</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::CheckInService</name>
    <message>
        <source>The ID number must have 12 digits.</source>
        <translation>Số định danh phải có 12 chữ số.</translation>
    </message>
    <message>
        <source>Enter the visitor&apos;s full name.</source>
        <translation>Hãy nhập họ tên của khách.</translation>
    </message>
    <message>
        <source>The visitor has not given consent. Read the notice to the visitor and tick the box.</source>
        <translation>Khách chưa đồng ý. Hãy đọc thông báo cho khách rồi đánh dấu vào ô đồng ý.</translation>
    </message>
    <message>
        <source>The card failed verification. Check the person and give a reason to proceed.</source>
        <translation>Thẻ không xác thực được. Hãy kiểm tra người này và ghi lý do nếu vẫn cho vào.</translation>
    </message>
    <message>
        <source>This person is on the watchlist. Check-in needs a supervisor.</source>
        <translation>Người này có trong danh sách theo dõi. Cần người phụ trách đồng ý mới được ghi nhận vào.</translation>
    </message>
    <message>
        <source>Give the reason for letting a watchlisted person in.</source>
        <translation>Hãy ghi lý do cho người trong danh sách theo dõi vào.</translation>
    </message>
    <message>
        <source>This visitor has already left.</source>
        <translation>Khách này đã ra về.</translation>
    </message>
    <message>
        <source>No visitor inside has badge %1. Check the number on the badge.</source>
        <translation>Không có khách nào đang ở trong mang thẻ khách số %1. Hãy kiểm tra số trên thẻ.</translation>
    </message>
    <message>
        <source>This person is not checked in.</source>
        <translation>Người này chưa được ghi nhận vào.</translation>
    </message>
    <message>
        <source>This visit is no longer in the register.</source>
        <translation>Lượt ra vào này không còn trong sổ.</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::DutyLogbook</name>
    <message>
        <source>Morning shift (06:00–14:00)</source>
        <translation>Ca sáng (06:00–14:00)</translation>
    </message>
    <message>
        <source>Afternoon shift (14:00–22:00)</source>
        <translation>Ca chiều (14:00–22:00)</translation>
    </message>
    <message>
        <source>Night shift (22:00–06:00)</source>
        <translation>Ca đêm (22:00–06:00)</translation>
    </message>
    <message>
        <source>All shifts</source>
        <translation>Tất cả các ca</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Vào</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Ra</translation>
    </message>
    <message>
        <source>Automatic sign-out</source>
        <translation>Tự động ghi nhận ra</translation>
    </message>
    <message>
        <source>Watchlist alert</source>
        <translation>Cảnh báo danh sách theo dõi</translation>
    </message>
    <message>
        <source>Watchlist override</source>
        <translation>Cho vào dù có trong danh sách theo dõi</translation>
    </message>
    <message>
        <source>Verification override</source>
        <translation>Cho vào dù thẻ không xác thực được</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Write the remark first.</source>
        <translation>Hãy viết nội dung ghi chú trước.</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::HistoryPage</name>
    <message>
        <source>inside</source>
        <translation>còn ở trong</translation>
    </message>
    <message>
        <source>badge</source>
        <translation>theo thẻ khách</translation>
    </message>
    <message>
        <source>card</source>
        <translation>theo thẻ căn cước</translation>
    </message>
    <message>
        <source>list</source>
        <translation>từ danh sách</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>tự động</translation>
    </message>
    <message>
        <source>Name, with or without accents</source>
        <translation>Họ tên, có dấu hoặc không dấu</translation>
    </message>
    <message>
        <source>(any host)</source>
        <translation>(mọi người cần gặp)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Tìm kiếm</translation>
    </message>
    <message>
        <source>E&amp;xport person&apos;s data…</source>
        <translation>&amp;Xuất dữ liệu của người này…</translation>
    </message>
    <message>
        <source>E&amp;rase person&apos;s data…</source>
        <translation>Xó&amp;a dữ liệu của người này…</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Vào</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Ra</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cách ghi nhận ra</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Người cần gặp</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Thẻ khách</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) found.</source>
        <translation>
            <numerusform>Tìm thấy %n lượt ra vào.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n visit(s) of this person.</source>
        <translation>
            <numerusform>Toàn bộ %n lượt ra vào của người này.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the person&apos;s 12-digit ID number in the ID field first.</source>
        <translation>Hãy nhập số định danh 12 chữ số của người này vào ô số định danh trước.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Xóa dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>All visits, the profile and the portrait of this person will be deleted for good. Continue?</source>
        <translation>Toàn bộ lượt ra vào, hồ sơ và ảnh chân dung của người này sẽ bị xóa vĩnh viễn. Tiếp tục?</translation>
    </message>
    <message>
        <source>Erased: %1 visit(s), %2 profile(s).</source>
        <translation>Đã xóa: %1 lượt ra vào, %2 hồ sơ.</translation>
    </message>
    <message>
        <source>The person&apos;s data was written to %1</source>
        <translation>Đã ghi dữ liệu của người này vào %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Không ghi được %1</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::HostDirectory</name>
    <message>
        <source>Enter the host&apos;s name.</source>
        <translation>Hãy nhập tên người cần gặp.</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::InsideNowPage</name>
    <message>
        <source>Badge</source>
        <translation>Thẻ khách</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Người cần gặp</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Phòng ban</translation>
    </message>
    <message>
        <source>In since</source>
        <translation>Vào lúc</translation>
    </message>
    <message>
        <source>Expected until</source>
        <translation>Dự kiến đến</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Số thẻ khách</translation>
    </message>
    <message>
        <source>Check out &amp;badge</source>
        <translation>Ghi nhận ra theo &amp;thẻ khách</translation>
    </message>
    <message>
        <source>Check out &amp;selected</source>
        <translation>Ghi nhận ra người đã &amp;chọn</translation>
    </message>
    <message>
        <source>Print &amp;evacuation list</source>
        <translation>In danh sách &amp;sơ tán</translation>
    </message>
    <message>
        <source>Check out by badge:</source>
        <translation>Ghi nhận ra theo số thẻ khách:</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (quá giờ)</translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) inside</source>
        <translation>
            <numerusform>%n khách đang ở trong</numerusform>
        </translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(không có phòng ban)</translation>
    </message>
    <message>
        <source>(no host)</source>
        <translation>(không ghi người cần gặp)</translation>
    </message>
    <message>
        <source>By department — %1
By host — %2</source>
        <translation>Theo phòng ban — %1
Theo người cần gặp — %2</translation>
    </message>
    <message>
        <source>Select a visitor in the list first.</source>
        <translation>Hãy chọn một khách trong danh sách trước.</translation>
    </message>
    <message>
        <source>Checked out: %1 (badge %2).</source>
        <translation>Đã ghi nhận ra: %1 (thẻ khách %2).</translation>
    </message>
    <message>
        <source>Evacuation list written to %1</source>
        <translation>Đã ghi danh sách sơ tán vào %1</translation>
    </message>
    <message>
        <source>The evacuation list could not be written to %1.</source>
        <translation>Không ghi được danh sách sơ tán vào %1.</translation>
    </message>
    <message>
        <source>Print evacuation list</source>
        <translation>In danh sách sơ tán</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::InvitationBook</name>
    <message>
        <source>The ID number must have 12 digits.</source>
        <translation>Số định danh phải có 12 chữ số.</translation>
    </message>
    <message>
        <source>The invitation must end after it starts.</source>
        <translation>Thời điểm kết thúc lịch hẹn phải sau thời điểm bắt đầu.</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::InvitationsPage</name>
    <message>
        <source>&amp;Invite</source>
        <translation>Thêm &amp;lịch hẹn</translation>
    </message>
    <message>
        <source>&amp;Cancel selected invitation</source>
        <translation>&amp;Hủy lịch hẹn đã chọn</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Khách</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Người cần gặp</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>ID number (12 digits):</source>
        <translation>Số định danh (12 chữ số):</translation>
    </message>
    <message>
        <source>Guest&apos;s full name:</source>
        <translation>Họ tên khách:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Người cần gặp:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Mục đích:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Từ:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Đến:</translation>
    </message>
    <message>
        <source>(no host)</source>
        <translation>(không ghi người cần gặp)</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Đã đến</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <source>Expected now</source>
        <translation>Đang chờ đến</translation>
    </message>
    <message>
        <source>Coming</source>
        <translation>Sắp đến</translation>
    </message>
    <message>
        <source>%1 is invited.</source>
        <translation>Đã đăng ký lịch hẹn cho %1.</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::LogbookPage</name>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự việc</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Khách</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Thẻ khách</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Người cần gặp</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Người trực</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Remark for the logbook (hand-over, incidents…)</source>
        <translation>Ghi chú vào sổ trực ban (bàn giao ca, sự việc phát sinh…)</translation>
    </message>
    <message>
        <source>&amp;Add remark</source>
        <translation>&amp;Thêm ghi chú</translation>
    </message>
    <message>
        <source>&amp;PDF (A4)</source>
        <translation>&amp;PDF (A4)</translation>
    </message>
    <message>
        <source>E&amp;xcel (XLSX)</source>
        <translation>E&amp;xcel (XLSX)</translation>
    </message>
    <message>
        <source>Remark added.</source>
        <translation>Đã thêm ghi chú.</translation>
    </message>
    <message>
        <source>Logbook written to %1</source>
        <translation>Đã ghi sổ trực ban vào %1</translation>
    </message>
    <message>
        <source>The logbook could not be written to %1.</source>
        <translation>Không ghi được sổ trực ban vào %1.</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Print duty logbook</source>
        <translation>In sổ trực ban</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::ManualEntryBox</name>
    <message>
        <source>Type the details from the card</source>
        <translation>Nhập thông tin từ thẻ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>&amp;Use these details</source>
        <translation>&amp;Dùng thông tin này</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>Số định danh:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Ngày sinh:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Giới tính:</translation>
    </message>
    <message>
        <source>Place of residence:</source>
        <translation>Nơi cư trú:</translation>
    </message>
    <message>
        <source>Enter the visitor&apos;s full name.</source>
        <translation>Hãy nhập họ tên của khách.</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::StatisticsPage</name>
    <message>
        <source>Visits per day</source>
        <translation>Số lượt theo ngày</translation>
    </message>
    <message>
        <source>Visits per hour</source>
        <translation>Số lượt theo giờ</translation>
    </message>
    <message>
        <source>By sex</source>
        <translation>Theo giới tính</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>Theo nhóm tuổi</translation>
    </message>
    <message>
        <source>By province of residence</source>
        <translation>Theo tỉnh, thành phố nơi cư trú</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Lượt ra vào</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::SubjectRights</name>
    <message>
        <source>Visitor register of the front desk</source>
        <translation>Sổ khách ra vào của bộ phận lễ tân</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::VisitorDocuments</name>
    <message>
        <source>Visitor badge</source>
        <translation>Thẻ khách</translation>
    </message>
    <message>
        <source>VISITOR</source>
        <translation>KHÁCH</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Gặp: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Ngày: %1</translation>
    </message>
    <message>
        <source>Return this badge when you leave.</source>
        <translation>Vui lòng trả lại thẻ này khi ra về.</translation>
    </message>
    <message>
        <source>Evacuation list</source>
        <translation>Danh sách sơ tán</translation>
    </message>
    <message>
        <source>EVACUATION LIST OF VISITORS ON SITE</source>
        <translation>DANH SÁCH SƠ TÁN KHÁCH ĐANG CÓ MẶT</translation>
    </message>
    <message numerus="yes">
        <source>At %1: %n person(s) inside</source>
        <translation>
            <numerusform>Lúc %1: %n người đang ở trong</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Thẻ khách</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Host / department</source>
        <translation>Người cần gặp / phòng ban</translation>
    </message>
    <message>
        <source>In since</source>
        <translation>Vào lúc</translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>Đã an toàn</translation>
    </message>
    <message>
        <source>Person in charge
(signature, full name)</source>
        <translation>Người phụ trách
(ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>Duty logbook</source>
        <translation>Sổ trực ban</translation>
    </message>
    <message>
        <source>DUTY LOGBOOK</source>
        <translation>SỔ TRỰC BAN</translation>
    </message>
    <message>
        <source>Day %1 — %2</source>
        <translation>Ngày %1 — %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự việc</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Khách</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Người cần gặp</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Người trực</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Handed over by
(signature, full name)</source>
        <translation>Người giao ca
(ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>Received by
(signature, full name)</source>
        <translation>Người nhận ca
(ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>Sổ trực ban</translation>
    </message>
    <message>
        <source>Duty logbook %1 — %2</source>
        <translation>Sổ trực ban %1 — %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::VisitorRepository</name>
    <message>
        <source>This visitor is no longer in the register.</source>
        <translation>Khách này không còn trong sổ.</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::VisitorsDesk</name>
    <message>
        <source>The encrypted store is not available.</source>
        <translation>Kho dữ liệu mã hóa chưa sẵn sàng.</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Bộ phận lễ tân</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::VisitorsModule</name>
    <message>
        <source>Visitor check-in</source>
        <translation>Tiếp nhận khách</translation>
    </message>
    <message>
        <source>Inside now</source>
        <translation>Khách đang ở trong</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Lịch hẹn</translation>
    </message>
    <message>
        <source>Duty logbook</source>
        <translation>Sổ trực ban</translation>
    </message>
    <message>
        <source>Visit history</source>
        <translation>Lịch sử ra vào</translation>
    </message>
    <message>
        <source>Visitor statistics</source>
        <translation>Thống kê khách ra vào</translation>
    </message>
    <message>
        <source>Watchlist and hosts</source>
        <translation>Danh sách theo dõi và người cần gặp</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::VisitorsSettingsPage</name>
    <message>
        <source>Visitors</source>
        <translation>Khách ra vào</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Sign everyone out automatically at:</source>
        <translation>Tự động ghi nhận ra cho tất cả khách lúc:</translation>
    </message>
    <message>
        <source>Keep visits for:</source>
        <translation>Lưu lượt ra vào trong:</translation>
    </message>
    <message>
        <source>Keep visitor profiles (with portraits) for:</source>
        <translation>Lưu hồ sơ khách (kèm ảnh chân dung) trong:</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::Watchlist</name>
    <message>
        <source>Enter the ID number, or the full name and the date of birth of the person.</source>
        <translation>Hãy nhập số định danh, hoặc họ tên và ngày sinh của người đó.</translation>
    </message>
    <message>
        <source>Enter the reason for the watchlist entry.</source>
        <translation>Hãy nhập lý do đưa vào danh sách theo dõi.</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::WatchlistAlert</name>
    <message>
        <source>STOP — this person is on the watchlist</source>
        <translation>DỪNG LẠI — người này có trong danh sách theo dõi</translation>
    </message>
    <message>
        <source>Supervisor: reason for letting this person in</source>
        <translation>Người phụ trách: lý do cho người này vào</translation>
    </message>
    <message>
        <source>Let in (&amp;supervisor)</source>
        <translation>Cho vào (&amp;người phụ trách duyệt)</translation>
    </message>
    <message>
        <source>&amp;Turn away</source>
        <translation>&amp;Từ chối cho vào</translation>
    </message>
    <message>
        <source>Reason: %1 (level: %2)</source>
        <translation>Lý do: %1 (mức độ: %2)</translation>
    </message>
    <message>
        <source>%1 matches a watchlist entry by ID number. Do not let the person in without a supervisor.</source>
        <translation>%1 trùng số định danh với một người trong danh sách theo dõi. Không cho vào khi chưa có người phụ trách đồng ý.</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::WatchlistPage</name>
    <message>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <source>&amp;Add to watchlist</source>
        <translation>&amp;Thêm vào danh sách theo dõi</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Gỡ mục đã chọn</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ngày thêm</translation>
    </message>
    <message>
        <source>Add &amp;host</source>
        <translation>Thêm &amp;người cần gặp</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Người cần gặp</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Phòng ban</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Danh sách theo dõi</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>Số định danh:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Ngày sinh:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Mức độ:</translation>
    </message>
    <message>
        <source>Hosts and departments</source>
        <translation>Người cần gặp và phòng ban</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Họ tên:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Phòng ban:</translation>
    </message>
    <message>
        <source>Added to the watchlist.</source>
        <translation>Đã thêm vào danh sách theo dõi.</translation>
    </message>
    <message>
        <source>Removed from the watchlist.</source>
        <translation>Đã gỡ khỏi danh sách theo dõi.</translation>
    </message>
    <message>
        <source>Host added.</source>
        <translation>Đã thêm người cần gặp.</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::WriteRetry</name>
    <message>
        <source>The database is busy (another desk is saving). Try again in a moment.</source>
        <translation>Cơ sở dữ liệu đang bận (một quầy khác đang lưu). Hãy thử lại sau giây lát.</translation>
    </message>
</context>
</TS>
