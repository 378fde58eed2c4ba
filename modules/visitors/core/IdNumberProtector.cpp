#include "IdNumberProtector.h"

#include "Database.h"
#include "Vault.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace motcua::visitors {

namespace {
const QString kKeyMeta = QStringLiteral("visitors.idHashKey");
const QByteArray kKeyContext = "visitors.idHashKey";
const QByteArray kIdContext = "visitors.idNumber";
} // namespace

Result<IdNumberProtector> IdNumberProtector::open(Database& db, const Vault& vault)
{
    const QString stored = db.meta(kKeyMeta);
    if (!stored.isEmpty()) {
        auto key = vault.unseal(QByteArray::fromBase64(stored.toLatin1()), kKeyContext);
        if (!key)
            return key.status();
        return IdNumberProtector(*key, vault);
    }
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(key.data()), key.size() / 4);
    auto sealed = vault.seal(key, kKeyContext);
    if (!sealed)
        return sealed.status();
    // Another desk may create its key at the same moment: the first one stored wins, the other is dropped.
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("INSERT INTO db_meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO NOTHING"));
    q.addBindValue(kKeyMeta);
    q.addBindValue(QString::fromLatin1(sealed->toBase64()));
    if (Status s = db.exec(q, "store the ID hash key"); !s)
        return s;
    const QString winner = db.meta(kKeyMeta);
    if (winner != QString::fromLatin1(sealed->toBase64())) {
        auto theirs = vault.unseal(QByteArray::fromBase64(winner.toLatin1()), kKeyContext);
        if (!theirs)
            return theirs.status();
        key = *theirs;
    }
    return IdNumberProtector(key, vault);
}

QByteArray IdNumberProtector::hash(const QString& idNumber) const
{
    return QMessageAuthenticationCode::hash(idNumber.trimmed().toLatin1(), m_key, QCryptographicHash::Sha256);
}

Result<QString> IdNumberProtector::seal(const QString& idNumber) const
{
    return m_vault->sealText(idNumber.trimmed(), kIdContext);
}

Result<QString> IdNumberProtector::unseal(const QString& sealed) const
{
    return m_vault->unsealText(sealed, kIdContext);
}

QString IdNumberProtector::mask(const QString& idNumber)
{
    const QString id = idNumber.trimmed();
    if (id.size() < 7)
        return QString(id.size(), QLatin1Char('*'));
    return id.left(4) + QString(id.size() - 6, QLatin1Char('*')) + id.right(2);
}

} // namespace motcua::visitors
