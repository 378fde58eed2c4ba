#include "Vault.h"

#include "Database.h"
#include "KeyEncryptionKey.h"
#include "Logging.h"

#include <QDateTime>
#include <QSqlQuery>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <algorithm>
#include <memory>

namespace motcua {

namespace {
constexpr char kFormat = 1;
constexpr int kNonceLength = 12;
constexpr int kTagLength = 16;
constexpr int kKeyLength = 32;
const QByteArray kWrapContext = QByteArrayLiteral("motcua.vault.datakey");

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char* u(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}

QByteArray randomBytes(int n)
{
    QByteArray out(n, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), n) != 1)
        return {};
    return out;
}
} // namespace

Vault::Vault(QByteArray dataKey) : m_dataKey(std::move(dataKey)) {}

Vault::~Vault()
{
    OPENSSL_cleanse(m_dataKey.data(), size_t(m_dataKey.size()));
}

Result<QByteArray> Vault::aesGcmEncrypt(const QByteArray& key, const QByteArray& plaintext, const QByteArray& aad)
{
    if (key.size() != kKeyLength)
        return Status::failed(tr("The encryption key is not valid."));
    const QByteArray nonce = randomBytes(kNonceLength);
    CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    QByteArray out;
    out.reserve(1 + kNonceLength + plaintext.size() + kTagLength);
    out.append(kFormat);
    out.append(nonce);
    out.resize(1 + kNonceLength + plaintext.size());
    int len = 0;
    bool ok = ctx && !nonce.isEmpty() &&
              EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
              EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceLength, nullptr) == 1 &&
              EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, u(key), u(nonce)) == 1 &&
              EVP_EncryptUpdate(ctx.get(), nullptr, &len, u(aad), int(aad.size())) == 1;
    if (ok && !plaintext.isEmpty())
        ok = EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(out.data()) + 1 + kNonceLength, &len,
                               u(plaintext), int(plaintext.size())) == 1;
    unsigned char tag[kTagLength];
    ok = ok && EVP_EncryptFinal_ex(ctx.get(), tag, &len) == 1 &&
         EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagLength, tag) == 1;
    if (!ok)
        return Status::failed(tr("Encrypting the data failed."));
    out.append(reinterpret_cast<const char*>(tag), kTagLength);
    return out;
}

Result<QByteArray> Vault::aesGcmDecrypt(const QByteArray& key, const QByteArray& sealed, const QByteArray& aad)
{
    if (key.size() != kKeyLength || sealed.size() < 1 + kNonceLength + kTagLength || sealed.at(0) != kFormat)
        return Status{Status::Code::SecurityCheckFailed, tr("Protected data is damaged or was not made here.")};
    const QByteArray nonce = sealed.mid(1, kNonceLength);
    const QByteArray cipher = sealed.mid(1 + kNonceLength, sealed.size() - 1 - kNonceLength - kTagLength);
    QByteArray tag = sealed.right(kTagLength);
    QByteArray out(cipher.size(), '\0');
    CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int len = 0;
    bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
              EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceLength, nullptr) == 1 &&
              EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, u(key), u(nonce)) == 1 &&
              EVP_DecryptUpdate(ctx.get(), nullptr, &len, u(aad), int(aad.size())) == 1;
    if (ok && !cipher.isEmpty())
        ok = EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &len, u(cipher),
                               int(cipher.size())) == 1;
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagLength, tag.data()) == 1 &&
         EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(out.data()) + out.size(), &len) == 1;
    if (!ok) {
        OPENSSL_cleanse(out.data(), size_t(out.size()));
        return Status{Status::Code::SecurityCheckFailed,
                      tr("Protected data cannot be decrypted: it was changed, or the key is wrong.")};
    }
    return out;
}

