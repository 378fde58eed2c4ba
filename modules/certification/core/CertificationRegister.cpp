#include "CertificationRegister.h"

#include "AuditLog.h"
#include "CertificationTr.h"
#include "Clock.h"
#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace motcua::certification {

namespace {

const char kColumns[] = "id, year, book, number, type_code, cert_number, cert_date, requester_name, requester_id,"
                        " document_name, issuing_body, pages, copies, fee, officer, status, cancel_reason, file_ref,"
                        " document_hash";

RegisterEntry readEntry(const QSqlQuery& q)
{
    RegisterEntry e;
    e.id = q.value(0).toLongLong();
    e.year = q.value(1).toInt();
    e.book = q.value(2).toString();
    e.number = q.value(3).toInt();
    e.typeCode = q.value(4).toString();
    e.certificationNumber = q.value(5).toString();
    e.date = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    e.requesterName = q.value(7).toString();
    e.requesterIdNumber = q.value(8).toString();
    e.documentName = q.value(9).toString();
    e.issuingBody = q.value(10).toString();
    e.pages = q.value(11).toInt();
    e.copies = q.value(12).toInt();
    e.fee = q.value(13).toLongLong();
    e.officer = q.value(14).toString();
    e.status = q.value(15).toString();
    e.cancelReason = q.value(16).toString();
    e.fileRef = q.value(17).toString();
    e.documentHash = q.value(18).toString();
    return e;
}

Status dbFailure(const QSqlQuery& q)
{
    return Status::failed(Tr::tr("The certification register could not be updated."), q.lastError().text());
}

} // namespace

QString foldForSearch(const QString& text)
{
    QString folded;
    for (QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x0111) || c == QChar(0x0110))
            c = QLatin1Char('d');
        folded += c.toLower();
    }
    return folded;
}

QString CertificationRegister::formatNumber(int number, const QString& book, int year, const QString& typeCode)
{
    return QStringLiteral("%1/%2/%3-%4").arg(number).arg(book).arg(year).arg(typeCode);
}

