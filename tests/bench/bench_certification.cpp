// bench_certification: certify and sign (officer + agency, PKCS#12) a 10-page 300-dpi scanned A4 PDF; prints ms p50
// and the bytes the certified copy adds beyond the scanned images. Goals: <= 300 ms, <= 60 KB.
#include "CertificationSchema.h"
#include "CertificationService.h"
#include "CertificationTr.h"
#include "Database.h"
#include "Pkcs12Key.h"
#include "TestWorkstation.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QProcess>

#include <algorithm>
#include <cstdio>

using namespace motcua;
using namespace motcua::certification;

namespace {

/// A page that looks like a scan: off-white paper, lines of dark "text", noise — JPEG at 300 dpi.
QByteArray scanJpeg(int page)
{
    QImage img(2480, 3508, QImage::Format_RGB888);
    img.fill(QColor(246, 244, 238));
    QPainter p(&img);
    p.setPen(QColor(30, 30, 40));
    p.setFont(QFont(QStringLiteral("DejaVu Serif"), 28));
    for (int y = 300; y < 3200; y += 90)
        p.drawText(250, y, QStringLiteral("Trang %1 — bản chính giấy tờ, dòng %2 Ủy ban nhân dân").arg(page).arg(y));
    p.end();
    img.setDotsPerMeterX(11811);
    img.setDotsPerMeterY(11811);
    QByteArray jpeg;
    QBuffer b(&jpeg);
    b.open(QIODevice::WriteOnly);
    img.save(&b, "JPEG", 80);
    return jpeg;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // images and fonts only; no window is shown
    QGuiApplication app(argc, argv);
    test::TestWorkstation tw;
    if (!tw.ws->database().migrate(schemaMigrations()))
        return 1;
    Roles::grant(kPermCertify, {QStringLiteral("certifier")});
    Roles::grant(kPermRegisterRead, {QStringLiteral("certifier")});
    QTemporaryDir dir;
    if (QProcess::execute(QStringLiteral(MOTCUA_SOURCE_DIR "/tests/fixtures/sign/make-sign-pki.sh"),
                          {dir.filePath(QStringLiteral("pki"))}) != 0)
        return 1;
    auto officer = sign::Pkcs12Key::open(dir.filePath(QStringLiteral("pki/officer.p12")), QStringLiteral("secret"));
    auto agency = sign::Pkcs12Key::open(dir.filePath(QStringLiteral("pki/agency.p12")), QStringLiteral("secret"));
    if (!officer || !agency)
        return 1;

    // The input: a 10-page PDF of 300-dpi scans, as the office scanner would deliver it.
    qint64 imageBytes = 0;
    QList<PageItem> scans;
    for (int i = 0; i < 10; ++i) {
        const QByteArray jpeg = scanJpeg(i + 1);
        imageBytes += jpeg.size();
        const QString path = dir.filePath(QStringLiteral("scan%1.jpg").arg(i));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(jpeg);
        f.close();
        scans << PageItem{path, 0, 0, false};
    }
    auto scannedPdf = CertifiedCopyBuilder::assemble(scans);
    if (!scannedPdf)
        return 1;
    const QString input = dir.filePath(QStringLiteral("scanned.pdf"));
    {
        QFile f(input);
        f.open(QIODevice::WriteOnly);
        f.write(*scannedPdf);
    }

    CertificationService service(tw.ws->database(), tw.ws->audit(), tw.clock);
    const Session certifier(7, QStringLiteral("cb"), QStringLiteral("Nguyễn Văn Công Chứng"),
                            QStringLiteral("certifier"));
    QList<qint64> times;
    qint64 outBytes = 0;
    for (int run = 0; run < 9; ++run) {
        QElapsedTimer t;
        t.start();
        auto pages = PageImport::inspect(input);
        CertificationRequest req;
        req.entry.requesterName = QStringLiteral("Trần Thị Bích");
        req.entry.requesterIdNumber = QStringLiteral("079203004512");
        req.entry.documentName = QStringLiteral("Bằng tốt nghiệp");
        req.entry.issuingBody = QStringLiteral("Đại học Quốc gia");
        req.pages = *pages;
        req.officerTitle = QStringLiteral("CÔNG CHỨC TƯ PHÁP - HỘ TỊCH");
        req.agency = QStringLiteral("UBND PHƯỜNG BẾN THÀNH");
        auto r =
            service.certify(certifier, req, {officer->get(), agency->get(), {}}, dir.filePath(QStringLiteral("out")));
        times << t.elapsed();
        if (!r) {
            std::fprintf(stderr, "certify failed: %s\n", qPrintable(r.status().message()));
            return 1;
        }
        outBytes = r->bytes;
    }
    std::sort(times.begin(), times.end());
    std::printf("bench_certification: 10 pages 300 dpi A4, officer RSA-2048 + agency ECDSA P-256 (PKCS#12)\n");
    std::printf("  input scanned PDF: %lld bytes (JPEG data %lld bytes)\n", static_cast<long long>(scannedPdf->size()),
                static_cast<long long>(imageBytes));
    std::printf("  certify+sign: p50 %lld ms (min %lld, max %lld, %lld runs)  goal <= 300 ms\n",
                static_cast<long long>(times[times.size() / 2]), static_cast<long long>(times.first()),
                static_cast<long long>(times.last()), static_cast<long long>(times.size()));
    std::printf("  certified copy: %lld bytes; added beyond the scanned images: %lld bytes  goal <= 61440\n",
                static_cast<long long>(outBytes), static_cast<long long>(outBytes - imageBytes));
    return 0;
}