Result<std::unique_ptr<Vault>> Vault::open(Database& db, KeyEncryptionKey& kek)
{
    QSqlQuery q = db.query();
    if (!q.exec(QStringLiteral("SELECT method, salt, wrapped_key FROM vault_keys ORDER BY id DESC LIMIT 1")))
        return Status::failed(tr("The vault cannot be read."));
    if (q.next()) {
        const QString method = q.value(0).toString();
        if (method != kek.method())
            return Status{
                Status::Code::PermissionDenied,
                tr("The vault of this database is protected by the method \"%1\"; provide that key.").arg(method)};
        Result<QByteArray> key = kek.key(q.value(1).toByteArray(), false);
        if (!key)
            return key.status();
        Result<QByteArray> dataKey = aesGcmDecrypt(*key, q.value(2).toByteArray(), kWrapContext);
        if (!dataKey)
            return Status{Status::Code::SecurityCheckFailed,
                          tr("The vault key does not open this database's vault. Use the key it was created with.")};
        return std::unique_ptr<Vault>(new Vault(*dataKey));
    }
    // First use: a fresh random data key, stored only wrapped.
    const QByteArray salt = randomBytes(16);
    Result<QByteArray> key = kek.key(salt, true);
    if (!key)
        return key.status();
    const QByteArray dataKey = randomBytes(kKeyLength);
    Result<QByteArray> wrapped = aesGcmEncrypt(*key, dataKey, kWrapContext);
    if (!wrapped)
        return wrapped.status();
    q.prepare(QStringLiteral("INSERT INTO vault_keys(method, salt, wrapped_key, created_at) VALUES(?, ?, ?, ?)"));
    q.addBindValue(kek.method());
    q.addBindValue(salt);
    q.addBindValue(*wrapped);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (Status s = db.exec(q, "store vault key"); !s)
        return s;
    qCInfo(lcVault) << "created vault data key, method" << kek.method();
    return std::unique_ptr<Vault>(new Vault(dataKey));
}

Result<QByteArray> Vault::seal(const QByteArray& plaintext, const QByteArray& context) const
{
    return aesGcmEncrypt(m_dataKey, plaintext, context);
}

std::unique_ptr<Vault::BulkSealer> Vault::bulkSealer() const
{
    std::unique_ptr<BulkSealer> sealer(new BulkSealer);
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    sealer->m_ctx = ctx;
    if (!ctx || m_dataKey.size() != kKeyLength ||
        EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, kNonceLength, nullptr) != 1 ||
        EVP_EncryptInit_ex(ctx, nullptr, nullptr, u(m_dataKey), nullptr) != 1 || !sealer->renewPrefix())
        return nullptr;
    return sealer;
}

Vault::BulkSealer::~BulkSealer()
{
    EVP_CIPHER_CTX_free(static_cast<EVP_CIPHER_CTX*>(m_ctx));
}

bool Vault::BulkSealer::renewPrefix()
{
    // 8 random bytes, then a counter from a random start: nonces never repeat within a sealer, and two
    // sealers share a prefix with probability 2^-64.
    if (RAND_bytes(m_nonce, kNonceLength) != 1)
        return false;
    m_left = 0xffffffffu -
             (quint32(m_nonce[8]) << 24 | quint32(m_nonce[9]) << 16 | quint32(m_nonce[10]) << 8 | quint32(m_nonce[11]));
    return true;
}

bool Vault::BulkSealer::seal(const QByteArray& plaintext, const QByteArray& context, QByteArray* out)
{
    if (m_left == 0 && !renewPrefix())
        return false;
    --m_left;
    for (int i = kNonceLength - 1; i >= 8 && ++m_nonce[i] == 0; --i) {
    }
    auto* ctx = static_cast<EVP_CIPHER_CTX*>(m_ctx);
    out->resize(1 + kNonceLength + plaintext.size() + kTagLength);
    auto* o = reinterpret_cast<unsigned char*>(out->data());
    o[0] = kFormat;
    std::copy(m_nonce, m_nonce + kNonceLength, o + 1);
    int len = 0;
    bool ok = EVP_EncryptInit_ex(ctx, nullptr, nullptr, nullptr, m_nonce) == 1 &&
              EVP_EncryptUpdate(ctx, nullptr, &len, u(context), int(context.size())) == 1;
    if (ok && !plaintext.isEmpty())
        ok = EVP_EncryptUpdate(ctx, o + 1 + kNonceLength, &len, u(plaintext), int(plaintext.size())) == 1;
    return ok && EVP_EncryptFinal_ex(ctx, o + 1 + kNonceLength + plaintext.size(), &len) == 1 &&
           EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, kTagLength, o + 1 + kNonceLength + plaintext.size()) == 1;
}

Result<QByteArray> Vault::unseal(const QByteArray& sealed, const QByteArray& context) const
{
    return aesGcmDecrypt(m_dataKey, sealed, context);
}

Result<QString> Vault::sealText(const QString& text, const QByteArray& context) const
{
    Result<QByteArray> r = seal(text.normalized(QString::NormalizationForm_C).toUtf8(), context);
    if (!r)
        return r.status();
    return QString::fromLatin1(r->toBase64());
}

Result<QString> Vault::unsealText(const QString& sealedBase64, const QByteArray& context) const
{
    Result<QByteArray> r = unseal(QByteArray::fromBase64(sealedBase64.toLatin1()), context);
    if (!r)
        return r.status();
    return QString::fromUtf8(*r);
}

} // namespace motcua
