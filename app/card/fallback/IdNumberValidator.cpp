#include "IdNumberValidator.h"

#include "CardErrors.h"

#include <QSet>

namespace motcua::card {

namespace {

Status rejected(const QString& message)
{
    return {Status::Code::InputRejected, message, QStringLiteral("ID number validation")};
}

bool allDigits(const QString& s)
{
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !s.isEmpty();
}

} // namespace

bool IdNumberValidator::isKnownProvinceCode(const QString& code)
{
    // Province codes of the citizen ID number (Circular 07/2016/TT-BCA, appendix): the 63 provinces.
    static const QSet<int> codes = {1,  2,  4,  6,  8,  10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33,
                                    34, 35, 36, 37, 38, 40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66,
                                    67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96};
    return code.size() == 3 && allDigits(code) && codes.contains(code.toInt());
}

int IdNumberValidator::century(const QString& idNumber)
{
    if (idNumber.size() != 12 || !allDigits(idNumber))
        return 0;
    static const int centuries[5] = {1900, 2000, 2100, 2200, 1800};
    return centuries[idNumber.at(3).digitValue() / 2];
}

QString IdNumberValidator::sex(const QString& idNumber)
{
    if (idNumber.size() != 12 || !allDigits(idNumber))
        return {};
    return idNumber.at(3).digitValue() % 2 == 0 ? QStringLiteral("M") : QStringLiteral("F");
}

QString IdNumberValidator::canFromIdNumber(const QString& idNumber)
{
    return idNumber.size() == 12 && allDigits(idNumber) ? idNumber.right(6) : QString();
}

Status IdNumberValidator::validate(const QString& idNumber)
{
    if (idNumber.size() != 12 || !allDigits(idNumber))
        return rejected(CardTr::tr("The ID number must have exactly 12 digits."));
    if (!isKnownProvinceCode(idNumber.left(3)))
        return rejected(CardTr::tr("The ID number does not start with a known province code."));
    return Status::ok();
}

Status IdNumberValidator::validate(const QString& idNumber, const QDate& dateOfBirth, const QString& holderSex)
{
    const Status format = validate(idNumber);
    if (!format)
        return format;
    if (dateOfBirth.isValid()) {
        const int year = century(idNumber) + idNumber.mid(4, 2).toInt();
        if (year != dateOfBirth.year())
            return rejected(CardTr::tr("The ID number does not match the year of birth (it encodes %1).").arg(year));
    }
    if (!holderSex.isEmpty() && holderSex != sex(idNumber))
        return rejected(CardTr::tr("The ID number does not match the holder's sex."));
    return Status::ok();
}

} // namespace motcua::card
