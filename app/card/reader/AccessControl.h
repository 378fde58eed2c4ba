#pragma once

#include "AccessKey.h"
#include "CitizenIdentity.h"
#include "SecureChannel.h"
#include "Status.h"

#include <QByteArray>

namespace motcua::card {

/// Opens secure messaging with the chip: PACE (generic mapping, CAN or MRZ password, MSE:Set AT with the parameter
/// ID) as EF.CardAccess announces it, BAC with the MRZ key when PACE is absent or refused. Leaves the eMRTD
/// application selected.
class AccessControl
{
public:
    /// `cardAccess` is EF.CardAccess as read (empty when the card has none).
    static Result<AccessProtocol> establish(SecureChannel& channel, const AccessKey& key, const QByteArray& cardAccess);

    static Status selectApplication(SecureChannel& channel);

private:
    static Status pace(SecureChannel& channel, const AccessKey& key, const QByteArray& cardAccess, bool* refused);
    static Status bac(SecureChannel& channel, const AccessKey& key);
};

} // namespace motcua::card
