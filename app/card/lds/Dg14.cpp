#include "Dg14.h"

#include "CardErrors.h"
#include "tlv/BerTlv.h"

namespace motcua::card {

Result<SecurityInfos> Dg14::parse(const QByteArray& raw)
{
    auto outer = BerTlvReader::parseSingle(raw);
    if (!outer)
        return outer.status();
    if (outer->tag != 0x6E)
        return malformedData(CardTr::tr("Data group 14 (security protocols) is malformed."),
                             QStringLiteral("DG14: tag"));
    return SecurityInfos::parse(outer->value);
}

} // namespace motcua::card
