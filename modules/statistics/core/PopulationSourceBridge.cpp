#include "PopulationSourceBridge.h"

#include "Database.h"
#include "Logging.h"
#include "PopulationStore.h"
#include "ResidentValidator.h"

#include <QDate>

namespace motcua::statistics {

PopulationSourceBridge::PopulationSourceBridge(Database& db, const Vault* vault, QObject* parent)
    : QObject(parent), m_db(db), m_vault(vault)
{}

bool PopulationSourceBridge::attach(QObject* source)
{
    if (!source)
        return false;
    m_source = source;
    return connect(source, SIGNAL(residentChanged(QVariantMap, QVariantMap)), this,
                   SLOT(applyChange(QVariantMap, QVariantMap)));
}

namespace {
/// The same rules as a CSV row: a registry record is validated before it is counted.
bool toResident(const QVariantMap& m, Resident* out)
{
    std::vector<QByteArray> storage;
    std::vector<QByteArrayView> fields;
    for (const QString& c : ResidentValidator::columnNames())
        storage.push_back(m.value(c).toString().toUtf8());
    for (const QByteArray& b : storage)
        fields.emplace_back(b);
    std::vector<QByteArrayView> header;
    std::vector<QByteArray> names;
    for (const QString& c : ResidentValidator::columnNames())
        names.push_back(c.toUtf8());
    for (const QByteArray& b : names)
        header.emplace_back(b);
    const QDate today = QDate::currentDate();
    ResidentValidator v(today.year() * 10000 + today.month() * 100 + today.day());
    return v.readHeader(header) && v.readRow(fields, *out);
}
} // namespace

void PopulationSourceBridge::applyChange(const QVariantMap& before, const QVariantMap& after)
{
    PopulationStore store(m_db, m_vault);
    if (!store.open())
        return;
    Database::Transaction tx(m_db);
    Resident r;
    bool ok = true;
    if (!before.isEmpty())
        ok = bool(store.remove(before.value(QStringLiteral("id_number")).toString().toLongLong()));
    if (ok && !after.isEmpty()) {
        if (toResident(after, &r)) {
            ok = bool(store.upsert(r));
        } else {
            qCWarning(lcCore) << "statistics: a registry record was not counted (invalid fields)";
        }
    }
    if (ok && store.flush() && tx.commit())
        emit countsChanged();
    else
        store.discard();
}

} // namespace motcua::statistics
