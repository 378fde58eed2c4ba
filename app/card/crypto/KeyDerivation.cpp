#include "KeyDerivation.h"

#include "lds/Mrz.h"

#include <QCryptographicHash>
#include <QStringBuilder>

namespace motcua::card {

QByteArray KeyDerivation::derive(const QByteArray& secret, Purpose purpose, CipherKind kind, int keyBits)
{
    QByteArray input = secret;
    const quint32 c = quint32(purpose);
    input.append(char(c >> 24)).append(char(c >> 16)).append(char(c >> 8)).append(char(c));
    if (kind == CipherKind::TripleDes) {
        QByteArray key = QCryptographicHash::hash(input, QCryptographicHash::Sha1).left(16);
        adjustDesParity(key);
        return key;
    }
    if (keyBits == 128)
        return QCryptographicHash::hash(input, QCryptographicHash::Sha1).left(16);
    return QCryptographicHash::hash(input, QCryptographicHash::Sha256).left(keyBits / 8);
}

QString KeyDerivation::mrzInformation(const QString& documentNumber, const QString& dateOfBirth,
                                      const QString& dateOfExpiry)
{
    QString doc = documentNumber.toUpper();
    while (doc.size() < 9)
        doc.append(QLatin1Char('<'));
    auto digit = [](const QString& field) { return QString::number(Mrz::checkDigit(field)); };
    return doc + digit(doc) + dateOfBirth + digit(dateOfBirth) + dateOfExpiry + digit(dateOfExpiry);
}

QByteArray KeyDerivation::bacKeySeed(const QString& mrzInformation)
{
    return QCryptographicHash::hash(mrzInformation.toLatin1(), QCryptographicHash::Sha1).left(16);
}

QByteArray KeyDerivation::paceKeyFromMrz(const QString& mrzInformation, CipherKind kind, int keyBits)
{
    const QByteArray k = QCryptographicHash::hash(mrzInformation.toLatin1(), QCryptographicHash::Sha1);
    return derive(k, Purpose::Password, kind, keyBits);
}

QByteArray KeyDerivation::paceKeyFromCan(const QString& can, CipherKind kind, int keyBits)
{
    return derive(can.toLatin1(), Purpose::Password, kind, keyBits);
}

void KeyDerivation::adjustDesParity(QByteArray& key)
{
    for (auto& byte : key) {
        quint8 b = quint8(byte) & 0xFE;
        const int ones = qPopulationCount(b);
        byte = char(b | ((ones % 2 == 0) ? 1 : 0));
    }
}

} // namespace motcua::card
