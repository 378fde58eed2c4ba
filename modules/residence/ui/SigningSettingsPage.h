#pragma once

#include "IModule.h"
#include "ISettingsPage.h"

#include <QCoreApplication>

namespace motcua::residence {

/// Administrator setting of residence: the police unit's signing key (a PKCS#12 file). When it is set, the case
/// page offers to sign the outcome forms CT03–CT08; the password is asked at each signature, never stored.
class SigningSettingsPage : public shell::ISettingsPage
{
    Q_DECLARE_TR_FUNCTIONS(motcua::residence::SigningSettingsPage)

public:
    /// The Settings key holding the PKCS#12 file of the police unit.
    static constexpr const char* kKeyFile = "residence/signing/pkcs12";

    explicit SigningSettingsPage(const ModuleContext& context) : m_context(context) {}

    QString name() const override;
    QIcon icon() const override;
    QWidget* createWidget(QWidget* parent) override;
    void load(QWidget* widget) override;
    void save(QWidget* widget) override;

private:
    ModuleContext m_context;
};

} // namespace motcua::residence
