// The time rules and the deletion grounds of the Law on Residence, checked in the library: a newborn's permanent
// registration within 60 days of the birth registration (day 60 on time, day 61 received with a warning), temporary
// residence for a stay of 30 days or more outside the commune of permanent residence (day 29 refused, day 30
// accepted), and deletions only on a ground of the code list, printed with its legal basis.
#include "DeletionGrounds.h"
#include "HouseholdRegistry.h"
#include "InputChecks.h"
#include "RegistryUpdater.h"
#include "ResidenceFixture.h"
#include "ResidenceRules.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace motcua;
using namespace motcua::residence;
using Fixture = motcua::residence::test::ResidenceFixture;

namespace {

// The fixture's clock: Monday 2 March 2026, 09:00.
const QDate kToday(2026, 3, 2);
const PersonData kMother = Fixture::person(QStringLiteral("Trần Thị Hoa"), QDate(1995, 5, 5), true, 501);

PersonData newborn(int registeredDaysAgo, int serial)
{
    PersonData baby = Fixture::person(QStringLiteral("Trần Minh Khang"), QDate(2025, 12, 20), false, serial);
    baby.birthRegisteredOn = kToday.addDays(-registeredDaysAgo);
    return baby;
}

CaseIntake temporary(const PersonData& who, const QDate& from, const QDate& to,
                     const Address& where = Fixture::address(QStringLiteral("Phố Liễu Giai"), QStringLiteral("8")))
{
    CaseIntake t;
    t.procedure = Procedure::TemporaryRegistration;
    t.declarant = who;
    t.address = where;
    t.periodFrom = from;
    t.periodTo = to;
    return t;
}

Address otherCommune()
{
    return {0, QStringLiteral("01"), QStringLiteral("00008"), QStringLiteral("Phố Hoàng Hoa Thám"),
            QStringLiteral("20")}; // Phường Ngọc Hà, Hà Nội
}

} // namespace

class TestResidenceRules : public QObject
{
    Q_OBJECT

private slots:
    void newbornOnDaySixtyIsOnTime()
    {
        Fixture f;
        CaseService cases(*f.store);
        auto c = cases.receive(f.police, Fixture::permanent(newborn(60, 601)));
        QVERIFY2(c, qPrintable(c.status().message()));
        QVERIFY(c->warnings.isEmpty());
        auto events = cases.events(f.police, c->id);
        QVERIFY(events);
        QCOMPARE(events->first().note, QString());
        // The birth registration date is kept with the file.
        auto record = cases.caseRecord(f.police, c->id);
        QVERIFY(record);
        QCOMPARE(record->intake.declarant.birthRegisteredOn, kToday.addDays(-60));
    }

    void newbornOnDaySixtyOneIsReceivedWithAWarning()
    {
        Fixture f;
        CaseService cases(*f.store);
        // The baby moves with the mother: the rule applies to every person registered, not only the declarant.
        auto c = cases.receive(f.police, Fixture::permanent(kMother, {{newborn(61, 602), QStringLiteral("Con")}}));
        QVERIFY2(c, qPrintable(c.status().message()));
        QCOMPARE(c->warnings.size(), 1);
        QVERIFY2(c->warnings.first().contains(QStringLiteral("61 days")), qPrintable(c->warnings.first()));
        QVERIFY(c->warnings.first().contains(QStringLiteral("60 days")));
        QVERIFY(c->warnings.first().contains(QStringLiteral("Decree 282/2025")));
        // The warning stays in the case history; the audit row counts it without personal data.
        auto events = cases.events(f.police, c->id);
        QVERIFY(events);
        QCOMPARE(events->first().note, c->warnings.first());
        QSqlQuery q = f.tw.ws->database().query();
        QVERIFY(q.exec(QStringLiteral("SELECT details FROM audit_log WHERE action = 'residence.case.receive'")));
        QVERIFY(q.next());
        const QJsonObject details = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        QCOMPARE(details.value(QStringLiteral("warnings")).toInt(), 1);
        QVERIFY(!q.value(0).toString().contains(QStringLiteral("Khang")));
        // The late file is still decided normally: the registration is not refused for the delay.
        QVERIFY(cases.startReview(f.police, c->id));
        QVERIFY(cases.approve(f.police, c->id));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM residence_records WHERE kind = 'permanent'")), 2);
    }

