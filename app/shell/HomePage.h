#pragma once

#include "IModuleUi.h"

#include <QWidget>

namespace motcua {
class Session;
class Workstation;
} // namespace motcua

namespace motcua::shell {

/// The first page after sign-in: where this workstation is, who is signed in, a few facts of the day.
class HomePage : public QWidget
{
    Q_OBJECT
public:
    HomePage(Workstation& workstation, const Session& session, const QList<PageSpec>& pages, QWidget* parent = nullptr);

signals:
    /// The operator chose one of the shortcuts to a module page.
    void pageRequested(const QString& id);
};

} // namespace motcua::shell
