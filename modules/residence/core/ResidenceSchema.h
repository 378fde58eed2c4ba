#pragma once

#include "Migration.h"

#include <QList>

namespace motcua::residence {

/// Tables and indexes of the residence module (persons, addresses, households, memberships, records, cases,
/// case events, lodgings, guest notices).
class ResidenceSchema
{
public:
    static QList<Migration> migrations();
};

} // namespace motcua::residence
