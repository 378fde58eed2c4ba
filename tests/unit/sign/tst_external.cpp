// Independent checks of our PAdES output (poppler pdfsig + NSS vfychain, openssl cms, qpdf), SoftHSM2 tokens, a
// local `openssl ts` time-stamp authority, and the motcua-cli pdf contract.
#include "PdfSigner.h"
#include "Pkcs11Key.h"
#include "SignTestSupport.h"
#include "TimestampClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QtTest>

using namespace motcua;
using namespace motcua::sign;
using namespace motcua::test;

namespace {

const QString kSoftHsm = QStringLiteral("/usr/lib/softhsm/libsofthsm2.so");

struct Run
{
    int code = -1;
    QString output;
};

Run run(const QString& program, const QStringList& args, const QByteArray& stdinData = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

bool have(const char* tool)
{
    return !QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty();
}

} // namespace

class TestSignExternal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_pki.generate());
        m_nss = m_tmp.filePath(QStringLiteral("nss"));
        QDir().mkpath(m_nss);
        if (have("certutil")) {
            QCOMPARE(
                run(QStringLiteral("certutil"), {QStringLiteral("-N"), QStringLiteral("-d"),
                                                 QStringLiteral("sql:") + m_nss, QStringLiteral("--empty-password")})
                    .code,
                0);
            QCOMPARE(run(QStringLiteral("certutil"),
                         {QStringLiteral("-A"), QStringLiteral("-d"), QStringLiteral("sql:") + m_nss,
                          QStringLiteral("-n"), QStringLiteral("root"), QStringLiteral("-t"), QStringLiteral("CT,C,C"),
                          QStringLiteral("-i"), m_pki.path(QStringLiteral("root.pem"))})
                         .code,
                     0);
        }
        auto officer = m_pki.key(QStringLiteral("officer"));
        auto agency = m_pki.key(QStringLiteral("agency"));
        SignRequest req;
        req.visible = VisibleSignature{2, QRectF(320, 80, 220, 64)};
        req.reason = QStringLiteral("Chứng thực bản sao đúng với bản chính");
        auto once = PdfSigner::sign(samplePdf(2), *officer, req);
        QVERIFY(once);
        req.visible->rect = QRectF(60, 80, 220, 64);
        auto twice = PdfSigner::sign(*once, *agency, req);
        QVERIFY(twice);
        m_signed = m_tmp.filePath(QStringLiteral("signed.pdf"));
        QVERIFY(writeFile(m_signed, *twice));
    }

    void pdfsigSaysValid()
    {
        if (!have("pdfsig") || !have("certutil"))
            QSKIP("poppler-utils / libnss3-tools not installed");
        const Run r = pdfsig(m_signed);
        QCOMPARE(r.output.count(QStringLiteral("Signature is Valid")), 2);
        QVERIFY2(r.output.contains(QStringLiteral("ETSI.CAdES.detached")), qPrintable(r.output));
        QVERIFY(r.output.contains(QStringLiteral("Total document signed")));
        QVERIFY2(!r.output.contains(QStringLiteral("Error")), qPrintable(r.output));
    }

    void inputWithoutInfoDictionary()
    {
        // PoDoFo invents an /Info object in memory for such files; the update must not point at it.
        auto officer = m_pki.key(QStringLiteral("officer"));
        auto agency = m_pki.key(QStringLiteral("agency"));
        SignRequest req;
        req.visible = VisibleSignature{1, QRectF(300, 60, 220, 60)};
        auto once = PdfSigner::sign(minimalPdf(), *officer, req);
        QVERIFY(once);
        auto twice = PdfSigner::sign(*once, *agency, req);
        QVERIFY(twice);
        QVERIFY(!twice->mid(minimalPdf().size()).contains("/Info"));
        const QString path = m_tmp.filePath(QStringLiteral("noinfo.pdf"));
        QVERIFY(writeFile(path, *twice));
        if (have("pdfsig") && have("certutil")) {
            const Run r = pdfsig(path);
            QCOMPARE(r.output.count(QStringLiteral("Signature is Valid")), 2);
            QVERIFY2(!r.output.contains(QStringLiteral("Error")), qPrintable(r.output));
        }
        if (have("qpdf"))
            QCOMPARE(run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}).code, 0);
    }

    void vfychainSaysChainIsGood_data()
    {
        QTest::addColumn<QString>("cert");
        QTest::newRow("officer") << QStringLiteral("officer.pem");
        QTest::newRow("agency") << QStringLiteral("agency.pem");
    }
    void vfychainSaysChainIsGood()
    {
        QFETCH(QString, cert);
        if (!have("vfychain"))
            QSKIP("libnss3-tools not installed");
        const Run r = run(QStringLiteral("vfychain"),
                          {QStringLiteral("-d"), QStringLiteral("sql:") + m_nss, QStringLiteral("-pp"),
                           QStringLiteral("-u"), QStringLiteral("4"), QStringLiteral("-a"), m_pki.path(cert)});
        QVERIFY2(r.output.contains(QStringLiteral("Chain is good")), qPrintable(r.output));
    }

    void opensslCmsVerifiesEachByteRange()
    {
        const QByteArray pdf = readFile(m_signed);
        int checked = 0;
        for (qsizetype at = pdf.indexOf("/ByteRange"); at >= 0; at = pdf.indexOf("/ByteRange", at + 1)) {
            const qsizetype open = pdf.indexOf('[', at), close = pdf.indexOf(']', at);
            const QList<QByteArray> n = pdf.mid(open + 1, close - open - 1).simplified().split(' ');
            const qint64 b = n[1].toLongLong(), c = n[2].toLongLong(), l = n[3].toLongLong();
            const QString sig = m_tmp.filePath(QStringLiteral("sig%1.der").arg(checked));
            const QString content = m_tmp.filePath(QStringLiteral("content%1.bin").arg(checked));
            QVERIFY(writeFile(sig, QByteArray::fromHex(pdf.mid(b + 1, c - b - 2))));
            QVERIFY(writeFile(content, pdf.left(b) + pdf.mid(c, l)));
            const Run r =
                run(QStringLiteral("openssl"),
                    {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-cades"),
                     QStringLiteral("-binary"), QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                     sig, QStringLiteral("-content"), content, QStringLiteral("-CAfile"),
                     m_pki.path(QStringLiteral("root.pem")), QStringLiteral("-purpose"), QStringLiteral("any"),
                     QStringLiteral("-out"), QStringLiteral("/dev/null")});
            QVERIFY2(r.code == 0 && r.output.contains(QStringLiteral("Verification successful")), qPrintable(r.output));
            ++checked;
        }
        QCOMPARE(checked, 2);
    }

    void qpdfCheckPasses()
    {
        if (!have("qpdf"))
            QSKIP("qpdf not installed");
        const Run r = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), m_signed});
        QVERIFY2(r.code == 0, qPrintable(r.output));
    }

    void pdfsigSeesTampering()
    {
        if (!have("pdfsig") || !have("certutil"))
            QSKIP("poppler-utils / libnss3-tools not installed");
        QByteArray pdf = readFile(m_signed);
        const qsizetype at = pdf.indexOf("Giấy") >= 0 ? pdf.size() / 3 : 400;
        pdf[at] = static_cast<char>(pdf[at] ^ 0x01);
        const QString tampered = m_tmp.filePath(QStringLiteral("tampered.pdf"));
        QVERIFY(writeFile(tampered, pdf));
        const Run r = pdfsig(tampered);
        QVERIFY2(r.output.count(QStringLiteral("Signature is Valid")) == 0, qPrintable(r.output));
        QVERIFY(r.output.contains(QStringLiteral("Signature is Invalid")) ||
                r.output.contains(QStringLiteral("Digest Mismatch")));
    }

    void softHsmToken()
    {
        if (!QFile::exists(kSoftHsm) || !have("softhsm2-util") || !have("pkcs11-tool"))
            QSKIP("softhsm2 / opensc not installed");
        QVERIFY(makeToken(QStringLiteral("Officer Token"), QStringLiteral("officer")));
        auto module = Pkcs11Module::load(kSoftHsm);
        QVERIFY2(module, qPrintable(module.status().message()));
        auto tokens = (*module)->tokens();
        QVERIFY(tokens);
        QVERIFY(std::any_of(tokens->cbegin(), tokens->cend(),
                            [](const TokenInfo& t) { return t.label == QStringLiteral("Officer Token"); }));

        auto wrong = Pkcs11Key::open(*module, QStringLiteral("Officer Token"), {}, QStringLiteral("000000"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.status().code(), Status::Code::CardAccessDenied);
        QVERIFY2(wrong.status().message().contains(QStringLiteral("Wrong PIN")), qPrintable(wrong.status().message()));

        auto missing = Pkcs11Key::open(*module, QStringLiteral("No Such Token"), {}, QStringLiteral("123456"));
        QVERIFY(!missing);
        QVERIFY(!(*module)->isPinLocked(QStringLiteral("Officer Token")));

        // The certificates are listed without the PIN (for the operator to choose), then the key opened by CKA_ID.
        auto certs = Pkcs11Key::certificates(**module, QStringLiteral("Officer Token"));
        QVERIFY2(certs, qPrintable(certs.status().message()));
        QCOMPARE(certs->size(), 1);
        QCOMPARE(certs->first().label, QStringLiteral("officer"));
        QCOMPARE(certs->first().id, QByteArray::fromHex("01"));
        QVERIFY(certs->first().notAfter > QDateTime::currentDateTimeUtc());
        QVERIFY(!certs->first().subject.isEmpty());
        auto byId =
            Pkcs11Key::openById(*module, QStringLiteral("Officer Token"), certs->first().id, QStringLiteral("123456"));
        QVERIFY2(byId, qPrintable(byId.status().message()));
        QCOMPARE(commonName((*byId)->certificate()), certs->first().subject);
        QVERIFY(!Pkcs11Key::openById(*module, QStringLiteral("Officer Token"), QByteArray::fromHex("99"),
                                     QStringLiteral("123456")));
        byId->reset();

        for (auto scheme : {SignatureScheme::RsaPkcs1v15, SignatureScheme::RsaPss}) {
            auto key = Pkcs11Key::open(*module, QStringLiteral("Officer Token"), QStringLiteral("officer"),
                                       QStringLiteral("123456"));
            QVERIFY2(key, qPrintable(key.status().message()));
            SignRequest req;
            req.scheme = scheme;
            auto out = PdfSigner::sign(samplePdf(1), **key, req);
            QVERIFY2(out, qPrintable(out.status().message()));
            const auto reports = verifyPdf(*out, m_pki);
            QCOMPARE(reports.size(), 1);
            QCOMPARE(reports[0].status, SignatureStatus::Valid);
            if (have("pdfsig") && scheme == SignatureScheme::RsaPkcs1v15) {
                const QString path = m_tmp.filePath(QStringLiteral("token.pdf"));
                QVERIFY(writeFile(path, *out));
                QVERIFY(pdfsig(path).output.contains(QStringLiteral("Signature is Valid")));
            }
        }
    }

    void softHsmEcdsaToken()
    {
        if (!QFile::exists(kSoftHsm) || !have("softhsm2-util") || !have("pkcs11-tool"))
            QSKIP("softhsm2 / opensc not installed");
        QVERIFY(makeToken(QStringLiteral("Agency Token"), QStringLiteral("agency")));
        auto module = Pkcs11Module::load(kSoftHsm);
        QVERIFY(module);
        auto key = Pkcs11Key::open(*module, QStringLiteral("Agency Token"), {}, QStringLiteral("123456"));
        QVERIFY2(key, qPrintable(key.status().message()));
        auto out = PdfSigner::sign(samplePdf(1), **key, {});
        QVERIFY2(out, qPrintable(out.status().message()));
        const auto reports = verifyPdf(*out, m_pki);
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports[0].status, SignatureStatus::Valid);
    }

    void timestampedSignatureIsBT()
    {
        QProcess tsa;
        tsa.start(QStringLiteral("python3"),
                  {QStringLiteral(MOTCUA_TEST_FIXTURES "/sign/tsa-server.py"), m_pki.path(QString())});
        QVERIFY(tsa.waitForReadyRead(20000));
        const int port = tsa.readLine().trimmed().toInt();
        QVERIFY(port > 0);
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/tsa").arg(port));
        auto officer = m_pki.key(QStringLiteral("officer"));
        auto out = PdfSigner::sign(samplePdf(1), *officer, {},
                                   [url](const QByteArray& v) { return TimestampClient(url).timestamp(v); });
        tsa.kill();
        tsa.waitForFinished();
        QVERIFY2(out, qPrintable(out.status().message()));
        const auto reports = verifyPdf(*out, m_pki);
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports[0].status, SignatureStatus::Valid);
        QCOMPARE(reports[0].level, QStringLiteral("B-T"));
        QVERIFY(reports[0].timestamp);
        QCOMPARE(reports[0].timestamp->status, SignatureStatus::Valid);
        QVERIFY(qAbs(reports[0].timestamp->time.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        if (have("pdfsig")) {
            const QString path = m_tmp.filePath(QStringLiteral("bt.pdf"));
            QVERIFY(writeFile(path, *out));
            QVERIFY(pdfsig(path).output.contains(QStringLiteral("Signature is Valid")));
        }
    }

    void cliContract()
    {
        const QString cli = QStringLiteral(MOTCUA_CLI);
        const QString in = m_tmp.filePath(QStringLiteral("cli-in.pdf")),
                      out = m_tmp.filePath(QStringLiteral("cli.pdf"));
        QVERIFY(writeFile(in, samplePdf(1)));
        Run r = run(cli,
                    {QStringLiteral("pdf"), QStringLiteral("sign"), QStringLiteral("--in"), in, QStringLiteral("--out"),
                     out, QStringLiteral("--p12"), m_pki.path(QStringLiteral("officer.p12")),
                     QStringLiteral("--password-stdin"), QStringLiteral("--visible"), QStringLiteral("1,300,60,220,60"),
                     QStringLiteral("--reason"), QStringLiteral("Chứng thực")},
                    "secret\n");
        QVERIFY2(r.code == 0, qPrintable(r.output));
        QProcess p;
        p.start(cli, {QStringLiteral("pdf"), QStringLiteral("verify"), out, QStringLiteral("--trust"),
                      m_pki.path(QStringLiteral("root.pem")), QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject doc = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const QJsonObject sig = doc.value(QStringLiteral("signatures")).toArray().first().toObject();
        QCOMPARE(sig.value(QStringLiteral("status")).toString(), QStringLiteral("VALID"));
        QCOMPARE(sig.value(QStringLiteral("level")).toString(), QStringLiteral("B-B"));
        QVERIFY(sig.value(QStringLiteral("coversWholeDocument")).toBool());
        QVERIFY(sig.contains(QStringLiteral("timestamp")) && sig.value(QStringLiteral("timestamp")).isNull());
        QVERIFY(sig.value(QStringLiteral("signingTime")).toString().contains(QLatin1Char('T')));

        r = run(cli,
                {QStringLiteral("pdf"), QStringLiteral("sign"), QStringLiteral("--in"), in, QStringLiteral("--out"),
                 out, QStringLiteral("--p12"), m_pki.path(QStringLiteral("officer.p12")),
                 QStringLiteral("--password-stdin")},
                "wrong\n");
        QVERIFY(r.code != 0);
        QByteArray tampered = readFile(out);
        tampered[tampered.size() / 4] = static_cast<char>(tampered[tampered.size() / 4] ^ 0x01);
        QVERIFY(writeFile(out, tampered));
        r = run(cli, {QStringLiteral("pdf"), QStringLiteral("verify"), out, QStringLiteral("--json")});
        QCOMPARE(r.code, 5);
        QVERIFY(writeFile(in, {}));
        r = run(cli, {QStringLiteral("pdf"), QStringLiteral("verify"), in});
        QCOMPARE(r.code, 8);
    }

private:
    Run pdfsig(const QString& file)
    {
        return run(QStringLiteral("pdfsig"),
                   {QStringLiteral("-nssdir"), QStringLiteral("sql:") + m_nss, QStringLiteral("-no-ocsp"), file});
    }

    bool makeToken(const QString& label, const QString& keyName)
    {
        const QString conf = m_tmp.filePath(QStringLiteral("softhsm2.conf"));
        const QString tokens = m_tmp.filePath(QStringLiteral("tokens"));
        QDir().mkpath(tokens);
        if (!QFile::exists(conf)) {
            writeFile(conf, "directories.tokendir = " + tokens.toUtf8() + "\nobjectstore.backend = file\n");
            qputenv("SOFTHSM2_CONF", conf.toUtf8());
        }
        if (run(QStringLiteral("softhsm2-util"),
                {QStringLiteral("--init-token"), QStringLiteral("--free"), QStringLiteral("--label"), label,
                 QStringLiteral("--pin"), QStringLiteral("123456"), QStringLiteral("--so-pin"),
                 QStringLiteral("12345678")})
                .code != 0)
            return false;
        if (run(QStringLiteral("softhsm2-util"),
                {QStringLiteral("--import"), m_pki.path(keyName + QStringLiteral(".pk8")), QStringLiteral("--token"),
                 label, QStringLiteral("--label"), keyName, QStringLiteral("--id"), QStringLiteral("01"),
                 QStringLiteral("--pin"), QStringLiteral("123456")})
                .code != 0)
            return false;
        const Run r = run(QStringLiteral("pkcs11-tool"),
                          {QStringLiteral("--module"), kSoftHsm, QStringLiteral("--token-label"), label,
                           QStringLiteral("--login"), QStringLiteral("--pin"), QStringLiteral("123456"),
                           QStringLiteral("--write-object"), m_pki.path(keyName + QStringLiteral(".der")),
                           QStringLiteral("--type"), QStringLiteral("cert"), QStringLiteral("--id"),
                           QStringLiteral("01"), QStringLiteral("--label"), keyName});
        if (r.code != 0)
            qWarning("%s", qPrintable(r.output));
        return r.code == 0;
    }

    SignPki m_pki;
    QTemporaryDir m_tmp;
    QString m_nss;
    QString m_signed;
};

QTEST_MAIN(TestSignExternal)
#include "tst_external.moc"
