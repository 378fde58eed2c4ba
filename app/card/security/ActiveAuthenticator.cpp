#include "ActiveAuthenticator.h"

#include "CardErrors.h"
#include "crypto/OpenSslHandles.h"

#include <QCryptographicHash>
#include <QStringBuilder>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>

namespace motcua::card {

namespace {

struct Iso9796Hash
{
    quint8 id; // ISO/IEC 10118-3 hash identifier used in the two-byte trailer
    const char* name;
};
constexpr Iso9796Hash iso9796Hashes[] = {
    {0x33, "SHA1"}, {0x34, "SHA256"}, {0x35, "SHA512"}, {0x36, "SHA384"}, {0x38, "SHA224"}};

QByteArray digestBytes(const char* name, const QByteArray& data)
{
    const EVP_MD* md = EVP_get_digestbyname(name);
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!md || EVP_Digest(data.constData(), size_t(data.size()), out, &length, md, nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char*>(out), int(length));
}

BigNumPtr rsaModulus(EVP_PKEY* key)
{
    BIGNUM* n = nullptr;
    EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_N, &n);
    return BigNumPtr(n);
}

// n - m, for the ISO 9796-2 convention that a signature is min(s, n - s).
QByteArray complement(EVP_PKEY* key, const QByteArray& m)
{
    BigNumPtr n = rsaModulus(key);
    BigNumPtr value(BN_bin2bn(reinterpret_cast<const uchar*>(m.constData()), int(m.size()), nullptr));
    if (!n || !value || BN_sub(value.get(), n.get(), value.get()) != 1)
        return {};
    QByteArray out(m.size(), '\0');
    if (BN_bn2binpad(value.get(), reinterpret_cast<uchar*>(out.data()), int(out.size())) < 0)
        return {};
    return out;
}

bool verifyRsa(EVP_PKEY* key, const QByteArray& challenge, const QByteArray& signature)
{
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new(key, nullptr));
    if (!ctx || EVP_PKEY_verify_recover_init(ctx.get()) != 1 ||
        EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_NO_PADDING) != 1)
        return false;
    QByteArray m(EVP_PKEY_get_size(key), '\0');
    size_t length = size_t(m.size());
    if (EVP_PKEY_verify_recover(ctx.get(), reinterpret_cast<uchar*>(m.data()), &length,
                                reinterpret_cast<const uchar*>(signature.constData()), size_t(signature.size())) != 1)
        return false;
    m.resize(qsizetype(length));
    if (m.size() < 24)
        return false;
    if ((quint8(m.back()) & 0x0F) != 0x0C)
        m = complement(key, m);
    if (m.size() < 24)
        return false;
    const char* digest = nullptr;
    int trailer = 1;
    if (quint8(m.back()) == 0xBC) {
        digest = "SHA1";
    } else if (quint8(m.back()) == 0xCC) {
        trailer = 2;
        for (const auto& h : iso9796Hashes) {
            if (quint8(m.at(m.size() - 2)) == h.id)
                digest = h.name;
        }
    }
    if (!digest)
        return false;
    // Header 6A (partial message recovery), or 6B BB… BA with padding nibbles.
    qsizetype start = 1;
    if (quint8(m.at(0)) == 0x6B) {
        while (start < m.size() && quint8(m.at(start)) == 0xBB)
            ++start;
        if (start >= m.size() || quint8(m.at(start)) != 0xBA)
            return false;
        ++start;
    } else if (quint8(m.at(0)) != 0x6A) {
        return false;
    }
    const int hashLength = EVP_MD_get_size(EVP_get_digestbyname(digest));
    const qsizetype hashStart = m.size() - trailer - hashLength;
    if (hashLength <= 0 || hashStart < start)
        return false;
    const QByteArray m1 = m.mid(start, hashStart - start);
    const QByteArray expected = digestBytes(digest, m1 + challenge);
    return expected.size() == hashLength &&
           CRYPTO_memcmp(expected.constData(), m.constData() + hashStart, size_t(hashLength)) == 0;
}

