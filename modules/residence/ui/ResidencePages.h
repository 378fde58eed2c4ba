#pragma once

#include "IModuleUi.h"

#include <QList>

namespace motcua::residence {

class ResidenceModule;

/// The residence pages for the shell: work queue, new case, case, registry, accommodation notices.
QList<shell::PageSpec> residencePages(ResidenceModule& module);
/// The residence settings pages (the police unit's signing key); the shell owns them.
QList<shell::ISettingsPage*> residenceSettingsPages(const ResidenceModule& module);

} // namespace motcua::residence
