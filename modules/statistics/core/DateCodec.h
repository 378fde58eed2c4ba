#pragma once

#include <QByteArrayView>
#include <QDate>

namespace motcua::statistics {

/// Dates as yyyymmdd integers: what the CSV carries, cheap to compare, exact for age arithmetic.
namespace datecodec {

/// Parses `YYYY-MM-DD`; 0 when the text is not a real calendar date.
int parseIso(QByteArrayView text);
inline int fromDate(const QDate& d)
{
    return d.isValid() ? d.year() * 10000 + d.month() * 100 + d.day() : 0;
}
inline QDate toDate(int ymd)
{
    return QDate(ymd / 10000, ymd / 100 % 100, ymd % 100);
}
/// Age in whole years on `asOf` of someone born on `birth` (both yyyymmdd); a 29 February birthday
/// counts from 1 March in common years, as the civil-status practice does.
inline int ageOn(int birth, int asOf)
{
    int age = asOf / 10000 - birth / 10000;
    if (asOf % 10000 < birth % 10000)
        --age;
    return age;
}

} // namespace datecodec
} // namespace motcua::statistics
