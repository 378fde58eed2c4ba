#include "QrCode.h"
#include "VisitorDocuments.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using namespace motcua::visitors;

class TestVisitorDocuments : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;

    static QString pdfText(const QString& file)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file, QStringLiteral("-")});
        p.waitForFinished(20000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    static VisitRow visit()
    {
        VisitRow v;
        v.visitId = 42;
        v.badgeNumber = QStringLiteral("007");
        v.fullName = QStringLiteral("Nguyễn Văn Đức");
        v.hostName = QStringLiteral("Trần Thị Bích");
        v.department = QStringLiteral("Phòng Tổ chức - Hành chính");
        v.checkedInAt = QDateTime(QDate(2026, 3, 2), QTime(9, 5));
        return v;
    }

private slots:
    void qrCode()
    {
        const auto qr = documents::QrCode::encode(VisitorDocuments::badgeQrPayload(visit()));
        QVERIFY(qr.isValid());
        QVERIFY(qr.size() >= 21);
        QVERIFY(qr.module(0, 0) && qr.module(6, 6) && !qr.module(7, 7)); // finder pattern corner
    }

    void badgeAndRegisters()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString outDir = qEnvironmentVariable("MOTCUA_VISITORS_DOC_DIR", dir.path());
        BadgeData badge{visit(), QImage(QStringLiteral(MOTCUA_TEST_FIXTURES "/card/portrait.jpg")),
                        QStringLiteral("UBND Phường Hoàn Kiếm")};
        QVERIFY(!badge.portrait.isNull());
        const QString badgeFile = outDir + QStringLiteral("/badge.pdf");
        QVERIFY(VisitorDocuments::writeBadge(badgeFile, badge));
        const QString badgeText = pdfText(badgeFile);
        QVERIFY2(badgeText.contains(QStringLiteral("Nguyễn Văn Đức")), qPrintable(badgeText));
        QVERIFY(badgeText.contains(QStringLiteral("007")));

        RegisterHeader header{QStringLiteral("UBND Phường Hoàn Kiếm"), QStringLiteral("Hà Nội"),
                              QDateTime(QDate(2026, 3, 2), QTime(15, 30)), QStringLiteral("desk1")};
        const QString muster = outDir + QStringLiteral("/muster.pdf");
        QVERIFY(VisitorDocuments::writeMusterList(muster, header, {visit(), visit()}));
        const QString musterText = pdfText(muster);
        QVERIFY2(musterText.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")), qPrintable(musterText));
        QVERIFY(musterText.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
        QVERIFY(musterText.contains(QStringLiteral("Hà Nội, ngày 02 tháng 03 năm 2026")));

        LogbookEntry e;
        e.at = QDateTime(QDate(2026, 3, 2), QTime(9, 5));
        e.kind = QStringLiteral("checkin");
        e.visitorName = QStringLiteral("Nguyễn Văn Đức");
        e.operatorName = QStringLiteral("desk1");
        LogbookEntry remark = e;
        remark.kind = QStringLiteral("remark");
        remark.visitorName.clear();
        remark.remark = QStringLiteral("Bàn giao ca: bình thường");
        const QString logbook = outDir + QStringLiteral("/logbook.pdf");
        QVERIFY(VisitorDocuments::writeLogbookPdf(logbook, header, e.at.date(), 1, {e, remark}));
        QVERIFY(pdfText(logbook).contains(QStringLiteral("Bàn giao ca")));
        const QString xlsx = outDir + QStringLiteral("/logbook.xlsx");
        QVERIFY(VisitorDocuments::writeLogbookXlsx(xlsx, e.at.date(), 1, {e, remark}));
        QFile f(xlsx);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(2) == "PK"); // a zip container
    }
};

QTEST_MAIN(TestVisitorDocuments)
#include "tst_visitordocuments.moc"
