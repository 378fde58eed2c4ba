#include "CellBlob.h"
#include "HouseholdDelta.h"
#include "IdSet.h"
#include "Permissions.h"
#include "PopulationStore.h"
#include "StatisticsAccess.h"
#include "StatsCommands.h"
#include "StatsFixture.h"
#include "SummaryQuery.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlRecord>
#include <QTemporaryFile>
#include <QtEndian>

#include <atomic>

using namespace motcua;
using namespace motcua::statistics;

namespace {
const QByteArray kHeader = "id_number,full_name,date_of_birth,sex,ethnicity,religion,province_code,ward_code,"
                           "residence_type,household_id,card_issued\n";
// Ward 00004 (Ba Đình) lies in province 01 (Hà Nội).
QByteArray row(const char* id, const char* dob = "1990-05-01", const char* ward = "00004", const char* province = "01")
{
    return QByteArray(id) + ",Nguyễn Văn A," + dob + ",M,Kinh,Không," + province + "," + ward +
           ",permanent,HK1,2022-01-01\n";
}

/// Every non-zero cell of the aggregate tables, as text, for comparing two states.
QStringList snapshot(Database& db)
{
    QStringList out;
    QSqlQuery cells(db.connection());
    cells.exec(QStringLiteral("SELECT slot, cells FROM stats_cells ORDER BY slot"));
    while (cells.next())
        for (const auto& [key, n] : cellblob::decode(cells.value(1).toByteArray()))
            if (n)
                out << QStringLiteral("cell|%1|%2|%3").arg(cells.value(0).toLongLong()).arg(key).arg(n);
    for (const char* sql :
         {"SELECT 'marg', area, dim, value, n FROM stats_marg WHERE n <> 0 ORDER BY 2,3,4",
          "SELECT 'total', area, n, households, cards FROM stats_total WHERE n <> 0 OR households <> 0 ORDER BY 2"}) {
        QSqlQuery q(db.connection());
        q.exec(QString::fromLatin1(sql));
        while (q.next()) {
            QStringList cols;
            for (int i = 0; i < q.record().count(); ++i)
                cols << q.value(i).toString();
            out << cols.join(u'|');
        }
    }
    QSqlQuery households(db.connection());
    households.exec(QStringLiteral("SELECT ward, members FROM stats_households ORDER BY ward"));
    while (households.next()) {
        const QByteArray blob = households.value(1).toByteArray();
        householdblob::Members members;
        if (!householdblob::decode(blob, &members))
            out << QStringLiteral("hh|damaged");
        for (const auto& [household, n] : members)
            out << QStringLiteral("hh|%1|%2|%3")
                       .arg(households.value(0).toInt())
                       .arg(QString::fromUtf8(household.data(), qsizetype(household.size())))
                       .arg(n);
    }
    return out;
}
} // namespace

/// Import rules, all-or-nothing, summary against an independent recount, incremental = rebuild.
class TestStatisticsImport : public QObject
{
    Q_OBJECT

private slots:
    void generatorIsDeterministic()
    {
        const QByteArray a = statistics::test::StatsFixture::generate(5000, 42);
        QCOMPARE(statistics::test::StatsFixture::generate(5000, 42), a);
        QVERIFY(statistics::test::StatsFixture::generate(5000, 43) != a);
        QCOMPARE(a.count('\n'), 5001);
        // Regional concentration: Khmer appear, and mostly in the Mekong delta and the south-east.
        QVERIFY(a.contains(",Khmer,"));
    }

