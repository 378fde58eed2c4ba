#pragma once

#include "IModule.h"
#include "ISettingsPage.h"

namespace motcua::certification {

/// Administrator settings of certification: the attestation wording (with its placeholders), the time-stamp
/// authority URL, the delivery endpoint and the trusted root certificates used when verifying.
class CertificationSettingsPage : public shell::ISettingsPage
{
public:
    explicit CertificationSettingsPage(const ModuleContext& context) : m_context(context) {}

    QString name() const override;
    QIcon icon() const override;
    QWidget* createWidget(QWidget* parent) override;
    void load(QWidget* widget) override;
    void save(QWidget* widget) override;

private:
    ModuleContext m_context;
};

} // namespace motcua::certification
