#pragma once

#include "Status.h"
#include "access/SecurityInfos.h"

#include <QByteArray>

namespace motcua::card {

/// DG14: 6E { SecurityInfos } (chip authentication keys, active authentication algorithm).
class Dg14
{
public:
    static Result<SecurityInfos> parse(const QByteArray& raw);
};

} // namespace motcua::card