QByteArray plainToDer(const QByteArray& plain)
{
    if (plain.isEmpty() || plain.size() % 2 != 0)
        return {};
    const int half = int(plain.size() / 2);
    EcdsaSigPtr sig(ECDSA_SIG_new());
    BIGNUM* r = BN_bin2bn(reinterpret_cast<const uchar*>(plain.constData()), half, nullptr);
    BIGNUM* s = BN_bin2bn(reinterpret_cast<const uchar*>(plain.constData()) + half, half, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return {};
    }
    const int length = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, '\0');
    auto* p = reinterpret_cast<uchar*>(der.data());
    i2d_ECDSA_SIG(sig.get(), &p);
    return der;
}

bool verifyEcdsa(EVP_PKEY* key, const char* digest, const QByteArray& challenge, const QByteArray& derSignature)
{
    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    const EVP_MD* md = EVP_get_digestbyname(digest);
    const bool ok = ctx && md && EVP_DigestVerifyInit(ctx.get(), nullptr, md, nullptr, key) == 1 &&
                    EVP_DigestVerify(ctx.get(), reinterpret_cast<const uchar*>(derSignature.constData()),
                                     size_t(derSignature.size()), reinterpret_cast<const uchar*>(challenge.constData()),
                                     size_t(challenge.size())) == 1;
    ERR_clear_error();
    return ok;
}

} // namespace

QString ActiveAuthenticator::digestForSignatureAlgorithm(const QString& oid)
{
    static const QList<QPair<QString, QString>> map = {
        {QStringLiteral("0.4.0.127.0.7.1.1.4.1.1"), QStringLiteral("SHA1")},
        {QStringLiteral("0.4.0.127.0.7.1.1.4.1.2"), QStringLiteral("SHA224")},
        {QStringLiteral("0.4.0.127.0.7.1.1.4.1.3"), QStringLiteral("SHA256")},
        {QStringLiteral("0.4.0.127.0.7.1.1.4.1.4"), QStringLiteral("SHA384")},
        {QStringLiteral("0.4.0.127.0.7.1.1.4.1.5"), QStringLiteral("SHA512")},
        {QStringLiteral("1.2.840.10045.4.1"), QStringLiteral("SHA1")},
        {QStringLiteral("1.2.840.10045.4.3.1"), QStringLiteral("SHA224")},
        {QStringLiteral("1.2.840.10045.4.3.2"), QStringLiteral("SHA256")},
        {QStringLiteral("1.2.840.10045.4.3.3"), QStringLiteral("SHA384")},
        {QStringLiteral("1.2.840.10045.4.3.4"), QStringLiteral("SHA512")},
    };
    for (const auto& [o, name] : map) {
        if (o == oid)
            return name;
    }
    return {};
}

ChipCheckVerdict ActiveAuthenticator::verify(const QByteArray& spki, const QByteArray& challenge,
                                             const QByteArray& response, const QString& signatureAlgorithmOid)
{
    const auto* p = reinterpret_cast<const uchar*>(spki.constData());
    EvpPkeyPtr key(d2i_PUBKEY(nullptr, &p, long(spki.size())));
    if (!key)
        return ChipCheckVerdict::NotSupported;
    if (response.isEmpty())
        return ChipCheckVerdict::Invalid;
    if (EVP_PKEY_get_base_id(key.get()) == EVP_PKEY_RSA)
        return verifyRsa(key.get(), challenge, response) ? ChipCheckVerdict::Valid : ChipCheckVerdict::Invalid;
    if (EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_EC)
        return ChipCheckVerdict::NotSupported;

    // Plain r||s per BSI TR-03111; some chips answer with a DER ECDSA-Sig-Value instead.
    QByteArray der = plainToDer(response);
    if (response.startsWith('\x30')) {
        const auto* q = reinterpret_cast<const uchar*>(response.constData());
        EcdsaSigPtr sig(d2i_ECDSA_SIG(nullptr, &q, long(response.size())));
        if (sig && q == reinterpret_cast<const uchar*>(response.constData()) + response.size())
            der = response;
    }
    if (der.isEmpty())
        return ChipCheckVerdict::Invalid;
    const QString digest = digestForSignatureAlgorithm(signatureAlgorithmOid);
    if (!digest.isEmpty())
        return verifyEcdsa(key.get(), digest.toLatin1().constData(), challenge, der) ? ChipCheckVerdict::Valid
                                                                                     : ChipCheckVerdict::Invalid;
    for (const char* d : {"SHA256", "SHA1", "SHA224", "SHA384", "SHA512"}) {
        if (verifyEcdsa(key.get(), d, challenge, der))
            return ChipCheckVerdict::Valid;
    }
    return ChipCheckVerdict::Invalid;
}

