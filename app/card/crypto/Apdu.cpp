#include "Apdu.h"

#include <QStringBuilder>

#include "CardErrors.h"

namespace motcua::card {

namespace {
Status bad(const char* what)
{
    return malformedData(CardTr::tr("A command or response to the card is malformed."), QString::fromLatin1(what));
}
} // namespace

bool CommandApdu::isExtended() const
{
    return forceExtended || data.size() > 255 || le > 256;
}

QByteArray CommandApdu::encode() const
{
    QByteArray out;
    out.append(char(cla)).append(char(ins)).append(char(p1)).append(char(p2));
    const bool ext = isExtended();
    if (!data.isEmpty()) {
        if (ext) {
            out.append('\0').append(char(data.size() >> 8)).append(char(data.size() & 0xFF));
        } else {
            out.append(char(data.size()));
        }
        out.append(data);
    }
    if (le >= 0) {
        if (ext) {
            const int v = le >= 65536 ? 0 : le;
            if (data.isEmpty())
                out.append('\0');
            out.append(char(v >> 8)).append(char(v & 0xFF));
        } else {
            out.append(char(le >= 256 ? 0 : le));
        }
    }
    return out;
}

Result<CommandApdu> CommandApdu::parse(const QByteArray& bytes)
{
    if (bytes.size() < 4)
        return bad("APDU: shorter than a header");
    CommandApdu apdu;
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData());
    apdu.cla = p[0];
    apdu.ins = p[1];
    apdu.p1 = p[2];
    apdu.p2 = p[3];
    const qsizetype body = bytes.size() - 4;
    const uchar* b = p + 4;
    if (body == 0)
        return apdu; // case 1
    if (body == 1) { // case 2 short
        apdu.le = b[0] == 0 ? 256 : b[0];
        return apdu;
    }
    if (b[0] != 0) { // short case 3 or 4
        const int lc = b[0];
        if (body == 1 + lc) {
            apdu.data = bytes.mid(5, lc);
            return apdu;
        }
        if (body == 2 + lc) {
            apdu.data = bytes.mid(5, lc);
            apdu.le = b[1 + lc] == 0 ? 256 : b[1 + lc];
            return apdu;
        }
        return bad("APDU: Lc inconsistent with the length");
    }
    // Extended: 00 followed by two bytes.
    apdu.forceExtended = true;
    if (body == 3) { // case 2 extended
        const int v = (b[1] << 8) | b[2];
        apdu.le = v == 0 ? 65536 : v;
        return apdu;
    }
    if (body < 3)
        return bad("APDU: truncated extended length");
    const int lc = (b[1] << 8) | b[2];
    if (lc == 0)
        return bad("APDU: extended Lc of zero");
    if (body == 3 + lc) {
        apdu.data = bytes.mid(7, lc);
        return apdu;
    }
    if (body == 5 + lc) {
        apdu.data = bytes.mid(7, lc);
        const int v = (b[3 + lc] << 8) | b[4 + lc];
        apdu.le = v == 0 ? 65536 : v;
        return apdu;
    }
    return bad("APDU: extended Lc inconsistent with the length");
}

QByteArray ResponseApdu::encode() const
{
    QByteArray out = data;
    out.append(char(sw >> 8)).append(char(sw & 0xFF));
    return out;
}

Result<ResponseApdu> ResponseApdu::parse(const QByteArray& bytes)
{
    if (bytes.size() < 2)
        return bad("APDU: response shorter than a status word");
    ResponseApdu r;
    r.data = bytes.left(bytes.size() - 2);
    r.sw = quint16((quint8(bytes.at(bytes.size() - 2)) << 8) | quint8(bytes.at(bytes.size() - 1)));
    return r;
}

} // namespace motcua::card
