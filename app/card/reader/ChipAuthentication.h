#pragma once

#include "CitizenIdentity.h"
#include "SecureChannel.h"
#include "Status.h"
#include "access/SecurityInfos.h"

namespace motcua::card {

/// Chip authentication with ECDH (ICAO 9303-11 §6.2, the CA-ECDH-AES/3DES protocols DG14 announces) over a channel:
/// the key agreement and the new keys come from crypto/ChipAuthenticationAgreement; this step sends the APDUs.
class ChipAuthentication
{
public:
    /// Runs MSE:Set AT (41 A4) and GENERAL AUTHENTICATE, switches the channel to the new keys and proves them with
    /// one protected READ BINARY. INVALID leaves the channel without a session (the caller re-opens access).
    /// NOT_SUPPORTED when DG14 offers no usable ECDH chip authentication.
    static Result<ChipCheckVerdict> perform(SecureChannel& channel, const SecurityInfos& dg14);
};

} // namespace motcua::card
