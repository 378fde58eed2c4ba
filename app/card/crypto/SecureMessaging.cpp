#include "SecureMessaging.h"

#include "CardErrors.h"
#include "MessageAuthentication.h"
#include "tlv/BerTlv.h"
#include "tlv/DerWriter.h"

#include <QStringBuilder>
#include <openssl/crypto.h>

namespace motcua::card {

namespace {

Status macFailure(const char* where)
{
    return securityCheckFailed(CardTr::tr("The card's answer failed the secure messaging check; the card may "
                                          "have been swapped or the connection tampered with."),
                               QString::fromLatin1(where));
}

Status smMalformed(const char* where)
{
    return malformedData(CardTr::tr("A secure messaging object from the card is malformed."),
                         QString::fromLatin1(where));
}

bool equalMacs(const QByteArray& a, const QByteArray& b)
{
    return a.size() == 8 && b.size() == 8 && CRYPTO_memcmp(a.constData(), b.constData(), 8) == 0;
}

struct SmObjects
{
    QByteArray macInput; // every DO before DO8E, raw
    Tlv cryptogram;      // DO87 or DO85
    bool hasCryptogram = false;
    QByteArray le; // DO97 value
    bool hasLe = false;
    QByteArray status; // DO99 value
    bool hasStatus = false;
    QByteArray mac;
};

Result<SmObjects> splitObjects(const QByteArray& data)
{
    SmObjects objects;
    BerTlvReader reader(data);
    bool seenMac = false;
    while (!reader.atEnd()) {
        auto tlv = reader.next();
        if (!tlv)
            return tlv.status();
        if (seenMac)
            return smMalformed("SM: data after DO8E");
        switch (tlv->tag) {
        case 0x85:
        case 0x87:
            if (objects.hasCryptogram)
                return smMalformed("SM: two cryptograms");
            objects.cryptogram = *tlv;
            objects.hasCryptogram = true;
            break;
        case 0x97:
            objects.le = tlv->value;
            objects.hasLe = true;
            break;
        case 0x99:
            objects.status = tlv->value;
            objects.hasStatus = true;
            break;
        case 0x8E:
            objects.mac = tlv->value;
            seenMac = true;
            continue;
        default:
            return smMalformed("SM: unexpected data object");
        }
        objects.macInput.append(tlv->raw);
    }
    if (!seenMac)
        return macFailure("SM: DO8E missing");
    return objects;
}

} // namespace

SecureMessaging::SecureMessaging(CipherKind kind, QByteArray ksEnc, QByteArray ksMac, QByteArray ssc)
    : m_kind(kind), m_ksEnc(std::move(ksEnc)), m_ksMac(std::move(ksMac)), m_ssc(std::move(ssc))
{}

void SecureMessaging::incrementSsc()
{
    for (qsizetype i = m_ssc.size() - 1; i >= 0; --i) {
        m_ssc[i] = char(quint8(m_ssc[i]) + 1);
        if (m_ssc[i] != 0)
            break;
    }
}

QByteArray SecureMessaging::encrypt(const QByteArray& paddedData) const
{
    const int bs = BlockCipher::blockSize(m_kind);
    const QByteArray iv =
        m_kind == CipherKind::Aes ? BlockCipher::ecbEncrypt(m_kind, m_ksEnc, m_ssc) : QByteArray(bs, '\0');
    return BlockCipher::cbcEncrypt(m_kind, m_ksEnc, iv, paddedData);
}

QByteArray SecureMessaging::decrypt(const QByteArray& encrypted) const
{
    const int bs = BlockCipher::blockSize(m_kind);
    const QByteArray iv =
        m_kind == CipherKind::Aes ? BlockCipher::ecbEncrypt(m_kind, m_ksEnc, m_ssc) : QByteArray(bs, '\0');
    return BlockCipher::cbcDecrypt(m_kind, m_ksEnc, iv, encrypted);
}

QByteArray SecureMessaging::computeMac(const QByteArray& data) const
{
    return MessageAuthentication::mac8(m_kind, m_ksMac, m_ssc + data, true);
}

Result<CommandApdu> SecureMessaging::protectCommand(const CommandApdu& plain)
{
    if (!isValid())
        return cryptoFailure("SM: no session keys");
    incrementSsc();
    const int bs = BlockCipher::blockSize(m_kind);
    CommandApdu out;
    out.cla = plain.cla | 0x0C;
    out.ins = plain.ins;
    out.p1 = plain.p1;
    out.p2 = plain.p2;
    QByteArray header;
    header.append(char(out.cla)).append(char(out.ins)).append(char(out.p1)).append(char(out.p2));

    QByteArray objects;
    if (!plain.data.isEmpty()) {
        const QByteArray encrypted = encrypt(BlockCipher::pad(plain.data, bs));
        if (encrypted.isEmpty())
            return cryptoFailure("SM: encryption");
        if (plain.ins & 1)
            objects.append(DerWriter::tlv(0x85, encrypted));
        else
            objects.append(DerWriter::tlv(0x87, QByteArray(1, '\x01') + encrypted));
    }
    if (plain.le >= 0) {
        QByteArray le;
        if (plain.le == 256 && !plain.isExtended())
            le = QByteArray(1, '\0');
        else if (plain.le >= 65536)
            le = QByteArray(2, '\0');
        else if (plain.le > 255)
            le.append(char(plain.le >> 8)).append(char(plain.le & 0xFF));
        else
            le.append(char(plain.le));
        objects.append(DerWriter::tlv(0x97, le));
    }
    const QByteArray mac = computeMac(BlockCipher::pad(header, bs) + objects);
    if (mac.size() != 8)
        return cryptoFailure("SM: MAC");
    out.data = objects + DerWriter::tlv(0x8E, mac);
    out.forceExtended = plain.isExtended() || out.data.size() > 255;
    out.le = out.forceExtended ? 65536 : 256;
    return out;
}

Result<ResponseApdu> SecureMessaging::unprotectResponse(const ResponseApdu& response)
{
    m_lastPlain = false;
    incrementSsc();
    if (response.data.isEmpty()) {
        if (response.sw == 0x9000 || response.sw1() == 0x61)
            return macFailure("SM: success without MAC");
        m_lastPlain = true;
        return response;
    }
    auto objects = splitObjects(response.data);
    if (!objects)
        return objects.status();
    if (!equalMacs(objects->mac, computeMac(objects->macInput)))
        return macFailure("SM: response MAC mismatch");
    if (!objects->hasStatus || objects->status.size() != 2)
        return smMalformed("SM: DO99 missing");
    ResponseApdu plain;
    plain.sw = quint16((quint8(objects->status.at(0)) << 8) | quint8(objects->status.at(1)));
    if (objects->hasCryptogram) {
        QByteArray cryptogram = objects->cryptogram.value;
        if (objects->cryptogram.tag == 0x87) {
            if (cryptogram.isEmpty() || cryptogram.at(0) != 0x01)
                return smMalformed("SM: DO87 padding indicator");
            cryptogram.remove(0, 1);
        }
        const QByteArray decrypted = decrypt(cryptogram);
        if (decrypted.isEmpty() || !BlockCipher::unpad(decrypted, plain.data))
            return smMalformed("SM: DO87 content");
    }
    return plain;
}

Result<CommandApdu> SecureMessaging::unprotectCommand(const CommandApdu& command)
{
    if (!isValid())
        return cryptoFailure("SM: no session keys");
    incrementSsc();
    if ((command.cla & 0x0C) != 0x0C)
        return macFailure("SM: command not protected");
    auto objects = splitObjects(command.data);
    if (!objects)
        return objects.status();
    QByteArray header;
    header.append(char(command.cla)).append(char(command.ins)).append(char(command.p1)).append(char(command.p2));
    const int bs = BlockCipher::blockSize(m_kind);
    if (!equalMacs(objects->mac, computeMac(BlockCipher::pad(header, bs) + objects->macInput)))
        return macFailure("SM: command MAC mismatch");
    CommandApdu plain;
    plain.cla = command.cla & 0xF3;
    plain.ins = command.ins;
    plain.p1 = command.p1;
    plain.p2 = command.p2;
    if (objects->hasCryptogram) {
        QByteArray cryptogram = objects->cryptogram.value;
        if (objects->cryptogram.tag == 0x87) {
            if (cryptogram.isEmpty() || cryptogram.at(0) != 0x01)
                return smMalformed("SM: DO87 padding indicator");
            cryptogram.remove(0, 1);
        }
        const QByteArray decrypted = decrypt(cryptogram);
        if (decrypted.isEmpty() || !BlockCipher::unpad(decrypted, plain.data))
            return smMalformed("SM: DO87 content");
    }
    if (objects->hasLe) {
        const QByteArray& le = objects->le;
        if (le.size() == 1)
            plain.le = le.at(0) == 0 ? 256 : quint8(le.at(0));
        else if (le.size() == 2)
            plain.le = ((quint8(le.at(0)) << 8) | quint8(le.at(1))) == 0 ? 65536
                                                                         : ((quint8(le.at(0)) << 8) | quint8(le.at(1)));
        else
            return smMalformed("SM: DO97 length");
        plain.forceExtended = le.size() == 2;
    }
    return plain;
}

Result<ResponseApdu> SecureMessaging::protectResponse(const ResponseApdu& plain)
{
    if (!isValid())
        return cryptoFailure("SM: no session keys");
    incrementSsc();
    QByteArray objects;
    if (!plain.data.isEmpty()) {
        const QByteArray encrypted = encrypt(BlockCipher::pad(plain.data, BlockCipher::blockSize(m_kind)));
        if (encrypted.isEmpty())
            return cryptoFailure("SM: encryption");
        objects.append(DerWriter::tlv(0x87, QByteArray(1, '\x01') + encrypted));
    }
    QByteArray sw;
    sw.append(char(plain.sw >> 8)).append(char(plain.sw & 0xFF));
    objects.append(DerWriter::tlv(0x99, sw));
    const QByteArray mac = computeMac(objects);
    if (mac.size() != 8)
        return cryptoFailure("SM: MAC");
    ResponseApdu out;
    out.data = objects + DerWriter::tlv(0x8E, mac);
    out.sw = plain.sw;
    return out;
}

} // namespace motcua::card
