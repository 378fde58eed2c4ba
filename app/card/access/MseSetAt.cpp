#include "MseSetAt.h"

#include "tlv/Asn1.h"
#include "tlv/DerWriter.h"

#include <QStringBuilder>

namespace motcua::card {

QByteArray MseSetAt::paceData(const QString& protocolOid, Password password, std::optional<int> parameterId)
{
    QByteArray data = DerWriter::tlv(0x80, Asn1::encodeOid(protocolOid));
    data.append(DerWriter::tlv(0x83, QByteArray(1, char(password))));
    if (parameterId)
        data.append(DerWriter::tlv(0x84, QByteArray(1, char(*parameterId))));
    return data;
}

CommandApdu MseSetAt::paceCommand(const QString& protocolOid, Password password, std::optional<int> parameterId)
{
    return CommandApdu{0x00, 0x22, 0xC1, 0xA4, paceData(protocolOid, password, parameterId), -1};
}

} // namespace motcua::card
