// Population statistics at scale: generate and import N residents through motcua-cli, then time the summary
// (in-process query layer and the CLI), the dashboard refresh, and the same counts by `sqlite3` GROUP BY over
// the raw person table. Prints figures; asserts nothing.
// Usage: bench_statistics [N ...]   (default 1000000; e.g. bench_statistics 1000000 10000000)
//   MOTCUA_BENCH_DIR  folder for the CSV and database (default a temporary folder; needs ~3 GB at 10 M)
#include "CrossFilterCube.h"
#include "DashboardQuery.h"
#include "Database.h"
#include "PopulationStore.h"
#include "SummaryQuery.h"
#include "TestWorkstation.h"
#include "Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace motcua;
using namespace motcua::statistics;

namespace {

QString cliPath()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/motcua-cli");
}

/// Runs a child; returns its wall time in ms and its peak resident memory in MB (from wait4's rusage).
struct ChildRun
{
    qint64 ms = -1;
    long peakMb = 0;
    double cpuS = 0; // user + system CPU of the child
    int code = -1;
    QByteArray out;
};

ChildRun runChild(const QString& program, const QStringList& args)
{
    ChildRun r;
    rusage before{};
    getrusage(RUSAGE_CHILDREN, &before);
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(program, args);
    p.waitForFinished(-1);
    r.ms = t.elapsed();
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    rusage after{};
    getrusage(RUSAGE_CHILDREN, &after);
    // ru_maxrss of children is the largest child so far: report it when this child raised it.
    r.peakMb = after.ru_maxrss > before.ru_maxrss ? after.ru_maxrss / 1024 : -1;
    auto seconds = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    r.cpuS = seconds(after.ru_utime) + seconds(after.ru_stime) - seconds(before.ru_utime) - seconds(before.ru_stime);
    return r;
}

