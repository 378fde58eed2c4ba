#pragma once

#include "CitizenIdentity.h"
#include "Status.h"

#include <QByteArray>

namespace motcua::card {

/// DG13 of the Vietnamese CCCD: the holder's personal data, read by field number (never by
/// position). Dates become QDate, "Nam"/"Nữ" become M/F, a non-date expiry means no expiry.
class Dg13
{
public:
    static Result<HolderData> parse(const QByteArray& raw);
    /// Encodes holder data as DG13 (for the simulator and tests). `parentsInOneSequence` chooses
    /// between the two forms of field 13 seen on cards.
    static QByteArray encode(const HolderData& holder, bool parentsInOneSequence = true);
};

} // namespace motcua::card
