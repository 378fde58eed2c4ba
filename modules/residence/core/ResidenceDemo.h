#pragma once

#include "ResidenceStore.h"

namespace motcua::residence {

/// Realistic demo records in the workstation's commune: households and persons, cases in every state (one
/// overdue, one due today), lodgings and guest notices (one late, one missing).
class ResidenceDemo
{
public:
    static Status seed(const ResidenceStore& store, const QString& provinceCode, const QString& communeCode);
};

} // namespace motcua::residence