Result<RegisterEntry> CertificationRegister::enter(const Session& session, RegisterEntry e)
{
    if (Status s = session.require(kPermCertify); !s)
        return s;
    if (e.requesterName.trimmed().isEmpty() || e.documentName.trimmed().isEmpty())
        return Status(Status::Code::InputRejected, Tr::tr("Fill in the requester's name and the document."));
    // Optional text columns are stored as empty text, never NULL (a null QString binds as NULL).
    for (QString* field : {&e.requesterIdNumber, &e.issuingBody, &e.officer, &e.fileRef})
        if (field->isNull())
            *field = QLatin1String("");
    if (!e.date.isValid())
        e.date = m_clock.today();
    e.year = e.date.year();
    if (e.book.isEmpty())
        e.book = QStringLiteral("01");
    if (isClosed(e.year, e.book))
        return Status(
            Status::Code::InputRejected,
            Tr::tr("The register book %1 of %2 is closed. Open the next year's book.").arg(e.book).arg(e.year));
    Database::Transaction tx(m_db);
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM cert_register WHERE year = ? AND book = ?"));
    q.addBindValue(e.year);
    q.addBindValue(e.book);
    if (!q.exec() || !q.next())
        return dbFailure(q);
    e.number = q.value(0).toInt();
    e.certificationNumber = formatNumber(e.number, e.book, e.year, e.typeCode);
    e.officer = e.officer.isEmpty() ? session.displayName() : e.officer;
    q.prepare(QStringLiteral("INSERT INTO cert_register (year, book, number, type_code, cert_number, cert_date,"
                             " requester_name, requester_id, document_name, issuing_body, pages, copies, fee, officer,"
                             " status, file_ref, document_hash, created_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'certified', ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(e.year), QVariant(e.book), QVariant(e.number), QVariant(e.typeCode), QVariant(e.certificationNumber),
          QVariant(e.date.toString(Qt::ISODate)), QVariant(e.requesterName.normalized(QString::NormalizationForm_C)),
          QVariant(e.requesterIdNumber), QVariant(e.documentName), QVariant(e.issuingBody), QVariant(e.pages),
          QVariant(e.copies), QVariant(e.fee), QVariant(e.officer), QVariant(e.fileRef), QVariant(e.documentHash),
          QVariant(m_clock.now().toString(Qt::ISODate))})
        q.addBindValue(v);
    if (!q.exec())
        return dbFailure(q);
    e.id = q.lastInsertId().toLongLong();
    if (Status s = m_audit.append(
            session.username(),
            {QStringLiteral("certification.enter"), QStringLiteral("certification"), e.certificationNumber,
             QJsonObject{{QStringLiteral("pages"), e.pages}, {QStringLiteral("copies"), e.copies}}});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return e;
}

Status CertificationRegister::attachFile(const Session& session, const QString& number, const QString& fileRef)
{
    if (Status s = session.require(kPermCertify); !s)
        return s;
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE cert_register SET file_ref = ? WHERE cert_number = ?"));
    q.addBindValue(fileRef);
    q.addBindValue(number);
    return q.exec() ? Status::ok() : dbFailure(q);
}

Status CertificationRegister::cancel(const Session& session, const QString& number, const QString& reason)
{
    if (Status s = session.require(kPermCertify); !s)
        return s;
    if (reason.trimmed().isEmpty())
        return Status(Status::Code::InputRejected, Tr::tr("Give the reason for the cancellation."));
    Database::Transaction tx(m_db);
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE cert_register SET status = 'cancelled', cancel_reason = ?"
                             " WHERE cert_number = ? AND status = 'certified'"));
    q.addBindValue(reason.trimmed());
    q.addBindValue(number);
    if (!q.exec())
        return dbFailure(q);
    if (q.numRowsAffected() != 1)
        return Status(Status::Code::InputRejected,
                      Tr::tr("No certified entry %1 to cancel (it may be cancelled already).").arg(number));
    if (Status s = m_audit.append(
            session.username(), {QStringLiteral("certification.cancel"), QStringLiteral("certification"), number, {}});
        !s)
        return s;
    return tx.commit();
}

bool CertificationRegister::isClosed(int year, const QString& book) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT 1 FROM cert_closings WHERE year = ? AND book = ?"));
    q.addBindValue(year);
    q.addBindValue(book);
    return q.exec() && q.next();
}

Result<int> CertificationRegister::closeYear(const Session& session, int year, const QString& book)
{
    if (Status s = session.require(kPermRegisterClose); !s)
        return s;
    if (year >= m_clock.today().year())
        return Status(Status::Code::InputRejected, Tr::tr("A register book is closed only after its year has ended."));
    Database::Transaction tx(m_db);
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM cert_register WHERE year = ? AND book = ?"));
    q.addBindValue(year);
    q.addBindValue(book);
    if (!q.exec() || !q.next())
        return dbFailure(q);
    const int count = q.value(0).toInt();
    q.prepare(
        QStringLiteral("INSERT INTO cert_closings (year, book, entries, closed_at, closed_by) VALUES (?,?,?,?,?)"));
    for (const QVariant& v : {QVariant(year), QVariant(book), QVariant(count),
                              QVariant(m_clock.now().toString(Qt::ISODate)), QVariant(session.username())})
        q.addBindValue(v);
    if (!q.exec())
        return Status(Status::Code::InputRejected,
                      Tr::tr("The register book %1 of %2 is closed already.").arg(book).arg(year));
    if (Status s =
            m_audit.append(session.username(), {QStringLiteral("certification.close"), QStringLiteral("register"),
                                                QStringLiteral("%1/%2").arg(year).arg(book),
                                                QJsonObject{{QStringLiteral("entries"), count}}});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return count;
}

Result<RegisterEntry> CertificationRegister::find(const Session& session, const QString& number) const
{
    if (Status s = session.require(kPermRegisterRead); !s)
        return s;
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM cert_register WHERE cert_number = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(number.trimmed());
    if (!q.exec())
        return dbFailure(q);
    if (!q.next())
        return Status(Status::Code::InputRejected, Tr::tr("No certification %1 in the register.").arg(number));
    RegisterEntry entry = readEntry(q);
    // The entry holds the requester's name and ID number: who viewed it is audited (by certification number only).
    if (Status s = m_audit.append(session.username(),
                                  {QStringLiteral("certification.register.view"), QStringLiteral("certification"),
                                   entry.certificationNumber, QJsonObject{{QStringLiteral("entry"), entry.id}}});
        !s)
        return s;
    return entry;
}

int CertificationRegister::closedCount(int year, const QString& book) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT entries FROM cert_closings WHERE year = ? AND book = ?"));
    q.addBindValue(year);
    q.addBindValue(book);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

QStringList CertificationRegister::books(int year) const
{
    QStringList result{QStringLiteral("01")};
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT book FROM cert_books WHERE year = ? UNION SELECT DISTINCT book FROM cert_register"
                             " WHERE year = ?"));
    q.addBindValue(year);
    q.addBindValue(year);
    if (q.exec())
        while (q.next())
            result << q.value(0).toString();
    result.removeDuplicates();
    result.sort();
    return result;
}

