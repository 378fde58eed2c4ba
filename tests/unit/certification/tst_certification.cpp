// Certification core: fee formula, register numbering and permanence, the certify-and-sign flow end to end,
// refusals, the worker job (progress per step, cancel, own connection), register books, the printable documents
// (receipt, refusal note, register PDF/XLSX read back with pdftotext/unzip), and the delivery outbox against a
// local HTTP server.
#include "CertificationDocuments.h"
#include "CertificationSchema.h"
#include "CertificationService.h"
#include "CertificationTr.h"
#include "CertifyJob.h"
#include "DeliveryOutbox.h"
#include "Fee.h"
#include "SignTestSupport.h"
#include "TestWorkstation.h"

#include "AuditLog.h"
#include "Database.h"

#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QtTest>

using namespace motcua;
using namespace motcua::certification;
using namespace motcua::test;

namespace {

/// A tiny HTTP endpoint: answers each request with the next status in `statuses` and counts the keys it saw.
class FakeStore : public QObject
{
public:
    QTcpServer server;
    QList<int> statuses;
    QStringList keys;
    FakeStore()
    {
        server.listen(QHostAddress::LocalHost);
        connect(&server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket* s = server.nextPendingConnection();
            auto* buffer = new QByteArray;
            connect(s, &QTcpSocket::readyRead, this, [this, s, buffer] {
                *buffer += s->readAll();
                const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return;
                const QByteArray header = buffer->left(headerEnd).toLower();
                const qsizetype cl = header.indexOf("content-length:");
                const qint64 length =
                    cl < 0 ? 0 : header.mid(cl + 15, header.indexOf('\r', cl) - cl - 15).trimmed().toLongLong();
                if (buffer->size() < headerEnd + 4 + length)
                    return;
                const qsizetype k = header.indexOf("idempotency-key:");
                keys << QString::fromUtf8(buffer->mid(k + 16, buffer->indexOf('\r', k) - k - 16).trimmed());
                const int status = statuses.isEmpty() ? 200 : statuses.takeFirst();
                s->write("HTTP/1.1 " + QByteArray::number(status) +
                         " X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                s->disconnectFromHost();
                delete buffer;
            });
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/store").arg(server.serverPort())); }
};

QString writeScan(const QString& dir, int i)
{
    QImage img(1240, 1754, QImage::Format_RGB888); // A4 at 150 dpi
    img.fill(Qt::white);
    img.setDotsPerMeterX(5906);
    img.setDotsPerMeterY(5906);
    for (int y = 200; y < 1500; y += 40)
        for (int x = 150; x < 1100; ++x)
            img.setPixelColor(x, y + (x % 7), QColor(20, 20, 20));
    const QString path =
        QStringLiteral("%1/scan%2.%3").arg(dir).arg(i).arg(i % 2 ? QStringLiteral("png") : QStringLiteral("jpg"));
    img.save(path);
    return path;
}

} // namespace

class TestCertification : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_pki.generate());
        // Signing happens "now" so that the test certificates (made a moment ago) are valid at the claimed time.
        m_ws.clock.advanceSecs(m_ws.clock.now().secsTo(QDateTime::currentDateTime()));
        m_year = m_ws.clock.today().year();
        QVERIFY(m_ws.ws->database().migrate(schemaMigrations()));
        Roles::grant(kPermCertify, {QStringLiteral("certifier")});
        Roles::grant(kPermRegisterRead, {QStringLiteral("certifier"), QStringLiteral("auditor")});
        Roles::grant(kPermRegisterClose, {QStringLiteral("certifier")});
        Roles::grant(kPermRegisterBooks, {QStringLiteral("admin")});
    }

    void fee_data()
    {
        QTest::addColumn<int>("pages");
        QTest::addColumn<qint64>("fee");
        QTest::newRow("1") << 1 << qint64(2000);
        QTest::newRow("2") << 2 << qint64(4000);
        QTest::newRow("3") << 3 << qint64(5000);
        QTest::newRow("10") << 10 << qint64(12000);
        QTest::newRow("196") << 196 << qint64(198000);
        QTest::newRow("197") << 197 << qint64(199000);
        QTest::newRow("198") << 198 << qint64(200000);
        QTest::newRow("500") << 500 << qint64(200000);
    }
    void fee()
    {
        QFETCH(int, pages);
        QFETCH(qint64, fee);
        QCOMPARE(Fee::perCopy(pages), fee);
        QCOMPARE(Fee::total(pages, 3), fee * 3);
        QCOMPARE(Fee::format(12000), QStringLiteral("12.000 đ"));
    }

