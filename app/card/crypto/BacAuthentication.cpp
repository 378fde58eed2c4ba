#include "BacAuthentication.h"

#include "CardErrors.h"
#include "KeyDerivation.h"
#include "MessageAuthentication.h"

#include <QStringBuilder>
#include <openssl/crypto.h>

namespace motcua::card {

namespace {

const QByteArray zeroIv(8, '\0');

QByteArray xorBytes(const QByteArray& a, const QByteArray& b)
{
    QByteArray out(a.size(), '\0');
    for (qsizetype i = 0; i < a.size() && i < b.size(); ++i)
        out[i] = char(a[i] ^ b[i]);
    return out;
}

QByteArray mac(const QByteArray& key, const QByteArray& data)
{
    return MessageAuthentication::retailMac(key, BlockCipher::pad(data, 8));
}

Status accessDenied(const char* detail)
{
    return {Status::Code::CardAccessDenied,
            CardTr::tr("The card refused the access key. Check the data from the MRZ and try again."),
            QString::fromLatin1(detail)};
}

} // namespace

BacAuthentication::Keys BacAuthentication::keysFromMrz(const QString& mrzInformation)
{
    const QByteArray seed = KeyDerivation::bacKeySeed(mrzInformation);
    return {KeyDerivation::derive(seed, KeyDerivation::Purpose::Encryption, CipherKind::TripleDes),
            KeyDerivation::derive(seed, KeyDerivation::Purpose::Mac, CipherKind::TripleDes)};
}

QByteArray BacAuthentication::terminalCommandData(const Keys& keys, const QByteArray& rndIc, const QByteArray& rndIfd,
                                                  const QByteArray& kIfd)
{
    const QByteArray s = rndIfd + rndIc + kIfd;
    const QByteArray eIfd = BlockCipher::cbcEncrypt(CipherKind::TripleDes, keys.kEnc, zeroIv, s);
    if (eIfd.size() != 32)
        return {};
    return eIfd + mac(keys.kMac, eIfd);
}

Result<SecureMessaging> BacAuthentication::terminalCompletion(const Keys& keys, const QByteArray& rndIc,
                                                              const QByteArray& rndIfd, const QByteArray& kIfd,
                                                              const QByteArray& cardResponse)
{
    if (cardResponse.size() != 40)
        return malformedData(CardTr::tr("The card's answer to authentication is malformed."),
                             QStringLiteral("BAC: response of %1 bytes").arg(cardResponse.size()));
    const QByteArray eIc = cardResponse.left(32);
    const QByteArray mIc = cardResponse.mid(32);
    const QByteArray expected = mac(keys.kMac, eIc);
    if (expected.size() != 8 || CRYPTO_memcmp(expected.constData(), mIc.constData(), 8) != 0)
        return securityCheckFailed(CardTr::tr("The card failed to prove it knows the access key."),
                                   QStringLiteral("BAC: card MAC mismatch"));
    const QByteArray r = BlockCipher::cbcDecrypt(CipherKind::TripleDes, keys.kEnc, zeroIv, eIc);
    if (r.size() != 32 || r.mid(0, 8) != rndIc || r.mid(8, 8) != rndIfd)
        return securityCheckFailed(CardTr::tr("The card failed to prove it knows the access key."),
                                   QStringLiteral("BAC: challenge mismatch"));
    return sessionFrom(kIfd, r.mid(16, 16), rndIc, rndIfd);
}

Result<BacAuthentication::CardAnswer> BacAuthentication::cardRespond(const Keys& keys, const QByteArray& rndIc,
                                                                     const QByteArray& kIc,
                                                                     const QByteArray& commandData)
{
    if (commandData.size() != 40)
        return accessDenied("BAC: command data length");
    const QByteArray eIfd = commandData.left(32);
    const QByteArray expected = mac(keys.kMac, eIfd);
    if (expected.size() != 8 || CRYPTO_memcmp(expected.constData(), commandData.constData() + 32, 8) != 0)
        return accessDenied("BAC: terminal MAC mismatch");
    const QByteArray s = BlockCipher::cbcDecrypt(CipherKind::TripleDes, keys.kEnc, zeroIv, eIfd);
    if (s.size() != 32 || s.mid(8, 8) != rndIc)
        return accessDenied("BAC: challenge mismatch");
    const QByteArray rndIfd = s.left(8);
    const QByteArray kIfd = s.mid(16, 16);
    const QByteArray eIc = BlockCipher::cbcEncrypt(CipherKind::TripleDes, keys.kEnc, zeroIv, rndIc + rndIfd + kIc);
    CardAnswer answer;
    answer.responseData = eIc + mac(keys.kMac, eIc);
    answer.session = sessionFrom(kIfd, kIc, rndIc, rndIfd);
    return answer;
}

SecureMessaging BacAuthentication::sessionFrom(const QByteArray& kIfd, const QByteArray& kIc, const QByteArray& rndIc,
                                               const QByteArray& rndIfd)
{
    const QByteArray seed = xorBytes(kIfd, kIc);
    return SecureMessaging(CipherKind::TripleDes,
                           KeyDerivation::derive(seed, KeyDerivation::Purpose::Encryption, CipherKind::TripleDes),
                           KeyDerivation::derive(seed, KeyDerivation::Purpose::Mac, CipherKind::TripleDes),
                           rndIc.right(4) + rndIfd.right(4));
}

} // namespace motcua::card
