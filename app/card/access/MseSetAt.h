#pragma once

#include "crypto/Apdu.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace motcua::card {

/// The MSE:Set AT command that selects the PACE protocol and password (00 22 C1 A4).
class MseSetAt
{
public:
    enum class Password : quint8
    {
        Mrz = 0x01,
        Can = 0x02
    };

    /// 80 OID, 83 password reference, 84 parameter ID (when given).
    static QByteArray paceData(const QString& protocolOid, Password password, std::optional<int> parameterId);
    static CommandApdu paceCommand(const QString& protocolOid, Password password, std::optional<int> parameterId);
};

} // namespace motcua::card