    void summaryEqualsIndependentRecount_data()
    {
        QTest::addColumn<QStringList>("filter");
        QTest::newRow("country") << QStringList{};
        QTest::newRow("province 79") << QStringList{QStringLiteral("--province"), QStringLiteral("79")};
        QTest::newRow("province 91") << QStringList{QStringLiteral("--province"), QStringLiteral("91")};
    }
    void summaryEqualsIndependentRecount()
    {
        QFETCH(QStringList, filter);
        statistics::test::StatsFixture fx;
        const QByteArray csv = statistics::test::StatsFixture::generate(20000, 7);
        ImportReport report;
        QVERIFY(fx.import(csv, false, &report));
        QCOMPARE(report.imported, 20000);
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(csv);
        file.flush();
        for (const QString& asOfText : {QStringLiteral("2026-03-02"), QStringLiteral("2024-02-29")}) {
            const QString asOf = asOfText;
            QProcess py;
            py.start(QStringLiteral("python3"),
                     QStringList{QStringLiteral(MOTCUA_STATS_RECOUNT), file.fileName(), asOf} + filter);
            QVERIFY(py.waitForFinished(60000));
            const QJsonObject expected = QJsonDocument::fromJson(py.readAllStandardOutput()).object();
            QVERIFY(!expected.isEmpty());
            AreaFilter area;
            if (!filter.isEmpty())
                area.provinceCode = filter[1].toInt();
            const auto s = SummaryQuery(fx.db()).run(area, QString(asOf).remove(u'-').toInt());
            QVERIFY(s);
            QCOMPARE(s->toJson(), expected);
            // And one ward of the first row's area.
            const QString ward = expected.value(QStringLiteral("byWard")).toObject().keys().first();
            AreaFilter w{0, ward.toInt()};
            const auto ws = SummaryQuery(fx.db()).run(w, QString(asOf).remove(u'-').toInt());
            QVERIFY(ws);
            QCOMPARE(ws->total, expected.value(QStringLiteral("byWard")).toObject().value(ward).toInteger());
        }
    }

    /// Wards keep ages by birth month: their bands are those at the end of the as-of month, which the
    /// independent recount confirms exactly on a month's last day.
    void wardAgesCountAtTheEndOfTheMonth()
    {
        statistics::test::StatsFixture fx;
        const QByteArray csv = statistics::test::StatsFixture::generate(20000, 8);
        QVERIFY(fx.import(csv));
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(csv);
        file.flush();
        auto recount = [&](const QString& asOf, const QStringList& filter) {
            QProcess py;
            py.start(QStringLiteral("python3"),
                     QStringList{QStringLiteral(MOTCUA_STATS_RECOUNT), file.fileName(), asOf} + filter);
            py.waitForFinished(60000);
            return QJsonDocument::fromJson(py.readAllStandardOutput()).object();
        };
        const QJsonObject province =
            recount(QStringLiteral("2026-02-28"), {QStringLiteral("--province"), QStringLiteral("79")});
        const QJsonObject wards = province.value(QStringLiteral("byWard")).toObject();
        QVERIFY(wards.size() > 3);
        int checked = 0;
        for (auto it = wards.begin(); it != wards.end() && checked < 3; ++it, ++checked) {
            const QJsonObject expected = recount(QStringLiteral("2026-02-28"), {QStringLiteral("--ward"), it.key()});
            const AreaFilter ward{0, it.key().toInt()};
            const auto atMonthEnd = SummaryQuery(fx.db()).run(ward, 20260228);
            QVERIFY(atMonthEnd);
            QCOMPARE(atMonthEnd->toJson().value(QStringLiteral("byAgeBand")),
                     expected.value(QStringLiteral("byAgeBand")));
            QCOMPARE(atMonthEnd->total, expected.value(QStringLiteral("total")).toInteger());
            // Any day of February gives the bands of its last day.
            const auto earlier = SummaryQuery(fx.db()).run(ward, 20260203);
            QVERIFY(earlier);
            QCOMPARE(earlier->toJson(), atMonthEnd->toJson());
        }
    }

    /// Duplicates are found wherever they are: in another batch of the same file, or in an earlier import.
    void duplicatesAcrossBatchesAndImports()
    {
        statistics::test::StatsFixture fx;
        QVERIFY(fx.import(kHeader + row("001090000001")));
        QByteArray csv = kHeader;
        for (int i = 0; i < 12000; ++i)
            csv += row(QByteArray::number(2000000 + qint64(i) * 7919 % 1000000).rightJustified(12, '0').constData());
        csv += row("000002000000"); // line 12002: duplicate of line 2, thousands of rows later
        csv += row("001090000001"); // line 12003: imported earlier
        QList<qint64> lines;
        ImportReport report;
        QCOMPARE(fx.import(csv, false, &report, &lines).code(), Status::Code::InputRejected);
        QCOMPARE(lines, (QList<qint64>{12002, 12003}));
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM stats_person")), 1);
        QVERIFY(fx.import(csv, true, &report));
        QCOMPARE(report.imported, 12000);
        QCOMPARE(fx.count(QStringLiteral("SELECT n FROM stats_total WHERE area = 200000")), 12001);
        QCOMPARE(fx.count(QStringLiteral("SELECT households FROM stats_total WHERE area = 200000")), 1);
    }

