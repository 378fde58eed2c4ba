#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace motcua {
class Settings;
}

namespace motcua::certification {

/// The values an attestation (lời chứng) is filled with.
struct AttestationFields
{
    QString certificationNumber;
    int number = 0;
    QString book; ///< "01/2026-SCTĐT/BS"
    QDate date;
    QString officerName;
    QString officerTitle;
    QString agency;
    QString documentName;
    int pages = 0;
    int copies = 1;
};

/// The attestation wording (Circular 01/2020 form), kept as an administrator-editable text with {placeholders}:
/// {number} {book} {day} {month} {year} {officer} {title} {agency} {document} {pages} {copies}.
/// The wording is official content, not interface text, so it is stored in Vietnamese and not translated.
class AttestationTemplate
{
public:
    static QString defaultText();
    static QString load(const Settings& settings);
    static void save(Settings& settings, const QString& text);
    /// The template filled in, one string per line; a line starting with '#' is a centred heading.
    static QStringList render(const QString& templateText, const AttestationFields& fields);
};

} // namespace motcua::certification
