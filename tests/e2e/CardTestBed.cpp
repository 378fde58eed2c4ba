#include "CardTestBed.h"

#include "pcsc/ReaderMonitor.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QThread>

#include <unistd.h>

namespace motcua::test {

CardTestBed::CardTestBed(QString cliPath, QString fixturesDir, QString workDir)
    : m_cli(std::move(cliPath)), m_fixturesDir(std::move(fixturesDir)), m_workDir(std::move(workDir))
{}

CardTestBed::~CardTestBed()
{
    detachCard();
    stopPcscd();
}

bool CardTestBed::waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (condition())
            return true;
        QThread::msleep(50);
    }
    return condition();
}

int CardTestBed::cardPresent()
{
    auto readers = card::ReaderMonitor::snapshot();
    if (!readers)
        return -1;
    for (const card::ReaderState& r : *readers)
        if (r.name == QLatin1String(ReaderName))
            return r.cardPresent ? 1 : 0;
    return -1;
}

bool CardTestBed::setUp()
{
    QDir().mkpath(m_workDir);
    QProcess pki;
    pki.start(QStringLiteral("sh"), {QStringLiteral(MOTCUA_SOURCE_DIR "/tests/tools/make-test-pki.sh"), pkiDir()});
    if (!pki.waitForFinished(120000) || pki.exitCode() != 0) {
        m_error = QStringLiteral("make-test-pki.sh failed: ") + QString::fromUtf8(pki.readAllStandardError());
        return false;
    }
    if (cardPresent() >= 0)
        return true; // a pcscd with the vpcd readers is already running
    if (card::ReaderMonitor::snapshot().isOk()) {
        m_error = QStringLiteral("pcscd runs but has no reader \"%1\": install vsmartcard-vpcd and restart pcscd")
                      .arg(QLatin1String(ReaderName));
        return false;
    }
    return startPcscd();
}

bool CardTestBed::startPcscd()
{
    if (::geteuid() != 0) {
        m_error = QStringLiteral("pcscd is not running and only root can start it for the test");
        return false;
    }
    const QString pcscd =
        QStandardPaths::findExecutable(QStringLiteral("pcscd"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    if (pcscd.isEmpty()) {
        m_error = QStringLiteral("pcscd not found (install the pcscd package)");
        return false;
    }
    m_pcscd = std::make_unique<QProcess>();
    m_pcscd->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_pcscd->setStandardOutputFile(QProcess::nullDevice());
    m_pcscd->start(pcscd, {QStringLiteral("--foreground")});
    if (!m_pcscd->waitForStarted(5000) || !waitFor([] { return cardPresent() >= 0; }, 10000)) {
        m_error = QStringLiteral("pcscd did not come up with the vpcd readers");
        stopPcscd();
        return false;
    }
    return true;
}

void CardTestBed::stopPcscd()
{
    if (!m_pcscd)
        return;
    m_pcscd->terminate();
    if (!m_pcscd->waitForFinished(5000)) {
        m_pcscd->kill();
        m_pcscd->waitForFinished(2000);
    }
    m_pcscd.reset();
    // pcscd removes its socket on exit; wait until clients see it gone.
    waitFor([] { return cardPresent() < 0; }, 5000);
}

bool CardTestBed::restartPcscd()
{
    if (!m_pcscd)
        return false;
    stopPcscd();
    return startPcscd();
}

bool CardTestBed::attachCard(const QString& profileFile)
{
    detachCard();
    m_simulator = std::make_unique<QProcess>();
    m_simulator->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_simulator->start(m_cli, {QStringLiteral("card"), QStringLiteral("simulate"), QStringLiteral("--profile"),
                               profile(profileFile), QStringLiteral("--pki"), pkiDir(), QStringLiteral("--reader-port"),
                               QString::number(ReaderPort)});
    if (!m_simulator->waitForStarted(5000))
        return false;
    return waitFor([this] { return cardPresent() == 1 || m_simulator->state() == QProcess::NotRunning; }, 15000) &&
           m_simulator->state() == QProcess::Running;
}

void CardTestBed::detachCard()
{
    if (!m_simulator)
        return;
    m_simulator->terminate();
    if (!m_simulator->waitForFinished(5000)) {
        m_simulator->kill();
        m_simulator->waitForFinished(2000);
    }
    m_simulator.reset();
    waitFor([] { return cardPresent() != 1; }, 10000);
}

CardTestBed::Run CardTestBed::cli(const QStringList& args, int timeoutMs) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MOTCUA_LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_workDir + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_workDir + QStringLiteral("/data"));
    p.setProcessEnvironment(env);
    p.start(m_cli, args);
    p.closeWriteChannel();
    Run run;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        run.stdErr = "timeout";
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.stdOut = p.readAllStandardOutput();
    run.stdErr = p.readAllStandardError();
    return run;
}

CardTestBed::Run CardTestBed::read(const QStringList& args) const
{
    return cli(QStringList{QStringLiteral("card"), QStringLiteral("read"), QStringLiteral("--reader"),
                           QLatin1String(ReaderName), QStringLiteral("--trust"), csca(), QStringLiteral("--json")} +
               args);
}

QJsonObject CardTestBed::Run::json() const
{
    return QJsonDocument::fromJson(stdOut).object();
}

} // namespace motcua::test