Result<QByteArray> ActiveAuthenticator::sign(const QByteArray& privateKeyDer, const QByteArray& challenge,
                                             const QString& digest)
{
    const auto* p = reinterpret_cast<const uchar*>(privateKeyDer.constData());
    EvpPkeyPtr key(d2i_AutoPrivateKey(nullptr, &p, long(privateKeyDer.size())));
    if (!key)
        return malformedData(CardTr::tr("The active authentication key cannot be loaded."),
                             QStringLiteral("AA: private key"));
    const QByteArray digestName = digest.toLatin1();
    const EVP_MD* md = EVP_get_digestbyname(digestName.constData());
    if (!md)
        return cryptoFailure("AA: unknown digest");

    if (EVP_PKEY_get_base_id(key.get()) == EVP_PKEY_RSA) {
        const int k = EVP_PKEY_get_size(key.get());
        const int hashLength = EVP_MD_get_size(md);
        QByteArray trailer;
        if (digest == QLatin1String("SHA1")) {
            trailer = QByteArray(1, char(0xBC));
        } else {
            for (const auto& h : iso9796Hashes) {
                if (digest == QLatin1String(h.name))
                    trailer = QByteArray(1, char(h.id)) + QByteArray(1, char(0xCC));
            }
        }
        const int m1Length = k - 1 - hashLength - int(trailer.size());
        if (trailer.isEmpty() || m1Length < 8)
            return cryptoFailure("AA: RSA key too small for ISO 9796-2");
        QByteArray m1(m1Length, '\0');
        RAND_bytes(reinterpret_cast<uchar*>(m1.data()), m1Length);
        const QByteArray m =
            QByteArray(1, char(0x6A)) + m1 + digestBytes(digestName.constData(), m1 + challenge) + trailer;
        EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new(key.get(), nullptr));
        QByteArray s(k, '\0');
        size_t length = size_t(k);
        if (!ctx || EVP_PKEY_sign_init(ctx.get()) != 1 ||
            EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_NO_PADDING) != 1 ||
            EVP_PKEY_sign(ctx.get(), reinterpret_cast<uchar*>(s.data()), &length,
                          reinterpret_cast<const uchar*>(m.constData()), size_t(m.size())) != 1)
            return cryptoFailure("AA: RSA private operation");
        const QByteArray other = complement(key.get(), s);
        return (!other.isEmpty() && other < s) ? other : s;
    }

    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    size_t length = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, md, nullptr, key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &length, reinterpret_cast<const uchar*>(challenge.constData()),
                       size_t(challenge.size())) != 1)
        return cryptoFailure("AA: ECDSA sign");
    QByteArray der(qsizetype(length), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<uchar*>(der.data()), &length,
                       reinterpret_cast<const uchar*>(challenge.constData()), size_t(challenge.size())) != 1)
        return cryptoFailure("AA: ECDSA sign");
    der.resize(qsizetype(length));
    const auto* q = reinterpret_cast<const uchar*>(der.constData());
    EcdsaSigPtr sig(d2i_ECDSA_SIG(nullptr, &q, long(der.size())));
    if (!sig)
        return cryptoFailure("AA: ECDSA signature");
    BIGNUM* order = nullptr;
    EVP_PKEY_get_bn_param(key.get(), OSSL_PKEY_PARAM_EC_ORDER, &order);
    BigNumPtr orderOwner(order);
    const int size = order ? BN_num_bytes(order) : (EVP_PKEY_get_bits(key.get()) + 7) / 8;
    QByteArray plain(2 * size, '\0');
    if (BN_bn2binpad(ECDSA_SIG_get0_r(sig.get()), reinterpret_cast<uchar*>(plain.data()), size) != size ||
        BN_bn2binpad(ECDSA_SIG_get0_s(sig.get()), reinterpret_cast<uchar*>(plain.data()) + size, size) != size)
        return cryptoFailure("AA: ECDSA signature size");
    return plain;
}

} // namespace motcua::card
