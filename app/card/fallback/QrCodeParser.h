#pragma once

#include "CitizenIdentity.h"
#include "Status.h"

#include <QString>

namespace motcua::card {

/// Parses the QR code printed on the front of the CCCD, as a keyboard-wedge scanner types it:
/// `id|oldId|name|ddMMyyyy|sex|address|ddMMyyyy` (extra trailing fields tolerated). The result has
/// source QrCode and is never chip-verified.
class QrCodeParser
{
public:
    static Result<CitizenIdentity> parse(const QString& text);
};

} // namespace motcua::card
