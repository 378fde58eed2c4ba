#include "CardImage.h"

#include "CardErrors.h"
#include "SodSigner.h"
#include "crypto/EcCurve.h"
#include "lds/Dg1.h"
#include "lds/Dg13.h"
#include "lds/Dg15.h"
#include "lds/Dg2.h"
#include "lds/LdsFiles.h"
#include "lds/Mrz.h"
#include "tlv/DerWriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImageReader>

namespace motcua::card {

namespace {

// The EF.CardAccess published for CCCD cards: TA v1, CA ECDH AES-128 v1, PACE ECDH-GM AES-128 v2 with parameter 13.
constexpr const char* kCccdCardAccess =
    "3134300d060804007f0007020202020101300f060a04007f000702020302020201013012060a0400"
    "7f0007020204020202010202010d";
constexpr const char* kAaInfoOid = "2.23.136.1.1.5";
constexpr const char* kCaEcdhAes128Oid = "0.4.0.127.0.7.2.2.3.2.2";
constexpr const char* kPkEcdhOid = "0.4.0.127.0.7.2.2.1.2";
constexpr int kChipAuthParameterId = 13; // brainpoolP256r1, as the CCCD's EF.CardAccess announces
constexpr const char* kEcdsaPlainSha256 = "0.4.0.127.0.7.1.1.4.1.3";

QString fill(QString s, int width)
{
    return s.left(width).leftJustified(width, QLatin1Char('<'));
}

QChar digit(const QString& field)
{
    return QChar(QLatin1Char(char('0' + Mrz::checkDigit(field))));
}

HolderData holderData(const CardProfile::Holder& h)
{
    HolderData d;
    d.idNumber = h.idNumber;
    d.fullName = h.fullName;
    d.dateOfBirth = h.dateOfBirth;
    d.sex = h.sex;
    d.nationality = h.nationality;
    d.ethnicity = h.ethnicity;
    d.religion = h.religion;
    d.placeOfOrigin = h.placeOfOrigin;
    d.placeOfResidence = h.placeOfResidence;
    d.identifyingMarks = h.identifyingMarks;
    d.issueDate = h.issueDate;
    if (h.expiryDate.isValid())
        d.expiryDate = h.expiryDate;
    d.fatherName = h.fatherName;
    d.motherName = h.motherName;
    d.spouseName = h.spouseName;
    d.oldIdNumber = h.oldIdNumber;
    return d;
}

Result<QByteArray> readFile(const QString& path, const char* what)
{
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly))
        return malformedData(CardTr::tr("The card profile's file %1 cannot be read.").arg(path),
                             QString::fromLatin1(what));
    return f.readAll();
}

QByteArray efCom(const QList<int>& dataGroups)
{
    QByteArray tags;
    for (int dg : dataGroups)
        tags.append(char(LdsFiles::dataGroupTag(dg)));
    return DerWriter::tlv(LdsFiles::ComTag, DerWriter::tlv(0x5F01, QByteArrayLiteral("0107")) +
                                                DerWriter::tlv(0x5F36, QByteArrayLiteral("040000")) +
                                                DerWriter::tlv(0x5C, tags));
}

QByteArray tamper(int dg, QByteArray content, const QString& residence)
{
    // Change one ASCII character of the residence, keeping every length: what a forger editing DG13 would do.
    const int at = dg == 13 ? int(content.indexOf(residence.toUtf8())) : -1;
    if (at >= 0) {
        for (int i = at; i < at + residence.toUtf8().size(); ++i) {
            const char c = content[i];
            if (c >= '0' && c <= '9') {
                content[i] = char('0' + (c - '0' + 1) % 10);
                return content;
            }
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                content[i] = char(c ^ 0x20);
                return content;
            }
        }
    }
    content[content.size() / 2] = char(content[content.size() / 2] ^ 0x01);
    return content;
}

} // namespace

QString CardImage::mrzName(const QString& fullName)
{
    QString plain;
    for (const QChar c : fullName.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x0110) || c == QChar(0x0111))
            plain += QLatin1Char('D');
        else
            plain += c.toUpper();
    }
    QStringList words = plain.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    const QString surname = words.takeFirst();
    return surname + QStringLiteral("<<") + words.join(QLatin1Char('<'));
}

