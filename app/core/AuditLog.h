#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace motcua {

class Clock;
class Database;

/// One event: who did what to which record. Details hold no personal data (ids, counts, reasons).
struct AuditEntry
{
    QString action;      // e.g. "login.failed", "visitor.checkin", "card.read"
    QString subjectType; // e.g. "user", "visit", "person"
    QString subjectId;   // internal record id, never a citizen's ID number
    QJsonObject details;
};

struct AuditVerifyReport
{
    qint64 rowsChecked = 0;
    qint64 firstBadRowId = -1; // -1 when the chain is intact
    QString problem;           // translated: what is wrong with that row
    bool intact() const { return firstBadRowId < 0; }
};

/// Append-only audit trail whose rows are chained by SHA-256, so edits, deletions and reordering show.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(motcua::AuditLog)

public:
    AuditLog(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    /// Appends one row on behalf of `operatorName` (a username, or "system").
    Status append(const QString& operatorName, const AuditEntry& entry);
    /// Recomputes the whole chain; names the first row that does not fit.
    Result<AuditVerifyReport> verify() const;

    static QByteArray rowHash(const QByteArray& previousHash, qint64 id, const QString& timestamp,
                              const QString& operatorName, const QString& action, const QString& subjectType,
                              const QString& subjectId, const QString& details);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace motcua
