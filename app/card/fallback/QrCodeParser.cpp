#include "QrCodeParser.h"

#include "CardErrors.h"
#include "IdNumberValidator.h"

#include <QStringList>

namespace motcua::card {

namespace {

Status rejected(const QString& message, const char* field)
{
    return {Status::Code::InputRejected, message, QStringLiteral("QR code field: %1").arg(QLatin1String(field))};
}

bool allDigits(const QString& s)
{
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

QDate compactDate(const QString& text)
{
    if (text.size() != 8 || !allDigits(text))
        return {};
    return QDate::fromString(text, QStringLiteral("ddMMyyyy"));
}

} // namespace

Result<CitizenIdentity> QrCodeParser::parse(const QString& text)
{
    const QString input = text.trimmed().normalized(QString::NormalizationForm_C);
    const QStringList f = input.split(QLatin1Char('|'));
    if (f.size() < 7)
        return rejected(CardTr::tr("This is not the QR code of a citizen ID card (too few fields)."), "count");

    CitizenIdentity identity;
    identity.source = CitizenIdentity::Source::QrCode;
    HolderData& h = identity.holder;
    h.idNumber = f[0].trimmed();
    h.oldIdNumber = f[1].trimmed();
    h.fullName = f[2].simplified();
    h.dateOfBirth = compactDate(f[3].trimmed());
    const QString sex = f[4].trimmed().toLower();
    h.placeOfResidence = f[5].simplified();
    h.issueDate = compactDate(f[6].trimmed());

    if (h.idNumber.size() != 12 || !allDigits(h.idNumber))
        return rejected(CardTr::tr("The QR code's ID number must have exactly 12 digits."), "id");
    if (!h.oldIdNumber.isEmpty() &&
        (!allDigits(h.oldIdNumber) || (h.oldIdNumber.size() != 9 && h.oldIdNumber.size() != 12)))
        return rejected(CardTr::tr("The QR code's old ID number must have 9 or 12 digits."), "oldId");
    if (h.fullName.isEmpty())
        return rejected(CardTr::tr("The QR code has no name."), "name");
    if (!h.dateOfBirth.isValid())
        return rejected(CardTr::tr("The QR code's date of birth is not a valid date (ddMMyyyy)."), "dateOfBirth");
    if (sex == QStringLiteral("nam"))
        h.sex = QStringLiteral("M");
    else if (sex == QStringLiteral("nữ"))
        h.sex = QStringLiteral("F");
    else
        return rejected(CardTr::tr("The QR code's sex must be \"Nam\" or \"Nữ\"."), "sex");
    if (h.placeOfResidence.isEmpty())
        return rejected(CardTr::tr("The QR code has no place of residence."), "address");
    if (!h.issueDate.isValid() || h.issueDate < h.dateOfBirth)
        return rejected(CardTr::tr("The QR code's issue date is not a valid date (ddMMyyyy)."), "issueDate");
    const Status consistent = IdNumberValidator::validate(h.idNumber, h.dateOfBirth, h.sex);
    if (!consistent)
        return consistent;
    h.nationality = QStringLiteral("Việt Nam");
    return identity;
}

} // namespace motcua::card
