#include "MessageAuthentication.h"

#include "OpenSslHandles.h"

#include <QStringBuilder>
#include <openssl/core_names.h>
#include <openssl/params.h>

namespace motcua::card {

QByteArray MessageAuthentication::retailMac(const QByteArray& key16, const QByteArray& paddedData)
{
    if (key16.size() != 16 || paddedData.isEmpty() || paddedData.size() % 8 != 0)
        return {};
    const QByteArray ka = key16.left(8);
    const QByteArray kb = key16.mid(8, 8);
    // CBC-MAC with single DES under Ka, then the last block decrypted with Kb and encrypted with Ka.
    const QByteArray cbc = BlockCipher::cbcEncrypt(CipherKind::TripleDes, ka + ka, QByteArray(8, '\0'), paddedData);
    if (cbc.isEmpty())
        return {};
    QByteArray h = cbc.right(8);
    h = BlockCipher::desDecryptBlock(kb, h);
    return BlockCipher::desEncryptBlock(ka, h);
}

QByteArray MessageAuthentication::aesCmac(const QByteArray& key, const QByteArray& data)
{
    const char* cipherName = key.size() == 16 ? "AES-128-CBC" : key.size() == 24 ? "AES-192-CBC" : "AES-256-CBC";
    if (key.size() != 16 && key.size() != 24 && key.size() != 32)
        return {};
    EvpMacPtr mac(EVP_MAC_fetch(nullptr, "CMAC", nullptr));
    if (!mac)
        return {};
    EvpMacCtxPtr ctx(EVP_MAC_CTX_new(mac.get()));
    if (!ctx)
        return {};
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_CIPHER, const_cast<char*>(cipherName), 0),
        OSSL_PARAM_construct_end(),
    };
    if (EVP_MAC_init(ctx.get(), reinterpret_cast<const uchar*>(key.constData()), size_t(key.size()), params) != 1 ||
        EVP_MAC_update(ctx.get(), reinterpret_cast<const uchar*>(data.constData()), size_t(data.size())) != 1)
        return {};
    QByteArray out(16, '\0');
    size_t outLen = 0;
    if (EVP_MAC_final(ctx.get(), reinterpret_cast<uchar*>(out.data()), &outLen, size_t(out.size())) != 1)
        return {};
    out.resize(qsizetype(outLen));
    return out;
}

QByteArray MessageAuthentication::mac8(CipherKind kind, const QByteArray& key, const QByteArray& data, bool padForAes)
{
    if (kind == CipherKind::TripleDes)
        return retailMac(key, BlockCipher::pad(data, 8));
    return aesCmac(key, padForAes ? BlockCipher::pad(data, 16) : data).left(8);
}

} // namespace motcua::card
