#pragma once

#include <QCoreApplication>
#include <QString>

namespace motcua::certification {

/// Translation context of the certification module.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(motcua::certification)
};

inline const QString kPermCertify = QStringLiteral("certification.certify");
inline const QString kPermRegisterRead = QStringLiteral("certification.register.read");
inline const QString kPermRegisterClose = QStringLiteral("certification.register.close");
/// Settings key: the PKCS#11 driver library of the USB tokens (empty: the usual places).
inline const QString kTokenDriverKey = QStringLiteral("certification/tokenDriver");
/// Opening further register books for a year (the administrator).
inline const QString kPermRegisterBooks = QStringLiteral("certification.register.books");
inline const QString kPermVerify = QStringLiteral("certification.verify");

} // namespace motcua::certification
