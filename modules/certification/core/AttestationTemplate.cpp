#include "AttestationTemplate.h"

#include "Settings.h"

namespace motcua::certification {

namespace {
const QString kKey = QStringLiteral("certification/attestationTemplate");
}

QString AttestationTemplate::defaultText()
{
    return QStringLiteral("#CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH\n"
                          "\n"
                          "Chứng thực bản sao này đúng với bản chính: {document} ({pages} trang).\n"
                          "Số chứng thực: {number}\n"
                          "Quyển số: {book}\n"
                          "Ngày {day} tháng {month} năm {year}\n"
                          "\n"
                          "#NGƯỜI THỰC HIỆN CHỨNG THỰC\n"
                          "#{title}\n"
                          "#{officer}\n"
                          "#{agency}");
}

QString AttestationTemplate::load(const Settings& settings)
{
    const QString text = settings.value(kKey).toString();
    return text.trimmed().isEmpty() ? defaultText() : text;
}

void AttestationTemplate::save(Settings& settings, const QString& text)
{
    settings.setValue(kKey, text.normalized(QString::NormalizationForm_C));
}

QStringList AttestationTemplate::render(const QString& templateText, const AttestationFields& f)
{
    QString text = templateText;
    const QList<QPair<QString, QString>> values = {
        {QStringLiteral("{number}"), QString::number(f.number)},
        {QStringLiteral("{book}"), f.book},
        {QStringLiteral("{day}"), f.date.toString(QStringLiteral("dd"))},
        {QStringLiteral("{month}"), f.date.toString(QStringLiteral("MM"))},
        {QStringLiteral("{year}"), f.date.toString(QStringLiteral("yyyy"))},
        {QStringLiteral("{officer}"), f.officerName},
        {QStringLiteral("{title}"), f.officerTitle},
        {QStringLiteral("{agency}"), f.agency},
        {QStringLiteral("{document}"), f.documentName},
        {QStringLiteral("{pages}"), QString::number(f.pages)},
        {QStringLiteral("{copies}"), QString::number(f.copies)},
    };
    for (const auto& [key, value] : values)
        text.replace(key, value);
    return text.normalized(QString::NormalizationForm_C).split(QLatin1Char('\n'));
}

} // namespace motcua::certification
