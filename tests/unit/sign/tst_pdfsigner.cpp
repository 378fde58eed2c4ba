// PdfSigner + PdfVerifier with PKCS#12 keys: PAdES shape, second signature, tampering, refusals, bad input.
#include "CadesBuilder.h"
#include "PdfSigner.h"
#include "SignTestSupport.h"

#include <QtTest>

using namespace motcua;
using namespace motcua::sign;
using namespace motcua::test;

class TestPdfSigner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_pki.generate()); }

    void signsRsaAndVerifies()
    {
        auto officer = m_pki.key(QStringLiteral("officer"));
        QVERIFY(officer);
        SignRequest req;
        req.reason = QStringLiteral("Chứng thực bản sao đúng với bản chính");
        req.location = QStringLiteral("Phường Bến Thành");
        req.visible = VisibleSignature{1, QRectF(300, 60, 230, 70)};
        auto out = PdfSigner::sign(samplePdf(), *officer, req);
        QVERIFY2(out, qPrintable(out.status().message()));
        QVERIFY(out->contains("/SubFilter /ETSI.CAdES.detached"));
        QVERIFY(out->contains("/ESIC"));
        const auto reports = verifyPdf(*out, m_pki);
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports[0].status, SignatureStatus::Valid);
        QVERIFY(reports[0].coversWholeDocument);
        QCOMPARE(reports[0].level, QStringLiteral("B-B"));
        QCOMPARE(reports[0].signer, QStringLiteral("Nguyễn Văn Công Chứng"));
        QVERIFY(reports[0].signingTime.isValid());
        QVERIFY(!reports[0].timestamp);
        m_signedOnce = *out;
    }

    void noSigningTimeAttribute()
    {
        QVERIFY(!m_signedOnce.isEmpty());
        // signingTime OID 1.2.840.113549.1.9.5 must not appear; signing-certificate-v2 (…9.16.2.47) must.
        const qsizetype b = m_signedOnce.indexOf("/Contents <") + 11;
        const QByteArray cms = QByteArray::fromHex(m_signedOnce.mid(b, m_signedOnce.indexOf('>', b) - b));
        QVERIFY(!cms.contains(QByteArray::fromHex("06092a864886f70d010905")));
        QVERIFY(cms.contains(QByteArray::fromHex("060b2a864886f70d010910022f")));
    }

    void secondSignatureKeepsFirstValid()
    {
        auto agency = m_pki.key(QStringLiteral("agency"));
        QVERIFY(agency && agency->isEc());
        SignRequest req;
        req.visible = VisibleSignature{1, QRectF(60, 60, 230, 70)};
        auto out = PdfSigner::sign(m_signedOnce, *agency, req);
        QVERIFY2(out, qPrintable(out.status().message()));
        QVERIFY(out->startsWith(m_signedOnce)); // appended, never rewritten
        const auto reports = verifyPdf(*out, m_pki);
        QCOMPARE(reports.size(), 2);
        QCOMPARE(reports[0].status, SignatureStatus::Valid);
        QVERIFY(!reports[0].coversWholeDocument);
        QCOMPARE(reports[1].status, SignatureStatus::Valid);
        QVERIFY(reports[1].coversWholeDocument);
        QCOMPARE(reports[1].signer, QStringLiteral("UBND Phường Bến Thành"));
        m_signedTwice = *out;
    }

    void rsaPss()
    {
        auto officer = m_pki.key(QStringLiteral("officer"));
        SignRequest req;
        req.scheme = SignatureScheme::RsaPss;
        auto out = PdfSigner::sign(samplePdf(1), *officer, req);
        QVERIFY2(out, qPrintable(out.status().message()));
        const auto reports = verifyPdf(*out, m_pki);
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports[0].status, SignatureStatus::Valid);
    }

    void oneByteChangeIsInvalid_data()
    {
        QTest::addColumn<double>("where");
        QTest::newRow("header") << 0.001;
        QTest::newRow("middle") << 0.5;
        QTest::newRow("near end") << 0.999;
    }
    void oneByteChangeIsInvalid()
    {
        QFETCH(double, where);
        QByteArray pdf = m_signedTwice;
        // Change a byte inside the last signature's signed range but outside both /Contents holes.
        const auto reports = verifyPdf(pdf, m_pki);
        QCOMPARE(reports.size(), 2);
        qsizetype at = static_cast<qsizetype>(where * pdf.size());
        const qsizetype hole1 = m_signedTwice.indexOf("/Contents <"), hole2 = m_signedTwice.lastIndexOf("/Contents <");
        for (qsizetype h : {hole1, hole2})
            if (at >= h && at < m_signedTwice.indexOf('>', h + 11) + 1)
                at = h - 3;
        pdf[at] = static_cast<char>(pdf[at] ^ 0x01);
        const auto after = verifyPdf(pdf, m_pki);
        QVERIFY(!after.isEmpty());
        QCOMPARE(after.last().status, SignatureStatus::Invalid);
    }

    void untrustedWithoutAnchors()
    {
        auto r = PdfVerifier().verify(m_signedOnce);
        QVERIFY(r);
        QCOMPARE(r->first().status, SignatureStatus::Untrusted);
    }

    void expiredAndFutureCertificatesRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("expired") << QStringLiteral("expired");
        QTest::newRow("not yet valid") << QStringLiteral("future");
    }
    void expiredAndFutureCertificatesRefused()
    {
        QFETCH(QString, name);
        auto key = m_pki.key(name);
        QVERIFY(key);
        auto out = PdfSigner::sign(samplePdf(1), *key, {});
        QVERIFY(!out);
        QCOMPARE(out.status().code(), Status::Code::SecurityCheckFailed);
    }

    void wrongPasswordRefused()
    {
        auto k = Pkcs12Key::open(m_pki.path(QStringLiteral("officer.p12")), QStringLiteral("wrong"));
        QVERIFY(!k);
        QCOMPARE(k.status().code(), Status::Code::CardAccessDenied);
    }

    void badInputRejected_data()
    {
        QTest::addColumn<QByteArray>("pdf");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not a pdf") << QByteArray("hello world");
        QTest::newRow("truncated") << samplePdf(1).left(300);
        QByteArray garbage = samplePdf(1);
        for (qsizetype i = 20; i < garbage.size(); i += 7)
            garbage[i] = 'x';
        QTest::newRow("garbage") << garbage;
    }
    void badInputRejected()
    {
        QFETCH(QByteArray, pdf);
        auto officer = m_pki.key(QStringLiteral("officer"));
        auto out = PdfSigner::sign(pdf, *officer, {});
        QVERIFY(!out);
        QCOMPARE(out.status().code(), Status::Code::InputRejected);
        QVERIFY(!out.status().message().isEmpty());
    }

    void encryptedRejected()
    {
        QTemporaryDir tmp;
        const QString plain = tmp.filePath(QStringLiteral("plain.pdf")), enc = tmp.filePath(QStringLiteral("enc.pdf"));
        QVERIFY(writeFile(plain, samplePdf(1)));
        if (QProcess::execute(QStringLiteral("qpdf"),
                              {QStringLiteral("--encrypt"), QStringLiteral("user"), QStringLiteral("owner"),
                               QStringLiteral("256"), QStringLiteral("--"), plain, enc}) != 0)
            QSKIP("qpdf is not installed");
        auto officer = m_pki.key(QStringLiteral("officer"));
        auto out = PdfSigner::sign(readFile(enc), *officer, {});
        QVERIFY(!out);
        QCOMPARE(out.status().code(), Status::Code::InputRejected);
    }

    void visibleOnMissingPageRejected()
    {
        auto officer = m_pki.key(QStringLiteral("officer"));
        SignRequest req;
        req.visible = VisibleSignature{9, QRectF(10, 10, 100, 40)};
        auto out = PdfSigner::sign(samplePdf(2), *officer, req);
        QVERIFY(!out);
        QCOMPARE(out.status().code(), Status::Code::InputRejected);
    }

    void signFileIsAtomic()
    {
        QTemporaryDir tmp;
        const QString in = tmp.filePath(QStringLiteral("in.pdf")), out = tmp.filePath(QStringLiteral("out.pdf"));
        QVERIFY(writeFile(in, samplePdf(1)));
        QVERIFY(writeFile(out, "previous content"));
        auto expired = m_pki.key(QStringLiteral("expired"));
        QVERIFY(!PdfSigner::signFile(in, out, *expired, {}));
        QCOMPARE(readFile(out), QByteArray("previous content")); // a refused signature leaves the target alone
        auto officer = m_pki.key(QStringLiteral("officer"));
        QVERIFY(PdfSigner::signFile(in, out, *officer, {}));
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Files).size(), 2); // no temporary file left behind
    }

private:
    SignPki m_pki;
    QByteArray m_signedOnce;
    QByteArray m_signedTwice;
};

QTEST_MAIN(TestPdfSigner)
#include "tst_pdfsigner.moc"
