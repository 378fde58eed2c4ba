#include "KeyEncryptionKey.h"

#include "Logging.h"
#include "PasswordHasher.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <openssl/rand.h>

#ifdef MOTCUA_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace motcua {

namespace {
constexpr int kKeyLength = 32;
}

Result<QByteArray> KeyFileKek::key(const QByteArray& salt, bool create)
{
    Q_UNUSED(salt);
    QFile file(m_path);
    if (file.exists()) {
        // The key file must be the owner's alone; refuse one others could read.
        const QFileDevice::Permissions others =
            QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
        if (file.permissions() & others)
            return Status{Status::Code::SecurityCheckFailed,
                          tr("The vault key file %1 can be read by other users. Make it readable by its owner only "
                             "(chmod 600).")
                              .arg(QDir::toNativeSeparators(m_path))};
        if (!file.open(QIODevice::ReadOnly))
            return Status{Status::Code::PermissionDenied,
                          tr("The vault key file %1 cannot be read.").arg(QDir::toNativeSeparators(m_path))};
        const QByteArray key = QByteArray::fromHex(file.readAll().trimmed());
        if (key.size() != kKeyLength)
            return Status{Status::Code::InputRejected,
                          tr("The vault key file %1 is damaged.").arg(QDir::toNativeSeparators(m_path))};
        return key;
    }
    if (!create)
        return Status{Status::Code::PermissionDenied,
                      tr("The vault key file %1 is missing. Restore it from your backup; without it the protected "
                         "data cannot be read.")
                          .arg(QDir::toNativeSeparators(m_path))};
    QByteArray key(kKeyLength, '\0');
    RAND_bytes(reinterpret_cast<unsigned char*>(key.data()), kKeyLength);
    const QString dir = QFileInfo(m_path).absolutePath();
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly))
        return Status::failed(tr("The vault key file %1 cannot be written.").arg(QDir::toNativeSeparators(m_path)));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(key.toHex());
    if (!out.commit())
        return Status::failed(tr("The vault key file %1 cannot be written.").arg(QDir::toNativeSeparators(m_path)));
    return key;
}

Result<QByteArray> PassphraseKek::key(const QByteArray& salt, bool create)
{
    Q_UNUSED(create);
    if (m_passphrase.size() < 12)
        return Status{Status::Code::InputRejected,
                      QCoreApplication::translate("motcua::PassphraseKek",
                                                  "The vault passphrase must have at least 12 characters.")};
    const QByteArray key = PasswordHasher::deriveKey(m_passphrase.toUtf8(), salt, kKeyLength);
    if (key.isEmpty())
        return Status::failed(QCoreApplication::translate("motcua::PassphraseKek", "Deriving the vault key failed."));
    return key;
}

bool KeyringKek::isSupported()
{
#ifdef MOTCUA_HAVE_KEYCHAIN
    // The Secret Service lives on the session bus; without one (headless, CI) there is no keyring.
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
#else
    return false;
#endif
}

Result<QByteArray> KeyringKek::key(const QByteArray& salt, bool create)
{
    Q_UNUSED(salt);
#ifdef MOTCUA_HAVE_KEYCHAIN
    const QString service = QStringLiteral("vn.motcua.Workstation");
    QKeychain::ReadPasswordJob read(service);
    read.setAutoDelete(false);
    read.setKey(m_entry);
    QEventLoop loop;
    QObject::connect(&read, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    read.start();
    loop.exec();
    if (read.error() == QKeychain::NoError) {
        const QByteArray key = read.binaryData();
        if (key.size() == kKeyLength)
            return key;
    }
    if (!create)
        return Status{Status::Code::PermissionDenied,
                      tr("The vault key is not in the keyring (%1).").arg(read.errorString())};
    QByteArray key(kKeyLength, '\0');
    RAND_bytes(reinterpret_cast<unsigned char*>(key.data()), kKeyLength);
    QKeychain::WritePasswordJob write(service);
    write.setAutoDelete(false);
    write.setKey(m_entry);
    write.setBinaryData(key);
    QObject::connect(&write, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    write.start();
    loop.exec();
    if (write.error() != QKeychain::NoError)
        return Status::failed(tr("The vault key cannot be stored in the keyring (%1).").arg(write.errorString()));
    return key;
#else
    Q_UNUSED(create);
    return Status::failed(tr("This build has no keyring support."));
#endif
}

} // namespace motcua
