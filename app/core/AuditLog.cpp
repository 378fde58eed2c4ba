#include "AuditLog.h"

#include "Clock.h"
#include "Database.h"
#include "Logging.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace motcua {

QByteArray AuditLog::rowHash(const QByteArray& previousHash, qint64 id, const QString& timestamp,
                             const QString& operatorName, const QString& action, const QString& subjectType,
                             const QString& subjectId, const QString& details)
{
    // Length-prefixed fields, so no two different rows serialise to the same bytes.
    QCryptographicHash h(QCryptographicHash::Sha256);
    auto add = [&h](const QByteArray& field) {
        h.addData(QByteArray(QByteArray::number(field.size()) + ':'));
        h.addData(field);
    };
    add(previousHash);
    add(QByteArray::number(id));
    add(timestamp.toUtf8());
    add(operatorName.toUtf8());
    add(action.toUtf8());
    add(subjectType.toUtf8());
    add(subjectId.toUtf8());
    add(details.toUtf8());
    return h.result().toHex();
}

Status AuditLog::append(const QString& operatorName, const AuditEntry& entry)
{
    Database::Transaction tx(m_db);
    QSqlQuery q = m_db.query();
    QByteArray previous;
    qint64 id = 1;
    if (q.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")) && q.next()) {
        id = q.value(0).toLongLong() + 1;
        previous = q.value(1).toByteArray();
    }
    const QDateTime now = m_clock.now();
    const QString ts = now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate);
    const QString details = QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact));
    const QByteArray hash =
        rowHash(previous, id, ts, operatorName, entry.action, entry.subjectType, entry.subjectId, details);
    q.prepare(QStringLiteral("INSERT INTO audit_log(id, ts, operator, action, subject_type, subject_id, details, "
                             "prev_hash, hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : {QVariant(id), QVariant(ts), QVariant(operatorName), QVariant(entry.action),
                              QVariant(entry.subjectType), QVariant(entry.subjectId), QVariant(details),
                              QVariant(QString(QLatin1String(previous))), QVariant(QString(QLatin1String(hash)))})
        q.addBindValue(v);
    if (Status s = m_db.exec(q, "append audit row"); !s)
        return s;
    if (Status s = m_db.setMeta(QStringLiteral("audit_head"), QString::fromLatin1(hash)); !s)
        return s;
    if (Status s = m_db.setMeta(QStringLiteral("audit_head_id"), QString::number(id)); !s)
        return s;
    return tx.commit();
}

Result<AuditVerifyReport> AuditLog::verify() const
{
    AuditVerifyReport report;
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, ts, operator, action, subject_type, subject_id, details, prev_hash, hash "
                               "FROM audit_log ORDER BY rowid")))
        return Status::failed(tr("The audit log cannot be read."), q.lastError().text());
    QByteArray previous;
    qint64 expectedId = 1;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        ++report.rowsChecked;
        const QByteArray prevStored = q.value(7).toString().toLatin1();
        const QByteArray stored = q.value(8).toString().toLatin1();
        const QByteArray computed =
            rowHash(previous, id, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString());
        QString problem;
        if (id != expectedId)
            problem = tr("row %1 is out of place: row %2 was expected here (a row was deleted or moved)")
                          .arg(id)
                          .arg(expectedId);
        else if (prevStored != previous)
            problem = tr("row %1 does not follow the row before it (a row was deleted, inserted or moved)").arg(id);
        else if (stored != computed)
            problem = tr("row %1 was changed after it was written").arg(id);
        if (!problem.isEmpty()) {
            report.firstBadRowId = id;
            report.problem = problem;
            qCWarning(lcAudit) << "audit chain broken at row" << id;
            return report;
        }
        previous = stored;
        expectedId = id + 1;
    }
    // The last row's hash is also kept in db_meta, so cutting rows off the end shows.
    const QByteArray head = m_db.meta(QStringLiteral("audit_head")).toLatin1();
    const qint64 headId = m_db.meta(QStringLiteral("audit_head_id")).toLongLong();
    if (headId != expectedId - 1 || head != previous) {
        report.firstBadRowId = expectedId;
        report.problem = tr("rows after row %1 are missing (the log was cut short)").arg(expectedId - 1);
    }
    return report;
}

} // namespace motcua
