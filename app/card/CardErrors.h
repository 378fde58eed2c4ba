#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QString>

namespace motcua::card {

/// Translation context of the card library ("CardTr" in the .ts files, as lupdate names it).
struct CardTr
{
    Q_DECLARE_TR_FUNCTIONS(CardTr)
};

/// Data from the card (or a file, or a QR code) does not have the expected structure.
/// `message` is translated; `details` is technical and never holds personal data.
inline Status malformedData(QString message, QString details = {})
{
    return {Status::Code::InputRejected, std::move(message), std::move(details)};
}

/// A cryptographic check failed: a MAC, a signature, a hash, an authentication token.
inline Status securityCheckFailed(QString message, QString details = {})
{
    return {Status::Code::SecurityCheckFailed, std::move(message), std::move(details)};
}

/// A local cryptographic operation failed for a reason that is not the card's fault (OpenSSL error).
inline Status cryptoFailure(const char* operation)
{
    return Status::failed(CardTr::tr("A cryptographic operation failed unexpectedly."), QString::fromLatin1(operation));
}

} // namespace motcua::card
