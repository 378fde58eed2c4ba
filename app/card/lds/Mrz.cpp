#include "Mrz.h"

#include "CardErrors.h"

#include <QStringBuilder>

namespace motcua::card {

namespace {

Status bad(const QString& message, const char* detail)
{
    return malformedData(message, QString::fromLatin1(detail));
}

bool isMrzChar(QChar c)
{
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           c == QLatin1Char('<');
}

bool isDate(const QString& yymmdd)
{
    if (yymmdd.size() != 6)
        return false;
    for (QChar c : yymmdd) {
        if (!c.isDigit())
            return false;
    }
    const int month = yymmdd.mid(2, 2).toInt();
    const int day = yymmdd.mid(4, 2).toInt();
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

bool checks(const QString& field, QChar digit)
{
    const int expected = Mrz::checkDigit(field);
    return expected >= 0 && digit.isDigit() && digit.digitValue() == expected;
}

QString stripFiller(const QString& s)
{
    qsizetype end = s.size();
    while (end > 0 && s.at(end - 1) == QLatin1Char('<'))
        --end;
    return s.left(end);
}

} // namespace

int Mrz::checkDigit(const QString& field)
{
    static const int weights[3] = {7, 3, 1};
    int sum = 0;
    for (qsizetype i = 0; i < field.size(); ++i) {
        const QChar c = field.at(i);
        int value;
        if (c.isDigit() && c.unicode() < 128)
            value = c.unicode() - '0';
        else if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            value = c.unicode() - 'A' + 10;
        else if (c == QLatin1Char('<'))
            value = 0;
        else
            return -1;
        sum += value * weights[i % 3];
    }
    return sum % 10;
}

Result<Mrz> Mrz::parseTd1(const QString& text)
{
    QString s = text;
    s.remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    if (s.size() != 90)
        return bad(CardTr::tr("The machine-readable zone does not have the length of an ID card's."),
                   "MRZ: not 90 characters");
    for (QChar c : s) {
        if (!isMrzChar(c))
            return bad(CardTr::tr("The machine-readable zone contains characters that are not allowed."),
                       "MRZ: invalid character");
    }
    const QString l1 = s.mid(0, 30);
    const QString l2 = s.mid(30, 30);
    const QString l3 = s.mid(60, 30);
    Mrz mrz;
    mrz.raw = s;
    mrz.documentCode = stripFiller(l1.mid(0, 2));
    mrz.issuingState = stripFiller(l1.mid(2, 3));
    QString optional1 = l1.mid(15, 15);
    if (l1.at(14) == QLatin1Char('<') && l1.at(13) != QLatin1Char('<')) {
        // Long document number: it continues in the optional data, ended by its check digit.
        const qsizetype end = optional1.indexOf(QLatin1Char('<'));
        if (end < 1)
            return bad(CardTr::tr("The document number in the machine-readable zone is malformed."),
                       "MRZ: long document number without check digit");
        const QString number = l1.mid(5, 9) + optional1.left(end - 1);
        if (!checks(number, optional1.at(end - 1)))
            return bad(CardTr::tr("A check digit in the machine-readable zone is wrong (document number)."),
                       "MRZ: document number check digit");
        mrz.documentNumber = number;
        optional1 = optional1.mid(end + 1);
    } else {
        if (!checks(l1.mid(5, 9), l1.at(14)))
            return bad(CardTr::tr("A check digit in the machine-readable zone is wrong (document number)."),
                       "MRZ: document number check digit");
        mrz.documentNumber = stripFiller(l1.mid(5, 9));
    }
    mrz.optionalData = stripFiller(optional1);

    mrz.dateOfBirth = l2.mid(0, 6);
    if (!isDate(mrz.dateOfBirth) || !checks(mrz.dateOfBirth, l2.at(6)))
        return bad(CardTr::tr("A check digit in the machine-readable zone is wrong (date of birth)."),
                   "MRZ: date of birth");
    mrz.sex = l2.mid(7, 1);
    if (mrz.sex != QLatin1String("M") && mrz.sex != QLatin1String("F") && mrz.sex != QLatin1String("<"))
        return bad(CardTr::tr("The machine-readable zone is malformed."), "MRZ: sex");
    mrz.dateOfExpiry = l2.mid(8, 6);
    if (!isDate(mrz.dateOfExpiry) || !checks(mrz.dateOfExpiry, l2.at(14)))
        return bad(CardTr::tr("A check digit in the machine-readable zone is wrong (date of expiry)."),
                   "MRZ: date of expiry");
    mrz.nationality = stripFiller(l2.mid(15, 3));
    mrz.optionalData2 = stripFiller(l2.mid(18, 11));
    const QString composite = l1.mid(5, 25) + l2.mid(0, 7) + l2.mid(8, 7) + l2.mid(18, 11);
    if (!checks(composite, l2.at(29)))
        return bad(CardTr::tr("A check digit in the machine-readable zone is wrong (composite)."),
                   "MRZ: composite check digit");

    const qsizetype split = l3.indexOf(QLatin1String("<<"));
    QString primary = split < 0 ? l3 : l3.left(split);
    QString secondary = split < 0 ? QString() : l3.mid(split + 2);
    primary.replace(QLatin1Char('<'), QLatin1Char(' '));
    secondary.replace(QLatin1Char('<'), QLatin1Char(' '));
    mrz.name = QString(primary.simplified() + QLatin1Char(' ') + secondary.simplified()).simplified();
    return mrz;
}

QString Mrz::cccdIdNumber() const
{
    const QString candidate = optionalData.left(12);
    if (candidate.size() != 12 || documentNumber.size() != 9 || !candidate.endsWith(documentNumber))
        return {};
    for (QChar c : candidate) {
        if (!c.isDigit())
            return {};
    }
    return candidate;
}

QDate Mrz::birthDate(const QDate& today) const
{
    if (!isDate(dateOfBirth))
        return {};
    const int yy = dateOfBirth.left(2).toInt();
    int year = 2000 + yy;
    if (year > today.year())
        year -= 100;
    return QDate(year, dateOfBirth.mid(2, 2).toInt(), dateOfBirth.mid(4, 2).toInt());
}

QDate Mrz::expiryDate() const
{
    if (!isDate(dateOfExpiry))
        return {};
    return QDate(2000 + dateOfExpiry.left(2).toInt(), dateOfExpiry.mid(2, 2).toInt(), dateOfExpiry.mid(4, 2).toInt());
}

} // namespace motcua::card
