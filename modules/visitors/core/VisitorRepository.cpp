#include "VisitorRepository.h"

#include "Clock.h"
#include "Database.h"
#include "DbTime.h"
#include "TextFolding.h"
#include "Vault.h"

#include <QSqlQuery>
#include <QVariant>

namespace motcua::visitors {

namespace {
const QByteArray kPortraitContext = "visitors.portrait";
const QByteArray kResidenceContext = "visitors.residence";
} // namespace

QString VisitorRepository::provinceOf(const QString& residence)
{
    const QStringList parts = residence.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return parts.isEmpty() ? QString() : parts.last().trimmed();
}

Result<qint64> VisitorRepository::upsert(const VisitorIdentity& identity)
{
    const QByteArray hash = m_ids.hash(identity.idNumber);
    const QString now = dbTime(m_env.clock->now());
    auto residence = m_env.vault->sealText(identity.residence, kResidenceContext);
    if (!residence)
        return residence.status();
    QByteArray portrait;
    if (!identity.portrait.isEmpty()) {
        auto sealed = m_env.vault->seal(identity.portrait, kPortraitContext);
        if (!sealed)
            return sealed.status();
        portrait = *sealed;
    }
    const QString name = identity.fullName.normalized(QString::NormalizationForm_C).trimmed();
    const std::optional<qint64> existing = findByIdNumber(identity.idNumber);
    QSqlQuery q = m_env.db->query();
    if (existing) {
        // Refresh what the card says today; keep the old portrait when this read brought none.
        q.prepare(QStringLiteral("UPDATE visitors_profiles SET full_name = ?, name_folded = ?, birth_date = ?, sex = ?,"
                                 " residence_sealed = ?, province = ?, card_expiry = ?, last_seen_at = ?,"
                                 " portrait_sealed = COALESCE(?, portrait_sealed) WHERE id = ?"));
        q.addBindValue(name);
        q.addBindValue(TextFolding::fold(name));
        q.addBindValue(dbDate(identity.dateOfBirth));
        q.addBindValue(identity.sex);
        q.addBindValue(*residence);
        q.addBindValue(provinceOf(identity.residence));
        q.addBindValue(dbDate(identity.cardExpiry));
        q.addBindValue(now);
        q.addBindValue(portrait.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(portrait));
        q.addBindValue(*existing);
        if (Status s = m_env.db->exec(q, "update visitor profile"); !s)
            return s;
        return *existing;
    }
    auto sealedId = m_ids.seal(identity.idNumber);
    if (!sealedId)
        return sealedId.status();
    q.prepare(QStringLiteral("INSERT INTO visitors_profiles(id_hash, id_sealed, id_masked, full_name, name_folded,"
                             " birth_date, sex, residence_sealed, province, portrait_sealed, card_expiry, created_at,"
                             " last_seen_at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(hash);
    q.addBindValue(*sealedId);
    q.addBindValue(IdNumberProtector::mask(identity.idNumber));
    q.addBindValue(name);
    q.addBindValue(TextFolding::fold(name));
    q.addBindValue(dbDate(identity.dateOfBirth));
    q.addBindValue(identity.sex);
    q.addBindValue(*residence);
    q.addBindValue(provinceOf(identity.residence));
    q.addBindValue(portrait.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(portrait));
    q.addBindValue(dbDate(identity.cardExpiry));
    q.addBindValue(now);
    q.addBindValue(now);
    if (Status s = m_env.db->exec(q, "insert visitor profile"); !s)
        return s;
    return q.lastInsertId().toLongLong();
}

std::optional<qint64> VisitorRepository::findByIdNumber(const QString& idNumber) const
{
    QSqlQuery q = m_env.db->query();
    q.prepare(QStringLiteral("SELECT id FROM visitors_profiles WHERE id_hash = ?"));
    q.addBindValue(m_ids.hash(idNumber));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

Result<VisitorIdentity> VisitorRepository::load(qint64 profileId) const
{
    QSqlQuery q = m_env.db->query();
    q.prepare(QStringLiteral("SELECT id_sealed, full_name, birth_date, sex, residence_sealed, portrait_sealed,"
                             " card_expiry FROM visitors_profiles WHERE id = ?"));
    q.addBindValue(profileId);
    if (!q.exec() || !q.next())
        return Status::failed(tr("This visitor is no longer in the register."));
    VisitorIdentity out;
    auto id = m_ids.unseal(q.value(0).toString());
    if (!id)
        return id.status();
    out.idNumber = *id;
    out.fullName = q.value(1).toString();
    out.dateOfBirth = fromDbDate(q.value(2).toString());
    out.sex = q.value(3).toString();
    if (!q.value(4).toString().isEmpty()) {
        auto residence = m_env.vault->unsealText(q.value(4).toString(), kResidenceContext);
        if (!residence)
            return residence.status();
        out.residence = *residence;
    }
    if (!q.value(5).toByteArray().isEmpty()) {
        auto portrait = m_env.vault->unseal(q.value(5).toByteArray(), kPortraitContext);
        if (!portrait)
            return portrait.status();
        out.portrait = *portrait;
    }
    out.cardExpiry = fromDbDate(q.value(6).toString());
    return out;
}

Result<QByteArray> VisitorRepository::portrait(qint64 profileId) const
{
    QSqlQuery q = m_env.db->query();
    q.prepare(QStringLiteral("SELECT portrait_sealed FROM visitors_profiles WHERE id = ?"));
    q.addBindValue(profileId);
    if (!q.exec() || !q.next() || q.value(0).toByteArray().isEmpty())
        return QByteArray();
    return m_env.vault->unseal(q.value(0).toByteArray(), kPortraitContext);
}

} // namespace motcua::visitors
