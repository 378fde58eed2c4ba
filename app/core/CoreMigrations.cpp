#include "CoreMigrations.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace motcua {

namespace {

struct SeedHoliday
{
    const char* from;
    const char* to;
    const char* name;
};

// Vietnam's public holidays (Labour Code 2019, art. 112) with the Government's announced leave days for
// 2025–2026; 2027 follows the statutory rule and should be confirmed by the administrator when announced.
const SeedHoliday kLunarHolidays[] = {
    {"2025-01-25", "2025-02-02", "Tết Nguyên đán"}, {"2025-04-07", "2025-04-07", "Giỗ Tổ Hùng Vương"},
    {"2026-02-14", "2026-02-22", "Tết Nguyên đán"}, {"2026-04-27", "2026-04-27", "Giỗ Tổ Hùng Vương (nghỉ bù)"},
    {"2027-02-05", "2027-02-11", "Tết Nguyên đán"}, {"2027-04-16", "2027-04-16", "Giỗ Tổ Hùng Vương"},
};

bool seedHolidays(QSqlDatabase& db, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO holidays(day, name) VALUES(?, ?)"));
    auto add = [&](const QDate& d, const QString& name) {
        q.addBindValue(d.toString(Qt::ISODate));
        q.addBindValue(name);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    };
    for (int year = 2025; year <= 2030; ++year) {
        if (!add(QDate(year, 1, 1), QStringLiteral("Tết Dương lịch")) ||
            !add(QDate(year, 4, 30), QStringLiteral("Ngày Chiến thắng")) ||
            !add(QDate(year, 5, 1), QStringLiteral("Ngày Quốc tế Lao động")) ||
            !add(QDate(year, 9, 1), QStringLiteral("Quốc khánh")) ||
            !add(QDate(year, 9, 2), QStringLiteral("Quốc khánh")))
            return false;
    }
    for (const SeedHoliday& h : kLunarHolidays) {
        const QDate to = QDate::fromString(QString::fromLatin1(h.to), Qt::ISODate);
        for (QDate d = QDate::fromString(QString::fromLatin1(h.from), Qt::ISODate); d <= to; d = d.addDays(1))
            if (!add(d, QString::fromUtf8(h.name)))
                return false;
    }
    return true;
}

} // namespace

QList<Migration> coreMigrations()
{
    const QString core = QStringLiteral("core");
    return {
        {core,
         1,
         QStringLiteral("accounts, audit log, vault, holidays"),
         {
             QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, username TEXT NOT NULL UNIQUE, "
                            "display_name TEXT NOT NULL, role TEXT NOT NULL, password_hash TEXT NOT NULL, "
                            "disabled INTEGER NOT NULL DEFAULT 0, failed_count INTEGER NOT NULL DEFAULT 0, "
                            "locked_until TEXT, last_login TEXT, created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, ts TEXT NOT NULL, operator TEXT NOT NULL, "
                            "action TEXT NOT NULL, subject_type TEXT NOT NULL, subject_id TEXT NOT NULL, "
                            "details TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX audit_log_subject ON audit_log(subject_type, subject_id)"),
             // Append-only: the application never updates or deletes audit rows.
             QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                            "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"),
             QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                            "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"),
             QStringLiteral("CREATE TABLE vault_keys (id INTEGER PRIMARY KEY, method TEXT NOT NULL, salt BLOB NOT "
                            "NULL, wrapped_key BLOB NOT NULL, created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE holidays (day TEXT PRIMARY KEY, name TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE workstation (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
         },
         seedHolidays},
    };
}

} // namespace motcua
