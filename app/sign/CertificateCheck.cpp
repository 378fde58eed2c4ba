#include "CertificateCheck.h"

#include "SignTr.h"
#include "SigningKey.h"

#include <openssl/x509v3.h>

namespace motcua::sign {

Status checkSigningCertificate(X509* cert, const QDateTime& when)
{
    if (!cert)
        return Status(Status::Code::InputRejected, Tr::tr("There is no certificate to sign with."));
    const QDateTime notBefore = asn1TimeToDateTime(X509_get0_notBefore(cert));
    const QDateTime notAfter = asn1TimeToDateTime(X509_get0_notAfter(cert));
    const QString fmt = QStringLiteral("dd/MM/yyyy");
    if (notAfter.isValid() && when > notAfter)
        return Status(Status::Code::SecurityCheckFailed,
                      Tr::tr("The signing certificate expired on %1. Renew it before signing.")
                          .arg(notAfter.toLocalTime().toString(fmt)));
    if (notBefore.isValid() && when < notBefore)
        return Status(Status::Code::SecurityCheckFailed,
                      Tr::tr("The signing certificate is not valid before %1. Check the computer's clock.")
                          .arg(notBefore.toLocalTime().toString(fmt)));
    // A certificate restricted to other uses (no digitalSignature nor nonRepudiation) must not sign documents.
    const uint32_t ku = X509_get_key_usage(cert);
    if (ku != UINT32_MAX && !(ku & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)))
        return Status(Status::Code::SecurityCheckFailed, Tr::tr("This certificate is not meant for signing."));
    return Status::ok();
}

} // namespace motcua::sign
