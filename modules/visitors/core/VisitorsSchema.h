#pragma once

#include "Migration.h"

#include <QList>

namespace motcua::visitors {

/// The visitors module's numbered schema steps.
class VisitorsSchema
{
public:
    static QList<Migration> migrations();
};

} // namespace motcua::visitors
