#pragma once

#include "CertificationService.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace motcua::certification {

/// Runs CertificationService::certify on a worker thread with its own database connection, so the window stays
/// responsive: reports each step, can be cancelled between steps, and hands the result back on the caller's thread.
/// The keys are opened (PINs asked) by the caller before start(); the job only signs with them.
class CertifyJob : public QObject
{
    Q_OBJECT
public:
    CertifyJob(Database& db, const Clock& clock, Session session, CertificationRequest request,
               std::shared_ptr<sign::SigningKey> officer, std::shared_ptr<sign::SigningKey> agency,
               sign::Timestamper timestamper, QString outputDir, QObject* parent = nullptr);
    ~CertifyJob() override;

    void start();
    /// Asks the worker to stop before its next step; finished() follows with the cancellation.
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_thread != nullptr; }
    /// Valid once finished() was emitted.
    const Result<CertificationResult>& result() const { return *m_result; }

signals:
    void stepStarted(motcua::certification::CertifyStep step);
    void finished();

private:
    void run();

    Database& m_db;
    const Clock& m_clock;
    Session m_session;
    CertificationRequest m_request;
    std::shared_ptr<sign::SigningKey> m_officer;
    std::shared_ptr<sign::SigningKey> m_agency;
    sign::Timestamper m_timestamper;
    QString m_outputDir;
    std::atomic<bool> m_cancel{false};
    QThread* m_thread = nullptr;
    std::optional<Result<CertificationResult>> m_result;
};

} // namespace motcua::certification

Q_DECLARE_METATYPE(motcua::certification::CertifyStep)
