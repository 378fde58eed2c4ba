#pragma once

#include "Status.h"

#include <QByteArray>

namespace motcua::card {

/// DG15: 6F { SubjectPublicKeyInfo } – the active authentication public key (RSA or EC).
struct Dg15
{
    enum class KeyType
    {
        Rsa,
        Ec
    };

    QByteArray subjectPublicKeyInfo; ///< DER, checked to load in OpenSSL
    KeyType keyType = KeyType::Rsa;
    int keyBits = 0;

    static Result<Dg15> parse(const QByteArray& raw);
    static QByteArray encode(const QByteArray& subjectPublicKeyInfo);
};

} // namespace motcua::card
