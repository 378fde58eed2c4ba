// The statistics module's bridge ingests what the residence registry publishes as "residence.population".
#include "PopulationSourceBridge.h"
#include "PopulationStore.h"
#include "ResidenceFixture.h"
#include "ServiceRegistry.h"
#include "StatisticsSchema.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace motcua;
using namespace motcua::residence;
using Fixture = motcua::residence::test::ResidenceFixture;

class TestResidencePopulation : public QObject
{
    Q_OBJECT

private slots:
    void statisticsBridgeIngestsRegistryChanges()
    {
        Fixture f;
        QVERIFY(f.tw.ws->database().migrate(statistics::schemaMigrations()));
        auto vault = f.tw.ws->vault();
        QVERIFY(vault);
        // The service is found by name, as the statistics module does it.
        f.tw.ws->services().add(kPopulationService, f.population.get());
        QObject* source = f.tw.ws->services().object(statistics::kPopulationSourceService);
        QCOMPARE(source, f.population.get());
        statistics::PopulationSourceBridge bridge(f.tw.ws->database(), *vault);
        QVERIFY(bridge.attach(source));
        QSignalSpy counts(&bridge, &statistics::PopulationSourceBridge::countsChanged);
        QSignalSpy published(f.population.get(), &PopulationService::residentChanged);

        const PersonData head = Fixture::person(QStringLiteral("Hoàng Văn Thái"), QDate(1970, 1, 1), false, 41);
        const PersonData wife = Fixture::person(QStringLiteral("Lò Thị Mai"), QDate(1972, 2, 2), true, 42);
        PersonData w = wife;
        w.ethnicity = QStringLiteral("Thái");
        f.approved(Fixture::permanent(head, {{w, QStringLiteral("Vợ")}}));
        QCOMPARE(published.size(), 2);
        QCOMPARE(counts.size(), 2);
        statistics::PopulationStore stats(f.tw.ws->database(), *vault);
        QVERIFY(stats.open());
        auto stored = stats.find(wife.idNumber.toLongLong());
        QVERIFY(stored.has_value());
        QCOMPARE(stored->fullName, wife.fullName.toUtf8());
        QCOMPARE(stored->ethnicity, QStringLiteral("Thái"));

        // The head leaves: the statistics forget him.
        CaseIntake del;
        del.procedure = Procedure::PermanentDeletion;
        del.declarant = head;
        del.deletionGround = QStringLiteral("tt.abroad");
        del.reason = QStringLiteral("Chuyển đi");
        del.newHeadIdNumber = wife.idNumber;
        f.approved(del);
        statistics::PopulationStore again(f.tw.ws->database(), *vault);
        QVERIFY(again.open());
        QVERIFY(!again.find(head.idNumber.toLongLong()).has_value());
        QVERIFY(again.find(wife.idNumber.toLongLong()).has_value());
        f.tw.ws->services().remove(kPopulationService);
    }

    void residentPagesAreAuditedWithCountsOnly()
    {
        Fixture f;
        const PersonData head = Fixture::person(QStringLiteral("Hoàng Văn Thái"), QDate(1970, 1, 1), false, 43);
        const PersonData wife = Fixture::person(QStringLiteral("Lò Thị Mai"), QDate(1972, 2, 2), true, 44);
        f.approved(Fixture::permanent(head, {{wife, QStringLiteral("Vợ")}}));
        const QString audited = QStringLiteral(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'residence.population.residents' AND operator = 'system'");
        QCOMPARE(f.count(audited), 0);

        // Two pages, as the statistics resync reads them: each one audited with offset, limit and row count.
        const QVariantList first = f.population->residents(0, 1);
        const QVariantList second = f.population->residents(1, 1);
        QCOMPARE(first.size(), 1);
        QCOMPARE(second.size(), 1);
        QCOMPARE(f.population->residents(2, 1).size(), 0);
        QCOMPARE(f.count(audited), 3);
        QSqlQuery q = f.tw.ws->database().query();
        QVERIFY(q.exec(QStringLiteral("SELECT subject_type, subject_id, details FROM audit_log WHERE action = "
                                      "'residence.population.residents' ORDER BY id")));
        QList<QJsonObject> details;
        while (q.next()) {
            QCOMPARE(q.value(0).toString(), QStringLiteral("resident_page"));
            const QString text = q.value(2).toString();
            // No personal data: neither names, ID numbers nor birth dates of the residents handed out.
            for (const PersonData& p : {head, wife}) {
                QVERIFY2(!text.contains(p.idNumber), qPrintable(text));
                QVERIFY2(!text.contains(p.fullName), qPrintable(text));
                QVERIFY2(!text.contains(p.dateOfBirth.toString(Qt::ISODate)), qPrintable(text));
            }
            details << QJsonDocument::fromJson(text.toUtf8()).object();
        }
        QCOMPARE(details.size(), 3);
        QCOMPARE(details[1].value(QStringLiteral("offset")).toInt(), 1);
        QCOMPARE(details[1].value(QStringLiteral("limit")).toInt(), 1);
        QCOMPARE(details[1].value(QStringLiteral("rows")).toInt(), 1);
        QCOMPARE(details[2].value(QStringLiteral("rows")).toInt(), 0);
        QVERIFY(f.tw.ws->audit().verify()->intact()); // appended to the one chained log

        // Built without an audit log (as by a bench), the service still audits, through its own log on the database.
        auto vault = f.tw.ws->vault();
        QVERIFY(vault);
        PopulationService own(f.tw.ws->database(), *vault);
        QCOMPARE(own.residents(0, 10).size(), 2);
        QCOMPARE(f.count(audited), 4);
    }
};

QTEST_GUILESS_MAIN(TestResidencePopulation)
#include "tst_residence_population.moc"
