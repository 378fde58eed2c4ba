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
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
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
