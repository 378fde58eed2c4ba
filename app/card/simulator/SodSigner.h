#pragma once

#include "CardProfile.h"
#include "Status.h"

#include <QByteArray>
#include <QMap>

namespace motcua::card {

/// Key handling and CMS signing for the simulator's EF.SOD (document signer from the profile, or a throw-away
/// self-signed one for the "untrusted signer" fault).
class SodSigner
{
public:
    struct KeyPair
    {
        QByteArray privateKeyDer; ///< PKCS#8 DER
        QByteArray publicKeyInfo; ///< DER SubjectPublicKeyInfo
        bool isEc = false;
        int ecNid = 0;
        int rsaBits = 0;
    };

    static Result<KeyPair> loadPrivateKey(const QString& pemPath);
    /// A fresh key of the same kind (and curve or size) as `like`.
    static Result<KeyPair> generateKeyLike(const KeyPair& like);
    /// 77 { ContentInfo SignedData { LDSSecurityObject with SHA-256 `hashes` } }.
    static Result<QByteArray> sign(const CardProfile& profile, const QMap<int, QByteArray>& sha256Hashes);
};

} // namespace motcua::card
