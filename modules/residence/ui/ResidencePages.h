#pragma once

#include "IModuleUi.h"

#include <QList>

namespace motcua::residence {

class ResidenceModule;

/// The residence pages for the shell: work queue, new case, case, registry, accommodation notices.
QList<shell::PageSpec> residencePages(ResidenceModule& module);

} // namespace motcua::residence
