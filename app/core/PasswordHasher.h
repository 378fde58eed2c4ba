#pragma once

#include <QByteArray>
#include <QString>

namespace motcua {

/// Argon2id password hashing (libargon2), stored in the PHC string format.
class PasswordHasher
{
public:
    static QString hash(const QString& password);
    static bool verify(const QString& password, const QString& encoded);
    /// Raw Argon2id key derivation, for wrapping keys under a passphrase.
    static QByteArray deriveKey(const QByteArray& secret, const QByteArray& salt, int length = 32);
};

} // namespace motcua