    void certifyAndSign()
    {
        QTemporaryDir dir;
        QList<PageItem> pages;
        for (int i = 0; i < 3; ++i) {
            auto items = PageImport::inspect(writeScan(dir.path(), i));
            QVERIFY2(items, qPrintable(items.status().message()));
            pages += *items;
        }
        pages[1].rotation = 90;
        CertificationRequest req;
        req.entry.requesterName = QStringLiteral("Trần Thị Bích");
        req.entry.requesterIdNumber = QStringLiteral("079203004512");
        req.entry.documentName = QStringLiteral("Giấy khai sinh");
        req.entry.issuingBody = QStringLiteral("UBND phường Bến Thành");
        req.entry.copies = 2;
        req.pages = pages;
        req.officerTitle = QStringLiteral("CÔNG CHỨC TƯ PHÁP - HỘ TỊCH");
        req.agency = QStringLiteral("UBND PHƯỜNG BẾN THÀNH");
        auto officer = m_pki.key(QStringLiteral("officer"));
        auto agency = m_pki.key(QStringLiteral("agency"));
        CertificationService service(m_ws.ws->database(), m_ws.ws->audit(), m_ws.clock);
        const Session certifier(7, QStringLiteral("cb"), QStringLiteral("Nguyễn Văn Công Chứng"),
                                QStringLiteral("certifier"));
        auto r =
            service.certify(certifier, req, {officer.get(), agency.get(), {}}, dir.filePath(QStringLiteral("out")));
        QVERIFY2(r, qPrintable(r.status().message()));
        QCOMPARE(r->entry.number, 1);
        QCOMPARE(r->entry.certificationNumber, QStringLiteral("1/01/%1-SCTĐT/BS").arg(m_year));
        QCOMPARE(r->entry.fee, qint64(10000));
        const QByteArray pdf = readFile(r->filePath);
        const auto reports = verifyPdf(pdf, m_pki);
        QCOMPARE(reports.size(), 2);
        QCOMPARE(reports[0].status, sign::SignatureStatus::Valid);
        QCOMPARE(reports[1].status, sign::SignatureStatus::Valid);
        QVERIFY(reports[1].coversWholeDocument);
        m_lastCopy = m_keep.filePath(QStringLiteral("copy.pdf"));
        QVERIFY(QFile::copy(r->filePath, m_lastCopy));
        if (!qEnvironmentVariableIsEmpty("MOTCUA_KEEP_CERTIFIED"))
            QFile::copy(r->filePath, qEnvironmentVariable("MOTCUA_KEEP_CERTIFIED"));

        // The register: found by number, hash stored, second entry numbered 2, a stranger may not read.
        auto found = service.registry().find(certifier, r->entry.certificationNumber);
        QVERIFY(found);
        QCOMPARE(found->documentHash.size(), 64);
        auto second =
            service.certify(certifier, req, {officer.get(), agency.get(), {}}, dir.filePath(QStringLiteral("out")));
        QVERIFY(second);
        QCOMPARE(second->entry.number, 2);
        const Session frontdesk(8, QStringLiteral("fd"), QStringLiteral("Lễ tân"), QStringLiteral("frontdesk"));
        QCOMPARE(service.registry().find(frontdesk, r->entry.certificationNumber).status().code(),
                 Status::Code::PermissionDenied);
        QCOMPARE(service.certify(frontdesk, req, {officer.get(), agency.get(), {}}, dir.path()).status().code(),
                 Status::Code::PermissionDenied);

        // A failed signature (expired key) leaves no gap: the next good one is number 3.
        auto expired = m_pki.key(QStringLiteral("expired"));
        QVERIFY(!service.certify(certifier, req, {expired.get(), agency.get(), {}}, dir.path()));
        auto third =
            service.certify(certifier, req, {officer.get(), agency.get(), {}}, dir.filePath(QStringLiteral("out")));
        QVERIFY(third);
        QCOMPARE(third->entry.number, 3);
    }

