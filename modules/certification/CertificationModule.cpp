#include "CertificationModule.h"

#include "Icons.h"

#include "CertificationSchema.h"
#include "CertificationSettingsPage.h"
#include "CertificationTr.h"
#include "CertifyPage.h"
#include "Permissions.h"
#include "RegisterPage.h"
#include "VerificationPage.h"

#include <QIcon>

namespace motcua::certification {

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
    Roles::grant(kPermVerify, {QStringLiteral("certifier"), QStringLiteral("auditor"), QStringLiteral("frontdesk")});
    return Status::ok();
}

void CertificationModule::aboutToShutdown()
{
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
