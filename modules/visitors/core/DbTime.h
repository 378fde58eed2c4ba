#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace motcua::visitors {

/// Times are stored as local "yyyy-MM-dd HH:mm:ss" text: sortable, and readable in exports.
inline QString dbTime(const QDateTime& t)
{
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}
inline QDateTime fromDbTime(const QString& s)
{
    // Parsed by hand: QDateTime::fromString with a format costs more than the whole inside-now query.
    if (s.size() != 19)
        return QDateTime();
    auto num = [&s](int from, int len) { return QStringView(s).mid(from, len).toInt(); };
    return QDateTime(QDate(num(0, 4), num(5, 2), num(8, 2)), QTime(num(11, 2), num(14, 2), num(17, 2)));
}
inline QString dbDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
inline QDate fromDbDate(const QString& s)
{
    return QDate::fromString(s, Qt::ISODate);
}

} // namespace motcua::visitors

namespace motcua::visitors {
/// Qt binds a null QString as SQL NULL; NOT NULL text columns get an empty string instead.
inline QString nonNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace motcua::visitors
