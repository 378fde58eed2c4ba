#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace motcua {

class AuditLog;
class Database;
class Session;

struct Holiday
{
    QDate date;
    QString name;
};

/// Working days: Monday–Friday minus the holiday table administrators keep (seeded with Vietnam's holidays).
class WorkingCalendar
{
    Q_DECLARE_TR_FUNCTIONS(motcua::WorkingCalendar)

public:
    WorkingCalendar(Database& db, AuditLog& audit) : m_db(db), m_audit(audit) {}

    Status reload();
    bool isWorkingDay(const QDate& date) const;
    /// The date `days` working days after `start` (start itself not counted).
    QDate addWorkingDays(const QDate& start, int days) const;
    /// Working days in (from, to].
    int workingDaysBetween(const QDate& from, const QDate& to) const;
    QList<Holiday> holidays(int year) const;
    Status addHoliday(const Session& actor, const Holiday& holiday);
    Status removeHoliday(const Session& actor, const QDate& date);

private:
    Database& m_db;
    AuditLog& m_audit;
    QMap<QDate, QString> m_holidays;
};

} // namespace motcua