    void registerBooks()
    {
        CertificationRegister& reg = m_service().registry();
        const Session certifier(7, QStringLiteral("cb"), QStringLiteral("Cán bộ"), QStringLiteral("certifier"));
        QCOMPARE(reg.books(m_year), QStringList{QStringLiteral("01")});
        QCOMPARE(reg.createBook(certifier, m_year, QStringLiteral("2")).status().code(),
                 Status::Code::PermissionDenied);
        auto created = reg.createBook(m_ws.admin(), m_year, QStringLiteral("2"));
        QVERIFY2(created, qPrintable(created.status().message()));
        QCOMPARE(*created, QStringLiteral("02"));
        QCOMPARE(reg.createBook(m_ws.admin(), m_year, QStringLiteral("02")).status().code(),
                 Status::Code::InputRejected);
        QCOMPARE(reg.createBook(m_ws.admin(), m_year, QStringLiteral("x")).status().code(),
                 Status::Code::InputRejected);
        QCOMPARE(reg.books(m_year), (QStringList{QStringLiteral("01"), QStringLiteral("02")}));
        QCOMPARE(reg.books(m_year + 1), QStringList{QStringLiteral("01")});
        QCOMPARE(reg.closedCount(m_year, QStringLiteral("02")), -1);
    }

    void certifyOnWorkerWithProgressAndCancel()
    {
        QTemporaryDir dir;
        auto items = PageImport::inspect(writeScan(dir.path(), 1));
        QVERIFY(items);
        CertificationRequest req;
        req.entry.requesterName = QStringLiteral("Phạm Văn Minh");
        req.entry.requesterIdNumber = QStringLiteral("001089000123");
        req.entry.documentName = QStringLiteral("Bằng tốt nghiệp");
        req.entry.book = QStringLiteral("02");
        req.pages = *items;
        req.agency = QStringLiteral("UBND PHƯỜNG BẾN THÀNH");
        const Session certifier(7, QStringLiteral("cb"), QStringLiteral("Cán bộ"), QStringLiteral("certifier"));
        std::shared_ptr<sign::SigningKey> officer = m_pki.key(QStringLiteral("officer"));
        std::shared_ptr<sign::SigningKey> agency = m_pki.key(QStringLiteral("agency"));

        // Cancelled before its first step: nothing entered, the number stays free.
        {
            CertifyJob job(m_ws.ws->database(), m_ws.clock, certifier, req, officer, agency, {}, dir.path());
            QSignalSpy finished(&job, &CertifyJob::finished);
            job.cancel();
            job.start();
            QVERIFY(finished.wait(20000));
            QVERIFY(!job.result());
            QCOMPARE(job.result().status().message(), CertificationService::cancelledMessage());
        }
        // Cancelled between steps (after the officer's signature): rolled back as well.
        {
            CertifyJob job(m_ws.ws->database(), m_ws.clock, certifier, req, officer, agency, {}, dir.path());
            QSignalSpy finished(&job, &CertifyJob::finished);
            // Direct: the cancel lands on the worker before its next step (as a Cancel click would, only sooner).
            connect(
                &job, &CertifyJob::stepStarted, &job,
                [&job](CertifyStep step) {
                    if (step == CertifyStep::OfficerSignature)
                        job.cancel();
                },
                Qt::DirectConnection);
            job.start();
            QVERIFY(finished.wait(20000));
            QVERIFY(!job.result());
        }
        QVERIFY(!m_service().registry().find(certifier, QStringLiteral("1/02/%1-SCTĐT/BS").arg(m_year)));

        // A full run: the steps arrive in order on the GUI thread while the signing runs elsewhere, and the time-
        // stamp step is reported once per signature.
        QList<CertifyStep> steps;
        Qt::HANDLE signingThread = nullptr;
        sign::Timestamper timestamper = [&signingThread](const QByteArray&) -> Result<QByteArray> {
            signingThread = QThread::currentThreadId();
            return Status::failed(QStringLiteral("no TSA in this test"));
        };
        CertifyJob failing(m_ws.ws->database(), m_ws.clock, certifier, req, officer, agency, timestamper, dir.path());
        QSignalSpy failed(&failing, &CertifyJob::finished);
        connect(&failing, &CertifyJob::stepStarted, this, [&steps](CertifyStep s) {
            QCOMPARE(QThread::currentThread(), qApp->thread());
            steps << s;
        });
        failing.start();
        QVERIFY(failed.wait(20000));
        QVERIFY(!failing.result()); // the TSA failed: refused, nothing kept
        QVERIFY(signingThread && signingThread != QThread::currentThreadId());
        QCOMPARE(steps,
                 (QList<CertifyStep>{CertifyStep::Attestation, CertifyStep::OfficerSignature, CertifyStep::TimeStamp}));

        steps.clear();
        CertifyJob job(m_ws.ws->database(), m_ws.clock, certifier, req, officer, agency, {},
                       dir.filePath(QStringLiteral("out")));
        QSignalSpy finished(&job, &CertifyJob::finished);
        connect(&job, &CertifyJob::stepStarted, this, [&steps](CertifyStep s) { steps << s; });
        job.start();
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(20000));
        QVERIFY2(job.result(), qPrintable(job.result().status().message()));
        QCOMPARE(job.result()->entry.certificationNumber, QStringLiteral("1/02/%1-SCTĐT/BS").arg(m_year));
        QCOMPARE(steps, (QList<CertifyStep>{CertifyStep::Attestation, CertifyStep::OfficerSignature,
                                            CertifyStep::AgencySignature, CertifyStep::Saving}));
        const auto reports = verifyPdf(readFile(job.result()->filePath), m_pki);
        QCOMPARE(reports.size(), 2);
        QCOMPARE(reports[1].status, sign::SignatureStatus::Valid);
        // The main connection sees the worker's committed entry; book 01 still has its three.
        auto inBook2 = m_service().registry().search(certifier, m_year, {}, QStringLiteral("02"));
        QVERIFY(inBook2);
        QCOMPARE(inBook2->size(), 1);
        auto inBook1 = m_service().registry().search(certifier, m_year, {}, QStringLiteral("01"));
        QVERIFY(inBook1);
        QCOMPARE(inBook1->size(), 3);
        m_book2Entry = job.result()->entry;
    }

    void printableDocuments()
    {
        QTemporaryDir dir;
        DocumentHeader header{QStringLiteral("UBND PHƯỜNG BẾN THÀNH"), QStringLiteral("Bến Thành"),
                              QStringLiteral("Nguyễn Văn Công Chứng")};
        const auto text = [](const QString& pdf) {
            QProcess p;
            p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
            p.waitForFinished(30000);
            return QString::fromUtf8(p.readAllStandardOutput());
        };
        // The heading comes from what the setup wizard recorded: the agency and the commune's name for the date line.
        {
            QSqlQuery q = m_ws.ws->database().query();
            QVERIFY(q.exec(QStringLiteral("INSERT OR REPLACE INTO workstation (key, value) VALUES ('agency',"
                                          " 'UBND phường Bến Thành'), ('commune', '26743')")));
            const DocumentHeader fromDb =
                CertificationDocuments::workstationHeader(m_ws.ws->database(), QStringLiteral("Cán bộ A"));
            QCOMPARE(fromDb.agency, QStringLiteral("UBND phường Bến Thành"));
            QCOMPARE(fromDb.officer, QStringLiteral("Cán bộ A"));
            QCOMPARE(fromDb.place, QStringLiteral("Bến Thành"));
        }
        const QString receipt = dir.filePath(QStringLiteral("receipt.pdf"));
        QVERIFY(CertificationDocuments::writeReceipt(receipt, header, m_book2Entry));
        QString t = text(receipt);
        QVERIFY2(t.contains(QStringLiteral("GIẤY BIÊN NHẬN")), qPrintable(t));
        QVERIFY(t.contains(QStringLiteral("Phạm Văn Minh")));
        QVERIFY(t.contains(m_book2Entry.certificationNumber));
        QVERIFY(t.contains(Fee::format(m_book2Entry.fee)));
        QVERIFY(t.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));

        const QString refusal = dir.filePath(QStringLiteral("refusal.pdf"));
        QVERIFY(CertificationDocuments::writeRefusalNote(refusal, header,
                                                         {QStringLiteral("Lê Thị Hoa"),
                                                          QStringLiteral("Sổ đỏ"),
                                                          RefusalGround::NotLegalised,
                                                          {},
                                                          QDate(2026, 3, 2)}));
        t = text(refusal);
        QVERIFY2(t.contains(QStringLiteral("PHIẾU TỪ CHỐI CHỨNG THỰC")), qPrintable(t));
        QVERIFY(t.contains(QStringLiteral("Khoản 5 Điều 22")));
        QVERIFY(t.contains(QStringLiteral("Lê Thị Hoa")));

        const Session certifier(7, QStringLiteral("cb"), QStringLiteral("Cán bộ"), QStringLiteral("certifier"));
        auto entries = m_service().registry().search(certifier, m_year, {}, QStringLiteral("01"));
        QVERIFY(entries);
        QList<RegisterEntry> many;
        for (int i = 0; i < 20; ++i)
            many += *entries; // 60 rows: more than one landscape page
        const QString book = dir.filePath(QStringLiteral("register.pdf"));
        QVERIFY(CertificationDocuments::writeRegisterPdf(book, header, m_year, QStringLiteral("01"), many, -1));
        t = text(book);
        QVERIFY2(t.contains(QStringLiteral("SỔ CHỨNG THỰC")), qPrintable(t.left(2000)));
        QVERIFY(t.contains(QStringLiteral("Tổng số: 60")));
        QVERIFY(t.contains(QStringLiteral("Trần Thị Bích")));
        QVERIFY(t.count(QLatin1Char('\f')) >= 2); // several pages
        const QString xlsx = dir.filePath(QStringLiteral("register.xlsx"));
        QString error;
        QVERIFY2(CertificationDocuments::writeRegisterXlsx(xlsx, m_year, QStringLiteral("01"), *entries, &error),
                 qPrintable(error));
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml")});
        unzip.waitForFinished(30000);
        const QString strings = QString::fromUtf8(unzip.readAllStandardOutput());
        QVERIFY2(strings.contains(QStringLiteral("Trần Thị Bích")), qPrintable(strings.left(500)));
        QVERIFY(strings.contains(QStringLiteral("1/01/%1-SCTĐT/BS").arg(m_year)));
        const QString keep = qEnvironmentVariable("MOTCUA_SCREENSHOTS"); // for review by eye
        if (!keep.isEmpty())
            for (const QString& f : {receipt, refusal, book})
                QFile::copy(f, keep + QLatin1Char('/') + QFileInfo(f).fileName());
    }

    void registerIsPermanent()
    {
        CertificationRegister& reg = m_service().registry();
        const Session certifier(7, QStringLiteral("cb"), QStringLiteral("Cán bộ"), QStringLiteral("certifier"));
        QSqlQuery q = m_ws.ws->database().query();
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM cert_register")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE cert_register SET requester_name = 'x'")));
        QVERIFY(!reg.cancel(certifier, QStringLiteral("2/01/%1-SCTĐT/BS").arg(m_year), QString()));
        QVERIFY(reg.cancel(certifier, QStringLiteral("2/01/%1-SCTĐT/BS").arg(m_year),
                           QStringLiteral("Người yêu cầu rút hồ sơ")));
        QVERIFY(!reg.cancel(certifier, QStringLiteral("2/01/%1-SCTĐT/BS").arg(m_year), QStringLiteral("again")));
        auto e = reg.find(certifier, QStringLiteral("2/01/%1-SCTĐT/BS").arg(m_year));
        QVERIFY(e);
        QCOMPARE(e->status, QStringLiteral("cancelled"));
        auto all = reg.search(certifier, m_year, QStringLiteral("tran thi bich"));
        QVERIFY(all);
        QCOMPARE(all->size(), 3); // the cancelled row is still there; search ignores diacritics
        QVERIFY(!reg.closeYear(certifier, m_year, QStringLiteral("01"))); // the year has not ended
        m_ws.clock.advanceSecs(m_ws.clock.now().secsTo(QDateTime(QDate(m_year + 1, 1, 2), QTime(8, 0))));
        auto closed = reg.closeYear(certifier, m_year, QStringLiteral("01"));
        QVERIFY(closed);
        QCOMPARE(*closed, 3);
        RegisterEntry late;
        late.date = QDate(m_year, 12, 31);
        late.requesterName = QStringLiteral("x");
        QCOMPARE(reg.enter(certifier, late).status().code(), Status::Code::InputRejected);
    }

    void certifiedCopyEmbedsBundledFontSubset()
    {
        // The attestation page and both signature boxes use the Liberation Serif shipped in app/documents, cut to
        // the glyphs used and embedded: no system font (DejaVu) is needed to render the Vietnamese text.
        QVERIFY(!m_lastCopy.isEmpty());
        if (QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty())
            QSKIP("poppler-utils not installed");
        QProcess fonts;
        fonts.start(QStringLiteral("pdffonts"), {m_lastCopy});
        QVERIFY(fonts.waitForFinished(20000));
        const QStringList rows = QString::fromUtf8(fonts.readAllStandardOutput()).split(QLatin1Char('\n'));
        QVERIFY2(!rows.join(QLatin1Char('\n')).contains(QStringLiteral("DejaVu")),
                 qPrintable(rows.join(QLatin1Char('\n'))));
        for (const QString& face :
             {QStringLiteral("LiberationSerif-Regular"), QStringLiteral("LiberationSerif-Bold")}) {
            const auto row = std::find_if(rows.cbegin(), rows.cend(), [&](const QString& r) {
                return r.section(QLatin1Char(' '), 0, 0).endsWith(QLatin1Char('+') + face);
            });
            QVERIFY2(row != rows.cend(), qPrintable(face + QLatin1Char('\n') + rows.join(QLatin1Char('\n'))));
            // pdffonts columns: name type encoding emb sub uni object ID
            const QStringList cols = row->split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(cols.size() >= 7, qPrintable(*row));
            QCOMPARE(cols[cols.size() - 5], QStringLiteral("yes")); // embedded
            QCOMPARE(cols[cols.size() - 4], QStringLiteral("yes")); // subset
            QCOMPARE(cols[cols.size() - 3], QStringLiteral("yes")); // ToUnicode map
        }
        // The visible signature boxes are fonts of the widget annotations' appearance streams.
        const QByteArray pdf = readFile(m_lastCopy);
        QVERIFY(pdf.count("/FontFile2") >= 4); // attestation regular + bold, officer box, agency box
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("4"), QStringLiteral("-l"),
                                                 QStringLiteral("4"), m_lastCopy, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(20000));
        const QString page = QString::fromUtf8(text.readAllStandardOutput());
        for (const QString& expected :
             {QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
              QStringLiteral("CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH"),
              QStringLiteral("Chứng thực bản sao này đúng với bản chính: Giấy khai sinh (3 trang)."),
              QStringLiteral("NGUYỄN VĂN CÔNG CHỨNG").toLower(), QStringLiteral("Ký bởi: UBND PHƯỜNG BẾN THÀNH")})
            QVERIFY2(page.toLower().contains(expected.toLower()), qPrintable(expected + QLatin1String(" / ") + page));
    }

    void registerBrowsingIsAudited()
    {
        // Each search and each view of an entry is one audit event with counts and ids, never the searched text,
        // the requester's name or ID number; a denied read writes nothing.
        CertificationRegister& reg = m_service().registry();
        const Session certifier(7, QStringLiteral("cb"), QStringLiteral("Cán bộ"), QStringLiteral("certifier"));
        const Session frontdesk(8, QStringLiteral("fd"), QStringLiteral("Lễ tân"), QStringLiteral("frontdesk"));
        const auto events = [this](const QString& action) {
            QSqlQuery q = m_ws.ws->database().query();
            q.prepare(QStringLiteral("SELECT operator, subject_type, subject_id, details FROM audit_log"
                                     " WHERE action = ? ORDER BY id"));
            q.addBindValue(action);
            QStringList rows;
            if (q.exec())
                while (q.next())
                    rows << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                        q.value(3).toString()}
                                .join(QLatin1Char('|'));
            return rows;
        };
        const QStringList searchesBefore = events(QStringLiteral("certification.register.search"));
        const QStringList viewsBefore = events(QStringLiteral("certification.register.view"));

        auto hits = reg.search(certifier, m_year, QStringLiteral("Trần Thị Bích"), QStringLiteral("01"));
        QVERIFY(hits);
        QVERIFY(!hits->isEmpty());
        QCOMPARE(reg.search(frontdesk, m_year, QStringLiteral("Trần")).status().code(), Status::Code::PermissionDenied);
        auto one = reg.find(certifier, hits->first().certificationNumber);
        QVERIFY(one);
        QVERIFY(!reg.find(certifier, QStringLiteral("999/01/%1-SCTĐT/BS").arg(m_year))); // nothing shown

        const QStringList searches = events(QStringLiteral("certification.register.search")).mid(searchesBefore.size());
        const QStringList views = events(QStringLiteral("certification.register.view")).mid(viewsBefore.size());
        QCOMPARE(searches.size(), 1);
        QCOMPARE(views.size(), 1);
        QVERIFY2(searches[0].startsWith(QStringLiteral("cb|register|%1/01|").arg(m_year)), qPrintable(searches[0]));
        QVERIFY2(searches[0].contains(QStringLiteral("\"entries\":%1").arg(hits->size())), qPrintable(searches[0]));
        QVERIFY2(searches[0].contains(QStringLiteral("\"filtered\":true")), qPrintable(searches[0]));
        QCOMPARE(views[0],
                 QStringLiteral("cb|certification|%1|{\"entry\":%2}").arg(one->certificationNumber).arg(one->id));
        for (const QString& row : searches + views)
            for (const QString& personal : {one->requesterName, one->requesterIdNumber, QStringLiteral("Trần"),
                                            foldForSearch(one->requesterName), one->documentName})
                QVERIFY2(!row.contains(personal, Qt::CaseInsensitive), qPrintable(row));
    }

    void multiPageTiffImported()
    {
        // Scanners deliver multi-page TIFF: each frame is a page (needs Qt's TIFF plugin, qt6-image-formats-plugins).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("scan.tif"));
        QProcess convert;
        convert.start(QStringLiteral("convert"),
                      {QStringLiteral("-size"), QStringLiteral("400x560"), QStringLiteral("xc:white"),
                       QStringLiteral("-size"), QStringLiteral("400x560"), QStringLiteral("xc:gray"), path});
        QVERIFY2(convert.waitForFinished(30000) && convert.exitCode() == 0, "ImageMagick convert is needed");
        auto items = PageImport::inspect(path);
        QVERIFY2(items, qPrintable(items.status().message()));
        QCOMPARE(items->size(), 2);
        QCOMPARE(items->at(1).index, 1);
        auto page = PageImport::imagePage(items->at(1));
        QVERIFY2(page, qPrintable(page.status().message()));
        QVERIFY(page->startsWith("%PDF-"));
    }

    void absurdImageRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.png"));
        // A PNG header claiming 60000 × 60000 pixels: refused from the header, never decoded.
        QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") +
                         QByteArray::fromHex("0000ea600000ea600806000000") + QByteArray::fromHex("80d27542") +
                         QByteArray::fromHex("0000000049454e44ae426082");
        QVERIFY(writeFile(path, png));
        auto r = PageImport::inspect(path);
        QVERIFY(!r);
        QCOMPARE(r.status().code(), Status::Code::InputRejected);
        QVERIFY2(r.status().message().contains(QStringLiteral("dimensions")), qPrintable(r.status().message()));
    }

    void outboxRetriesAndIsIdempotent()
    {
        FakeStore store;
        store.statuses = {500, 200};
        DeliveryOutbox outbox(m_ws.ws->database(), m_ws.clock);
        outbox.setEndpoint(store.url());
        QVERIFY(outbox.enqueue(QStringLiteral("1/01/%1-SCTĐT/BS").arg(m_year), m_lastCopy));
        QVERIFY(outbox.enqueue(QStringLiteral("1/01/%1-SCTĐT/BS").arg(m_year), m_lastCopy)); // no second item
        QCOMPARE(outbox.items().size(), 1);
        QSignalSpy done(&outbox, &DeliveryOutbox::finished);
        outbox.deliverDue();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
        QCOMPARE(done.takeFirst().at(1).toInt(), 1); // failed once, now waits for its back-off
        QCOMPARE(outbox.items().first().attempts, 1);
        outbox.deliverDue();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
        QCOMPARE(store.keys.size(), 1); // not due yet
        m_ws.clock.advanceSecs(DeliveryOutbox::backoffSeconds(1) + 1);
        // A new outbox object stands for a restarted workstation: the queue lives in the database.
        DeliveryOutbox restarted(m_ws.ws->database(), m_ws.clock);
        restarted.setEndpoint(store.url());
        QSignalSpy done2(&restarted, &DeliveryOutbox::finished);
        restarted.deliverDue();
        QTRY_COMPARE_WITH_TIMEOUT(done2.size(), 1, 10000);
        QCOMPARE(restarted.items().first().status, QStringLiteral("delivered"));
        QCOMPARE(store.keys.size(), 2);
        QCOMPARE(store.keys.last(), QStringLiteral("1/01/%1-SCTĐT/BS").arg(m_year));
    }

private:
    CertificationService& m_service()
    {
        static CertificationService s(m_ws.ws->database(), m_ws.ws->audit(), m_ws.clock);
        return s;
    }
    SignPki m_pki;
    TestWorkstation m_ws;
    QTemporaryDir m_keep;
    QString m_lastCopy;
    RegisterEntry m_book2Entry;
    int m_year = 0;
};

QTEST_MAIN(TestCertification)
#include "tst_certification.moc"
