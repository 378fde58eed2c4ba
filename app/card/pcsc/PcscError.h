#pragma once

#include "Status.h"

#include <QLoggingCategory>
#include <QString>

#include <PCSC/wintypes.h>

namespace motcua::card {

Q_DECLARE_LOGGING_CATEGORY(lcCardIo)

/// Maps pcsc-lite return codes to the workstation's Status codes and translated messages.
class PcscError
{
public:
    /// The symbolic name of a pcsc-lite return code, for logs and details.
    static QString name(LONG rv);
    /// True when the code means the daemon went away or the context handle is stale.
    static bool isServiceLost(LONG rv);
    /// True when the card was reset or removed since we connected.
    static bool isCardGone(LONG rv);
    /// A Status for a failed call; `during` names the operation (not translated, for details).
    static Status toStatus(LONG rv, const char* during);

    static Status noService();
    static Status noReader();
    static Status noCard();
    static Status cardRemoved();
};

} // namespace motcua::card
