#pragma once

#include "Migration.h"

#include <QList>

namespace motcua {

/// Schema of the foundation ("core"): accounts, audit log, vault keys, holidays, workstation identity.
QList<Migration> coreMigrations();

} // namespace motcua
