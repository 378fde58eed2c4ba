#pragma once

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
    HomePage(Workstation& workstation, const Session& session, int pageCount, QWidget* parent = nullptr);
};

} // namespace motcua::shell