    void newbornBoundariesInTheRule()
    {
        QCOMPARE(ResidenceRules::daysSinceBirthRegistration(newborn(60, 603), kToday), 60);
        QCOMPARE(ResidenceRules::daysSinceBirthRegistration(newborn(0, 603), kToday), 0);
        QCOMPARE(ResidenceRules::daysSinceBirthRegistration(kMother, kToday), -1); // not a newborn
        QVERIFY(ResidenceRules::intakeWarnings(Fixture::permanent(newborn(60, 603)), kToday).isEmpty());
        QCOMPARE(ResidenceRules::intakeWarnings(Fixture::permanent(newborn(61, 603)), kToday).size(), 1);
        // Only the permanent registration has the 60-day rule.
        CaseIntake t = temporary(newborn(90, 603), kToday, kToday.addMonths(6));
        QVERIFY(ResidenceRules::intakeWarnings(t, kToday).isEmpty());
    }

    void impossibleBirthRegistrationDatesAreRefused()
    {
        Fixture f;
        CaseService cases(*f.store);
        PersonData early = newborn(0, 604);
        early.birthRegisteredOn = early.dateOfBirth.addDays(-1);
        auto before = cases.receive(f.police, Fixture::permanent(early));
        QVERIFY(!before);
        QCOMPARE(before.status().code(), Status::Code::InputRejected);
        QVERIFY2(before.status().message().contains(QStringLiteral("before the date of birth")),
                 qPrintable(before.status().message()));
        PersonData future = newborn(-1, 604);
        auto later = cases.receive(f.police, Fixture::permanent(future));
        QVERIFY(!later);
        QVERIFY2(later.status().message().contains(QStringLiteral("in the future")),
                 qPrintable(later.status().message()));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM residence_cases")), 0);
    }

    void temporaryStayOfTwentyNineDaysIsRefusedThirtyAccepted()
    {
        Fixture f;
        CaseService cases(*f.store);
        const PersonData worker = Fixture::person(QStringLiteral("Lý Văn Tú"), QDate(1998, 9, 9), false, 701);
        auto short29 = cases.receive(f.police, temporary(worker, kToday, kToday.addDays(29)));
        QVERIFY(!short29);
        QCOMPARE(short29.status().code(), Status::Code::InputRejected);
        QVERIFY2(short29.status().message().contains(QStringLiteral("30 days")),
                 qPrintable(short29.status().message()));
        QVERIFY(short29.status().message().contains(QStringLiteral("29 days")));
        QVERIFY(short29.status().message().contains(QStringLiteral("accommodation notice")));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM residence_cases")), 0);
        auto days30 = cases.receive(f.police, temporary(worker, kToday, kToday.addDays(30)));
        QVERIFY2(days30, qPrintable(days30.status().message()));
        QVERIFY(ResidenceRules::temporaryStay(kToday, kToday.addDays(30)));
        QVERIFY(!ResidenceRules::temporaryStay(kToday, kToday.addDays(29)));
    }

    void temporaryResidenceIsOutsideTheCommuneOfPermanentResidence()
    {
        Fixture f;
        f.approved(Fixture::permanent(kMother)); // Phường Ba Đình (00004)
        CaseService cases(*f.store);
        auto sameCommune = cases.receive(f.police, temporary(kMother, kToday, kToday.addMonths(3)));
        QVERIFY(!sameCommune);
        QVERIFY2(sameCommune.status().message().contains(QStringLiteral("outside the commune")),
                 qPrintable(sameCommune.status().message()));
        auto elsewhere = cases.receive(f.police, temporary(kMother, kToday, kToday.addMonths(3), otherCommune()));
        QVERIFY2(elsewhere, qPrintable(elsewhere.status().message()));
    }

