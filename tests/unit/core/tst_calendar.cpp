#include "TestWorkstation.h"
#include "WorkingCalendar.h"

#include <QTest>

using namespace motcua;
using motcua::test::TestWorkstation;

class TestCalendar : public QObject
{
    Q_OBJECT

private slots:
    void weekendsAndHolidays()
    {
        TestWorkstation t;
        WorkingCalendar& c = t.ws->calendar();
        QVERIFY(c.isWorkingDay(QDate(2026, 3, 2)));   // Monday
        QVERIFY(!c.isWorkingDay(QDate(2026, 3, 7)));  // Saturday
        QVERIFY(!c.isWorkingDay(QDate(2026, 3, 8)));  // Sunday
        QVERIFY(!c.isWorkingDay(QDate(2026, 2, 17))); // Tết Bính Ngọ
        QVERIFY(!c.isWorkingDay(QDate(2026, 9, 2)));  // National Day
        QVERIFY(!c.isWorkingDay(QDate(2025, 1, 29)));
        QVERIFY(!c.isWorkingDay(QDate(2027, 2, 8)));
        QVERIFY(!c.isWorkingDay(QDate(2026, 1, 1)));
    }

    void deadlinesSkipTetAndYearEnd()
    {
        TestWorkstation t;
        WorkingCalendar& c = t.ws->calendar();
        // Received Friday 13 Feb 2026; Tết leave 14–22 Feb: 3 working days later is Wed 25 Feb.
        QCOMPARE(c.addWorkingDays(QDate(2026, 2, 13), 3), QDate(2026, 2, 25));
        // Across the year end: Wed 30 Dec 2026 + 2 working days (1 Jan holiday, weekend) = Mon 4 Jan 2027.
        QCOMPARE(c.addWorkingDays(QDate(2026, 12, 30), 2), QDate(2027, 1, 4));
        QCOMPARE(c.workingDaysBetween(QDate(2026, 2, 13), QDate(2026, 2, 25)), 3);
        QCOMPARE(c.addWorkingDays(QDate(2026, 3, 2), 0), QDate(2026, 3, 2));
    }

    void administratorsEditHolidays()
    {
        TestWorkstation t;
        WorkingCalendar& c = t.ws->calendar();
        const Session admin = t.admin();
        QVERIFY(c.isWorkingDay(QDate(2026, 3, 3)));
        QVERIFY(c.addHoliday(admin, {QDate(2026, 3, 3), QStringLiteral("Nghỉ bù")}));
        QVERIFY(!c.isWorkingDay(QDate(2026, 3, 3)));
        QVERIFY(c.reload());
        QVERIFY(!c.isWorkingDay(QDate(2026, 3, 3))); // persisted
        QVERIFY(c.removeHoliday(admin, QDate(2026, 3, 3)));
        QVERIFY(c.isWorkingDay(QDate(2026, 3, 3)));
        QCOMPARE(c.addHoliday(admin, {QDate(), QStringLiteral("x")}).code(), Status::Code::InputRejected);

        QVERIFY(t.ws->accounts().addUser(admin, QStringLiteral("letan"), {}, QStringLiteral("frontdesk"),
                                         QStringLiteral("Frontdesk@1")));
        auto fd = t.ws->accounts().authenticate(QStringLiteral("letan"), QStringLiteral("Frontdesk@1"));
        QCOMPARE(c.addHoliday(*fd, {QDate(2026, 3, 4), QStringLiteral("x")}).code(), Status::Code::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
