#include "PasswordHasher.h"

#include <argon2.h>
#include <openssl/rand.h>

#include <vector>

namespace motcua {

namespace {
// OWASP's Argon2id baseline: 19 MiB, 2 passes, 1 lane — ~50 ms here, hard enough for offline guessing.
constexpr uint32_t kTimeCost = 2;
constexpr uint32_t kMemoryKiB = 19 * 1024;
constexpr uint32_t kLanes = 1;
constexpr size_t kSaltLength = 16;
constexpr size_t kHashLength = 32;
} // namespace

QString PasswordHasher::hash(const QString& password)
{
    const QByteArray pw = password.normalized(QString::NormalizationForm_C).toUtf8();
    unsigned char salt[kSaltLength];
    RAND_bytes(salt, sizeof salt);
    const size_t encodedLength = argon2_encodedlen(kTimeCost, kMemoryKiB, kLanes, kSaltLength, kHashLength, Argon2_id);
    std::vector<char> encoded(encodedLength);
    const int rc = argon2id_hash_encoded(kTimeCost, kMemoryKiB, kLanes, pw.constData(), size_t(pw.size()), salt,
                                         kSaltLength, kHashLength, encoded.data(), encoded.size());
    if (rc != ARGON2_OK)
        return {};
    return QString::fromLatin1(encoded.data());
}

bool PasswordHasher::verify(const QString& password, const QString& encoded)
{
    if (!encoded.startsWith(QLatin1String("$argon2id$")))
        return false;
    const QByteArray pw = password.normalized(QString::NormalizationForm_C).toUtf8();
    const QByteArray enc = encoded.toLatin1();
    return argon2id_verify(enc.constData(), pw.constData(), size_t(pw.size())) == ARGON2_OK;
}

QByteArray PasswordHasher::deriveKey(const QByteArray& secret, const QByteArray& salt, int length)
{
    QByteArray out(length, '\0');
    const int rc = argon2id_hash_raw(3, 64 * 1024, kLanes, secret.constData(), size_t(secret.size()), salt.constData(),
                                     size_t(salt.size()), out.data(), size_t(out.size()));
    if (rc != ARGON2_OK)
        return {};
    return out;
}

} // namespace motcua
