#pragma once

#include "Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace motcua {

/// Where the key that wraps the vault's data key comes from: OS keyring, passphrase or root-only key file.
class KeyEncryptionKey
{
public:
    virtual ~KeyEncryptionKey() = default;
    /// Stable name stored with the wrapped key ("keyring", "passphrase", "keyfile").
    virtual QString method() const = 0;
    /// The 32-byte key. `salt` is the per-database salt stored beside the wrapped key.
    virtual Result<QByteArray> key(const QByteArray& salt, bool create) = 0;
};

/// A 32-byte random key in a file readable by its owner only (headless and demo installations).
class KeyFileKek : public KeyEncryptionKey
{
    Q_DECLARE_TR_FUNCTIONS(motcua::KeyFileKek)

public:
    explicit KeyFileKek(QString path) : m_path(std::move(path)) {}
    QString method() const override { return QStringLiteral("keyfile"); }
    Result<QByteArray> key(const QByteArray& salt, bool create) override;

private:
    QString m_path;
};

/// A key derived with Argon2id from an administrator's passphrase.
class PassphraseKek : public KeyEncryptionKey
{
public:
    explicit PassphraseKek(QString passphrase) : m_passphrase(std::move(passphrase)) {}
    QString method() const override { return QStringLiteral("passphrase"); }
    Result<QByteArray> key(const QByteArray& salt, bool create) override;

private:
    QString m_passphrase;
};

/// A random key kept in the desktop keyring (Secret Service) through QtKeychain.
class KeyringKek : public KeyEncryptionKey
{
    Q_DECLARE_TR_FUNCTIONS(motcua::KeyringKek)

public:
    explicit KeyringKek(QString entryName) : m_entry(std::move(entryName)) {}
    QString method() const override { return QStringLiteral("keyring"); }
    Result<QByteArray> key(const QByteArray& salt, bool create) override;
    static bool isSupported();

private:
    QString m_entry;
};

} // namespace motcua
