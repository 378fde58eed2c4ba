#pragma once

#include "Database.h"
#include "ResidentImporter.h"
#include "StatisticsSchema.h"
#include "SyntheticGenerator.h"
#include "TestWorkstation.h"
#include "Vault.h"

#include <QBuffer>
#include <QSqlQuery>

namespace motcua::statistics::test {

/// A test workstation with the statistics schema applied and helpers to import CSV text.
struct StatsFixture
{
    motcua::test::TestWorkstation tw{false};
    Vault* vault = nullptr;

    StatsFixture()
    {
        if (!tw.ws->database().migrate(schemaMigrations()))
            qFatal("statistics migration failed");
        auto v = tw.ws->vault();
        if (!v)
            qFatal("vault: %s", qPrintable(v.status().message()));
        vault = *v;
    }
    Database& db() { return tw.ws->database(); }

    Status import(const QByteArray& csv, bool partial = false, ImportReport* report = nullptr,
                  QList<qint64>* badLines = nullptr, std::size_t pendingLimit = 0)
    {
        QBuffer b;
        b.setData(csv);
        b.open(QIODevice::ReadOnly);
        ImportOptions o;
        o.partial = partial;
        o.today = 20260302;
        o.pendingLimit = pendingLimit;
        o.rejected = [badLines](qint64 line, const QString&) {
            if (badLines)
                badLines->append(line);
        };
        ImportReport local;
        return ResidentImporter(db(), vault).run(&b, o, report ? report : &local);
    }
    qint64 count(const QString& sql)
    {
        QSqlQuery q(db().connection());
        q.exec(sql);
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    static QByteArray generate(qint64 n, quint64 seed)
    {
        QBuffer b;
        b.open(QIODevice::WriteOnly);
        if (!SyntheticGenerator().write(&b, n, seed))
            qFatal("generate failed");
        return b.data();
    }
};

} // namespace motcua::statistics::test
