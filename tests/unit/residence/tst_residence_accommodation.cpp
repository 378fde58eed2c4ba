// Accommodation notices: the 23:00 / 08:00 / 12-hour deadlines, late and missing notices, input rules, exports.
#include "AccommodationRegister.h"
#include "ResidenceFixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using namespace motcua::residence;
using Fixture = motcua::residence::test::ResidenceFixture;

namespace {
GuestNotice guest(qint64 lodging, const QDateTime& arrival, const QDateTime& notified, const QString& nationality)
{
    GuestNotice n;
    n.lodgingId = lodging;
    n.guestName = QStringLiteral("Khách Thử Nghiệm");
    n.passport = nationality != QLatin1String("VNM");
    n.documentNumber = n.passport ? QStringLiteral("P1234567") : QStringLiteral("001090012345");
    n.nationality = nationality;
    n.arrivalAt = arrival;
    n.leaveOn = arrival.date().addDays(2);
    n.reason = QStringLiteral("Du lịch");
    n.notifiedAt = notified;
    return n;
}
QDateTime at(int day, int h, int m = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(h, m));
}
} // namespace

class TestResidenceAccommodation : public QObject
{
    Q_OBJECT

private slots:
    void deadlines_data()
    {
        QTest::addColumn<QDateTime>("arrival");
        QTest::addColumn<QString>("nationality");
        QTest::addColumn<bool>("remote");
        QTest::addColumn<QDateTime>("deadline");
        QTest::newRow("morning") << at(1, 8) << QStringLiteral("VNM") << false << at(1, 23);
        QTest::newRow("22:59") << at(1, 22, 59) << QStringLiteral("VNM") << false << at(1, 23);
        QTest::newRow("23:00") << at(1, 23) << QStringLiteral("VNM") << false << at(2, 8);
        QTest::newRow("23:45") << at(1, 23, 45) << QStringLiteral("VNM") << false << at(2, 8);
        QTest::newRow("00:30") << at(2, 0, 30) << QStringLiteral("VNM") << false << at(2, 23);
        QTest::newRow("foreign") << at(1, 20) << QStringLiteral("KOR") << false << at(2, 8);
        QTest::newRow("foreign remote") << at(1, 20) << QStringLiteral("KOR") << true << at(2, 20);
    }

    void deadlines()
    {
        QFETCH(QDateTime, arrival);
        QFETCH(QString, nationality);
        QFETCH(bool, remote);
        QFETCH(QDateTime, deadline);
        const GuestNotice n = guest(1, arrival, {}, nationality);
        QCOMPARE(AccommodationRegister::deadline(n, remote), deadline);
        GuestNotice onTime = n;
        onTime.notifiedAt = deadline;
        QVERIFY(!AccommodationRegister::isLate(onTime, remote));
        GuestNotice late = n;
        late.notifiedAt = deadline.addSecs(60);
        QVERIFY(AccommodationRegister::isLate(late, remote));
    }

