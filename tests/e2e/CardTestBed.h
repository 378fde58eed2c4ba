#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace motcua::test {

/// The real stack for chip-card tests: pcscd with the vpcd driver (started here when none runs, which needs root),
/// a test PKI made by tests/tools/make-test-pki.sh, and card simulators attached through `motcua-cli card simulate`.
/// Everything it starts it stops.
class CardTestBed
{
public:
    static constexpr const char* ReaderName = "Virtual PCD 00 00";
    static constexpr int ReaderPort = 35963;

    CardTestBed(QString cliPath, QString fixturesDir, QString workDir);
    ~CardTestBed();

    /// Makes the PKI and makes sure pcscd runs with the vpcd readers; false with `error()` set otherwise.
    bool setUp();
    QString error() const { return m_error; }
    QString pkiDir() const { return m_workDir + QStringLiteral("/pki"); }
    QString csca() const { return pkiDir() + QStringLiteral("/csca.pem"); }
    QString profile(const QString& name) const { return m_fixturesDir + QStringLiteral("/card/") + name; }
    bool ownsPcscd() const { return m_pcscd != nullptr; }

    /// Starts `motcua-cli card simulate` with a profile and waits until pcscd sees the card.
    bool attachCard(const QString& profileFile);
    /// Stops the simulator and waits until the reader is empty.
    void detachCard();
    /// Stops and starts the pcscd this test bed started; false when it did not start one.
    bool restartPcscd();

    struct Run
    {
        int exitCode = -1;
        QByteArray stdOut;
        QByteArray stdErr;
        QJsonObject json() const;
    };
    /// Runs motcua-cli with `args` and waits (at most `timeoutMs`).
    Run cli(const QStringList& args, int timeoutMs = 60000) const;
    /// `card read --reader <vpcd 0> --trust <test CSCA> --json` plus `args`.
    Run read(const QStringList& args) const;

    /// Whether pcscd reports a card in the first vpcd reader; -1 when pcscd does not answer.
    static int cardPresent();
    static bool waitFor(const std::function<bool()>& condition, int timeoutMs);

private:
    bool startPcscd();
    void stopPcscd();

    QString m_cli;
    QString m_fixturesDir;
    QString m_workDir;
    QString m_error;
    std::unique_ptr<QProcess> m_pcscd;
    std::unique_ptr<QProcess> m_simulator;
};

} // namespace motcua::test
