#pragma once

#include "ResidenceTypes.h"

#include <QJsonObject>

namespace motcua::residence {

/// The stored form of a case's intake (sealed in the vault as a whole, since it holds contact data).
class IntakeJson
{
public:
    static QJsonObject toJson(const CaseIntake& intake);
    static CaseIntake fromJson(const QJsonObject& json);
};

} // namespace motcua::residence
