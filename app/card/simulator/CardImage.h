#pragma once

#include "CardProfile.h"
#include "Status.h"

#include <QByteArray>
#include <QMap>

namespace motcua::card {

/// The files and keys of a simulated CCCD, built once from a profile: EF.CardAccess, EF.COM, DG1, DG2, DG13, DG14,
/// DG15 and an EF.SOD signed (CMS) by the profile's document signer over the data groups as served.
struct CardImage
{
    QByteArray cardAccess;           ///< empty when PACE is not offered
    QMap<quint16, QByteArray> files; ///< FID → content of the eMRTD application's files
    QByteArray activeAuthKeyDer;     ///< the private key the chip signs with (DER), empty = no AA
    QString activeAuthDigest;        ///< digest the chip uses for AA ("SHA1" for RSA, "SHA256" for ECDSA)
    QString chipAuthProtocol;        ///< the CA-ECDH protocol OID DG14 announces
    QByteArray chipAuthPrivateKey;   ///< chip authentication key on brainpoolP256r1 (PKCS#8 DER), empty = no CA

    static Result<CardImage> build(const CardProfile& profile);

    /// The TD1 MRZ (90 characters) of a profile, with its check digits.
    static QString mrzText(const CardProfile& profile);
    /// "NGUYỄN VĂN AN" → "NGUYEN<<VAN<AN".
    static QString mrzName(const QString& fullName);
};

} // namespace motcua::card