    void deletionGroundsAreTheCodeListOfTheLaw()
    {
        const QList<DeletionGround> temporaryGrounds = DeletionGrounds::of(Procedure::TemporaryDeletion);
        const QList<DeletionGround> permanentGrounds = DeletionGrounds::of(Procedure::PermanentDeletion);
        QCOMPARE(temporaryGrounds.size(), 8); // art. 29(1) a, b, c, d, đ, e, g, h
        QCOMPARE(permanentGrounds.size(), 9); // art. 24(1) a … i
        QSet<QString> keys;
        for (const DeletionGround& g : temporaryGrounds + permanentGrounds) {
            keys.insert(g.key);
            QVERIFY(!g.official.isEmpty());
            QVERIFY(DeletionGrounds::displayName(g.key) != g.key); // every ground has a translated name
            QVERIFY(g.legalBasis.contains(g.procedure == Procedure::PermanentDeletion ? QStringLiteral("Điều 24")
                                                                                      : QStringLiteral("Điều 29")));
        }
        QCOMPARE(keys.size(), 17);
        QCOMPARE(DeletionGrounds::find(Procedure::TemporaryDeletion, QStringLiteral("tmp.absent"))->legalBasis,
                 QStringLiteral("điểm c khoản 1 Điều 29 Luật Cư trú năm 2020"));
        // A ground of the other deletion does not count.
        QVERIFY(!DeletionGrounds::find(Procedure::TemporaryDeletion, QStringLiteral("tt.abroad")));
        QVERIFY(DeletionGrounds::of(Procedure::PermanentRegistration).isEmpty());
    }

    void deletionWithoutAGroundIsRefused()
    {
        Fixture f;
        const PersonData tenant = Fixture::person(QStringLiteral("Phạm Văn Đức"), QDate(1990, 1, 1), false, 801);
        f.approved(temporary(tenant, kToday, kToday.addMonths(6)));
        CaseService cases(*f.store);
        CaseIntake del;
        del.procedure = Procedure::TemporaryDeletion;
        del.declarant = tenant;
        del.reason = QStringLiteral("Đã chuyển đi");
        auto none = cases.receive(f.police, del);
        QVERIFY(!none);
        QCOMPARE(none.status().code(), Status::Code::InputRejected);
        QVERIFY2(none.status().message().contains(QStringLiteral("legal ground")), qPrintable(none.status().message()));
        QVERIFY(none.status().message().contains(QStringLiteral("art. 29")));
        del.deletionGround = QStringLiteral("tt.abroad"); // a permanent-residence ground
        auto wrong = cases.receive(f.police, del);
        QVERIFY(!wrong);
        QVERIFY2(wrong.status().message().contains(QStringLiteral("not a ground")),
                 qPrintable(wrong.status().message()));
        QCOMPARE(
            f.count(QStringLiteral("SELECT COUNT(*) FROM residence_cases WHERE procedure <> 'temporary_registration'")),
            0);

        // A file that reached approval without a ground (received before the list existed) deletes nothing.
        {
            Database::Transaction tx(f.tw.ws->database());
            del.deletionGround.clear();
            RegistryUpdater updater(*f.store);
            const Status s = updater.apply(0, del, kToday);
            QVERIFY(!s);
            QCOMPARE(s.code(), Status::Code::InputRejected);
        }
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM residence_records WHERE closed_on IS NULL")), 1);
    }

    void deletionOnAGroundClosesTheRecordWithItsLegalBasis()
    {
        Fixture f;
        const PersonData tenant = Fixture::person(QStringLiteral("Phạm Văn Đức"), QDate(1990, 1, 1), false, 802);
        f.approved(temporary(tenant, kToday, kToday.addMonths(6)));
        CaseIntake del;
        del.procedure = Procedure::TemporaryDeletion;
        del.declarant = tenant;
        del.deletionGround = QStringLiteral("tmp.absent");
        del.reason = QStringLiteral("Xác minh ngày 01/03/2026");
        const qint64 caseId = f.approved(del);
        auto record = CaseService(*f.store).caseRecord(f.police, caseId);
        QVERIFY(record);
        QCOMPARE(record->intake.deletionGround, QStringLiteral("tmp.absent")); // kept with the file
        QSqlQuery q = f.tw.ws->database().query();
        QVERIFY(q.exec(QStringLiteral("SELECT close_reason FROM residence_records WHERE closed_on IS NOT NULL")));
        QVERIFY(q.next());
        const QString reason = q.value(0).toString();
        QVERIFY2(reason.contains(QStringLiteral("Vắng mặt liên tục tại nơi tạm trú từ 06 tháng")), qPrintable(reason));
        QVERIFY(reason.contains(QStringLiteral("điểm c khoản 1 Điều 29 Luật Cư trú năm 2020")));
        QVERIFY(reason.contains(QStringLiteral("Xác minh ngày 01/03/2026")));
    }
};

QTEST_GUILESS_MAIN(TestResidenceRules)
#include "tst_residence_rules.moc"
