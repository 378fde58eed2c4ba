#include "Dg1.h"

#include "CardErrors.h"
#include "tlv/BerTlv.h"
#include "tlv/DerWriter.h"

namespace motcua::card {

Result<Mrz> Dg1::parse(const QByteArray& raw)
{
    auto outer = BerTlvReader::parseSingle(raw);
    if (!outer)
        return outer.status();
    if (outer->tag != 0x61)
        return malformedData(CardTr::tr("Data group 1 (MRZ) is malformed."), QStringLiteral("DG1: tag"));
    auto mrz = outer->child(0x5F1F);
    if (!mrz)
        return mrz.status();
    for (char c : mrz->value) {
        if (quint8(c) > 0x7F)
            return malformedData(CardTr::tr("Data group 1 (MRZ) is malformed."), QStringLiteral("DG1: non-ASCII"));
    }
    return Mrz::parseTd1(QString::fromLatin1(mrz->value));
}

QByteArray Dg1::encode(const QString& mrzText)
{
    QString s = mrzText;
    s.remove(QLatin1Char('\n'));
    return DerWriter::tlv(0x61, DerWriter::tlv(0x5F1F, s.toLatin1()));
}

} // namespace motcua::card
