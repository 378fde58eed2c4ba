#include "Asn1.h"

#include "CardErrors.h"

#include <QStringBuilder>
#include <QStringList>

namespace motcua::card {

namespace {
Status bad(const char* what)
{
    return malformedData(CardTr::tr("The data from the card is truncated or malformed."), QString::fromLatin1(what));
}
} // namespace

Result<QString> Asn1::decodeOid(const QByteArray& content)
{
    if (content.isEmpty())
        return bad("ASN.1: empty OBJECT IDENTIFIER");
    QStringList arcs;
    quint64 value = 0;
    bool first = true;
    int bytesInArc = 0;
    for (qsizetype i = 0; i < content.size(); ++i) {
        const quint8 b = quint8(content.at(i));
        if (bytesInArc == 0 && b == 0x80)
            return bad("ASN.1: non-minimal OID arc");
        if (++bytesInArc > 9)
            return bad("ASN.1: OID arc too large");
        value = (value << 7) | (b & 0x7F);
        if (b & 0x80)
            continue;
        if (first) {
            const quint64 top = value < 40 ? 0 : (value < 80 ? 1 : 2);
            arcs << QString::number(top) << QString::number(value - top * 40);
            first = false;
        } else {
            arcs << QString::number(value);
        }
        value = 0;
        bytesInArc = 0;
    }
    if (bytesInArc != 0)
        return bad("ASN.1: truncated OID");
    return arcs.join(QLatin1Char('.'));
}

QByteArray Asn1::encodeOid(const QString& dotted)
{
    const QStringList parts = dotted.split(QLatin1Char('.'));
    if (parts.size() < 2)
        return {};
    QList<quint64> arcs;
    for (const QString& p : parts) {
        bool ok = false;
        const quint64 v = p.toULongLong(&ok);
        if (!ok || p.isEmpty() || !p.at(0).isDigit())
            return {};
        arcs.append(v);
    }
    if (arcs[0] > 2 || (arcs[0] < 2 && arcs[1] >= 40))
        return {};
    QByteArray out;
    auto append = [&out](quint64 v) {
        QByteArray tmp;
        tmp.prepend(char(v & 0x7F));
        v >>= 7;
        while (v) {
            tmp.prepend(char(0x80 | (v & 0x7F)));
            v >>= 7;
        }
        out.append(tmp);
    };
    append(arcs[0] * 40 + arcs[1]);
    for (qsizetype i = 2; i < arcs.size(); ++i)
        append(arcs[i]);
    return out;
}

Result<qint64> Asn1::decodeInteger(const QByteArray& content, bool allowNegative)
{
    if (content.isEmpty())
        return bad("ASN.1: empty INTEGER");
    qsizetype start = 0;
    // A leading 00 before a byte with the top bit set is how DER writes positive numbers.
    if (content.size() > 1 && content.at(0) == 0)
        start = 1;
    if (content.size() - start > 8)
        return bad("ASN.1: INTEGER too large");
    const bool negative = (quint8(content.at(0)) & 0x80) != 0;
    if (negative && !allowNegative)
        return bad("ASN.1: negative INTEGER");
    quint64 v = negative ? ~quint64(0) : 0;
    for (qsizetype i = start; i < content.size(); ++i)
        v = (v << 8) | quint8(content.at(i));
    if (!negative && v > quint64(std::numeric_limits<qint64>::max()))
        return bad("ASN.1: INTEGER too large");
    return qint64(v);
}

Result<QString> Asn1::decodeString(quint32 tag, const QByteArray& content)
{
    switch (tag) {
    case Utf8String: {
        QString text = QString::fromUtf8(content);
        if (text.contains(QChar::ReplacementCharacter))
            return bad("ASN.1: invalid UTF-8");
        return text.normalized(QString::NormalizationForm_C);
    }
    case PrintableString:
    case Ia5String:
        for (char c : content) {
            if (quint8(c) > 0x7F) {
                // Some cards put UTF-8 Vietnamese text under the PrintableString tag.
                QString text = QString::fromUtf8(content);
                if (text.contains(QChar::ReplacementCharacter))
                    return bad("ASN.1: non-ASCII in PrintableString");
                return text.normalized(QString::NormalizationForm_C);
            }
        }
        return QString::fromLatin1(content);
    default:
        return bad("ASN.1: unexpected string type");
    }
}

} // namespace motcua::card
