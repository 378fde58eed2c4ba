#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace motcua::residence::db {

/// Local times as "yyyy-MM-dd HH:mm:ss" (sortable text); dates as ISO "yyyy-MM-dd".
inline QString time(const QDateTime& t)
{
    return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}
inline QDateTime toTime(const QVariant& v)
{
    const QString s = v.toString();
    if (s.size() != 19)
        return {};
    auto n = [&s](int at, int len) { return QStringView(s).mid(at, len).toInt(); };
    return {QDate(n(0, 4), n(5, 2), n(8, 2)), QTime(n(11, 2), n(14, 2), n(17, 2))};
}
inline QString date(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
inline QDate toDate(const QVariant& v)
{
    const QString s = v.toString();
    if (s.size() != 10)
        return {};
    auto n = [&s](int at, int len) { return QStringView(s).mid(at, len).toInt(); };
    return {n(0, 4), n(5, 2), n(8, 2)};
}
/// A NOT NULL text column: Qt would bind a null QString as SQL NULL.
inline QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
/// NULL for 0 (optional foreign keys).
inline QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace motcua::residence::db
