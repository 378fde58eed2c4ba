// Approval effects in the registry (and nothing changed when an approval fails), bad input, searches and the
// population service's signal payload.
#include "HouseholdRegistry.h"
#include "InputChecks.h"
#include "PersonRegistry.h"
#include "ResidenceFixture.h"

#include <QSignalSpy>
#include <QTest>

#include <thread>

using namespace motcua;
using namespace motcua::residence;
using Fixture = motcua::residence::test::ResidenceFixture;

namespace {
const PersonData kHead = Fixture::person(QStringLiteral("Nguyễn Văn Đức"), QDate(1975, 4, 12), false, 1);
const PersonData kWife = Fixture::person(QStringLiteral("Trần Thị Ánh"), QDate(1978, 9, 3), true, 2);
const PersonData kSon = Fixture::person(QStringLiteral("Nguyễn Đức Anh"), QDate(2005, 1, 20), false, 3);
const PersonData kDaughter = Fixture::person(QStringLiteral("Nguyễn Thị Mai"), QDate(2007, 6, 1), true, 4);

QList<MovingMember> family()
{
    return {{kWife, QStringLiteral("Vợ")}, {kSon, QStringLiteral("Con")}, {kDaughter, QStringLiteral("Con")}};
}
} // namespace

class TestResidenceRegistry : public QObject
{
    Q_OBJECT

private slots:
    void permanentRegistrationCreatesHousehold()
    {
        Fixture f;
        QSignalSpy spy(f.population.get(), &PopulationService::residentChanged);
        f.approved(Fixture::permanent(kHead, family()));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM residence_persons")), 4);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM residence_records WHERE kind = 'permanent' AND "
                                        "closed_on IS NULL")),
                 4);
        HouseholdRegistry households(*f.store);
        auto h = households.household(f.police, 1);
        QVERIFY(h);
        QCOMPARE(h->number, QStringLiteral("HK-000001"));
        QCOMPARE(h->members.size(), 4);
        QCOMPARE(h->members.first().relationship, QStringLiteral("Chủ hộ"));
        QCOMPARE(h->members.first().idNumber, kHead.idNumber);
        QCOMPARE(h->address.communeCode, QStringLiteral("00004"));
        // One signal per new resident, with the resident-CSV keys.
        QCOMPARE(spy.size(), 4);
        const QVariantMap before = spy.first().at(0).toMap();
        const QVariantMap after = spy.first().at(1).toMap();
        QVERIFY(before.isEmpty());
        QCOMPARE(after.value(QStringLiteral("id_number")).toString(), kHead.idNumber);
        QCOMPARE(after.value(QStringLiteral("full_name")).toString(), kHead.fullName);
        QCOMPARE(after.value(QStringLiteral("date_of_birth")).toString(), QStringLiteral("1975-04-12"));
        QCOMPARE(after.value(QStringLiteral("sex")).toString(), QStringLiteral("M"));
        QCOMPARE(after.value(QStringLiteral("ethnicity")).toString(), QStringLiteral("Kinh"));
        QCOMPARE(after.value(QStringLiteral("religion")).toString(), QStringLiteral("Không"));
        QCOMPARE(after.value(QStringLiteral("province_code")).toString(), QStringLiteral("01"));
        QCOMPARE(after.value(QStringLiteral("ward_code")).toString(), QStringLiteral("00004"));
        QCOMPARE(after.value(QStringLiteral("residence_type")).toString(), QStringLiteral("permanent"));
        QCOMPARE(after.value(QStringLiteral("household_id")).toString(), QStringLiteral("HK-000001"));
        QCOMPARE(after.keys().size(), 11);
        QCOMPARE(f.population->residents(0, 10).size(), 4);
        QCOMPARE(f.population->residents(3, 10).size(), 1);
        // Ethnicity and religion are not stored in clear.
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM residence_persons WHERE ethnicity_sealed LIKE "
                                        "'%Kinh%' OR phone_sealed LIKE '%0912%'")),
                 0);
        // Joining the household later: the newcomer gets the relationship to the head.
        CaseIntake join =
            Fixture::permanent(Fixture::person(QStringLiteral("Lê Văn Cháu"), QDate(2000, 2, 2), false, 9));
        join.householdId = 1;
        join.relationshipToHead = QStringLiteral("Cháu");
        join.headConsent = {ConsentKind::VNeID, kHead.fullName, kHead.idNumber, QStringLiteral("VNEID-1")};
        f.approved(join);
        QCOMPARE(households.household(f.police, 1)->members.size(), 5);
        QCOMPARE(households.household(f.police, 1)->members.last().relationship, QStringLiteral("Cháu"));
    }

    void alreadyRegisteredElsewhereIsRefused()
    {
        Fixture f;
        f.approved(Fixture::permanent(kHead));
        CaseService cases(*f.store);
        const int before = f.count(QStringLiteral("SELECT COUNT(*) FROM residence_cases"));
        auto c = cases.receive(
            f.police,
            Fixture::permanent(kHead, {}, Fixture::address(QStringLiteral("Phố Kim Mã"), QStringLiteral("5"))));
        QVERIFY(!c);
        QCOMPARE(c.status().code(), Status::Code::InputRejected);
        QVERIFY2(c.status().message().contains(QStringLiteral("deletion")), qPrintable(c.status().message()));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM residence_cases")), before);
    }

    void failedApprovalChangesNothing()
    {
        Fixture f;
        CaseService cases(*f.store);
        // Two cases received while the son is not yet registered anywhere.
        auto first = cases.receive(f.police, Fixture::permanent(kSon));
        const PersonData other = Fixture::person(QStringLiteral("Phạm Văn Khách"), QDate(1980, 1, 1), false, 20);
        auto second = cases.receive(
            f.police, Fixture::permanent(other, {{kSon, QStringLiteral("Cháu")}},
                                         Fixture::address(QStringLiteral("Phố Kim Mã"), QStringLiteral("7"))));
        QVERIFY(first && second);
        QVERIFY(cases.startReview(f.police, first->id));
        QVERIFY(cases.approve(f.police, first->id));
        QVERIFY(cases.startReview(f.police, second->id));
        const int persons = f.count(QStringLiteral("SELECT COUNT(*) FROM residence_persons"));
        const int records = f.count(QStringLiteral("SELECT COUNT(*) FROM residence_records"));
        const int households = f.count(QStringLiteral("SELECT COUNT(*) FROM residence_households"));
        const int events = f.count(QStringLiteral("SELECT COUNT(*) FROM residence_case_events"));
        QSignalSpy spy(f.population.get(), &PopulationService::residentChanged);
        const Status s = cases.approve(f.police, second->id);
        QVERIFY(!s);
        QCOMPARE(s.code(), Status::Code::InputRejected);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM residence_persons")), persons);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM residence_records")), records);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM residence_households")), households);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM residence_case_events")), events);
        QCOMPARE(cases.caseRecord(f.police, second->id)->summary.state, CaseState::UnderReview);
        QCOMPARE(spy.size(), 0);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("idNumber");
        QTest::addColumn<QDate>("dob");
        QTest::addColumn<QString>("sex");
        QTest::addColumn<QString>("expected");
        QTest::newRow("11 digits") << QStringLiteral("00107501234") << QDate(1975, 4, 12) << QStringLiteral("M")
                                   << QStringLiteral("12 digits");
        QTest::newRow("letters") << QStringLiteral("00107501234A") << QDate(1975, 4, 12) << QStringLiteral("M")
                                 << QStringLiteral("12 digits");
        QTest::newRow("unknown province") << QStringLiteral("003075012345") << QDate(1975, 4, 12) << QStringLiteral("M")
                                          << QStringLiteral("province");
        QTest::newRow("century") << QStringLiteral("001275012345") << QDate(1975, 4, 12) << QStringLiteral("M")
                                 << QStringLiteral("date of birth and sex");
        QTest::newRow("sex") << QStringLiteral("001175012345") << QDate(1975, 4, 12) << QStringLiteral("M")
                             << QStringLiteral("date of birth and sex");
        QTest::newRow("year digits") << QStringLiteral("001076012345") << QDate(1975, 4, 12) << QStringLiteral("M")
                                     << QStringLiteral("date of birth and sex");
        QTest::newRow("21st century female") << QStringLiteral("001205012345") << QDate(2005, 1, 1)
                                             << QStringLiteral("F") << QStringLiteral("date of birth and sex");
        QTest::newRow("future birth") << QStringLiteral("001227012345") << QDate(2027, 1, 1) << QStringLiteral("M")
                                      << QStringLiteral("future");
    }

    void badInput()
    {
        QFETCH(QString, idNumber);
        QFETCH(QDate, dob);
        QFETCH(QString, sex);
        QFETCH(QString, expected);
        Fixture f;
        PersonData p = kHead;
        p.idNumber = idNumber;
        p.dateOfBirth = dob;
        p.sex = sex;
        auto c = CaseService(*f.store).receive(f.police, Fixture::permanent(p));
        QVERIFY(!c);
        QCOMPARE(c.status().code(), Status::Code::InputRejected);
        QVERIFY2(c.status().message().contains(expected), qPrintable(c.status().message()));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM residence_cases")), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM residence_persons")), 0);
    }

    void validIdNumbersPass()
    {
        QVERIFY(InputChecks::idNumber(kHead.idNumber, kHead.dateOfBirth, kHead.sex, QStringLiteral("x")));
        QVERIFY(InputChecks::idNumber(kSon.idNumber, kSon.dateOfBirth, kSon.sex, QStringLiteral("x")));
        QVERIFY(InputChecks::idNumber(kDaughter.idNumber, kDaughter.dateOfBirth, kDaughter.sex, QStringLiteral("x")));
    }

    void impossibleDatesAndPeriods()
    {
        Fixture f;
        CaseService cases(*f.store);
        CaseIntake t;
        t.procedure = Procedure::TemporaryRegistration;
        t.declarant = kSon;
        t.address = Fixture::address();
        t.periodFrom = QDate(2026, 5, 1);
        t.periodTo = QDate(2026, 4, 1);
        auto reversed = cases.receive(f.police, t);
        QVERIFY(!reversed);
        QVERIFY2(reversed.status().message().contains(QStringLiteral("ends before it starts")),
                 qPrintable(reversed.status().message()));
        t.periodTo = QDate(2028, 5, 2);
        auto tooLong = cases.receive(f.police, t);
        QVERIFY(!tooLong);
        QVERIFY2(tooLong.status().message().contains(QStringLiteral("two years")) ||
                     tooLong.status().message().contains(QStringLiteral("longer than allowed")),
                 qPrintable(tooLong.status().message()));
        CaseIntake badAddress = Fixture::permanent(kHead);
        badAddress.address.communeCode = QStringLiteral("99999");
        QVERIFY(!cases.receive(f.police, badAddress));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM residence_cases")), 0);
    }

    void duplicateSubmissionIsRefused()
    {
        Fixture f;
        CaseService cases(*f.store);
        auto c = cases.receive(f.police, Fixture::permanent(kHead));
        QVERIFY(c);
        auto again = cases.receive(f.police, Fixture::permanent(kHead));
        QVERIFY(!again);
        QVERIFY2(again.status().message().contains(c->number), qPrintable(again.status().message()));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM residence_cases")), 1);
        // Once decided, a new submission is possible.
        QVERIFY(cases.startReview(f.police, c->id));
        QVERIFY(cases.refuse(f.police, c->id, QStringLiteral("Thiếu giấy tờ chỗ ở hợp pháp")));
        QVERIFY(cases.receive(f.police, Fixture::permanent(kHead)));
    }

    void headLeavingNeedsNewHead()
    {
        Fixture f;
        f.approved(Fixture::permanent(kHead, family()));
        CaseService cases(*f.store);
        CaseIntake del;
        del.procedure = Procedure::PermanentDeletion;
        del.declarant = kHead;
        del.deletionGround = QStringLiteral("tt.abroad");
        del.reason = QStringLiteral("Chuyển đi nơi khác");
        auto refused = cases.receive(f.police, del);
        QVERIFY(!refused);
        QVERIFY2(refused.status().message().contains(QStringLiteral("new head")),
                 qPrintable(refused.status().message()));
        del.newHeadIdNumber = kWife.idNumber;
        QSignalSpy spy(f.population.get(), &PopulationService::residentChanged);
        f.approved(del);
        HouseholdRegistry households(*f.store);
        auto h = households.household(f.police, 1);
        QCOMPARE(h->members.size(), 3);
        QCOMPARE(f.count(QStringLiteral("SELECT head_person_id FROM residence_households WHERE id = 1")), 2);
        auto history = households.history(f.police, 1);
        QCOMPARE(history->size(), 5); // 4 joined (the head's row and the wife's ended), the wife as head
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM residence_records WHERE person_id = 1 AND closed_on IS "
                                        "NOT NULL")),
                 1);
        // The head left the registry (after empty); the wife is unchanged for the statistics.
        bool headLeft = false;
        for (const auto& args : spy)
            if (args.at(0).toMap().value(QStringLiteral("id_number")) == kHead.idNumber)
                headLeft = args.at(1).toMap().isEmpty();
        QVERIFY(headLeft);
    }

    void householdSplit()
    {
        Fixture f;
        f.approved(Fixture::permanent(kHead, family()));
        CaseIntake split;
        split.procedure = Procedure::HouseholdSplit;
        split.declarant = kSon;
        split.householdId = 1;
        split.members = {{kDaughter, QStringLiteral("Em gái")}};
        split.headConsent = {ConsentKind::Paper, kHead.fullName, kHead.idNumber, {}};
        QSignalSpy spy(f.population.get(), &PopulationService::residentChanged);
        f.approved(split);
        HouseholdRegistry households(*f.store);
        QCOMPARE(households.household(f.police, 1)->members.size(), 2);
        auto created = households.household(f.police, 2);
        QVERIFY(created);
        QCOMPARE(created->members.size(), 2);
        QCOMPARE(created->members.first().idNumber, kSon.idNumber);
        QCOMPARE(created->members.first().relationship, QStringLiteral("Chủ hộ"));
        QCOMPARE(created->members.last().relationship, QStringLiteral("Em gái"));
        QCOMPARE(spy.size(), 2); // son and daughter change household
        QCOMPARE(spy.first().at(1).toMap().value(QStringLiteral("household_id")).toString(),
                 QStringLiteral("HK-000002"));
        // Splitting everyone away is refused.
        CaseIntake all = split;
        all.declarant = kHead;
        all.householdId = 1;
        all.members = {{kWife, QStringLiteral("Vợ")}};
        QVERIFY(!CaseService(*f.store).receive(f.police, all));
    }

    void temporaryResidenceExpiryAndExtension()
    {
        Fixture f;
        CaseIntake t;
        t.procedure = Procedure::TemporaryRegistration;
        t.declarant = kSon;
        t.address = Fixture::address(QStringLiteral("Phố Liễu Giai"), QStringLiteral("8"));
        t.periodFrom = QDate(2026, 3, 2);
        t.periodTo = QDate(2026, 9, 1);
        f.approved(t);
        HouseholdRegistry households(*f.store);
        QCOMPARE(households.expiringTemporary(f.police)->size(), 0);
        QCOMPARE(f.population->residents(0, 5).first().toMap().value(QStringLiteral("residence_type")).toString(),
                 QStringLiteral("temporary"));
        f.tw.clock.set(QDateTime(QDate(2026, 8, 1), QTime(9, 0)));
        CaseIntake ext;
        ext.procedure = Procedure::TemporaryExtension;
        ext.declarant = kSon;
        ext.periodTo = QDate(2027, 9, 1);
        auto early = CaseService(*f.store).receive(f.police, ext);
        QVERIFY(!early);
        QVERIFY2(early.status().message().contains(QStringLiteral("15 days")), qPrintable(early.status().message()));
        f.tw.clock.set(QDateTime(QDate(2026, 8, 20), QTime(9, 0)));
        auto expiring = households.expiringTemporary(f.police);
        QCOMPARE(expiring->size(), 1);
        QCOMPARE(expiring->first().daysLeft, 12);
        QCOMPARE(expiring->first().idNumber, kSon.idNumber);
        f.approved(ext);
        QCOMPARE(households.expiringTemporary(f.police)->size(), 0);
        auto records = households.records(f.police, 1);
        QCOMPARE(records->first().to, QDate(2027, 9, 1));
        // A second temporary registration while one is running is refused (extension instead).
        t.periodFrom = QDate(2026, 8, 20);
        t.periodTo = QDate(2026, 12, 1);
        QVERIFY(!CaseService(*f.store).receive(f.police, t));
        CaseIntake del;
        del.procedure = Procedure::TemporaryDeletion;
        del.declarant = kSon;
        del.deletionGround = QStringLiteral("tmp.lease_ended");
        del.reason = QStringLiteral("Hết hợp đồng thuê nhà");
        f.approved(del);
        QCOMPARE(f.population->residents(0, 5).size(), 0);
    }

    void correctionAndAbsence()
    {
        Fixture f;
        f.approved(Fixture::permanent(kHead));
        CaseIntake fix;
        fix.procedure = Procedure::Correction;
        fix.declarant = kHead;
        fix.corrections = {{QStringLiteral("religion"), QStringLiteral("Phật giáo")},
                           {QStringLiteral("full_name"), QStringLiteral("Nguyễn Văn Đức Minh")}};
        QSignalSpy spy(f.population.get(), &PopulationService::residentChanged);
        f.approved(fix);
        auto p = PersonRegistry(*f.store).person(f.police, 1);
        QCOMPARE(p->data.religion, QStringLiteral("Phật giáo"));
        QCOMPARE(p->data.fullName, QStringLiteral("Nguyễn Văn Đức Minh"));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(0).toMap().value(QStringLiteral("religion")).toString(), QStringLiteral("Không"));
        QCOMPARE(spy.first().at(1).toMap().value(QStringLiteral("religion")).toString(), QStringLiteral("Phật giáo"));
        QCOMPARE(PersonRegistry(*f.store).searchByName(f.police, QStringLiteral("duc minh"))->size(), 1);
        // A correction that would make the ID number inconsistent, or of an unknown field, is refused.
        CaseIntake wrong = fix;
        wrong.declarant.fullName = QStringLiteral("Nguyễn Văn Đức Minh");
        wrong.corrections = {{QStringLiteral("date_of_birth"), QStringLiteral("1985-04-12")}};
        auto inconsistent = CaseService(*f.store).receive(f.police, wrong);
        QVERIFY(!inconsistent);
        QVERIFY2(inconsistent.status().message().contains(QStringLiteral("date of birth and sex")),
                 qPrintable(inconsistent.status().message()));
        wrong.corrections = {{QStringLiteral("portrait"), QStringLiteral("x")}};
        QCOMPARE(CaseService(*f.store).receive(f.police, wrong).status().code(), Status::Code::InputRejected);
        CaseIntake away;
        away.procedure = Procedure::TemporaryAbsence;
        away.declarant = kHead;
        away.periodFrom = QDate(2026, 3, 10);
        away.periodTo = QDate(2026, 9, 10);
        away.destination = QStringLiteral("Thành phố Hồ Chí Minh");
        away.reason = QStringLiteral("Làm việc");
        f.approved(away);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM residence_records WHERE kind = 'absence' AND "
                                        "destination <> ''")),
                 1);
    }

    void workerThreadUsesItsOwnConnection()
    {
        Fixture f;
        QSignalSpy spy(f.population.get(), &PopulationService::residentChanged);
        Status outcome = Status::failed(QStringLiteral("not run"));
        std::thread worker([&] {
            auto connection = ResidenceConnection::open(f.store->env());
            if (!connection) {
                outcome = connection.status();
                return;
            }
            const ResidenceStore& own = (*connection)->store();
            CaseService cases(own);
            auto c = cases.receive(f.police, Fixture::permanent(kHead));
            outcome = c ? cases.startReview(f.police, c->id) : c.status();
            if (outcome)
                outcome = cases.approve(f.police, c->id);
        });
        worker.join();
        QVERIFY2(outcome, qPrintable(outcome.message()));
        QCOMPARE(CaseService(*f.store).find(f.police, {})->size(), 1);
        QCOMPARE(PersonRegistry(*f.store).search(f.police, QStringLiteral("nguyen van duc"))->size(), 1);
        QCOMPARE(spy.size(), 1); // published from the worker (direct connection to the spy)
    }

    void searchIgnoresDiacriticsAndCase()
    {
        Fixture f;
        f.approved(Fixture::permanent(kHead, family()));
        f.approved(Fixture::permanent(Fixture::person(QStringLiteral("Đặng Thị Đào"), QDate(1960, 3, 3), true, 30), {},
                                      Fixture::address(QStringLiteral("Phố Kim Mã"), QStringLiteral("45"))));
        PersonRegistry persons(*f.store);
        auto names = [&](const QString& q) {
            QStringList out;
            const auto found = persons.search(f.police, q);
            for (const PersonSummary& p : *found)
                out << p.fullName;
            return out;
        };
        QCOMPARE(names(QStringLiteral("nguyen van duc")), QStringList{QStringLiteral("Nguyễn Văn Đức")});
        QCOMPARE(names(QStringLiteral("NGUYEN")).size(), 3);
        QCOMPARE(names(QStringLiteral("duc")).size(), 2); // Đức and Đức Anh
        QCOMPARE(names(QStringLiteral("Đức")).size(), 2);
        QCOMPARE(names(QStringLiteral("dang thi dao")), QStringList{QStringLiteral("Đặng Thị Đào")});
        QCOMPARE(names(QStringLiteral("ngu th")), QStringList{QStringLiteral("Nguyễn Thị Mai")}); // word prefixes
        QCOMPARE(names(QStringLiteral("xyz")).size(), 0);
        auto byId = persons.search(f.police, kWife.idNumber);
        QCOMPARE(byId->size(), 1);
        QCOMPARE(byId->first().fullName, kWife.fullName);
        QCOMPARE(byId->first().householdId, 1);
        QVERIFY(byId->first().address.contains(QStringLiteral("Đội Cấn")));
        QCOMPARE(persons.search(f.police, QStringLiteral("0011"))->size(), 2); // the two women
        auto byAddress =
            persons.searchByAddress(f.police, QStringLiteral("00004"), QStringLiteral("pho doi"), QStringLiteral("12"));
        QCOMPARE(byAddress->size(), 4);
        QCOMPARE(persons.searchByAddress(f.police, {}, QStringLiteral("kim ma"), {})->size(), 1);
        HouseholdRegistry households(*f.store);
        QCOMPARE(households.search(f.police, QStringLiteral("dang thi"))->size(), 1);
        QCOMPARE(households.search(f.police, QStringLiteral("HK-0000"))->size(), 2);
        // Searches are audited without the query text.
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'residence.person.search%' "
                                        "AND details LIKE '%nguyen%'")),
                 0);
        QVERIFY(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE "
                                       "'residence.person.search%'")) >= 9);
    }
};

QTEST_GUILESS_MAIN(TestResidenceRegistry)
#include "tst_residence_registry.moc"
