// Residence form templates are administrator-editable files: the template engine must survive any text (unclosed
// and stray tags, self-including partials, deep nesting) and always HTML-escape the values it fills in.
#include "FormTemplate.h"
#include "FuzzSupport.h"

#include <QDate>
#include <QDateTime>
#include <QVariantList>
#include <QVariantMap>

namespace {

QVariantMap fixedFields()
{
    QVariantMap person;
    person.insert(QStringLiteral("hoTen"), QStringLiteral("Nguyễn <b>Văn</b> A"));
    person.insert(QStringLiteral("quanHe"), QStringLiteral("Con\r\nruột"));
    QVariantMap second;
    second.insert(QStringLiteral("hoTen"), QStringLiteral("Trần Thị B & C"));
    QVariantMap fields;
    fields.insert(QStringLiteral("hoTen"), QStringLiteral("<script>alert(1)</script>"));
    fields.insert(QStringLiteral("ngaySinh"), QDate(1990, 2, 28));
    fields.insert(QStringLiteral("thoiDiem"), QDateTime(QDate(2026, 1, 1), QTime(8, 30)));
    fields.insert(QStringLiteral("nam"), true);
    fields.insert(QStringLiteral("nu"), false);
    fields.insert(QStringLiteral("ghiChu"), QStringLiteral("dòng 1\ndòng 2"));
    fields.insert(QStringLiteral("trong"), QString());
    fields.insert(QStringLiteral("thanhVien"), QVariantList{person, second});
    fields.insert(QStringLiteral("so"), QVariantList{1, 2, 3});
    fields.insert(QStringLiteral("rong"), QVariantList{});
    return fields;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ensureApplication();
    static const QVariantMap fields = fixedFields();
    const QString templateText = QString::fromUtf8(bytes(data, size));
    const QString out = motcua::residence::documents::FormTemplate::fill(templateText, fields);
    // A value is never printed unescaped: the markup inside it must not reach the output.
    if (out.contains(QStringLiteral("<script>")) && !templateText.contains(QStringLiteral("<script>")))
        __builtin_trap();
    return 0;
}
