// The police unit's signature on the outcome forms: CT04 rendered, signed with a test PKCS#12 key (the signing
// tests' PKI), checked by poppler's pdfsig (valid, whole document) and still readable by pdftotext; CT01 is refused.
#include "FormRenderer.h"
#include "FormSigner.h"
#include "Session.h"
#include "SignTestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace motcua;
using namespace motcua::residence::documents;

namespace {

QString run(const QString& program, const QStringList& args, int* code = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.waitForFinished(60000);
    if (code)
        *code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAll());
}

bool have(const char* tool)
{
    return !QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty();
}

QVariantMap ct04()
{
    return {{QStringLiteral("agency_parent"), QStringLiteral("CÔNG AN THÀNH PHỐ HÀ NỘI")},
            {QStringLiteral("agency"), QStringLiteral("CÔNG AN PHƯỜNG BA ĐÌNH")},
            {QStringLiteral("place_date"), QStringLiteral("Hà Nội, ngày 27 tháng 11 năm 2026")},
            {QStringLiteral("officer_name"), QStringLiteral("Trịnh Quốc Khánh")},
            {QStringLiteral("case_number"), QStringLiteral("2026-000042")},
            {QStringLiteral("procedure_name"), QStringLiteral("Đăng ký thường trú")},
            {QStringLiteral("full_name"), QStringLiteral("Phạm Văn Đức")},
            {QStringLiteral("id_number"), QStringLiteral("027090001234")},
            {QStringLiteral("received_at"), QDateTime(QDate(2026, 11, 27), QTime(9, 5))}};
}

} // namespace

class TestResidenceSigning : public QObject
{
    Q_OBJECT

    test::SignPki m_pki;
    QTemporaryDir m_tmp;

    static Session police()
    {
        // The host grants module permissions from residence.json; this test loads no module.
        Roles::grant(QStringLiteral("residence.intake"), {QStringLiteral("police")});
        Roles::grant(QStringLiteral("residence.decide"), {QStringLiteral("police")});
        return Session(2, QStringLiteral("congan"), QStringLiteral("Công an"), QStringLiteral("police"));
    }

private slots:
    void initTestCase() { QVERIFY(m_pki.generate()); }

    void ct04SignedValidAndReadable()
    {
        QString error;
        QElapsedTimer timer;
        timer.start();
        const QByteArray pdf = FormRenderer::pdf(ResidenceForm::CT04, ct04(), &error);
        const qint64 renderMs = timer.restart();
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        auto key = m_pki.key(QStringLiteral("agency"));
        QVERIFY(key);
        const FormSignature who{QStringLiteral("Công an phường Ba Đình"), QStringLiteral("Hà Nội"),
                                QDateTime::currentDateTime()}; // the test PKI is issued now
        auto signedPdf = FormSigner::sign(police(), pdf, ResidenceForm::CT04, *key, who);
        QVERIFY2(signedPdf, qPrintable(signedPdf.status().message()));
        qInfo("CT04: rendered in %lld ms, signed in %lld ms (%lld → %lld bytes)", renderMs, timer.elapsed(),
              qint64(pdf.size()), qint64(signedPdf->size()));
        QVERIFY(signedPdf->startsWith(pdf)); // one incremental update after the rendered bytes
        QVERIFY(signedPdf->size() > pdf.size());
        const QString path = m_tmp.filePath(QStringLiteral("ct04-signed.pdf"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(*signedPdf);
        }

        // Our own verifier: one signature covering the whole file.
        const auto roots = m_pki.roots();
        std::vector<X509*> anchors;
        for (const auto& r : roots)
            anchors.push_back(r.get());
        auto reports = sign::PdfVerifier(anchors).verify(*signedPdf);
        QVERIFY2(reports, qPrintable(reports.status().message()));
        QCOMPARE(reports->size(), 1);
        QCOMPARE(reports->first().status, sign::SignatureStatus::Valid);
        QVERIFY(reports->first().coversWholeDocument);
        QCOMPARE(reports->first().reason, QStringLiteral("CT04 — Công an phường Ba Đình"));
        QCOMPARE(reports->first().location, QStringLiteral("Hà Nội"));

        if (!have("pdfsig") || !have("certutil"))
            QSKIP("poppler-utils / libnss3-tools not installed");
        const QString nss = m_tmp.filePath(QStringLiteral("nss"));
        QDir().mkpath(nss);
        int code = -1;
        run(QStringLiteral("certutil"),
            {QStringLiteral("-N"), QStringLiteral("-d"), QStringLiteral("sql:") + nss,
             QStringLiteral("--empty-password")},
            &code);
        QCOMPARE(code, 0);
        run(QStringLiteral("certutil"),
            {QStringLiteral("-A"), QStringLiteral("-d"), QStringLiteral("sql:") + nss, QStringLiteral("-n"),
             QStringLiteral("root"), QStringLiteral("-t"), QStringLiteral("CT,C,C"), QStringLiteral("-i"),
             m_pki.path(QStringLiteral("root.pem"))},
            &code);
        QCOMPARE(code, 0);
        const QString sig = run(QStringLiteral("pdfsig"), {QStringLiteral("-nssdir"), QStringLiteral("sql:") + nss,
                                                           QStringLiteral("-no-ocsp"), path});
        QCOMPARE(sig.count(QStringLiteral("Signature is Valid")), 1);
        QVERIFY2(sig.contains(QStringLiteral("Total document signed")), qPrintable(sig));

        if (!have("pdftotext"))
            QSKIP("pdftotext not installed");
        const QString text = run(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")})
                                 .simplified();
        QVERIFY2(text.contains(QStringLiteral("2026-000042")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Phạm Văn Đức")), qPrintable(text));
    }

    void declarationIsNotSignedByTheUnit()
    {
        auto key = m_pki.key(QStringLiteral("agency"));
        QVERIFY(key);
        QVERIFY(!FormSigner::isSigned(ResidenceForm::CT01));
        for (ResidenceForm f : {ResidenceForm::CT03, ResidenceForm::CT04, ResidenceForm::CT05, ResidenceForm::CT06,
                                ResidenceForm::CT07, ResidenceForm::CT08})
            QVERIFY(FormSigner::isSigned(f));
        auto refused = FormSigner::sign(police(), test::samplePdf(1), ResidenceForm::CT01, *key, {});
        QVERIFY(!refused);
        // The front desk may not sign for the police unit: refused before any signing, nothing returned.
        const Session frontDesk(3, QStringLiteral("letan"), QStringLiteral("Lễ tân"), QStringLiteral("frontdesk"));
        auto denied = FormSigner::sign(frontDesk, test::samplePdf(1), ResidenceForm::CT07, *key, {});
        QVERIFY(!denied);
        QCOMPARE(denied.status().code(), Status::Code::PermissionDenied);
    }
};

QTEST_MAIN(TestResidenceSigning)
#include "tst_residence_signing.moc"
