#include "PopulationService.h"

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

PopulationService::PopulationService(Database& db, const Vault* vault, QObject* parent)
    : QObject(parent), m_db(db), m_vault(vault)
{}

QVariantMap PopulationService::resident(qint64 personId) const
{
    return resident(m_db, m_vault, personId);
}

QVariantMap PopulationService::resident(Database& db, const Vault* vault, qint64 personId)
{
    // The permanent record wins over a temporary one; a temporary resident outside any household gets a
    // household identifier of its own record so the statistics module can count it.
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral(
        "SELECT p.id_number, p.full_name, p.date_of_birth, p.sex, p.ethnicity_sealed, p.religion_sealed, "
        "p.card_issued, r.kind, a.province_code, a.commune_code, h.number, r.id FROM residence_persons p "
        "JOIN residence_records r ON r.person_id = p.id AND r.closed_on IS NULL AND r.kind IN ('permanent', "
        "'temporary') JOIN residence_addresses a ON a.id = r.address_id LEFT JOIN residence_households h ON h.id = "
        "r.household_id WHERE p.id = ? ORDER BY CASE r.kind WHEN 'permanent' THEN 0 ELSE 1 END, r.id DESC LIMIT 1"));
    q.addBindValue(personId);
    if (!q.exec() || !q.next())
        return {};
    QString household = q.value(10).toString();
    if (household.isEmpty())
        household = QStringLiteral("TT-%1").arg(q.value(11).toLongLong());
    QString religion = unsealed(vault, q.value(5).toString(), "residence.religion");
    if (religion.isEmpty())
        religion = QStringLiteral("Không");
    return {
        {QStringLiteral("id_number"), q.value(0).toString()},
        {QStringLiteral("full_name"), q.value(1).toString()},
        {QStringLiteral("date_of_birth"), q.value(2).toString()},
        {QStringLiteral("sex"), q.value(3).toString()},
        {QStringLiteral("ethnicity"), unsealed(vault, q.value(4).toString(), "residence.ethnicity")},
        {QStringLiteral("religion"), religion},
        {QStringLiteral("province_code"), q.value(8).toString()},
        {QStringLiteral("ward_code"), q.value(9).toString()},
        {QStringLiteral("residence_type"), q.value(7).toString()},
        {QStringLiteral("household_id"), household},
        {QStringLiteral("card_issued"), q.value(6).toString()},
    };
}

QVariantList PopulationService::residents(int offset, int limit)
{
    QVariantList out;
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT DISTINCT person_id FROM residence_records WHERE closed_on IS NULL AND kind IN "
                             "('permanent', 'temporary') ORDER BY person_id LIMIT ? OFFSET ?"));
    q.addBindValue(qMax(0, limit));
    q.addBindValue(qMax(0, offset));
    if (!q.exec())
        return out;
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    for (qint64 id : ids) {
        QVariantMap row = resident(id);
        if (!row.isEmpty())
            out << row;
    }
    return out;
}

} // namespace motcua::residence
