#include "ReadCardDialog.h"

#include "AuditLog.h"
#include "IdentityPanel.h"
#include "Session.h"
#include "Settings.h"
#include "service/CardService.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace motcua::shell {

namespace {
/// Installed CSCA anchors plus any the administrator configured ("card/trustPaths").
card::TrustStore trustStoreFrom(const Settings& settings)
{
    card::TrustStore trust;
    QStringList paths = settings.value(QStringLiteral("card/trustPaths")).toStringList();
    const QString installed = QStringLiteral(MOTCUA_DATA_INSTALL_PATH "/trust");
    if (QDir(installed).exists())
        paths.prepend(installed);
    for (const QString& p : std::as_const(paths))
        (void)trust.addPath(p);
    return trust;
}
} // namespace

ReadCardDialog::ReadCardDialog(const Session& session, AuditLog& audit, const Settings& settings, QWidget* parent)
    : QDialog(parent), m_session(session), m_audit(audit), m_service(new card::CardService(this))
{
    setObjectName(QStringLiteral("readCardDialog"));
    setWindowTitle(tr("Read chip ID card"));
    m_service->setTrustStore(trustStoreFrom(settings));

    m_can = new QLineEdit(this);
    m_can->setObjectName(QStringLiteral("canEdit"));
    m_can->setPlaceholderText(tr("Last 6 digits of the ID number"));
    m_can->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,6}")), m_can));
    m_read = new QPushButton(tr("&Read card"), this);
    m_read->setObjectName(QStringLiteral("readButton"));
    m_read->setDefault(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Access number:"), m_can);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("readProgress"));
    m_progress->setVisible(false);
    m_message = new QLabel(tr("Put the card on the reader and enter its access number."), this);
    m_message->setObjectName(QStringLiteral("readMessage"));
    m_message->setWordWrap(true);
    m_panel = new IdentityPanel(this);
    m_panel->setObjectName(QStringLiteral("identityPanel"));

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_read, QDialogButtonBox::AcceptRole);
    QPushButton* close = buttons->addButton(tr("&Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(m_read, &QPushButton::clicked, this, &ReadCardDialog::startRead);
    connect(close, &QPushButton::clicked, this, &ReadCardDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addWidget(m_panel, 1);
    layout->addWidget(buttons);

    connect(m_service, &card::CardService::progress, this, &ReadCardDialog::onProgress);
    connect(m_service, &card::CardService::finished, this, &ReadCardDialog::onFinished);
    connect(m_service, &card::CardService::failed, this, &ReadCardDialog::onFailed);
    connect(m_service, &card::CardService::cancelled, this, [this] {
        setBusy(false);
        m_message->setText(tr("Reading was cancelled."));
    });
    resize(720, 460);
}

ReadCardDialog::~ReadCardDialog() = default;

void ReadCardDialog::startRead()
{
    if (m_service->isBusy())
        return;
    if (Status s = m_session.require(perm::CardRead); !s) {
        m_message->setText(s.message());
        return;
    }
    if (m_can->text().size() != 6) {
        m_message->setText(tr("The access number has 6 digits: the last six digits of the 12-digit ID number."));
        m_can->setFocus();
        return;
    }
    card::ReadOptions options;
    options.key.can = m_can->text();
    m_panel->clear();
    setBusy(true);
    m_message->setText(tr("Reading the card…"));
    m_service->startRead({}, options);
}

void ReadCardDialog::onProgress(const QString& file, qint64 done, qint64 total)
{
    m_progress->setMaximum(total > 0 ? int(total) : 0);
    m_progress->setValue(int(done));
    m_message->setText(tr("Reading %1…").arg(file));
}

void ReadCardDialog::onFinished(const card::CitizenIdentity& identity)
{
    setBusy(false);
    m_panel->setIdentity(identity, QDate::currentDate());
    m_message->setText(identity.chipVerified() ? tr("The card was read and its chip verified.")
                                               : tr("The card was read, but it could not be fully verified."));
    (void)m_audit.append(m_session.username(), {QStringLiteral("card.read"), QStringLiteral("card"), QString(),
                                                QJsonObject{{QStringLiteral("chipVerified"), identity.chipVerified()},
                                                            {QStringLiteral("apdus"), identity.stats.apdus}}});
}

void ReadCardDialog::onFailed(const Status& status)
{
    setBusy(false);
    m_message->setText(status.message());
}

void ReadCardDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_read->setEnabled(!busy);
    m_can->setEnabled(!busy);
}

void ReadCardDialog::reject()
{
    // Esc or Close during a read cancels it first; the dialog closes once nothing runs.
    if (m_service->isBusy()) {
        m_service->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace motcua::shell
