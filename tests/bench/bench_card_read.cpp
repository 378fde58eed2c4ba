// bench_card_read: reads the realistic simulated card (15 KB JPEG portrait) through pcscd + vpcd 20 times with
// extended length on and off and prints APDUs, bytes, wall time p50/p95 and host CPU per read. Printed, not asserted.
#include "CardTestBed.h"

#include "pcsc/PcscContext.h"
#include "reader/PcscReadJob.h"
#include "security/TrustStore.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace motcua;

namespace {

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

bool runSeries(card::PcscContext& context, const card::TrustStore& trust, bool extended, int reads)
{
    card::ReadOptions options;
    options.key.can = QStringLiteral("012345");
    options.extendedLength = extended;
    std::vector<double> wall, cpu;
    card::ReadStatistics last;
    for (int i = 0; i < reads; ++i) {
        const double c0 = cpuMs();
        auto identity = card::PcscReadJob::run(context, trust, QLatin1String(test::CardTestBed::ReaderName), options);
        const double c1 = cpuMs();
        if (!identity) {
            std::fprintf(stderr, "read failed: %s (%s)\n", qPrintable(identity.status().message()),
                         qPrintable(identity.status().details()));
            return false;
        }
        if (identity->security.passiveAuthentication != card::PassiveAuthenticationStatus::Valid)
            std::fprintf(stderr, "warning: passive authentication not VALID\n");
        last = identity->stats;
        wall.push_back(double(identity->stats.milliseconds));
        cpu.push_back(c1 - c0);
    }
    double cpuSum = 0;
    for (double c : cpu)
        cpuSum += c;
    std::printf("%-9s reads=%d apdus/read=%d sent=%lld B received=%lld B wall p50=%.1f ms p95=%.1f ms "
                "host CPU/read=%.2f ms (p95 %.2f ms)\n",
                extended ? "extended" : "short", reads, last.apdus, static_cast<long long>(last.bytesSent),
                static_cast<long long>(last.bytesReceived), percentile(wall, 0.5), percentile(wall, 0.95),
                cpuSum / double(reads), percentile(cpu, 0.95));
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int reads = argc > 1 ? std::max(1, atoi(argv[1])) : 20;
    test::CardTestBed bed(QStringLiteral(MOTCUA_CLI), QStringLiteral(MOTCUA_TEST_FIXTURES),
                          QStringLiteral(MOTCUA_TEST_BINARY_DIR "/tests/bench/work"));
    if (!bed.setUp()) {
        std::fprintf(stderr, "%s\n", qPrintable(bed.error()));
        return 1;
    }
    if (!bed.attachCard(QStringLiteral("cccd-realistic.json"))) {
        std::fprintf(stderr, "the simulated card did not attach\n");
        return 1;
    }
    card::TrustStore trust;
    (void)trust.addPath(bed.csca());
    card::PcscContext context;
    // One warm-up read (first connection, OpenSSL initialisation) that is not counted.
    card::ReadOptions warm;
    warm.key.can = QStringLiteral("012345");
    (void)card::PcscReadJob::run(context, trust, QLatin1String(test::CardTestBed::ReaderName), warm);
    const bool ok = runSeries(context, trust, true, reads) && runSeries(context, trust, false, reads);
    return ok ? 0 : 1;
}
