#include "CardTestUtil.h"
#include "security/MasterList.h"
#include "security/TrustStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using namespace motcua::card;

namespace {
const QString vietnamCsca = QStringLiteral("6b5fa6fe45cc4e855a73760413e08b7a9ac50a27722c702f3909a90facc991bd");
QString trustFile(const char* name)
{
    return QStringLiteral(MOTCUA_TRUST_DIR "/") + QLatin1String(name);
}
QByteArray read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

// The trust anchors shipped in resources/trust: the Vietnamese CSCA and the German master list.
class TestTrustStore : public QObject
{
    Q_OBJECT
private slots:
    void vietnameseCscaDer()
    {
        TrustStore store;
        QVERIFY(store.addFile(trustFile("csca-vietnam-epassport-2022.der")).isOk());
        QCOMPARE(store.count(), 1);
        QCOMPARE(store.fingerprints().first(), vietnamCsca);
    }

    void germanMasterList()
    {
        const QByteArray ml = read(trustFile("de-masterlist.ml"));
        QVERIFY(MasterList::looksLikeMasterList(ml));
        auto certificates = MasterList::parse(ml);
        QVERIFY2(certificates.isOk(), qPrintable(certificates.status().details()));
        QVERIFY2(certificates->size() > 200, qPrintable(QString::number(certificates->size())));
        TrustStore store;
        QVERIFY(store.addPath(trustFile("de-masterlist.ml")).isOk());
        QVERIFY(store.fingerprints().contains(vietnamCsca));
    }

    void folderWithReadme()
    {
        TrustStore store;
        const Status status = store.addPath(QStringLiteral(MOTCUA_TRUST_DIR));
        QVERIFY(status.isOk());
        QVERIFY(store.count() > 200);
        // The Vietnamese CSCA is in both files and stored once.
        QCOMPARE(store.fingerprints().count(vietnamCsca), 1);
    }

    void tamperedMasterListIsRefused()
    {
        QByteArray ml = read(trustFile("de-masterlist.ml"));
        ml[ml.size() / 2] = char(ml.at(ml.size() / 2) ^ 0x01);
        auto certificates = MasterList::parse(ml);
        QVERIFY(!certificates.isOk());
        QVERIFY(certificates.status().code() == Status::Code::SecurityCheckFailed ||
                certificates.status().code() == Status::Code::InputRejected);
    }

    void pemAndGarbage()
    {
        const QByteArray der = read(trustFile("csca-vietnam-epassport-2022.der"));
        const QByteArray pem = "-----BEGIN CERTIFICATE-----\n" + der.toBase64() + "\n-----END CERTIFICATE-----\n";
        TrustStore store;
        QVERIFY(store.addCertificates(pem + pem).isOk());
        QCOMPARE(store.count(), 1);
        QCOMPARE(store.addCertificates("not a certificate").code(), Status::Code::InputRejected);
        QCOMPARE(store.addPath(QStringLiteral("/nonexistent/anchor.pem")).code(), Status::Code::InputRejected);
        QTemporaryDir empty;
        QCOMPARE(store.addDirectory(empty.path()).code(), Status::Code::InputRejected);
        QVERIFY(!MasterList::parseContent(hex("3003020100")).isOk());
        QVERIFY(!MasterList::parse(hex("3000")).isOk());
    }
};

QTEST_GUILESS_MAIN(TestTrustStore)
#include "TestTrustStore.moc"