double loadAverage()
{
    double l[1] = {0};
    return getloadavg(l, 1) == 1 ? l[0] : -1;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/// Median wall time in ms; `cpuMs` gets the median CPU time of this thread (the machine may be shared).
template <typename F> double medianMs(F&& f, double* cpuMs = nullptr, int runs = 7)
{
    std::vector<double> v, c;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const double c0 = threadCpuMs();
        f();
        c.push_back(threadCpuMs() - c0);
        v.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(v.begin(), v.end());
    std::sort(c.begin(), c.end());
    if (cpuMs)
        *cpuMs = c[c.size() / 2];
    return v[v.size() / 2];
}

void benchOne(qint64 n, const QString& dir)
{
    const QString csv = dir + QStringLiteral("/residents-%1.csv").arg(n);
    const QString db = dir + QStringLiteral("/stats-%1.sqlite").arg(n);
    std::printf("\n== %lld residents\n", static_cast<long long>(n));
    // MOTCUA_BENCH_REUSE=1 keeps an imported database and only times the queries.
    const bool reuse = qEnvironmentVariableIntValue("MOTCUA_BENCH_REUSE") && QFileInfo::exists(db);
    if (!reuse) {
        QFile::remove(db);
        QFile::remove(db + QStringLiteral("-wal"));
        ChildRun g = runChild(cliPath(), {QStringLiteral("stats"), QStringLiteral("generate"),
                                          QStringLiteral("--residents"), QString::number(n), QStringLiteral("--seed"),
                                          QStringLiteral("2026"), QStringLiteral("--out"), csv});
        std::printf("generate: %.1f s, %.0f MB file, exit %d\n", g.ms / 1000.0, QFileInfo(csv).size() / 1e6, g.code);
        ChildRun imp = runChild(cliPath(), {QStringLiteral("stats"), QStringLiteral("import"), QStringLiteral("--db"),
                                            db, csv, QStringLiteral("--json")});
        std::printf("import: %.1f s = %.0f rows/s (goal >= 200000), peak RSS %ld MB (goal <= 500), exit %d\n",
                    imp.ms / 1000.0, n / (imp.ms / 1000.0), imp.peakMb, imp.code);
        std::printf("import CPU: %.1f s user+system over two threads (load average now %.1f)\n", imp.cpuS,
                    loadAverage());
    }
    std::printf("database: %.0f MB\n", QFileInfo(db).size() / 1e6);

    auto opened = Database::open(db, false);
    if (!opened) {
        std::printf("cannot open the database\n");
        return;
    }
    Database& d = **opened;
    const int asOf = 20260301;
    const QList<QPair<const char*, AreaFilter>> areas = {
        {"country", AreaFilter{}}, {"province 79", AreaFilter{79, 0}}, {"commune 00004", AreaFilter{0, 4}}};
    for (const auto& [name, area] : areas) {
        SummaryQuery q(d);
        double cpu = 0;
        const double ms = medianMs([&] { (void)q.run(area, asOf); }, &cpu);
        std::printf("summary %-14s query layer %7.2f ms wall, %7.2f ms CPU (goal <= 50)\n", name, ms, cpu);
    }
    for (const auto& [name, args] : QList<QPair<const char*, QStringList>>{
             {"country", {}},
             {"province 79", {QStringLiteral("--province"), QStringLiteral("79")}},
             {"commune 00004", {QStringLiteral("--ward"), QStringLiteral("00004")}}}) {
        ChildRun s = runChild(cliPath(), QStringList{QStringLiteral("stats"), QStringLiteral("summary"),
                                                     QStringLiteral("--db"), db, QStringLiteral("--as-of"),
                                                     QStringLiteral("2026-03-01"), QStringLiteral("--json")} +
                                             args);
        std::printf("summary %-14s motcua-cli process %lld ms (start-up, plugin loading and query)\n", name,
                    static_cast<long long>(s.ms));
    }
    // The dashboard's refresh: the area summary, the country summary for the map, the area's cube and a
    // cross-filter click. Measured as before on an open connection, and as the page runs it on its worker
    // (which opens its own connection each time).
    for (const auto& [name, area] : areas) {
        double cpu = 0, cpuOwn = 0;
        auto click = [&](const DashboardData& data) {
            CrossFilter f;
            f.sex = 1;
            (void)data.cube.apply(f, asOf);
        };
        const double ms = medianMs(
            [&] {
                if (auto data = DashboardQuery::run(d, area, asOf))
                    click(*data);
            },
            &cpu);
        const double msOwn = medianMs(
            [&] {
                if (auto data = DashboardQuery::run(db, area, asOf))
                    click(*data);
            },
            &cpuOwn);
        std::printf("dashboard refresh %-14s %7.2f ms wall, %7.2f ms CPU (goal <= 100); with its own connection "
                    "%7.2f ms wall\n",
                    name, ms, cpu, msOwn);
    }
    // A registry change as the residence bridge makes it: one resident stored and counted, the counts written
    // (the ward's cells and households, the province's and the country's cells). Rolled back after each run.
    // The vault of a throw-away workstation seals the new row (only sealing is needed).
    {
        motcua::test::TestWorkstation tw{false};
        auto vault = tw.ws->vault();
        PopulationStore store(d, vault ? *vault : nullptr);
        Resident r;
        r.idNumber = 1;
        r.fullName = "Bench";
        r.dateOfBirth = 19900501;
        r.sex = 1;
        r.ethnicity = QStringLiteral("Kinh");
        r.religion = QStringLiteral("Không");
        r.provinceCode = 1;
        r.wardCode = 4;
        r.householdId = "HK-bench";
        r.cardIssued = 20220101;
        bool ok = bool(store.open());
        double cpu = 0;
        const double ms = medianMs(
            [&] {
                Database::Transaction tx(d);
                ok = ok && store.insert(r) == PopulationStore::Insert::Stored && store.flush();
            },
            &cpu);
        std::printf("registry change (one resident stored and counted, rolled back) %7.2f ms wall, %7.2f ms CPU%s\n",
                    ms, cpu, ok ? "" : " FAILED");
    }
    // The same counts (those computable from plain columns: ethnicity and religion are sealed) by GROUP BY.
    const QString raw = QStringLiteral(
        "SELECT sex, CASE WHEN (20260301 - dob) / 10000 >= 80 THEN 16 ELSE (20260301 - dob) / 10000 / 5 END AS band,"
        " residence, ward, COUNT(*) FROM stats_person GROUP BY 1, 2, 3, 4;");
    ChildRun sq = runChild(QStringLiteral("sqlite3"), {db, raw});
    const QString rawWard = QStringLiteral(
        "SELECT sex, CASE WHEN (20260301 - dob) / 10000 >= 80 THEN 16 ELSE (20260301 - dob) / 10000 / 5 END,"
        " residence, COUNT(*) FROM stats_person WHERE ward = 4 GROUP BY 1, 2, 3;");
    ChildRun sqWard = runChild(QStringLiteral("sqlite3"), {db, rawWard});
    SummaryQuery q(d);
    const double ours = medianMs([&] { (void)q.run(AreaFilter{}, asOf); });
    std::printf("sqlite3 GROUP BY over stats_person, country: %lld ms (%.0fx the summary; goal >= 20x)\n",
                static_cast<long long>(sq.ms), sq.ms / std::max(ours, 0.01));
    std::printf("sqlite3 GROUP BY over stats_person, commune 00004 (no index on ward): %lld ms\n",
                static_cast<long long>(sqWard.ms));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QList<qint64> sizes;
    for (const QString& a : app.arguments().mid(1))
        sizes << a.toLongLong();
    if (sizes.isEmpty())
        sizes << 1000000;
    QTemporaryDir tmp;
    const QString dir =
        qEnvironmentVariableIsSet("MOTCUA_BENCH_DIR") ? qEnvironmentVariable("MOTCUA_BENCH_DIR") : tmp.path();
    QDir().mkpath(dir);
    for (qint64 n : sizes)
        benchOne(n, dir);
    return 0;
}
