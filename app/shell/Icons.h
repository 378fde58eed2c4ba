#pragma once

#include <QIcon>
#include <QLatin1String>
#include <QString>

namespace motcua::shell {

/// The shipped icon `name` (resources/icons/<name>.svg, Breeze), independent of the desktop's theme.
inline QIcon shippedIcon(QLatin1String name)
{
    return QIcon(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
}

inline QIcon applicationIcon()
{
    return QIcon(QStringLiteral(":/vn.motcua.Workstation.svg"));
}

} // namespace motcua::shell
