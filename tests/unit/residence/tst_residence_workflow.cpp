// The case state machine (every pair of states, in the table and through the service on a real database) and
// the deadlines across weekends, Tết 2026 and the year end.
#include "CaseWorkflow.h"
#include "ProcedureCatalogue.h"
#include "ResidenceFixture.h"
#include "WorkQueue.h"

#include <QTest>

using namespace motcua;
using namespace motcua::residence;
using Fixture = motcua::residence::test::ResidenceFixture;

namespace {
// The expected workflow, written out independently of CaseWorkflow's table.
bool expectedAllowed(CaseState from, CaseState to)
{
    using S = CaseState;
    const QList<QPair<S, S>> legal = {
        {S::Received, S::CompletionRequested},
        {S::Received, S::UnderReview},
        {S::CompletionRequested, S::Resubmitted},
        {S::Resubmitted, S::CompletionRequested},
        {S::Resubmitted, S::UnderReview},
        {S::UnderReview, S::CompletionRequested},
        {S::UnderReview, S::Approved},
        {S::UnderReview, S::Refused},
        {S::Approved, S::ResultReturned},
        {S::Refused, S::ResultReturned},
    };
    return legal.contains({from, to});
}

// Shortest legal path from received to each state.
QList<CaseState> pathTo(CaseState s)
{
    using S = CaseState;
    switch (s) {
    case S::Received:
        return {};
    case S::CompletionRequested:
        return {S::CompletionRequested};
    case S::Resubmitted:
        return {S::CompletionRequested, S::Resubmitted};
    case S::UnderReview:
        return {S::UnderReview};
    case S::Approved:
        return {S::UnderReview, S::Approved};
    case S::Refused:
        return {S::UnderReview, S::Refused};
    case S::ResultReturned:
        return {S::UnderReview, S::Refused, S::ResultReturned};
    }
    return {};
}
} // namespace

class TestResidenceWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void tableMatchesEveryPair()
    {
        int legal = 0;
        for (CaseState from : CaseWorkflow::states())
            for (CaseState to : CaseWorkflow::states()) {
                QCOMPARE(CaseWorkflow::allowed(from, to), expectedAllowed(from, to));
                const Status s = CaseWorkflow::check(from, to);
                QCOMPARE(s.isOk(), expectedAllowed(from, to));
                if (!s) {
                    QCOMPARE(s.code(), Status::Code::InputRejected);
                    QVERIFY(s.message().contains(CaseWorkflow::displayName(from)));
                }
                legal += CaseWorkflow::allowed(from, to);
            }
        QCOMPARE(legal, 10);
        QVERIFY(CaseWorkflow::next(CaseState::ResultReturned).isEmpty());
        for (CaseState s : CaseWorkflow::states())
            QCOMPARE(CaseWorkflow::fromKey(CaseWorkflow::key(s)), std::optional<CaseState>(s));
    }

    void serviceRefusesEveryIllegalPair()
    {
        Fixture f;
        CaseService cases(*f.store);
        int serial = 1;
        for (CaseState from : CaseWorkflow::states())
            for (CaseState to : CaseWorkflow::states()) {
                // A fresh confirmation case per pair (it changes nothing in the registry when approved).
                CaseIntake in;
                in.procedure = Procedure::Confirmation;
                in.declarant = Fixture::person(QStringLiteral("Người Thử"), QDate(1990, 1, 1), false, serial++);
                auto c = cases.receive(f.police, in);
                QVERIFY2(c, qPrintable(c.status().message()));
                for (CaseState step : pathTo(from))
                    QVERIFY2(cases.transition(f.police, c->id, step, QStringLiteral("bước")),
                             qPrintable(CaseWorkflow::key(step)));
                const int eventsBefore = int(cases.events(f.police, c->id)->size());
                const Status s = cases.transition(f.police, c->id, to, QStringLiteral("lý do"));
                const QString pair = CaseWorkflow::key(from) + QStringLiteral(" → ") + CaseWorkflow::key(to);
                QVERIFY2(s.isOk() == expectedAllowed(from, to), qPrintable(pair + QStringLiteral(": ") + s.message()));
                auto after = cases.caseRecord(f.police, c->id);
                QVERIFY(after);
                const auto events = cases.events(f.police, c->id);
                if (s) {
                    QCOMPARE(after->summary.state, to);
                    QCOMPARE(events->size(), eventsBefore + 1);
                    QCOMPARE(events->last().from, from);
                    QCOMPARE(events->last().to, to);
                    QCOMPARE(events->last().operatorName, QStringLiteral("congan1"));
                } else {
                    QCOMPARE(after->summary.state, from);
                    QCOMPARE(events->size(), eventsBefore);
                }
            }
        // Each transition is audited.
        QVERIFY(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'residence.case.transition'")) >
                40);
    }

    void decisionsNeedTheDecidePermission()
    {
        Fixture f;
        Roles::grant(residence::perm::Intake, {QStringLiteral("frontdesk")});
        Roles::grant(residence::perm::View, {QStringLiteral("frontdesk")});
        const Session clerk(9, QStringLiteral("letan"), QStringLiteral("Lễ tân"), QStringLiteral("frontdesk"));
        CaseService cases(*f.store);
        CaseIntake in;
        in.procedure = Procedure::Confirmation;
        in.declarant = Fixture::person(QStringLiteral("Lê Văn Bình"), QDate(1980, 5, 5), false, 7);
        auto c = cases.receive(clerk, in);
        QVERIFY(c);
        QVERIFY(cases.startReview(clerk, c->id));
        QCOMPARE(cases.approve(clerk, c->id).code(), Status::Code::PermissionDenied);
        QCOMPARE(cases.caseRecord(f.police, c->id)->summary.state, CaseState::UnderReview);
        const Session analyst(10, QStringLiteral("pt"), QStringLiteral("Phân tích"), QStringLiteral("analyst"));
        QCOMPARE(cases.find(analyst, {}).status().code(), Status::Code::PermissionDenied);
    }

    void reasonsRequiredForCompletionAndRefusal()
    {
        Fixture f;
        CaseService cases(*f.store);
        CaseIntake in;
        in.procedure = Procedure::Confirmation;
        in.declarant = Fixture::person(QStringLiteral("Lê Văn Bình"), QDate(1980, 5, 5), false, 8);
        auto c = cases.receive(f.police, in);
        QVERIFY(c);
        QCOMPARE(cases.requestCompletion(f.police, c->id, QStringLiteral("  ")).code(), Status::Code::InputRejected);
        QVERIFY(cases.startReview(f.police, c->id));
        QCOMPARE(cases.refuse(f.police, c->id, QString()).code(), Status::Code::InputRejected);
        QVERIFY(cases.refuse(f.police, c->id, QStringLiteral("Không đủ điều kiện")));
        QCOMPARE(cases.caseRecord(f.police, c->id)->refusalReasons, QStringLiteral("Không đủ điều kiện"));
    }

    void deadlines_data()
    {
        QTest::addColumn<int>("procedure");
        QTest::addColumn<bool>("inDatabase");
        QTest::addColumn<QDateTime>("received");
        QTest::addColumn<QDateTime>("due");
        auto t = [](int y, int m, int d, int h, int min = 0) { return QDateTime(QDate(y, m, d), QTime(h, min)); };
        // Monday + 3 working days = Thursday; Friday + 3 = Wednesday (weekend skipped).
        QTest::newRow("temporary Mon") << int(Procedure::TemporaryRegistration) << true << t(2026, 3, 2, 9)
                                       << t(2026, 3, 5, 17);
        QTest::newRow("temporary Fri") << int(Procedure::TemporaryRegistration) << true << t(2026, 3, 6, 16)
                                       << t(2026, 3, 11, 17);
        // Received online on Saturday: counted from Monday.
        QTest::newRow("online Saturday") << int(Procedure::TemporaryRegistration) << true << t(2026, 3, 7, 22)
                                         << t(2026, 3, 12, 17);
        // Tết 2026: 14–22 February off. Thursday 12 Feb + 3 → Fri 13, Mon 23, Tue 24.
        QTest::newRow("across Tet") << int(Procedure::TemporaryRegistration) << true << t(2026, 2, 12, 10)
                                    << t(2026, 2, 24, 17);
        QTest::newRow("permanent across Tet")
            << int(Procedure::PermanentRegistration) << true << t(2026, 2, 10, 10) << t(2026, 2, 26, 17);
        QTest::newRow("received during Tet")
            << int(Procedure::TemporaryAbsence) << true << t(2026, 2, 18, 9) << t(2026, 2, 24, 17);
        // Year end: 31 Dec 2026 (Thu) + 2 → 1 Jan is a holiday, Fri? no: Mon 4, Tue 5 January 2027.
        QTest::newRow("year end") << int(Procedure::TemporaryDeletion) << true << t(2026, 12, 31, 9)
                                  << t(2027, 1, 5, 17);
        QTest::newRow("deletion 5 days over new year")
            << int(Procedure::PermanentDeletion) << true << t(2026, 12, 28, 9) << t(2027, 1, 5, 17);
        // Half a day: morning → same afternoon; afternoon → next working day at noon; Friday afternoon → Monday.
        QTest::newRow("confirmation morning")
            << int(Procedure::Confirmation) << true << t(2026, 3, 2, 9) << t(2026, 3, 2, 17);
        QTest::newRow("confirmation afternoon")
            << int(Procedure::Confirmation) << true << t(2026, 3, 2, 14) << t(2026, 3, 3, 12);
        QTest::newRow("confirmation Friday pm")
            << int(Procedure::Confirmation) << true << t(2026, 3, 6, 15) << t(2026, 3, 9, 12);
        QTest::newRow("confirmation Sunday")
            << int(Procedure::Confirmation) << true << t(2026, 3, 8, 10) << t(2026, 3, 9, 17);
        QTest::newRow("confirmation not in db")
            << int(Procedure::Confirmation) << false << t(2026, 3, 2, 9) << t(2026, 3, 5, 17);
        QTest::newRow("declaration not in db")
            << int(Procedure::Declaration) << false << t(2026, 3, 2, 9) << t(2026, 4, 13, 17);
    }

    void deadlines()
    {
        QFETCH(int, procedure);
        QFETCH(bool, inDatabase);
        QFETCH(QDateTime, received);
        QFETCH(QDateTime, due);
        Fixture f;
        QCOMPARE(ProcedureCatalogue::dueAt(f.tw.ws->calendar(), Procedure(procedure), inDatabase, received), due);
    }

    void feesByChannel()
    {
        QCOMPARE(ProcedureCatalogue::fee(Procedure::PermanentRegistration, Channel::InPerson, false, 1), 20000);
        QCOMPARE(ProcedureCatalogue::fee(Procedure::PermanentRegistration, Channel::Online, false, 3), 10000);
        QCOMPARE(ProcedureCatalogue::fee(Procedure::TemporaryRegistration, Channel::InPerson, false, 1), 15000);
        QCOMPARE(ProcedureCatalogue::fee(Procedure::TemporaryRegistration, Channel::Online, true, 4), 20000);
        QCOMPARE(ProcedureCatalogue::fee(Procedure::HouseholdSplit, Channel::Online, false, 1), 5000);
        QCOMPARE(ProcedureCatalogue::fee(Procedure::PermanentDeletion, Channel::InPerson, false, 1), 0);
        for (const ProcedureInfo& i : ProcedureCatalogue::all())
            QCOMPARE(ProcedureCatalogue::fromKey(i.key), std::optional<Procedure>(i.procedure));
    }

    void caseNumbersAndQueue()
    {
        Fixture f;
        CaseService cases(*f.store);
        CaseIntake in;
        in.procedure = Procedure::TemporaryAbsence;
        in.declarant = Fixture::person(QStringLiteral("Vũ Thị Hạnh"), QDate(1992, 2, 2), true, 11);
        in.periodFrom = QDate(2026, 3, 10);
        in.periodTo = QDate(2026, 6, 10);
        in.destination = QStringLiteral("Đà Nẵng");
        in.reason = QStringLiteral("Công tác");
        f.tw.clock.set(QDateTime(QDate(2026, 2, 27), QTime(9, 0))); // Friday: due Monday 2 March 17:00
        auto dueToday = cases.receive(f.police, in);
        QVERIFY2(dueToday, qPrintable(dueToday.status().message()));
        QCOMPARE(dueToday->number, QStringLiteral("2026-000001"));
        CaseIntake other = in;
        other.declarant = Fixture::person(QStringLiteral("Đỗ Văn Hải"), QDate(1991, 1, 1), false, 12);
        f.tw.clock.set(QDateTime(QDate(2026, 2, 20), QTime(9, 0))); // during Tết: due 24 Feb → overdue
        auto late = cases.receive(f.police, other);
        QVERIFY(late);
        QCOMPARE(late->number, QStringLiteral("2026-000002"));
        f.tw.clock.set(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
        WorkQueue queue(*f.store);
        auto counts = queue.counts(f.police);
        QVERIFY(counts);
        QCOMPARE(counts->open, 2);
        QCOMPARE(counts->dueToday, 1);
        QCOMPARE(counts->overdue, 1);
        QCOMPARE(counts->openByOfficer.value(QStringLiteral("congan1")), 2);
        QCOMPARE(counts->openByProcedure.value(QStringLiteral("temporary_absence")), 2);
        auto overdue = queue.overdue(f.police, QStringLiteral("congan1"));
        QCOMPARE(overdue->size(), 1);
        QCOMPARE(overdue->first().number, QStringLiteral("2026-000002"));
        QVERIFY(overdue->first().overdue);
        QCOMPARE(queue.dueToday(f.police)->size(), 1);
        QCOMPARE(queue.overdue(f.police, QStringLiteral("someone_else"))->size(), 0);
        // Waiting for the citizen stops the clock: not overdue any more.
        QVERIFY(cases.requestCompletion(f.police, late->id, QStringLiteral("Thiếu giấy tờ")));
        QCOMPARE(queue.overdue(f.police)->size(), 0);
        // Resubmission restarts the deadline from now (Monday 2 March + 1 → Tuesday 3 March).
        QVERIFY(cases.resubmit(f.police, late->id));
        QCOMPARE(cases.caseRecord(f.police, late->id)->summary.dueAt, QDateTime(QDate(2026, 3, 3), QTime(17, 0)));
        CaseFilter byNumber;
        byNumber.number = QStringLiteral("2026-*");
        QCOMPARE(cases.find(f.police, byNumber)->size(), 2);
        CaseFilter byState;
        byState.states = {CaseState::Resubmitted};
        QCOMPARE(cases.find(f.police, byState)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestResidenceWorkflow)
#include "tst_residence_workflow.moc"
