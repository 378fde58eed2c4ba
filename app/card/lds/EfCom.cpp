#include "EfCom.h"

#include "CardErrors.h"
#include "LdsFiles.h"
#include "tlv/BerTlv.h"

namespace motcua::card {

Result<EfCom> EfCom::parse(const QByteArray& raw)
{
    auto outer = BerTlvReader::parseSingle(raw);
    if (!outer)
        return outer.status();
    if (outer->tag != LdsFiles::ComTag)
        return malformedData(CardTr::tr("The card's file list (EF.COM) is malformed."), QStringLiteral("EF.COM: tag"));
    EfCom com;
    auto version = outer->child(0x5F01);
    auto unicode = outer->child(0x5F36);
    auto tagList = outer->child(0x5C);
    if (!tagList)
        return tagList.status();
    if (version)
        com.ldsVersion = QString::fromLatin1(version->value);
    if (unicode)
        com.unicodeVersion = QString::fromLatin1(unicode->value);
    for (char t : tagList->value) {
        const int dg = LdsFiles::dataGroupFromTag(quint8(t));
        if (dg != 0 && !com.dataGroups.contains(dg))
            com.dataGroups.append(dg);
    }
    return com;
}

} // namespace motcua::card