    void lateAndMissingNoticesAndExport()
    {
        Fixture f;
        f.tw.clock.set(at(3, 10));
        AccommodationRegister reg(*f.store);
        auto hotel = reg.addLodging(f.police, {0, QStringLiteral("Khách sạn Hồ Tây"), LodgingKind::Hotel,
                                               Fixture::address(QStringLiteral("Phố Kim Mã"), QStringLiteral("1")),
                                               QStringLiteral("Chủ khách sạn"), QStringLiteral("0243111222"), false});
        QVERIFY2(hotel, qPrintable(hotel.status().message()));
        QVERIFY(reg.addNotice(f.police, guest(*hotel, at(1, 14), at(1, 15), QStringLiteral("VNM"))));    // on time
        QVERIFY(reg.addNotice(f.police, guest(*hotel, at(1, 23, 30), at(2, 9), QStringLiteral("VNM")))); // late
        QVERIFY(reg.addNotice(f.police, guest(*hotel, at(2, 10), {}, QStringLiteral("VNM"))));           // missing
        QVERIFY(reg.addNotice(f.police, guest(*hotel, at(3, 9), {}, QStringLiteral("VNM"))));            // pending
        QVERIFY(reg.addNotice(f.police, guest(*hotel, at(2, 6), at(2, 19), QStringLiteral("FRA"))));     // late
        auto problems = reg.problems(f.police, QDate(2026, 3, 1), QDate(2026, 3, 3));
        QVERIFY(problems);
        QCOMPARE(problems->size(), 3);
        QCOMPARE(problems->at(0).notice.arrivalAt, at(1, 23, 30));
        QVERIFY(!problems->at(0).missing);
        QCOMPARE(problems->at(0).deadline, at(2, 8));
        QCOMPARE(problems->at(1).notice.nationality, QStringLiteral("FRA"));
        QCOMPARE(problems->at(1).deadline, at(2, 18));
        QVERIFY(problems->at(2).missing);
        QCOMPARE(reg.notices(f.police, QDate(2026, 3, 1), QDate(2026, 3, 3))->size(), 5);
        QCOMPARE(reg.notices(f.police, QDate(2026, 3, 3), QDate(2026, 3, 3))->size(), 1);
        QCOMPARE(reg.lodgings(f.police)->first().phone, QStringLiteral("0243111222"));
        // An update rewrites every column (the phone sealed again) and keeps the id; an empty name is refused.
        Lodging renamed = reg.lodgings(f.police)->first();
        renamed.name = QStringLiteral("Khách sạn Hồ Tây Mới");
        renamed.phone = QStringLiteral("0243999888");
        renamed.keeperName = QStringLiteral("Quản lý mới");
        QVERIFY(reg.updateLodging(f.police, renamed));
        const Lodging stored = reg.lodgings(f.police)->first();
        QCOMPARE(stored.id, *hotel);
        QCOMPARE(stored.name, renamed.name);
        QCOMPARE(stored.phone, renamed.phone);
        QCOMPARE(stored.keeperName, renamed.keeperName);
        QVERIFY(!stored.remoteArea);
        renamed.name = QStringLiteral("  ");
        QCOMPARE(reg.updateLodging(f.police, renamed).code(), Status::Code::InputRejected);
        QCOMPARE(reg.lodgings(f.police)->first().name, QStringLiteral("Khách sạn Hồ Tây Mới"));

        auto csv = reg.exportCsv(f.police, QDate(2026, 3, 1), QDate(2026, 3, 3));
        QVERIFY(csv);
        const QStringList lines = QString::fromUtf8(*csv).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QVERIFY(lines.first().startsWith(QStringLiteral("Lodging,")));
        QCOMPARE(lines.filter(QStringLiteral(",late")).size(), 2);
        QCOMPARE(lines.filter(QStringLiteral(",missing")).size(), 1);
        QCOMPARE(lines.filter(QStringLiteral(",pending")).size(), 1);
        QVERIFY(lines.at(1).contains(QStringLiteral("Khách sạn Hồ Tây")));
        QTemporaryDir dir;
        const QString xlsx = dir.filePath(QStringLiteral("notices.xlsx"));
        QVERIFY(reg.exportXlsx(f.police, QDate(2026, 3, 1), QDate(2026, 3, 3), xlsx));
        QFile file(xlsx);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(2) == "PK");
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'residence.notice.export'")), 2);
    }

    void noticeInputRules()
    {
        Fixture f;
        f.tw.clock.set(at(3, 10));
        AccommodationRegister reg(*f.store);
        auto home = reg.addLodging(f.police, {0, QStringLiteral("Nhà dân"), LodgingKind::Household, Fixture::address(),
                                              QString(), QString(), false});
        QVERIFY(home);
        GuestNotice longStay = guest(*home, at(1, 10), at(1, 11), QStringLiteral("VNM"));
        longStay.leaveOn = QDate(2026, 4, 1);
        QVERIFY2(reg.addNotice(f.police, longStay).status().message().contains(QStringLiteral("30 days")), "30");
        GuestNotice reversed = guest(*home, at(2, 10), at(2, 11), QStringLiteral("VNM"));
        reversed.leaveOn = QDate(2026, 3, 1);
        QCOMPARE(reg.addNotice(f.police, reversed).status().code(), Status::Code::InputRejected);
        QCOMPARE(reg.addNotice(f.police, guest(*home, at(4, 10), {}, QStringLiteral("VNM"))).status().code(),
                 Status::Code::InputRejected); // arrival in the future
        GuestNotice badId = guest(*home, at(2, 10), {}, QStringLiteral("VNM"));
        badId.documentNumber = QStringLiteral("12345");
        QCOMPARE(reg.addNotice(f.police, badId).status().code(), Status::Code::InputRejected);
        QCOMPARE(reg.addNotice(f.police, guest(999, at(2, 10), {}, QStringLiteral("VNM"))).status().code(),
                 Status::Code::InputRejected);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM residence_guest_notices")), 0);
        const Session analyst(10, QStringLiteral("pt"), QStringLiteral("Phân tích"), QStringLiteral("analyst"));
        QCOMPARE(reg.lodgings(analyst).status().code(), Status::Code::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TestResidenceAccommodation)
#include "tst_residence_accommodation.moc"
