#include "CertifyJob.h"

#include "AuditLog.h"
#include "Database.h"

#include <QThread>

namespace motcua::certification {

CertifyJob::CertifyJob(Database& db, const Clock& clock, Session session, CertificationRequest request,
                       std::shared_ptr<sign::SigningKey> officer, std::shared_ptr<sign::SigningKey> agency,
                       sign::Timestamper timestamper, QString outputDir, QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock), m_session(std::move(session)), m_request(std::move(request)),
      m_officer(std::move(officer)), m_agency(std::move(agency)), m_timestamper(std::move(timestamper)),
      m_outputDir(std::move(outputDir))
{
    qRegisterMetaType<motcua::certification::CertifyStep>();
}

CertifyJob::~CertifyJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

void CertifyJob::start()
{
    if (m_thread || m_result)
        return;
    m_thread = QThread::create([this] { run(); });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished();
    });
    m_thread->start();
}

void CertifyJob::run()
{
    // SQLite connections belong to one thread: the worker opens its own on the same file.
    auto db = m_db.openAnother();
    if (!db) {
        m_result = Result<CertificationResult>(db.status());
        return;
    }
    AuditLog audit(**db, m_clock);
    CertificationService service(**db, audit, m_clock);
    const Signers signers{m_officer.get(), m_agency.get(), m_timestamper};
    m_result = service.certify(m_session, m_request, signers, m_outputDir, [this](CertifyStep step) {
        if (m_cancel)
            return false;
        emit stepStarted(step); // queued to the receivers on the GUI thread
        return true;
    });
}

} // namespace motcua::certification
