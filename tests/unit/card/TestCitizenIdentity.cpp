#include "CccdSamples.h"
#include "CitizenIdentity.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace motcua::card;

class TestCitizenIdentity : public QObject
{
    Q_OBJECT
private:
    static CitizenIdentity sample()
    {
        CitizenIdentity identity;
        identity.holder = cccdHolder();
        identity.mrz = *Mrz::parseTd1(cccdMrz());
        identity.portrait.data = QByteArray("\xFF\xD8\xFF", 3);
        identity.portrait.mimeType = QStringLiteral("image/jpeg");
        identity.portrait.image = QImage(60, 80, QImage::Format_RGB32);
        identity.portrait.sha256 = QCryptographicHash::hash(identity.portrait.data, QCryptographicHash::Sha256);
        identity.security.access = AccessProtocol::Pace;
        identity.security.passiveAuthentication = PassiveAuthenticationStatus::Valid;
        identity.security.documentSignerDn = QStringLiteral("CN=DS,C=VN");
        identity.security.dataGroups = {
            {1, DataGroupVerdict::Valid}, {2, DataGroupVerdict::Valid}, {13, DataGroupVerdict::Valid}};
        identity.security.activeAuthentication = ChipCheckVerdict::Valid;
        identity.stats = {31, 1200, 19000, 850};
        return identity;
    }

private slots:
    void jsonOfTheCardReadCommand()
    {
        const QJsonObject json = sample().toJson();
        QCOMPARE(json.keys(), (QStringList{QStringLiteral("holder"), QStringLiteral("mrz"), QStringLiteral("photo"),
                                           QStringLiteral("security"), QStringLiteral("stats")}));
        const QJsonObject holder = json.value(QStringLiteral("holder")).toObject();
        QCOMPARE(holder.keys().size(), 16);
        QCOMPARE(holder.value(QStringLiteral("idNumber")).toString(), QStringLiteral("001089012345"));
        QCOMPARE(holder.value(QStringLiteral("dateOfBirth")).toString(), QStringLiteral("1989-03-15"));
        QCOMPARE(holder.value(QStringLiteral("sex")).toString(), QStringLiteral("M"));
        QCOMPARE(holder.value(QStringLiteral("expiryDate")).toString(), QStringLiteral("2029-03-15"));
        QCOMPARE(holder.value(QStringLiteral("spouseName")).toString(), QString());
        const QJsonObject mrz = json.value(QStringLiteral("mrz")).toObject();
        QCOMPARE(
            mrz.keys(),
            (QStringList{QStringLiteral("dateOfBirth"), QStringLiteral("dateOfExpiry"), QStringLiteral("documentCode"),
                         QStringLiteral("documentNumber"), QStringLiteral("issuingState"), QStringLiteral("name"),
                         QStringLiteral("nationality"), QStringLiteral("optionalData"), QStringLiteral("sex")}));
        QCOMPARE(mrz.value(QStringLiteral("dateOfBirth")).toString(), QStringLiteral("1989-03-15"));
        QCOMPARE(mrz.value(QStringLiteral("documentNumber")).toString(), QStringLiteral("089012345"));
        const QJsonObject photo = json.value(QStringLiteral("photo")).toObject();
        QCOMPARE(photo.value(QStringLiteral("width")).toInt(), 60);
        QCOMPARE(photo.value(QStringLiteral("sha256")).toString().size(), 64);
        const QJsonObject security = json.value(QStringLiteral("security")).toObject();
        QCOMPARE(security.value(QStringLiteral("access")).toString(), QStringLiteral("PACE"));
        const QJsonObject pa = security.value(QStringLiteral("passiveAuthentication")).toObject();
        QCOMPARE(pa.value(QStringLiteral("status")).toString(), QStringLiteral("VALID"));
        QCOMPARE(pa.value(QStringLiteral("documentSigner")).toString(), QStringLiteral("CN=DS,C=VN"));
        QCOMPARE(pa.value(QStringLiteral("dataGroups")).toObject().value(QStringLiteral("DG13")).toString(),
                 QStringLiteral("VALID"));
        QCOMPARE(security.value(QStringLiteral("activeAuthentication")).toString(), QStringLiteral("VALID"));
        QCOMPARE(security.value(QStringLiteral("chipAuthentication")).toString(), QStringLiteral("NOT_SUPPORTED"));
        const QJsonObject stats = json.value(QStringLiteral("stats")).toObject();
        QCOMPARE(stats.value(QStringLiteral("apdus")).toInt(), 31);
        QCOMPARE(stats.value(QStringLiteral("milliseconds")).toInt(), 850);
    }

    void noExpiryIsNull()
    {
        CitizenIdentity identity = sample();
        identity.holder.expiryDate.reset();
        QVERIFY(
            identity.toJson().value(QStringLiteral("holder")).toObject().value(QStringLiteral("expiryDate")).isNull());
    }

    void chipVerified()
    {
        CitizenIdentity identity = sample();
        QVERIFY(identity.chipVerified());
        identity.security.dataGroups[2] = DataGroupVerdict::Invalid;
        QVERIFY(!identity.chipVerified());
        identity = sample();
        identity.security.passiveAuthentication = PassiveAuthenticationStatus::UntrustedSigner;
        QVERIFY(!identity.chipVerified());
        identity = sample();
        identity.security.activeAuthentication = ChipCheckVerdict::Invalid;
        QVERIFY(!identity.chipVerified());
        identity = sample();
        identity.source = CitizenIdentity::Source::QrCode;
        QVERIFY(!identity.chipVerified());
        QCOMPARE(CitizenIdentity::toString(PassiveAuthenticationStatus::UntrustedSigner),
                 QStringLiteral("UNTRUSTED_SIGNER"));
        QCOMPARE(CitizenIdentity::toString(PassiveAuthenticationStatus::NotChecked), QStringLiteral("NOT_CHECKED"));
    }
};

QTEST_GUILESS_MAIN(TestCitizenIdentity)
#include "TestCitizenIdentity.moc"
