// Visitors service-layer benchmark (no card I/O): 10,000 check-ins and check-outs, then the inside-now
// query with 100,000 visits in history. Prints figures; goals are <= 5 ms per check-in and <= 20 ms per query.
#include "AuditLog.h"
#include "CardAccessCandidates.h"
#include "CheckInService.h"
#include "Database.h"
#include "Permissions.h"
#include "Session.h"
#include "TestWorkstation.h"
#include "Vault.h"
#include "VisitorsSchema.h"
#include "VisitorsStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

using namespace motcua;
using namespace motcua::visitors;

namespace {
double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.at(std::min(v.size() - 1, size_t(p * double(v.size()))));
}

VisitorIdentity visitor(int i)
{
    VisitorIdentity p;
    p.idNumber = QStringLiteral("0010%1").arg(i, 8, 10, QLatin1Char('0'));
    p.fullName = QStringLiteral("Nguyễn Văn Khách %1").arg(i);
    p.dateOfBirth = QDate(1960 + i % 40, 1 + i % 12, 1 + i % 28);
    p.sex = i % 2 ? QStringLiteral("F") : QStringLiteral("M");
    p.residence = QStringLiteral("Phường Hoàn Kiếm, Hà Nội");
    p.portrait = QByteArray(12000, char(i % 251)); // a typical CCCD JPEG is 10–20 KB
    return p;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Roles::grant(visitors::perm::CheckIn, {QStringLiteral("frontdesk")});
    motcua::test::TestWorkstation tw;
    if (Status s = tw.ws->database().migrate(VisitorsSchema::migrations()); !s)
        qFatal("migrate failed");
    auto vault = tw.ws->vault();
    VisitorsEnvironment env{&tw.ws->database(), &tw.ws->audit(), *vault, &tw.clock};
    auto store = VisitorsStore::open(env);
    if (!store)
        qFatal("store failed");
    Session desk(7, QStringLiteral("desk1"), QStringLiteral("Desk"), QStringLiteral("frontdesk"));
    CheckInService service(*store);
    // As in the GUI (WorkstationOptions::backgroundCheckpoints): no checkpoint in the check-in's commit, the
    // workstation's worker checkpoints instead (every minute, sooner when the WAL passes its limit).
    if (Status s = tw.ws->startBackgroundCheckpoints(); !s)
        qFatal("background checkpoints failed");

    const int n = 10000;
    std::vector<double> in, out, inCpu;
    // Wall time and the thread's CPU time: on a shared machine the wall-time tail is the scheduler (involuntary
    // context switches during the check-in), not the work; the slow ones are counted by cause.
    int slow = 0, slowPreempted = 0, slowBlocked = 0;
    QList<qint64> visits;
    QElapsedTimer t;
    for (int i = 0; i < n; ++i) {
        CheckInRequest r;
        r.identity = visitor(i);
        r.verification = Verification::Chip;
        r.purpose = QStringLiteral("Họp");
        r.consentGiven = true;
        timespec c0{}, c1{};
        rusage u0{}, u1{};
        getrusage(RUSAGE_THREAD, &u0);
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c0);
        t.start();
        auto result = service.checkIn(desk, r);
        in.push_back(t.nsecsElapsed() / 1e6);
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c1);
        inCpu.push_back(double(c1.tv_sec - c0.tv_sec) * 1e3 + double(c1.tv_nsec - c0.tv_nsec) / 1e6);
        getrusage(RUSAGE_THREAD, &u1);
        if (in.back() > 5) {
            ++slow;
            slowPreempted += u1.ru_nivcsw > u0.ru_nivcsw;
            slowBlocked += u1.ru_nvcsw > u0.ru_nvcsw;
        }
        if (!result)
            qFatal("check-in failed");
        visits.append(result->visitId);
        tw.clock.advanceSecs(2);
    }
    for (qint64 id : visits) {
        t.start();
        if (!service.checkOutVisit(desk, id))
            qFatal("check-out failed");
        out.push_back(t.nsecsElapsed() / 1e6);
    }
    std::printf("check-in  (n=%d): p50 %.2f ms  p95 %.2f ms  max %.2f ms   (goal <= 5 ms)\n", n, percentile(in, 0.5),
                percentile(in, 0.95), percentile(in, 1.0));
    std::printf("check-in  CPU time of the thread: p50 %.2f ms  p95 %.2f ms\n", percentile(inCpu, 0.5),
                percentile(inCpu, 0.95));
    std::printf("check-ins over 5 ms: %d, of which preempted by the scheduler %d, waited on I/O or a lock %d\n", slow,
                slowPreempted, slowBlocked);
    std::printf("check-out (n=%d): p50 %.2f ms  p95 %.2f ms\n", n, percentile(out, 0.5), percentile(out, 0.95));
    std::printf("background WAL checkpoints meanwhile: %d complete, %d retried\n",
                tw.ws->checkpointer()->completedCheckpoints(), tw.ws->checkpointer()->incompleteCheckpoints());

    // Fill the history to 100,000 visits (closed), then put 150 people inside.
    {
        Database::Transaction tx(tw.ws->database());
        QSqlQuery q = tw.ws->database().query();
        q.prepare(QStringLiteral("INSERT INTO visitors_visits(profile_id, badge_day, badge_seq, badge_number,"
                                 " checked_in_at, checked_out_at, checkout_method, verification, operator)"
                                 " VALUES(?, '2025-01-01', ?, '001', ?, ?, 'badge', 'chip', 'desk1')"));
        const QDateTime base(QDate(2025, 12, 1), QTime(8, 0));
        for (int i = 0; i < 100000 - n; ++i) {
            q.addBindValue(1 + i % n);
            q.addBindValue(i);
            q.addBindValue(base.addSecs(i * 60).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
            q.addBindValue(base.addSecs(i * 60 + 1800).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
            if (!q.exec())
                qFatal("history insert failed");
        }
        if (!tx.commit())
            qFatal("commit failed");
    }
    for (int i = 0; i < 150; ++i) {
        CheckInRequest r;
        r.identity = visitor(i);
        r.consentGiven = true;
        if (!service.checkIn(desk, r))
            qFatal("check-in failed");
    }
    QSqlQuery count = tw.ws->database().query();
    count.exec(QStringLiteral("ANALYZE"));
    count.exec(QStringLiteral("SELECT COUNT(*) FROM visitors_visits"));
    count.next();
    // The plans show the partial index doing the work (no scan of the whole history).
    for (const QString& sql : QStringList{CheckInService::visitSelect() +
                                              QStringLiteral("WHERE v.checked_out_at IS NULL ORDER BY v.checked_in_at"),
                                          QStringLiteral("SELECT department, COUNT(*) FROM visitors_visits WHERE "
                                                         "checked_out_at IS NULL GROUP BY department")}) {
        QSqlQuery plan = tw.ws->database().query();
        plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        while (plan.next())
            std::printf("  plan: %s\n", qPrintable(plan.value(3).toString()));
    }
    std::vector<double> listOnly;
    for (int i = 0; i < 200; ++i) {
        t.start();
        (void)service.insideNow();
        listOnly.push_back(t.nsecsElapsed() / 1e6);
    }
    std::printf("inside-now list only: p50 %.2f ms  p95 %.2f ms\n", percentile(listOnly, 0.5),
                percentile(listOnly, 0.95));
    std::vector<double> inside;
    int rows = 0;
    for (int i = 0; i < 200; ++i) {
        t.start();
        rows = int(service.insideNow().size());
        const auto byHost = service.insideCountByDepartment();
        inside.push_back(t.nsecsElapsed() / 1e6);
    }
    // What a bare card tap costs the GUI thread before the first PACE run: the candidate access numbers.
    std::vector<double> candidates;
    for (int i = 0; i < 200; ++i) {
        t.start();
        if (!CardAccessCandidates(*store).list(desk))
            qFatal("candidates failed");
        candidates.push_back(t.nsecsElapsed() / 1e6);
    }
    std::printf("card access candidates (%d profiles, 150 inside, %d CANs): p50 %.2f ms  p95 %.2f ms\n", n,
                CardAccessCandidates::kDefaultLimit, percentile(candidates, 0.5), percentile(candidates, 0.95));
    std::printf(
        "inside-now (%d visits in history, %d inside, list + counts): p50 %.2f ms  p95 %.2f ms   (goal <= 20 ms)\n",
        count.value(0).toInt(), rows, percentile(inside, 0.5), percentile(inside, 0.95));
    return 0;
}
