#pragma once

#include "Database.h"
#include "ResidentImporter.h"
#include "StatisticsSchema.h"
#include "SyntheticGenerator.h"
#include "TestWorkstation.h"
#include "Vault.h"

#include <QBuffer>
#include <QSqlQuery>

#include <atomic>
#include <functional>

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
        ImportOptions o;
        o.partial = partial;
        o.pendingLimit = pendingLimit;
        o.rejected = [badLines](qint64 line, const QString&) {
            if (badLines)
                badLines->append(line);
        };
        return run(csv, o, report);
    }
    /// Imports `csv` with a Cancel button: `cancelWhen` sees each progress report (bytes read, rows) and
    /// says whether Cancel is pressed then.
    Status importWithCancel(const QByteArray& csv, const std::function<bool(qint64, qint64)>& cancelWhen,
                            ImportReport* report)
    {
        std::atomic<bool> cancel{false};
        ImportOptions o;
        o.cancel = &cancel;
        o.progress = [&](qint64 bytes, qint64 rows) {
            if (cancelWhen(bytes, rows))
                cancel = true;
        };
        return run(csv, o, report);
    }
    Status run(const QByteArray& csv, ImportOptions o, ImportReport* report)
    {
        QBuffer b;
        b.setData(csv);
        b.open(QIODevice::ReadOnly);
        o.today = 20260302;
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
