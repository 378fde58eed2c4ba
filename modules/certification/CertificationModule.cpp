#include "CertificationModule.h"

#include "Icons.h"

#include "CertificationSchema.h"
#include "CertificationSettingsPage.h"
#include "CertificationTr.h"
#include "CertifyPage.h"
#include "DeliveryOutbox.h"
#include "Permissions.h"
#include "RegisterPage.h"
#include "Settings.h"
#include "VerificationPage.h"

#include <QGuiApplication>
#include <QIcon>
#include <QTimer>
#include <QUrl>

namespace motcua::certification {

namespace {
constexpr int kOutboxIntervalMs = 30000; // due items are retried with their own back-off; this only polls
constexpr int kOutboxFirstRoundMs = 5000;
} // namespace

QList<Migration> CertificationModule::migrations() const
{
    return schemaMigrations();
}

Status CertificationModule::initialize(const ModuleContext& context)
{
    m_context = context;
    // This plugin carries its own copy of the core library: repeat the host's grants from our metadata.
    Roles::grant(kPermCertify, {QStringLiteral("certifier")});
    Roles::grant(kPermRegisterRead, {QStringLiteral("certifier"), QStringLiteral("auditor")});
    Roles::grant(kPermRegisterClose, {QStringLiteral("certifier")});
    Roles::grant(kPermRegisterBooks, {QStringLiteral("admin")});
    Roles::grant(kPermVerify, {QStringLiteral("certifier"), QStringLiteral("auditor"), QStringLiteral("frontdesk")});
    startOutbox();
    return Status::ok();
}

void CertificationModule::startOutbox()
{
    // The workstation (not the command line) delivers queued copies: the queue lives in the database, so copies
    // queued before a restart go out after it; each round reads the endpoint again from the settings.
    if (!m_context.database || !m_context.clock || !m_context.settings ||
        !qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return;
    m_outbox = new DeliveryOutbox(*m_context.database, *m_context.clock, this);
    auto* timer = new QTimer(m_outbox);
    Settings* settings = m_context.settings;
    DeliveryOutbox* outbox = m_outbox;
    const auto round = [settings, outbox] {
        const QUrl endpoint(settings->value(QStringLiteral("certification/deliveryEndpoint")).toString());
        if (!endpoint.isValid() || endpoint.isEmpty())
            return;
        outbox->setEndpoint(endpoint);
        outbox->deliverDue();
    };
    connect(timer, &QTimer::timeout, m_outbox, round);
    timer->start(kOutboxIntervalMs);
    QTimer::singleShot(kOutboxFirstRoundMs, m_outbox, round);
}

void CertificationModule::aboutToShutdown()
{
    delete std::exchange(m_outbox, nullptr);
    m_context = {};
}

QList<shell::PageSpec> CertificationModule::pages() const
{
    const ModuleContext context = m_context;
    shell::PageSpec reg;
    reg.id = QStringLiteral("certification.register");
    reg.title = Tr::tr("Certification register");
    reg.icon = motcua::shell::shippedIcon(QLatin1String("view-list-details"));
    reg.order = 20;
    reg.requiredPermission = kPermRegisterRead;
    reg.factory = [context](QWidget* parent) -> QWidget* { return new RegisterPage(context, parent); };

    shell::PageSpec verify;
    verify.id = QStringLiteral("certification.verify");
    verify.title = Tr::tr("Verify a signed PDF");
    verify.icon = motcua::shell::shippedIcon(QLatin1String("document-preview"));
    verify.order = 21;
    verify.requiredPermission = kPermVerify;
    verify.factory = [context](QWidget* parent) -> QWidget* { return new VerificationPage(context, parent); };
    shell::PageSpec certify;
    certify.id = QStringLiteral("certification.certify");
    certify.title = Tr::tr("Certify a copy");
    certify.icon = motcua::shell::shippedIcon(QLatin1String("document-edit-sign"));
    certify.order = 19;
    certify.requiredPermission = kPermCertify;
    certify.factory = [context](QWidget* parent) -> QWidget* { return new CertifyPage(context, parent); };
    return {certify, reg, verify};
}

} // namespace motcua::certification

namespace motcua::certification {

QList<shell::ISettingsPage*> CertificationModule::settingsPages() const
{
    return {new CertificationSettingsPage(m_context)};
}

} // namespace motcua::certification