    /// The in-memory ID set of bulk imports: grows past its first size and never loses or invents an ID.
    void idSetFindsRepeats()
    {
        IdSet set;
        for (std::uint64_t i = 0; i < 100000; ++i)
            QVERIFY(set.insert(i * 1000003 % 999999999989ULL));
        QCOMPARE(set.size(), std::size_t(100000));
        for (std::uint64_t i = 0; i < 100000; ++i)
            QVERIFY(!set.insert(i * 1000003 % 999999999989ULL));
        QVERIFY(set.insert(999999999999ULL));
        QCOMPARE(set.size(), std::size_t(100001));
    }

    /// Imports drop the unique ID index while they run: it is back after a commit, a rejection and a
    /// cancel, and it still refuses a duplicate stored outside an import.
    void uniqueIdIndexSurvivesImports()
    {
        statistics::test::StatsFixture fx;
        const QString hasIndex =
            QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'stats_person_id'");
        QVERIFY(fx.import(kHeader + row("001090000001")));
        QCOMPARE(fx.count(hasIndex), 1);
        QCOMPARE(fx.import(kHeader + row("001090000002") + row("001090000002")).code(), Status::Code::InputRejected);
        QCOMPARE(fx.count(hasIndex), 1);

        ImportReport report;
        QVERIFY(!fx.importWithCancel(
            statistics::test::StatsFixture::generate(60000, 5), [](qint64, qint64) { return true; }, &report));
        QCOMPARE(fx.count(hasIndex), 1);
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM stats_person")), 1);

        PopulationStore store(fx.db(), fx.vault);
        QVERIFY(store.open());
        Resident again;
        again.idNumber = 1090000001;
        again.fullName = "Nguyễn Văn A";
        again.dateOfBirth = 19900501;
        again.wardCode = 4;
        again.provinceCode = 1;
        again.householdId = "HK1";
        again.ethnicity = QStringLiteral("Kinh");
        again.religion = QStringLiteral("Không");
        QCOMPARE(store.insert(again), PopulationStore::Insert::Duplicate);
    }

    /// Cancel pressed after the last row was read, while the counts are being written: still nothing stored.
    void cancelAfterTheLastRowStoresNothing()
    {
        statistics::test::StatsFixture fx;
        ImportReport report;
        QVERIFY(!fx.importWithCancel(
            statistics::test::StatsFixture::generate(20000, 4), [](qint64, qint64 rows) { return rows == 20000; },
            &report));
        QVERIFY(report.cancelled);
        QCOMPARE(report.imported, 0);
        QCOMPARE(fx.count(QStringLiteral("SELECT count(*) FROM stats_person")), 0);
        QCOMPARE(fx.count(QStringLiteral("SELECT count(*) FROM stats_total")), 0);
        QCOMPARE(fx.count(QStringLiteral("SELECT count(*) FROM stats_households")), 0);
    }

    void cancelStoresNothing()
    {
        statistics::test::StatsFixture fx;
        qint64 progressCalls = 0;
        bool progressCounted = true;
        ImportReport report;
        const Status s = fx.importWithCancel(
            statistics::test::StatsFixture::generate(60000, 3),
            [&](qint64 bytes, qint64 rows) {
                progressCounted = progressCounted && bytes > 0 && rows > 0;
                ++progressCalls;
                return true;
            },
            &report);
        QVERIFY(!s);
        QVERIFY(progressCounted);
        QVERIFY(report.cancelled);
        QCOMPARE(progressCalls, 1);
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM stats_person")), 0);
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM stats_total")), 0);
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM stats_households")), 0);
    }

