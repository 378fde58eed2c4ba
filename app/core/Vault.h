#pragma once

#include "Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace motcua {

class Database;
class KeyEncryptionKey;

/// Encrypts sensitive fields and files (portraits, ethnicity, religion, marks, parents, spouse) with
/// AES-256-GCM under a random data key; the data key is stored only wrapped by a key-encryption key.
class Vault
{
    Q_DECLARE_TR_FUNCTIONS(motcua::Vault)

public:
    ~Vault();
    /// Unwraps the database's data key with `kek`, creating and wrapping a new one on first use.
    static Result<std::unique_ptr<Vault>> open(Database& db, KeyEncryptionKey& kek);

    /// Sealed form: version byte, 12-byte random nonce, ciphertext, 16-byte tag. `context` (for
    /// example "visitor.portrait") is authenticated so a value cannot be moved to another field.
    Result<QByteArray> seal(const QByteArray& plaintext, const QByteArray& context) const;
    Result<QByteArray> unseal(const QByteArray& sealed, const QByteArray& context) const;
    /// Convenience for text fields: NFC UTF-8 in, base64 of the sealed form out.
    Result<QString> sealText(const QString& text, const QByteArray& context) const;
    Result<QString> unsealText(const QString& sealedBase64, const QByteArray& context) const;

    /// Seals many values in a row on one thread (bulk imports): one cipher context keyed once, and nonces
    /// made of a random 8-byte prefix and a 4-byte counter (the deterministic construction of NIST SP
    /// 800-38D, 8.2.1) instead of a random number generator call per value. Same format as seal().
    class BulkSealer
    {
    public:
        ~BulkSealer();
        BulkSealer(const BulkSealer&) = delete;
        BulkSealer& operator=(const BulkSealer&) = delete;
        /// False only if the cipher fails.
        bool seal(const QByteArray& plaintext, const QByteArray& context, QByteArray* out);

    private:
        friend class Vault;
        BulkSealer() = default;
        bool renewPrefix();
        void* m_ctx = nullptr; // EVP_CIPHER_CTX
        unsigned char m_nonce[12] = {};
        quint32 m_left = 0; // nonces left before the prefix is renewed
    };
    /// A sealer for this vault's data key; null if the cipher cannot be set up.
    std::unique_ptr<BulkSealer> bulkSealer() const;

    static Result<QByteArray> aesGcmEncrypt(const QByteArray& key, const QByteArray& plaintext, const QByteArray& aad);
    static Result<QByteArray> aesGcmDecrypt(const QByteArray& key, const QByteArray& sealed, const QByteArray& aad);

private:
    explicit Vault(QByteArray dataKey);
    QByteArray m_dataKey;
};

} // namespace motcua
