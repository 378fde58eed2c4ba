#pragma once

#include "Status.h"

#include <QDateTime>

#include <openssl/x509.h>

namespace motcua::sign {

/// Refuses a signing certificate that is not valid at `when` (expired, not yet valid) or not meant for signing.
Status checkSigningCertificate(X509* cert, const QDateTime& when);

} // namespace motcua::sign
