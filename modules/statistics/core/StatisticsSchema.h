#pragma once

#include "Migration.h"

#include <QList>

namespace motcua::statistics {

/// Numbered schema steps of the statistics module (tables stats_*).
QList<Migration> schemaMigrations();

/// Dimensions of stats_marg.
enum class Dim
{
    Ethnicity = 1,
    Religion = 2,
    ResidenceType = 3,
    CardYear = 4, // year the chip card was issued; 0 = no card
};

} // namespace motcua::statistics