Result<QString> CertificationRegister::createBook(const Session& session, int year, const QString& book)
{
    if (Status s = session.require(kPermRegisterBooks); !s)
        return s;
    bool numeric = false;
    const int n = book.trimmed().toInt(&numeric);
    if (!numeric || n < 1 || n > 99)
        return Status(Status::Code::InputRejected, Tr::tr("A register book number is a number from 1 to 99."));
    const QString name = QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
    if (books(year).contains(name))
        return Status(Status::Code::InputRejected,
                      Tr::tr("The register book %1 of %2 exists already.").arg(name).arg(year));
    Database::Transaction tx(m_db);
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO cert_books (year, book, created_at, created_by) VALUES (?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(year), QVariant(name), QVariant(m_clock.now().toString(Qt::ISODate)), QVariant(session.username())})
        q.addBindValue(v);
    if (!q.exec())
        return dbFailure(q);
    if (Status s = m_audit.append(session.username(), {QStringLiteral("certification.book.create"),
                                                       QStringLiteral("register"),
                                                       QStringLiteral("%1/%2").arg(year).arg(name),
                                                       {}});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return name;
}

Result<QList<RegisterEntry>> CertificationRegister::search(const Session& session, int year, const QString& text,
                                                           const QString& book) const
{
    if (Status s = session.require(kPermRegisterRead); !s)
        return s;
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM cert_register WHERE year = ? AND (? = '' OR book = ?)"
                             " ORDER BY book, number")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(year);
    q.addBindValue(book.isNull() ? QLatin1String("") : book);
    q.addBindValue(book.isNull() ? QLatin1String("") : book);
    if (!q.exec())
        return dbFailure(q);
    const QString needle = foldForSearch(text.trimmed());
    QList<RegisterEntry> result;
    while (q.next()) {
        RegisterEntry e = readEntry(q);
        if (needle.isEmpty() || foldForSearch(e.requesterName).contains(needle) ||
            foldForSearch(e.documentName).contains(needle) || e.certificationNumber.contains(text.trimmed()))
            result << e;
    }
    // The entries hold requesters' names and ID numbers: each search is audited with its scope and the number of
    // entries shown, never the searched text (it is usually a name).
    if (Status s = m_audit.append(session.username(),
                                  {QStringLiteral("certification.register.search"), QStringLiteral("register"),
                                   QStringLiteral("%1/%2").arg(year).arg(book.isEmpty() ? QStringLiteral("*") : book),
                                   QJsonObject{{QStringLiteral("entries"), int(result.size())},
                                               {QStringLiteral("filtered"), !text.trimmed().isEmpty()}}});
        !s)
        return s;
    return result;
}

} // namespace motcua::certification
