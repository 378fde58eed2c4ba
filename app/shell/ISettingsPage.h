#pragma once

#include <QIcon>
#include <QString>

class QWidget;

namespace motcua::shell {

/// One page of the settings dialog, contributed by the shell or a module (name, icon, widget, load, save).
class ISettingsPage
{
public:
    virtual ~ISettingsPage() = default;
    virtual QString name() const = 0; // translated
    virtual QIcon icon() const = 0;
    /// Creates the page's widget; the dialog owns it and calls load() then, on OK, save() with it.
    virtual QWidget* createWidget(QWidget* parent) = 0;
    virtual void load(QWidget* widget) = 0;
    virtual void save(QWidget* widget) = 0;
};

} // namespace motcua::shell
