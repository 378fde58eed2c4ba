#pragma once

#include "Status.h"

namespace motcua {

class Workstation;

/// Fills a fresh database with the demo office, one demo account per role and the modules' demo records.
class DemoData
{
public:
    /// `password` becomes the password of every demo account (the admin account already exists).
    static Status seed(Workstation& workstation, const QString& password);
};

} // namespace motcua
