#include "BlockCipher.h"

#include <QStringBuilder>

#include "OpenSslHandles.h"

namespace motcua::card {

namespace {

const EVP_CIPHER* cipherFor(CipherKind kind, qsizetype keyLength, bool cbc)
{
    if (kind == CipherKind::TripleDes)
        return keyLength == 16 ? (cbc ? EVP_des_ede_cbc() : EVP_des_ede_ecb())
                               : (keyLength == 24 ? (cbc ? EVP_des_ede3_cbc() : EVP_des_ede3_ecb()) : nullptr);
    switch (keyLength) {
    case 16:
        return cbc ? EVP_aes_128_cbc() : EVP_aes_128_ecb();
    case 24:
        return cbc ? EVP_aes_192_cbc() : EVP_aes_192_ecb();
    case 32:
        return cbc ? EVP_aes_256_cbc() : EVP_aes_256_ecb();
    default:
        return nullptr;
    }
}

QByteArray run(const EVP_CIPHER* cipher, const QByteArray& key, const QByteArray& iv, const QByteArray& data,
               bool encrypt)
{
    if (!cipher || data.isEmpty() || data.size() % EVP_CIPHER_get_block_size(cipher) != 0)
        return {};
    if (EVP_CIPHER_get_iv_length(cipher) > 0 && iv.size() != EVP_CIPHER_get_iv_length(cipher))
        return {};
    EvpCipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_CipherInit_ex(ctx.get(), cipher, nullptr, reinterpret_cast<const uchar*>(key.constData()),
                                  iv.isEmpty() ? nullptr : reinterpret_cast<const uchar*>(iv.constData()),
                                  encrypt ? 1 : 0) != 1)
        return {};
    EVP_CIPHER_CTX_set_padding(ctx.get(), 0);
    QByteArray out(data.size() + EVP_CIPHER_get_block_size(cipher), Qt::Uninitialized);
    int len = 0;
    int fin = 0;
    if (EVP_CipherUpdate(ctx.get(), reinterpret_cast<uchar*>(out.data()), &len,
                         reinterpret_cast<const uchar*>(data.constData()), int(data.size())) != 1 ||
        EVP_CipherFinal_ex(ctx.get(), reinterpret_cast<uchar*>(out.data()) + len, &fin) != 1)
        return {};
    out.resize(len + fin);
    return out;
}

} // namespace

QByteArray BlockCipher::cbcEncrypt(CipherKind kind, const QByteArray& key, const QByteArray& iv, const QByteArray& data)
{
    return run(cipherFor(kind, key.size(), true), key, iv, data, true);
}

QByteArray BlockCipher::cbcDecrypt(CipherKind kind, const QByteArray& key, const QByteArray& iv, const QByteArray& data)
{
    return run(cipherFor(kind, key.size(), true), key, iv, data, false);
}

QByteArray BlockCipher::ecbEncrypt(CipherKind kind, const QByteArray& key, const QByteArray& block)
{
    return run(cipherFor(kind, key.size(), false), key, {}, block, true);
}

QByteArray BlockCipher::desEncryptBlock(const QByteArray& key8, const QByteArray& block)
{
    if (key8.size() != 8)
        return {};
    return run(EVP_des_ede3_ecb(), key8 + key8 + key8, {}, block, true);
}

QByteArray BlockCipher::desDecryptBlock(const QByteArray& key8, const QByteArray& block)
{
    if (key8.size() != 8)
        return {};
    return run(EVP_des_ede3_ecb(), key8 + key8 + key8, {}, block, false);
}

QByteArray BlockCipher::pad(const QByteArray& data, int blockSize)
{
    QByteArray out = data;
    out.append(char(0x80));
    while (out.size() % blockSize != 0)
        out.append('\0');
    return out;
}

bool BlockCipher::unpad(const QByteArray& padded, QByteArray& out)
{
    qsizetype i = padded.size() - 1;
    while (i >= 0 && padded.at(i) == 0)
        --i;
    if (i < 0 || quint8(padded.at(i)) != 0x80 || padded.size() - i > 16)
        return false;
    out = padded.left(i);
    return true;
}

} // namespace motcua::card
