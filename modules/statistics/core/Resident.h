#pragma once

#include <QByteArray>
#include <QString>

namespace motcua::statistics {

/// One resident as the statistics module stores it. Dates are yyyymmdd integers (0 = none) so that
/// bulk work compares and sorts them without QDate.
struct Resident
{
    qint64 idNumber = 0; // the 12-digit number (leading zeros restored when printed)
    QByteArray fullName; // UTF-8 NFC
    int dateOfBirth = 0;
    int sex = 0; // 0 male, 1 female
    QString ethnicity;
    QString religion;
    int provinceCode = 0;
    int wardCode = 0;
    int residenceType = 0; // 0 permanent, 1 temporary
    QByteArray householdId;
    int cardIssued = 0; // 0: no chip card
};

/// Areas of the aggregate tables: a ward by its code, a province and the whole country by offsets.
namespace area {
inline constexpr int kCountry = 200000;
inline int ward(int wardCode)
{
    return wardCode;
}
inline int province(int provinceCode)
{
    return 100000 + provinceCode;
}
} // namespace area

inline QString idNumberText(qint64 id)
{
    return QStringLiteral("%1").arg(id, 12, 10, QLatin1Char('0'));
}

} // namespace motcua::statistics
