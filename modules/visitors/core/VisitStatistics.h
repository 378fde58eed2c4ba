#pragma once

#include "VisitorsStore.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace motcua::visitors {

/// Counts of visits in a date range for the statistics page: per day, per hour, by sex, age band, province.
class VisitStatistics
{
public:
    using Counts = QList<QPair<QString, int>>;

    explicit VisitStatistics(const VisitorsStore& store) : m_store(store) {}

    Counts perDay(const QDate& from, const QDate& to) const;    // "yyyy-MM-dd" → visits, every day of the range
    Counts perHour(const QDate& from, const QDate& to) const;   // "00" … "23"
    Counts bySex(const QDate& from, const QDate& to) const;     // "M", "F", ""
    Counts byAgeBand(const QDate& from, const QDate& to) const; // "<18", "18-29", "30-44", "45-59", "60+", "?"
    Counts byProvince(const QDate& from, const QDate& to, int top = 10) const;

private:
    Counts grouped(const QString& expression, const QDate& from, const QDate& to, const QString& order) const;
    const VisitorsStore& m_store;
};

} // namespace motcua::visitors
