#pragma once

#include <QCoreApplication>

namespace motcua::sign {

/// Translation context of the signing library, so lupdate finds every message it shows the user.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(motcua::sign)
};

} // namespace motcua::sign