    void badInputIsReportedWithLineNumbers()
    {
        statistics::test::StatsFixture fx;
        QVERIFY(fx.import(kHeader + row("001090000001")));
        QByteArray bad = kHeader;
        bad += row("001090000002");                              // 2 ok
        bad += row("001090000002");                              // 3 duplicate in file
        bad += row("001090000001");                              // 4 duplicate against the database
        bad += row("001090000003", "2023-02-30");                // 5 impossible date
        bad += row("001090000004", "2030-01-01");                // 6 future date
        bad += row("001090000005", "1990-01-01", "99999");       // 7 unknown ward
        bad += row("001090000006", "1990-01-01", "00004", "79"); // 8 ward not in province
        bad += row("00109000000X");                              // 9 bad id
        bad += "001090000007,\"Trần\nThị B\",1991-01-01,F,Kinh,Không,01,00004,permanent,HK2,\n"; // 10-11 ok
        bad += row("001090000008").replace(",M,", ",X,");                                        // 12 bad sex
        QList<qint64> lines;
        ImportReport report;
        const Status s = fx.import(bad, false, &report, &lines);
        QCOMPARE(s.code(), Status::Code::InputRejected);
        QCOMPARE(lines, (QList<qint64>{3, 4, 5, 6, 7, 8, 9, 12}));
        QCOMPARE(report.imported, 0);
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM stats_person")), 1);
        QCOMPARE(fx.count(QStringLiteral("SELECT n FROM stats_total WHERE area = 200000")), 1);

        lines.clear();
        QVERIFY(fx.import(bad, true, &report, &lines));
        QCOMPARE(report.imported, 2);
        QCOMPARE(report.rejected, 8);
        QCOMPARE(fx.count(QStringLiteral("SELECT n FROM stats_total WHERE area = 200000")), 3);
    }

    void headerBomAndCrlf()
    {
        statistics::test::StatsFixture fx;
        QCOMPARE(fx.import("id,name\n1,2\n").code(), Status::Code::InputRejected);
        QCOMPARE(fx.import(QByteArray(kHeader).replace("sex,", "gender,") + row("001090000001")).code(),
                 Status::Code::InputRejected);
        QByteArray crlf = "\xEF\xBB\xBF" + QByteArray(kHeader).replace("\n", "\r\n") +
                          row("001090000001").replace("\n", "\r\n") + row("001090000002").replace("\n", "\r\n");
        ImportReport report;
        QVERIFY(fx.import(crlf, false, &report));
        QCOMPARE(report.imported, 2);
        // Columns in another order, plus an extra one (warned about, ignored).
        QByteArray reordered = "extra,ward_code,province_code,id_number,full_name,date_of_birth,sex,ethnicity,"
                               "religion,residence_type,household_id,card_issued\n"
                               "x,00004,01,001090000009,Lê C,2000-02-29,F,Tày,Phật giáo,temporary,HK9,\n";
        QVERIFY(fx.import(reordered, false, &report));
        QCOMPARE(report.warnings.size(), 1);
        QCOMPARE(fx.count(QStringLiteral("SELECT n FROM stats_total WHERE area = 200000")), 3);
    }

    void sensitiveFieldsAreSealed()
    {
        statistics::test::StatsFixture fx;
        QVERIFY(fx.import(kHeader + row("001090000001")));
        QSqlQuery q(fx.db().connection());
        q.exec(QStringLiteral("SELECT * FROM stats_person"));
        QVERIFY(q.next());
        for (int i = 0; i < q.record().count(); ++i)
            QVERIFY(!q.value(i).toByteArray().contains("Kinh"));
    }

