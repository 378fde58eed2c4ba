// The statistics module's bridge ingests what the residence registry publishes as "residence.population".
#include "PopulationSourceBridge.h"
#include "PopulationStore.h"
#include "ResidenceFixture.h"
#include "ServiceRegistry.h"
#include "StatisticsSchema.h"

#include <QSignalSpy>
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
        del.reason = QStringLiteral("Chuyển đi");
        del.newHeadIdNumber = wife.idNumber;
        f.approved(del);
        statistics::PopulationStore again(f.tw.ws->database(), *vault);
        QVERIFY(again.open());
        QVERIFY(!again.find(head.idNumber.toLongLong()).has_value());
        QVERIFY(again.find(wife.idNumber.toLongLong()).has_value());
        f.tw.ws->services().remove(kPopulationService);
    }
};

QTEST_GUILESS_MAIN(TestResidencePopulation)
#include "tst_residence_population.moc"
