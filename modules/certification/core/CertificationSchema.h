#pragma once

#include "Migration.h"

#include <QList>

namespace motcua::certification {

/// The module's tables: the register (never deleted, guarded by triggers), year-end closings, refusals and the
/// delivery outbox.
QList<Migration> schemaMigrations();

} // namespace motcua::certification
