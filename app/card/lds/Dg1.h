#pragma once

#include "Mrz.h"
#include "Status.h"

#include <QByteArray>

namespace motcua::card {

/// DG1: 61 { 5F1F MRZ }.
class Dg1
{
public:
    static Result<Mrz> parse(const QByteArray& raw);
    /// Encodes an MRZ text as DG1 (for the simulator and tests).
    static QByteArray encode(const QString& mrzText);
};

} // namespace motcua::card
