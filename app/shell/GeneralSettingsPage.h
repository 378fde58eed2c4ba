#pragma once

#include "ISettingsPage.h"

#include <QCoreApplication>

namespace motcua {
class Settings;
}

namespace motcua::shell {

/// The shell's own settings: language (applies after a restart), idle lock minutes, database location.
class GeneralSettingsPage : public ISettingsPage
{
    Q_DECLARE_TR_FUNCTIONS(motcua::shell::GeneralSettingsPage)

public:
    /// `mayChangeLock`: the operator holds settings.manage; others see the idle lock but cannot change it.
    GeneralSettingsPage(Settings& settings, const QString& databasePath, bool mayChangeLock);

    QString name() const override;
    QIcon icon() const override;
    QWidget* createWidget(QWidget* parent) override;
    void load(QWidget* widget) override;
    void save(QWidget* widget) override;

private:
    Settings& m_settings;
    QString m_databasePath;
    bool m_mayChangeLock;
};

} // namespace motcua::shell
