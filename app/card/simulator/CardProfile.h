#pragma once

#include "Status.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace motcua::card {

/// What a simulated card holds and how it misbehaves, loaded from a JSON profile (tests/fixtures/card/*.json).
struct CardProfile
{
    struct Holder
    {
        QString idNumber; ///< 12 digits; the CAN is its last six, the MRZ document number its last nine
        QString fullName;
        QDate dateOfBirth;
        QString sex; ///< "M" or "F"
        QString nationality;
        QString ethnicity;
        QString religion;
        QString placeOfOrigin;
        QString placeOfResidence;
        QString identifyingMarks;
        QDate issueDate;
        QDate expiryDate; ///< invalid = no expiry ("Không thời hạn", MRZ 991231)
        QString fatherName;
        QString motherName;
        QString spouseName;
        QString oldIdNumber;
        bool parentsInOneSequence = true; ///< DG13 field 13: one SEQUENCE with both names, or two
        QString mrzName;                  ///< "NGUYEN<<VAN<AN"; derived from fullName when empty
    };

    struct Faults
    {
        int tamperDataGroup = 0;        ///< serve this DG modified after the SOD was signed
        bool untrustedSigner = false;   ///< sign the SOD with a throw-away self-signed document signer
        bool cloneWrongAaKey = false;   ///< DG15 holds the genuine key, the chip signs with another one
        bool cloneWrongChipKey = false; ///< DG14 holds the genuine CA key, the chip computes with another one
        int removeAfterApdus = -1;      ///< close the vpcd link after this many APDUs (a removal)
        int reinsertAfterMs = -1;       ///< come back after a removal (−1: stay removed)
        int slowAnswerMs = 0;           ///< delay before every answer
        bool refusePace = false;        ///< announce PACE in EF.CardAccess but answer MSE:Set AT with 6982
        int getResponseChunk = 0; ///< answer at most this many bytes, the rest via 61xx + GET RESPONSE (T=0 style)
    };

    QString name;
    Holder holder;
    QString portraitPath;          ///< JPEG (or JPEG 2000) file for DG2
    QString documentSignerKeyPath; ///< PEM private key of the document signer
    QString documentSignerCertPath;
    QString activeAuthKeyPath; ///< empty: no DG15, no active authentication
    QString cloneAaKeyPath;    ///< the key a clone signs with (fault cloneWrongAaKey)
    bool offerPace = true;
    bool offerBac = true;
    bool extendedLength = true;
    bool chipAuthentication = true; ///< DG14 offers CA-ECDH-AES-128 on brainpoolP256r1 and the chip performs it
    int maxLe = 65536;              ///< largest response data a READ BINARY returns (before secure messaging)
    QString can;                    ///< defaults to the last six digits of the ID number
    Faults faults;

    /// Loads a profile; relative file paths are resolved against `keyDir` when given and the file exists there,
    /// else against the profile's own folder. Errors are InputRejected naming the field.
    static Result<CardProfile> load(const QString& path, const QString& keyDir = {});

    /// MRZ document number (last nine digits of the ID) and the BAC/PACE MRZ dates (YYMMDD).
    QString documentNumber() const { return holder.idNumber.right(9); }
    QString mrzDateOfBirth() const { return holder.dateOfBirth.toString(QStringLiteral("yyMMdd")); }
    QString mrzDateOfExpiry() const
    {
        return holder.expiryDate.isValid() ? holder.expiryDate.toString(QStringLiteral("yyMMdd"))
                                           : QStringLiteral("991231");
    }
};

} // namespace motcua::card