QString CardImage::mrzText(const CardProfile& p)
{
    const QString docNo = p.documentNumber();
    const QString line1Optional = p.holder.idNumber + QStringLiteral("<<") + digit(p.holder.idNumber);
    const QString line1 = QStringLiteral("IDVNM") + docNo + digit(docNo) + fill(line1Optional, 15);
    const QString dob = p.mrzDateOfBirth();
    const QString expiry = p.mrzDateOfExpiry();
    QString line2 = dob + digit(dob) + p.holder.sex + expiry + digit(expiry) + QStringLiteral("VNM") + fill({}, 11);
    const QString composite = line1.mid(5, 25) + line2.mid(0, 7) + line2.mid(8, 7) + line2.mid(18, 11);
    line2 += digit(composite);
    const QString name = p.holder.mrzName.isEmpty() ? mrzName(p.holder.fullName) : p.holder.mrzName;
    return line1 + line2 + fill(name, 30);
}

Result<CardImage> CardImage::build(const CardProfile& profile)
{
    CardImage image;
    if (profile.offerPace)
        image.cardAccess = QByteArray::fromHex(kCccdCardAccess);

    QMap<int, QByteArray> groups;
    groups[1] = Dg1::encode(mrzText(profile));

    auto portrait = readFile(profile.portraitPath, "portrait");
    if (!portrait)
        return portrait.status();
    QImageReader reader(profile.portraitPath);
    const QSize size = reader.size();
    const bool jp2 = profile.portraitPath.endsWith(QLatin1String(".jp2"), Qt::CaseInsensitive);
    groups[2] = Dg2::encode(*portrait, jp2, size.width(), size.height());
    groups[13] = Dg13::encode(holderData(profile.holder), profile.holder.parentsInOneSequence);

    QList<QByteArray> securityInfos;
    if (!profile.activeAuthKeyPath.isEmpty()) {
        auto genuine = SodSigner::loadPrivateKey(profile.activeAuthKeyPath);
        if (!genuine)
            return genuine.status();
        groups[15] = Dg15::encode(genuine->publicKeyInfo);
        image.activeAuthKeyDer = genuine->privateKeyDer;
        image.activeAuthDigest = genuine->isEc ? QStringLiteral("SHA256") : QStringLiteral("SHA1");
        if (genuine->isEc) // DG14 names the ECDSA algorithm of active authentication
            securityInfos << DerWriter::sequence({DerWriter::objectIdentifier(QLatin1String(kAaInfoOid)),
                                                  DerWriter::integer(1),
                                                  DerWriter::objectIdentifier(QLatin1String(kEcdsaPlainSha256))});
        if (profile.faults.cloneWrongAaKey) {
            // A clone copies DG15 but not the chip's private key.
            auto cloneKey = profile.cloneAaKeyPath.isEmpty() ? SodSigner::generateKeyLike(*genuine)
                                                             : SodSigner::loadPrivateKey(profile.cloneAaKeyPath);
            if (!cloneKey)
                return cloneKey.status();
            image.activeAuthKeyDer = cloneKey->privateKeyDer;
        }
    }

    if (profile.chipAuthentication) {
        SodSigner::KeyPair like;
        like.isEc = true;
        like.ecNid = EcCurve::nidForParameterId(kChipAuthParameterId);
        auto genuine = SodSigner::generateKeyLike(like);
        if (!genuine)
            return genuine.status();
        securityInfos << DerWriter::sequence(
            {DerWriter::objectIdentifier(QLatin1String(kCaEcdhAes128Oid)), DerWriter::integer(1)});
        securityInfos << DerWriter::sequence(
            {DerWriter::objectIdentifier(QLatin1String(kPkEcdhOid)), genuine->publicKeyInfo});
        image.chipAuthProtocol = QLatin1String(kCaEcdhAes128Oid);
        image.chipAuthPrivateKey = genuine->privateKeyDer;
        if (profile.faults.cloneWrongChipKey) {
            // A clone has the genuine DG14 but not the chip's private key.
            auto cloneKey = SodSigner::generateKeyLike(like);
            if (!cloneKey)
                return cloneKey.status();
            image.chipAuthPrivateKey = cloneKey->privateKeyDer;
        }
    }
    if (!securityInfos.isEmpty())
        groups[14] = DerWriter::tlv(0x6E, DerWriter::set(securityInfos));

    QMap<int, QByteArray> hashes;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        hashes[it.key()] = QCryptographicHash::hash(it.value(), QCryptographicHash::Sha256);
    auto sod = SodSigner::sign(profile, hashes);
    if (!sod)
        return sod.status();

    if (profile.faults.tamperDataGroup > 0 && groups.contains(profile.faults.tamperDataGroup))
        groups[profile.faults.tamperDataGroup] = tamper(
            profile.faults.tamperDataGroup, groups[profile.faults.tamperDataGroup], profile.holder.placeOfResidence);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        image.files[LdsFiles::dataGroupFid(it.key())] = it.value();
    image.files[LdsFiles::Com] = efCom(groups.keys());
    image.files[LdsFiles::Sod] = *sod;
    return image;
}

} // namespace motcua::card