    /// Imports seal with one cipher context and counter nonces: every row opens with the vault, and no
    /// nonce repeats, neither within an import nor across imports.
    void bulkSealedRowsOpenWithTheVault()
    {
        statistics::test::StatsFixture fx;
        QVERIFY(fx.import(statistics::test::StatsFixture::generate(3000, 5)));
        QVERIFY(fx.import(statistics::test::StatsFixture::generate(3000, 6), true));
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(DISTINCT substr(sensitive, 2, 12)) FROM stats_person")),
                 fx.count(QStringLiteral("SELECT COUNT(*) FROM stats_person")));
        PopulationStore store(fx.db(), fx.vault);
        QVERIFY(store.open());
        QSqlQuery q(fx.db().connection());
        q.exec(QStringLiteral("SELECT id FROM stats_person ORDER BY rowid DESC LIMIT 50"));
        int opened = 0;
        while (q.next()) {
            const auto r = store.find(q.value(0).toLongLong());
            QVERIFY(r);
            QVERIFY(!r->ethnicity.isEmpty() && !r->religion.isEmpty());
            ++opened;
        }
        QCOMPARE(opened, 50);
    }

    /// The checks the window makes before an import and the audit record of an export (no personal data).
    void importNeedsThePermissionAndExportsAreAudited()
    {
        statistics::test::StatsFixture fx;
        // The host's grants from statistics.json, as ModuleManager makes them.
        Roles::grant(kPermView, {QStringLiteral("analyst"), QStringLiteral("police")});
        Roles::grant(kPermImport, {QStringLiteral("analyst")});
        const Session analyst(7, QStringLiteral("phantich"), QStringLiteral("Phân tích"), QStringLiteral("analyst"));
        const Session police(8, QStringLiteral("congan"), QStringLiteral("Công an"), QStringLiteral("police"));
        const Session frontdesk(9, QStringLiteral("letan"), QStringLiteral("Lễ tân"), QStringLiteral("frontdesk"));
        QVERIFY(access::mayImport(analyst));
        QCOMPARE(access::mayImport(police).code(), Status::Code::PermissionDenied);
        QCOMPARE(access::mayImport(Session()).code(), Status::Code::PermissionDenied);

        const qint64 before = fx.count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        QVERIFY(access::recordExport(fx.tw.ws->audit(), police, QStringLiteral("chartAge"), QStringLiteral("svg"), 4));
        QCOMPARE(access::recordExport(fx.tw.ws->audit(), frontdesk, QStringLiteral("tables"), QStringLiteral("xlsx"), 4)
                     .code(),
                 Status::Code::PermissionDenied);
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), before + 1);
        QSqlQuery q(fx.db().connection());
        q.exec(QStringLiteral("SELECT operator, action, subject_id, details FROM audit_log ORDER BY id DESC LIMIT 1"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("congan"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("statistics.export"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("4"));
        const QJsonObject details = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        QCOMPARE(details.value(QStringLiteral("what")).toString(), QStringLiteral("chartAge"));
        QCOMPARE(details.value(QStringLiteral("format")).toString(), QStringLiteral("svg"));
    }

    /// With a tiny memory limit, counts and households are written many times in the middle of an import,
    /// in a file whose wards and households are scattered (shuffled lines), and again by a second import
    /// that adds members to stored households: the tables must still equal a rebuild from the person rows.
    void writesInTheMiddleOfAnImportEqualRebuild()
    {
        statistics::test::StatsFixture fx;
        auto shuffled = [](const QByteArray& csv, quint32 seed) {
            QList<QByteArray> lines = csv.split('\n');
            const QByteArray header = lines.takeFirst();
            lines.removeAll(QByteArray());
            QRandomGenerator rng(seed);
            for (qsizetype i = lines.size() - 1; i > 0; --i)
                lines.swapItemsAt(i, rng.bounded(int(i + 1)));
            lines.prepend(header);
            lines.append(QByteArray()); // the last line ends too
            return lines.join('\n');
        };
        const std::size_t tiny = 16 * 1024;
        ImportReport first, second;
        QVERIFY(
            fx.import(shuffled(statistics::test::StatsFixture::generate(20000, 5), 1), false, &first, nullptr, tiny));
        QVERIFY(fx.import(statistics::test::StatsFixture::generate(20000, 6), true, &second, nullptr, tiny));
        QCOMPARE(first.imported, 20000);
        QVERIFY(second.imported > 15000);
        QCOMPARE(fx.count(QStringLiteral("SELECT count(*) FROM stats_person")), first.imported + second.imported);
        // The second file shares household IDs with the first in the same wards: members were added.
        QCOMPARE(fx.count(QStringLiteral("SELECT households FROM stats_total WHERE area = 200000")),
                 fx.count(QStringLiteral("SELECT count(DISTINCT ward || '/' || household) FROM stats_person")));
        const QStringList incremental = snapshot(fx.db());
        PopulationStore store(fx.db(), fx.vault);
        QVERIFY(store.open());
        {
            Database::Transaction tx(fx.db());
            QVERIFY(store.rebuild());
            QVERIFY(tx.commit());
        }
        QCOMPARE(incremental, snapshot(fx.db()));
    }

    /// Schema version 3 re-encodes version 2's blobs (16 bytes a cell) as varints: the same cells come back.
    void version2BlobsAreReencoded()
    {
        motcua::test::TestWorkstation tw{false};
        const QList<Migration> all = schemaMigrations();
        QCOMPARE(all.size(), 3);
        QVERIFY(tw.ws->database().migrate(all.mid(0, 2)));
        const cellblob::Cells cells = {{5, 3}, {6, -2}, {quint64(1) << 40, 123456789}};
        QByteArray fixed;
        for (const auto& [key, n] : cells) {
            char entry[16];
            qToLittleEndian<quint64>(key, entry);
            qToLittleEndian<qint64>(n, entry + 8);
            fixed.append(entry, 16);
        }
        QSqlQuery put(tw.ws->database().connection());
        put.prepare(QStringLiteral("INSERT INTO stats_cells(slot, cells) VALUES(7, ?)"));
        put.addBindValue(fixed);
        QVERIFY(put.exec());
        QSqlQuery households(tw.ws->database().connection());
        QVERIFY(households.exec(QStringLiteral("INSERT INTO stats_household(ward, household, members)"
                                               " VALUES(4, 'HK2', 3), (4, 'HK10', 1), (4, 'HK0', 0), (7, 'A', 2)")));
        QVERIFY(tw.ws->database().migrate(all));
        QStringList wards;
        QVERIFY(households.exec(QStringLiteral("SELECT ward, members FROM stats_households ORDER BY ward")));
        while (households.next()) {
            householdblob::Members members;
            const QByteArray blob = households.value(1).toByteArray();
            QVERIFY(householdblob::decode(blob, &members));
            for (const auto& [id, n] : members)
                wards << QStringLiteral("%1/%2=%3")
                             .arg(households.value(0).toInt())
                             .arg(QString::fromUtf8(id.data(), qsizetype(id.size())))
                             .arg(n);
        }
        // In byte order; the empty household is dropped.
        QCOMPARE(wards, QStringList({QStringLiteral("4/HK10=1"), QStringLiteral("4/HK2=3"), QStringLiteral("7/A=2")}));
        QSqlQuery get(tw.ws->database().connection());
        QVERIFY(get.exec(QStringLiteral("SELECT cells FROM stats_cells WHERE slot = 7")) && get.next());
        const QByteArray varints = get.value(0).toByteArray();
        QVERIFY(varints.size() < fixed.size() / 2);
        QCOMPARE(cellblob::decode(varints), cells);
        // A damaged blob decodes up to the damage and says so.
        cellblob::Cells partial;
        QVERIFY(!cellblob::decode(QByteArrayView(varints).first(varints.size() - 1), &partial));
        QCOMPARE(partial.size(), cells.size() - 1);
    }

    void incrementalEqualsRebuild()
    {
        statistics::test::StatsFixture fx;
        QVERIFY(fx.import(statistics::test::StatsFixture::generate(3000, 1)));
        QVERIFY(fx.import(statistics::test::StatsFixture::generate(3000, 2), true)); // some IDs may repeat: partial
        PopulationStore store(fx.db(), fx.vault);
        QVERIFY(store.open());
        QSqlQuery q(fx.db().connection());
        q.exec(QStringLiteral("SELECT id FROM stats_person ORDER BY id"));
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        QRandomGenerator rng(99);
        {
            Database::Transaction tx(fx.db());
            for (int i = 0; i < 500; ++i) {
                const qint64 id = ids[rng.bounded(int(ids.size()))];
                if (i % 3 == 0) {
                    QVERIFY(store.remove(id));
                } else if (auto r = store.find(id)) {
                    r->sex ^= 1;
                    r->religion = i % 2 ? QStringLiteral("Công giáo") : QStringLiteral("Không");
                    r->wardCode = 25747;
                    r->provinceCode = 79;
                    r->householdId = "HK-moved-" + QByteArray::number(i % 7);
                    r->cardIssued = i % 4 ? 20240101 : 0;
                    QVERIFY(store.upsert(*r));
                }
            }
            QVERIFY(store.flush());
            QVERIFY(tx.commit());
        }
        const QStringList incremental = snapshot(fx.db());
        {
            Database::Transaction tx(fx.db());
            QVERIFY(store.rebuild());
            QVERIFY(tx.commit());
        }
        const QStringList rebuilt = snapshot(fx.db());
        QCOMPARE(incremental.size(), rebuilt.size());
        QCOMPARE(incremental, rebuilt);
    }
};

QTEST_GUILESS_MAIN(TestStatisticsImport)
#include "tst_import.moc"
