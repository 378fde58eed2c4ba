#include "CheckInService.h"
#include "DutyLogbook.h"
#include "TextFolding.h"
#include "VisitHistory.h"
#include "VisitStatistics.h"
#include "VisitorsFixture.h"

#include <QTest>

using namespace motcua;
using namespace motcua::visitors;
using namespace motcua::visitors::test;

class TestHistoryStatistics : public QObject
{
    Q_OBJECT

private slots:
    void folding()
    {
        QCOMPARE(TextFolding::fold(QStringLiteral("Nguyễn Văn Đức")), QStringLiteral("nguyen van duc"));
        QCOMPARE(TextFolding::fold(QStringLiteral("  ĐẶNG   thị  Ánh ")), QStringLiteral("dang thi anh"));
        QCOMPARE(TextFolding::fold(QStringLiteral("Trương Quỳnh Hương")), QStringLiteral("truong quynh huong"));
    }

    void searchIgnoresDiacriticsAndCase()
    {
        VisitorsFixture f;
        CheckInService service(*f.store);
        QVERIFY(service.checkIn(f.desk, VisitorsFixture::request(VisitorsFixture::person())));
        QVERIFY(service.checkIn(f.desk, VisitorsFixture::request(VisitorsFixture::person(
                                            QStringLiteral("079190000123"), QStringLiteral("Lê Thị Hoa")))));
        VisitHistory history(*f.store);
        HistoryQuery q;
        q.name = QStringLiteral("nguyen van duc");
        QList<VisitRow> found = history.search(q);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().fullName, QStringLiteral("Nguyễn Văn Đức"));
        q.name = QStringLiteral("DUC");
        QCOMPARE(history.search(q).size(), 1);
        q.name = QStringLiteral("100%_");
        QCOMPARE(history.search(q).size(), 0);
        q = HistoryQuery{};
        q.idNumber = QStringLiteral("079190000123");
        QCOMPARE(history.search(q).size(), 1);
        q = HistoryQuery{};
        q.from = f.tw.clock.today().addDays(1);
        QCOMPARE(history.search(q).size(), 0);
        q.from = f.tw.clock.today();
        q.to = f.tw.clock.today();
        QCOMPARE(history.search(q).size(), 2);
    }

    void statistics()
    {
        VisitorsFixture f;
        CheckInService service(*f.store);
        QVERIFY(service.checkIn(f.desk, VisitorsFixture::request(VisitorsFixture::person())));
        VisitorIdentity young = VisitorsFixture::person(QStringLiteral("079310000123"), QStringLiteral("Lê Thị Hoa"));
        young.sex = QStringLiteral("F");
        young.dateOfBirth = QDate(2010, 5, 1);
        young.residence = QStringLiteral("Phường Bến Nghé, Thành phố Hồ Chí Minh");
        f.tw.clock.advanceSecs(2 * 3600);
        QVERIFY(service.checkIn(f.desk, VisitorsFixture::request(young)));
        VisitStatistics stats(*f.store);
        const QDate d = f.tw.clock.today();
        const auto perDay = stats.perDay(d.addDays(-1), d);
        QCOMPARE(perDay.size(), 2);
        QCOMPARE(perDay.last().second, 2);
        const auto perHour = stats.perHour(d, d);
        QCOMPARE(perHour.size(), 24);
        QCOMPARE(perHour.at(9).second, 1);
        QCOMPARE(perHour.at(11).second, 1);
        const auto sex = stats.bySex(d, d);
        QCOMPARE(sex.size(), 2);
        const auto ages = stats.byAgeBand(d, d);
        QCOMPARE(ages.at(0), qMakePair(QStringLiteral("<18"), 1));
        QCOMPARE(ages.at(2), qMakePair(QStringLiteral("30-44"), 1));
        const auto provinces = stats.byProvince(d, d);
        QCOMPARE(provinces.size(), 2);
    }

    void logbookShiftsAndRemarks()
    {
        QCOMPARE(DutyLogbook::shiftOf(QTime(6, 0)), 1);
        QCOMPARE(DutyLogbook::shiftOf(QTime(14, 0)), 2);
        QCOMPARE(DutyLogbook::shiftOf(QTime(2, 0)), 3);
        QCOMPARE(DutyLogbook::shiftDayOf(QDateTime(QDate(2026, 3, 3), QTime(2, 0))), QDate(2026, 3, 2));
        VisitorsFixture f;
        DutyLogbook log(*f.store);
        QVERIFY(!log.addRemark(f.desk, QStringLiteral("  ")));
        QVERIFY(log.addRemark(f.desk, QStringLiteral("Bàn giao ca: mọi việc bình thường")));
        const auto entries = log.entries(f.tw.clock.today(), 1);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().kind, QStringLiteral("remark"));
        QCOMPARE(log.entries(f.tw.clock.today(), 2).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHistoryStatistics)
#include "tst_historystatistics.moc"
