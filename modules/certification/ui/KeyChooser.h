#pragma once

#include "Pkcs11Key.h"
#include "Status.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace motcua::certification {

/// Where one signature's key comes from: a PKCS#12 file, or a certificate on a PKCS#11 token (tokens listed by
/// label). The password or PIN is asked on the GUI thread when the key is opened, once per signature; a wrong PIN
/// says how many tries remain and asks again; the certificate's validity is checked before anything is signed.
class KeyChooser : public QWidget
{
    Q_OBJECT
public:
    /// `role` names the signature in dialogs ("officer", "agency" — already translated).
    KeyChooser(const QString& role, QWidget* parent = nullptr);

    /// The token driver library (from the settings); the token list is read again.
    void setTokenDriver(const QString& libraryPath);
    void setKeyFile(const QString& path);
    bool usesToken() const;

    /// Asks the password/PIN and opens the key; an empty result with an ok status means the operator cancelled.
    Result<std::shared_ptr<sign::SigningKey>> open(const QDateTime& now);

    /// The first existing driver among the usual places (SoftHSM2, OpenSC) when none is configured.
    static QString defaultTokenDriver();

private:
    void refreshTokens();
    void refreshCertificates();
    QString askSecret(const QString& prompt, const QString& warning);

    QString m_role;
    QString m_driverPath;
    std::shared_ptr<sign::Pkcs11Module> m_driver;
    QList<sign::TokenCertificate> m_certs;
    QComboBox* m_source;
    QLineEdit* m_file;
    QComboBox* m_token;
    QComboBox* m_certificate;
};

} // namespace motcua::certification
