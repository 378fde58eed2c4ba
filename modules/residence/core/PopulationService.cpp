#include "PopulationService.h"

#include "AuditLog.h"
#include "Database.h"
#include "DbValues.h"
#include "Vault.h"

namespace motcua::residence {

namespace {
QString unsealed(const Vault* vault, const QString& sealed, const char* context)
{
    if (sealed.isEmpty() || !vault)
        return {};
    auto r = vault->unsealText(sealed, QByteArray(context));
    return r ? *r : QString();
}
} // namespace

PopulationService::PopulationService(Database& db, const Vault* vault, AuditLog* audit, QObject* parent)
    : QObject(parent), m_db(db), m_vault(vault), m_audit(audit)
{
    if (!m_audit) {
        m_ownAudit = std::make_unique<AuditLog>(m_db, m_clock);
        m_audit = m_ownAudit.get();
    }
}

PopulationService::~PopulationService() = default;

QVariantMap PopulationService::resident(qint64 personId) const
{
    return resident(m_db, m_vault, personId);
}

namespace {
// One resident row per active permanent/temporary record; the permanent record of a person sorts first.
const QString kResidentSelect = QStringLiteral(
    "SELECT p.id, p.id_number, p.full_name, p.date_of_birth, p.sex, p.ethnicity_sealed, p.religion_sealed, "
    "p.card_issued, r.kind, a.province_code, a.commune_code, h.number, r.id FROM residence_records r JOIN "
    "residence_persons p ON p.id = r.person_id JOIN residence_addresses a ON a.id = r.address_id LEFT JOIN "
    "residence_households h ON h.id = r.household_id WHERE r.closed_on IS NULL AND r.kind IN ('permanent', "
    "'temporary') AND ");

QVariantMap residentRow(const QSqlQuery& q, const Vault* vault)
{
    // A temporary resident outside any household gets an identifier of its own record, so it can be counted.
    QString household = q.value(11).toString();
    if (household.isEmpty())
        household = QStringLiteral("TT-%1").arg(q.value(12).toLongLong());
    QString religion = unsealed(vault, q.value(6).toString(), "residence.religion");
    if (religion.isEmpty())
        religion = QStringLiteral("Không");
    return {
        {QStringLiteral("id_number"), q.value(1).toString()},
        {QStringLiteral("full_name"), q.value(2).toString()},
        {QStringLiteral("date_of_birth"), q.value(3).toString()},
        {QStringLiteral("sex"), q.value(4).toString()},
        {QStringLiteral("ethnicity"), unsealed(vault, q.value(5).toString(), "residence.ethnicity")},
        {QStringLiteral("religion"), religion},
        {QStringLiteral("province_code"), q.value(9).toString()},
        {QStringLiteral("ward_code"), q.value(10).toString()},
        {QStringLiteral("residence_type"), q.value(8).toString()},
        {QStringLiteral("household_id"), household},
        {QStringLiteral("card_issued"), q.value(7).toString()},
    };
}
} // namespace

QVariantMap PopulationService::resident(Database& db, const Vault* vault, qint64 personId)
{
    QSqlQuery q = db.query();
    q.prepare(kResidentSelect + QStringLiteral("p.id = ? ORDER BY r.kind, r.id DESC LIMIT 1"));
    q.addBindValue(personId);
    if (!q.exec() || !q.next())
        return {};
    return residentRow(q, vault);
}

QVariantList PopulationService::residents(int offset, int limit)
{
    // One query per page: the page's persons, then their records (permanent first, newest first).
    QVariantList out;
    QSqlQuery q = m_db.query();
    q.prepare(kResidentSelect + QStringLiteral("p.id IN (SELECT DISTINCT person_id FROM residence_records WHERE "
                                               "closed_on IS NULL AND kind IN ('permanent', 'temporary') ORDER BY "
                                               "person_id LIMIT ? OFFSET ?) ORDER BY p.id, r.kind, r.id DESC"));
    q.addBindValue(qMax(0, limit));
    q.addBindValue(qMax(0, offset));
    if (!q.exec())
        return out;
    qint64 last = 0;
    while (q.next()) {
        const qint64 person = q.value(0).toLongLong();
        if (person == last)
            continue;
        last = person;
        out << residentRow(q, m_vault);
    }
    // Ids and counts only: which page was read and how many residents it held.
    AuditEntry e;
    e.action = QStringLiteral("residence.population.residents");
    e.subjectType = QStringLiteral("resident_page");
    e.subjectId = QString::number(qMax(0, offset));
    e.details = {{QStringLiteral("offset"), qMax(0, offset)},
                 {QStringLiteral("limit"), qMax(0, limit)},
                 {QStringLiteral("rows"), int(out.size())}};
    if (Status s = m_audit->append(QStringLiteral("system"), e); !s) {
        qWarning("residence: a page of residents was not handed out: the audit log refused it");
        return {};
    }
    return out;
}

} // namespace motcua::residence
