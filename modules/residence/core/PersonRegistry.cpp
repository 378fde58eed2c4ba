#include "PersonRegistry.h"

#include "Clock.h"
#include "Database.h"
#include "DbValues.h"
#include "Session.h"

#include <QCollator>
#include <QHash>

#include <algorithm>

namespace motcua::residence {

namespace {
// Columns of a PersonSummary; the household and the address come from the current membership and active record.
const QString kSummaryColumns = QStringLiteral(
    "p.id, p.id_number, p.full_name, p.date_of_birth, p.sex, (SELECT m.household_id FROM residence_memberships m "
    "WHERE m.person_id = p.id AND m.to_date IS NULL LIMIT 1), (SELECT r.address_id FROM residence_records r WHERE "
    "r.person_id = p.id AND r.closed_on IS NULL AND r.kind IN ('permanent', 'temporary') ORDER BY r.kind LIMIT 1)");

/// The folded street without its leading kind ("Phố", "Đường", "Ngõ"…), so "kim ma" finds "Phố Kim Mã".
QString streetKey(const QString& street)
{
    const QString folded = TextFolding::fold(street);
    for (const char* kind : {"pho ", "duong ", "ngo ", "ngach ", "hem ", "kiet ", "to ", "thon ", "ap ", "ban "})
        if (folded.startsWith(QLatin1String(kind)))
            return folded.mid(int(qstrlen(kind)));
    return folded;
}

/// The upper bound of a prefix range on text compared byte-wise (uses the index, unlike LIKE).
QString prefixEnd(const QString& prefix)
{
    return prefix + QChar(0xFFFF);
}
} // namespace

Result<QList<PersonSummary>> PersonRegistry::summaries(const Session& session, const QString& sql,
                                                       const QVariantList& binds, const char* action) const
{
    if (Status s = session.require(perm::View); !s)
        return s;
    QSqlQuery q = m_store.db().query();
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (Status s = m_store.db().exec(q, "search persons"); !s)
        return s;
    QList<PersonSummary> out;
    QHash<qint64, QString> addresses;
    while (q.next()) {
        PersonSummary p;
        p.id = q.value(0).toLongLong();
        p.idNumber = q.value(1).toString();
        p.fullName = q.value(2).toString();
        p.dateOfBirth = db::toDate(q.value(3));
        p.sex = q.value(4).toString();
        p.householdId = q.value(5).toLongLong();
        const qint64 addressId = q.value(6).toLongLong();
        if (addressId) {
            auto it = addresses.find(addressId);
            if (it == addresses.end()) {
                auto a = address(addressId);
                it = addresses.insert(addressId, a ? a->display() : QString());
            }
            p.address = *it;
        }
        out << p;
    }
    static const QCollator collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    std::stable_sort(out.begin(), out.end(), [](const PersonSummary& a, const PersonSummary& b) {
        return collator.compare(a.fullName, b.fullName) < 0;
    });
    if (Status s = m_store.audit(session, QString::fromLatin1(action), QStringLiteral("person"), 0,
                                 {{QStringLiteral("results"), int(out.size())}});
        !s)
        return s;
    return out;
}

Result<QList<PersonSummary>> PersonRegistry::searchByName(const Session& session, const QString& text, int limit) const
{
    // Every folded word becomes a prefix term of the FTS index: "nguyen van d" → "nguyen"* "van"* "d"*.
    QStringList terms;
    for (const QString& w : TextFolding::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString clean = w;
        clean.remove(QLatin1Char('"'));
        if (!clean.isEmpty())
            terms << QLatin1Char('"') + clean + QStringLiteral("\"*");
    }
    if (terms.isEmpty())
        return QList<PersonSummary>();
    return summaries(session,
                     QStringLiteral("SELECT ") + kSummaryColumns +
                         QStringLiteral(" FROM (SELECT rowid AS id FROM residence_person_names WHERE "
                                        "residence_person_names MATCH ? LIMIT ?) f JOIN residence_persons p ON p.id = "
                                        "f.id"),
                     {terms.join(QLatin1Char(' ')), limit}, "residence.person.search.name");
}

Result<QList<PersonSummary>> PersonRegistry::searchByIdNumber(const Session& session, const QString& digits,
                                                              int limit) const
{
    const QString d = digits.trimmed();
    if (d.size() < 3 || !std::all_of(d.begin(), d.end(), [](QChar c) { return c.isDigit(); }))
        return Status(Status::Code::InputRejected, tr("Enter at least the first three digits of the ID number."));
    return summaries(session,
                     QStringLiteral("SELECT ") + kSummaryColumns +
                         QStringLiteral(" FROM residence_persons p WHERE p.id_number >= ? AND p.id_number < ? "
                                        "ORDER BY p.id_number LIMIT ?"),
                     {d, prefixEnd(d), limit}, "residence.person.search.id");
}

Result<QList<PersonSummary>> PersonRegistry::searchByAddress(const Session& session, const QString& communeCode,
                                                             const QString& street, const QString& houseNumber,
                                                             int limit) const
{
    const QString key = streetKey(street);
    QString sql = QStringLiteral("SELECT ") + kSummaryColumns +
                  QStringLiteral(" FROM residence_addresses a JOIN residence_records r ON r.address_id = a.id AND "
                                 "r.closed_on IS NULL AND r.kind IN ('permanent', 'temporary') JOIN residence_persons "
                                 "p ON p.id = r.person_id WHERE a.street_key >= ? AND a.street_key < ?");
    QVariantList binds{key, prefixEnd(key)};
    if (!houseNumber.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND a.house_number = ?");
        binds << houseNumber.trimmed();
    }
    if (!communeCode.isEmpty()) {
        sql += QStringLiteral(" AND a.commune_code = ?");
        binds << communeCode;
    }
    sql += QStringLiteral(" LIMIT ?");
    binds << limit;
    return summaries(session, sql, binds, "residence.person.search.address");
}

Result<QList<PersonSummary>> PersonRegistry::search(const Session& session, const QString& text, int limit) const
{
    const QString t = text.trimmed();
    if (!t.isEmpty() && std::all_of(t.begin(), t.end(), [](QChar c) { return c.isDigit(); }))
        return searchByIdNumber(session, t, limit);
    return searchByName(session, t, limit);
}

Result<Person> PersonRegistry::person(const Session& session, qint64 personId) const
{
    if (Status s = session.require(perm::View); !s)
        return s;
    QSqlQuery q = m_store.db().query();
    q.prepare(QStringLiteral("SELECT id_number, full_name, date_of_birth, sex, ethnicity_sealed, religion_sealed, "
                             "phone_sealed, email_sealed, card_issued FROM residence_persons WHERE id = ?"));
    q.addBindValue(personId);
    if (Status s = m_store.db().exec(q, "read person"); !s)
        return s;
    if (!q.next())
        return Status(Status::Code::InputRejected, tr("This person is not in the registry."));
    Person p;
    p.id = personId;
    p.data.idNumber = q.value(0).toString();
    p.data.fullName = q.value(1).toString();
    p.data.dateOfBirth = db::toDate(q.value(2));
    p.data.sex = q.value(3).toString();
    const struct
    {
        int column;
        QString* field;
        const char* context;
    } sealed[] = {{4, &p.data.ethnicity, "residence.ethnicity"},
                  {5, &p.data.religion, "residence.religion"},
                  {6, &p.data.phone, "residence.phone"},
                  {7, &p.data.email, "residence.email"}};
    for (const auto& f : sealed) {
        auto v = m_store.unseal(q.value(f.column).toString(), f.context);
        if (!v)
            return v.status();
        *f.field = *v;
    }
    p.data.cardIssued = db::toDate(q.value(8));
    q.finish(); // the read ends before the audit row is written: a stale read snapshot cannot become a write
    if (Status s = m_store.audit(session, QStringLiteral("residence.person.read"), QStringLiteral("person"), personId);
        !s)
        return s;
    return p;
}

Result<qint64> PersonRegistry::idOfNumber(const Session& session, const QString& idNumber) const
{
    if (Status s = session.require(perm::View); !s)
        return s;
    QSqlQuery q = m_store.db().query();
    q.prepare(QStringLiteral("SELECT id FROM residence_persons WHERE id_number = ?"));
    q.addBindValue(idNumber);
    if (Status s = m_store.db().exec(q, "find person"); !s)
        return s;
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<qint64> PersonRegistry::upsert(const PersonData& d) const
{
    QSqlQuery find = m_store.db().query();
    find.prepare(QStringLiteral("SELECT id FROM residence_persons WHERE id_number = ?"));
    find.addBindValue(d.idNumber);
    if (Status s = m_store.db().exec(find, "find person"); !s)
        return s;
    const qint64 existing = find.next() ? find.value(0).toLongLong() : 0;
    QString sealed[4];
    const QString* plain[4] = {&d.ethnicity, &d.religion, &d.phone, &d.email};
    const char* contexts[4] = {"residence.ethnicity", "residence.religion", "residence.phone", "residence.email"};
    for (int i = 0; i < 4; ++i) {
        auto s = m_store.seal(plain[i]->trimmed(), contexts[i]);
        if (!s)
            return s.status();
        sealed[i] = db::text(*s);
    }
    const QString name = d.fullName.trimmed().normalized(QString::NormalizationForm_C);
    const QString now = db::time(m_store.env().clock->now());
    QSqlQuery q = m_store.db().query();
    if (existing) {
        // Known person: the new data wins, but empty sealed fields keep what the registry has.
        q.prepare(QStringLiteral(
            "UPDATE residence_persons SET full_name = ?, name_key = ?, date_of_birth = ?, sex = ?, "
            "ethnicity_sealed = CASE WHEN ? = '' THEN ethnicity_sealed ELSE ? END, religion_sealed = CASE WHEN ? = '' "
            "THEN religion_sealed ELSE ? END, phone_sealed = CASE WHEN ? = '' THEN phone_sealed ELSE ? END, "
            "email_sealed = CASE WHEN ? = '' THEN email_sealed ELSE ? END, card_issued = CASE WHEN ? = '' THEN "
            "card_issued ELSE ? END, updated_at = ? WHERE id = ?"));
        q.addBindValue(name);
        q.addBindValue(TextFolding::fold(name));
        q.addBindValue(db::date(d.dateOfBirth));
        q.addBindValue(d.sex);
        for (const QString& s : sealed) {
            q.addBindValue(s);
            q.addBindValue(s);
        }
        q.addBindValue(db::text(db::date(d.cardIssued)));
        q.addBindValue(db::text(db::date(d.cardIssued)));
        q.addBindValue(now);
        q.addBindValue(existing);
        if (Status s = m_store.db().exec(q, "update person"); !s)
            return s;
        return existing;
    }
    q.prepare(QStringLiteral("INSERT INTO residence_persons(id_number, full_name, name_key, date_of_birth, sex, "
                             "ethnicity_sealed, religion_sealed, phone_sealed, email_sealed, card_issued, created_at, "
                             "updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(d.idNumber);
    q.addBindValue(name);
    q.addBindValue(TextFolding::fold(name));
    q.addBindValue(db::date(d.dateOfBirth));
    q.addBindValue(d.sex);
    for (const QString& s : sealed)
        q.addBindValue(s);
    q.addBindValue(db::text(db::date(d.cardIssued)));
    q.addBindValue(now);
    q.addBindValue(now);
    if (Status s = m_store.db().exec(q, "add person"); !s)
        return s;
    return q.lastInsertId().toLongLong();
}

Result<qint64> PersonRegistry::addressId(const Address& a) const
{
    const QString street = a.street.trimmed().normalized(QString::NormalizationForm_C);
    const QString house = a.houseNumber.trimmed();
    QSqlQuery q = m_store.db().query();
    q.prepare(QStringLiteral("SELECT id FROM residence_addresses WHERE commune_code = ? AND street_key = ? AND "
                             "house_number = ? AND province_code = ?"));
    q.addBindValue(a.communeCode);
    q.addBindValue(db::text(streetKey(street)));
    q.addBindValue(db::text(house));
    q.addBindValue(a.provinceCode);
    if (Status s = m_store.db().exec(q, "find address"); !s)
        return s;
    if (q.next())
        return q.value(0).toLongLong();
    QSqlQuery ins = m_store.db().query();
    ins.prepare(QStringLiteral("INSERT INTO residence_addresses(province_code, commune_code, street, house_number, "
                               "street_key) VALUES(?, ?, ?, ?, ?)"));
    ins.addBindValue(a.provinceCode);
    ins.addBindValue(a.communeCode);
    ins.addBindValue(db::text(street));
    ins.addBindValue(db::text(house));
    ins.addBindValue(db::text(streetKey(street)));
    if (Status s = m_store.db().exec(ins, "add address"); !s)
        return s;
    return ins.lastInsertId().toLongLong();
}

Result<Address> PersonRegistry::address(qint64 addressId) const
{
    QSqlQuery q = m_store.db().query();
    q.prepare(QStringLiteral(
        "SELECT province_code, commune_code, street, house_number FROM residence_addresses WHERE id = ?"));
    q.addBindValue(addressId);
    if (Status s = m_store.db().exec(q, "read address"); !s)
        return s;
    if (!q.next())
        return Status::failed(tr("The address is missing from the registry."));
    return Address{addressId, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                   q.value(3).toString()};
}

Status PersonRegistry::correct(qint64 personId, const QVariantMap& corrections) const
{
    for (auto it = corrections.begin(); it != corrections.end(); ++it) {
        QString column;
        QString value = it.value().toString().trimmed();
        const char* context = nullptr;
        if (it.key() == QLatin1String("full_name")) {
            value = value.normalized(QString::NormalizationForm_C);
            QSqlQuery k = m_store.db().query();
            k.prepare(QStringLiteral("UPDATE residence_persons SET name_key = ? WHERE id = ?"));
            k.addBindValue(TextFolding::fold(value));
            k.addBindValue(personId);
            if (Status s = m_store.db().exec(k, "correct person"); !s)
                return s;
            column = QStringLiteral("full_name");
        } else if (it.key() == QLatin1String("date_of_birth") || it.key() == QLatin1String("sex")) {
            column = it.key();
        } else if (it.key() == QLatin1String("ethnicity")) {
            column = QStringLiteral("ethnicity_sealed");
            context = "residence.ethnicity";
        } else if (it.key() == QLatin1String("religion")) {
            column = QStringLiteral("religion_sealed");
            context = "residence.religion";
        } else {
            return {Status::Code::InputRejected, tr("The field \"%1\" cannot be corrected.").arg(it.key())};
        }
        if (context) {
            auto sealed = m_store.seal(value, context);
            if (!sealed)
                return sealed.status();
            value = *sealed;
        }
        QSqlQuery q = m_store.db().query();
        q.prepare(QStringLiteral("UPDATE residence_persons SET %1 = ?, updated_at = ? WHERE id = ?").arg(column));
        q.addBindValue(db::text(value));
        q.addBindValue(db::time(m_store.env().clock->now()));
        q.addBindValue(personId);
        if (Status s = m_store.db().exec(q, "correct person"); !s)
            return s;
    }
    return Status::ok();
}

} // namespace motcua::residence
