#pragma once

#include "CmsVerifier.h"
#include "PdfVerifier.h"
#include "Pkcs12Key.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace motcua::test {

/// The signing tests' PKI (root, officer RSA, agency ECDSA, TSA, expired, future), generated once per test run
/// with the openssl CLI by tests/fixtures/sign/make-sign-pki.sh.
struct SignPki
{
    QTemporaryDir dir;
    QString path(const QString& name) const { return dir.filePath(QStringLiteral("pki/") + name); }

    bool generate()
    {
        QProcess p;
        p.start(QStringLiteral(MOTCUA_TEST_FIXTURES "/sign/make-sign-pki.sh"), {dir.filePath(QStringLiteral("pki"))});
        return p.waitForFinished(120000) && p.exitCode() == 0;
    }
    std::unique_ptr<sign::Pkcs12Key> key(const QString& name) const
    {
        auto k = sign::Pkcs12Key::open(path(name + QStringLiteral(".p12")), QStringLiteral("secret"));
        return k ? std::move(*k) : nullptr;
    }
    std::vector<sign::X509Ptr> roots() const
    {
        return sign::CmsVerifier::loadCertificates(path(QStringLiteral("root.pem")));
    }
};

/// A text PDF of `pages` A4 pages written by Qt (a stand-in for the office's own documents).
inline QByteArray samplePdf(int pages = 2)
{
    QByteArray data;
    {
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72);
        QPainter painter(&writer);
        painter.setFont(QFont(QStringLiteral("DejaVu Serif"), 14));
        for (int i = 0; i < pages; ++i) {
            if (i)
                writer.newPage();
            painter.drawText(72, 100, QStringLiteral("Giấy khai sinh — trang %1").arg(i + 1));
        }
    }
    return data;
}

/// A hand-written one-page PDF with no /Info and no /ID in its trailer (what small tools produce).
inline QByteArray minimalPdf()
{
    const QList<QByteArray> objects = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                       "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                                       "<< /Length 28 >>\nstream\n0 0 1 rg 72 72 200 100 re f\nendstream"};
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << out.size();
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 5\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        out += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    return out + "trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
}

inline QList<sign::SignatureReport> verifyPdf(const QByteArray& pdf, const SignPki& pki)
{
    auto anchors = pki.roots();
    std::vector<X509*> raw;
    for (auto& a : anchors)
        raw.push_back(a.get());
    auto r = sign::PdfVerifier(raw).verify(pdf);
    return r ? *r : QList<sign::SignatureReport>{};
}

inline bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace motcua::test
