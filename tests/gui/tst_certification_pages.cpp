// Certification pages offscreen: verification of a signed PDF (one row per signature, verdict in words), register
// lookup by number and by QR reference, the register list with masked ID numbers, the certify page's fee and refusal
// switch, the certify flow with key files (password asked per signature, a wrong one asked again, signing on the
// worker with progress, the receipt enabled after), the chip-card action's guidance without an ID number, and the
// register's book selector; screenshots saved for review when MOTCUA_SCREENSHOTS names a folder.
#include "CertificationSchema.h"
#include "CertificationService.h"
#include "CertificationTr.h"
#include "CertifyJob.h"
#include "CertifyPage.h"
#include "CurrentOperator.h"
#include "Database.h"
#include "IModule.h"
#include "KeyChooser.h"
#include "RegisterPage.h"
#include "ServiceRegistry.h"
#include "Settings.h"
#include "SignTestSupport.h"
#include "TestWorkstation.h"
#include "VerificationPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

using namespace motcua;
using namespace motcua::certification;
using namespace motcua::test;

class TestCertificationPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_pki.generate());
        m_ws.clock.advanceSecs(m_ws.clock.now().secsTo(QDateTime::currentDateTime()));
        QVERIFY(m_ws.ws->database().migrate(schemaMigrations()));
        Roles::grant(kPermCertify, {QStringLiteral("certifier")});
        Roles::grant(kPermRegisterRead, {QStringLiteral("certifier"), QStringLiteral("auditor")});
        m_operator.signIn(
            Session(7, QStringLiteral("cb"), QStringLiteral("Nguyễn Văn A"), QStringLiteral("certifier")));
        m_ws.ws->services().add(shell::CurrentOperator::kServiceName, &m_operator);

        QList<PageItem> pages;
        const QString scan = m_dir.filePath(QStringLiteral("scan.pdf"));
        QVERIFY(writeFile(scan, samplePdf(2)));
        auto items = PageImport::inspect(scan);
        QVERIFY(items);
        CertificationRequest req;
        req.entry.requesterName = QStringLiteral("Lê Văn Đức");
        req.entry.requesterIdNumber = QStringLiteral("079203004512");
        req.entry.documentName = QStringLiteral("Bằng tốt nghiệp");
        req.pages = *items;
        req.agency = QStringLiteral("UBND PHƯỜNG BẾN THÀNH");
        auto officer = m_pki.key(QStringLiteral("officer"));
        auto agency = m_pki.key(QStringLiteral("agency"));
        CertificationService service(m_ws.ws->database(), m_ws.ws->audit(), m_ws.clock);
        auto r = service.certify(m_operator.session(), req, {officer.get(), agency.get(), {}}, m_dir.path());
        QVERIFY2(r, qPrintable(r.status().message()));
        m_result = *r;
    }

    void verificationShowsEachSignature()
    {
        m_settings.setValue(QStringLiteral("certification/trustAnchors"),
                            QStringList{m_pki.path(QStringLiteral("root.pem"))});
        VerificationPage page(context());
        page.resize(1366, 700);
        page.openFile(m_result.filePath);
        auto* table = page.findChild<QTableWidget*>(QStringLiteral("verifyTable"));
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(table->item(0, 2)->text().contains(QStringLiteral("Valid signature")));
        QVERIFY(table->item(0, 2)->text().startsWith(QStringLiteral("✓")));
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("UBND Phường Bến Thành"));
        page.lookUp(QString::fromUtf8(CertifiedCopyBuilder::verificationReference(
            m_result.entry.certificationNumber, m_result.entry.documentHash.toLatin1())));
        auto labels = page.findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                            [](QLabel* l) { return l->text().startsWith(QStringLiteral("✓ Certification")); }));
        page.lookUp(
            QStringLiteral("MOTCUA-CT|%1|%2").arg(m_result.entry.certificationNumber, QString(64, QLatin1Char('0'))));
        labels = page.findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                            [](QLabel* l) { return l->text().startsWith(QStringLiteral("✕")); }));
        shoot(page, QStringLiteral("certification-verify.png"));
    }

    void registerMasksIdNumbers()
    {
        // An auditor reads the register without the full-ID permission: ID numbers are masked.
        m_operator.signIn(Session(9, QStringLiteral("kt"), QStringLiteral("Kiểm tra"), QStringLiteral("auditor")));
        RegisterPage page(context());
        page.resize(1366, 700);
        auto* table = page.findChild<QTableWidget*>(QStringLiteral("registerTable"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("0792******12"));
        // Browsing is audited once per submitted search (opening the page is one), not per keystroke.
        const auto searches = [this] {
            QSqlQuery q = m_ws.ws->database().query();
            q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'certification.register.search'"
                                  " AND operator = 'kt'"));
            return q.next() ? q.value(0).toInt() : -1;
        };
        QCOMPARE(searches(), 1);
        auto* search = page.findChild<QLineEdit*>(QStringLiteral("registerSearch"));
        QTest::keyClicks(search, QStringLiteral("nobody"));
        QCOMPARE(table->rowCount(), 1); // typing alone does not search
        QCOMPARE(searches(), 1);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(searches(), 2);
        search->setText(QStringLiteral("le van duc"));
        page.findChild<QPushButton*>(QStringLiteral("registerSearchButton"))->click();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(searches(), 3);
        search->clear(); // clearing shows the whole book again: one more search
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(searches(), 4);
        shoot(page, QStringLiteral("certification-register.png"));
        m_operator.signIn(
            Session(7, QStringLiteral("cb"), QStringLiteral("Nguyễn Văn A"), QStringLiteral("certifier")));
    }

    void certifyPageCountsFeeAndRefusal()
    {
        CertifyPage page(context());
        page.resize(1366, 740);
        const QString scan = m_dir.filePath(QStringLiteral("three.pdf"));
        QVERIFY(writeFile(scan, samplePdf(3)));
        page.addFiles({scan});
        QCOMPARE(page.pages().size(), 3);
        auto labels = page.findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                            [](QLabel* l) { return l->text().contains(QStringLiteral("5.000 đ")); }));
        auto* sign = page.findChild<QPushButton*>(QStringLiteral("certifySign"));
        QVERIFY(sign->isEnabled());
        page.findChildren<QCheckBox*>().first()->setChecked(true);
        QVERIFY(!sign->isEnabled()); // a refusal ground blocks certification
        page.findChildren<QCheckBox*>().first()->setChecked(false);
        shoot(page, QStringLiteral("certification-certify.png"));
    }

    void certifyFlowOnWorker()
    {
        CertifyPage page(context());
        page.resize(1366, 740);
        page.show();
        const QString scan = m_dir.filePath(QStringLiteral("flow.pdf"));
        QVERIFY(writeFile(scan, samplePdf(2)));
        page.addFiles({scan});
        page.findChild<QLineEdit*>(QStringLiteral("certifyRequester"))->setText(QStringLiteral("Võ Thị Sáu"));
        auto* message = page.findChild<QLabel*>(QStringLiteral("certifyMessage"));

        // "Read chip card" without an ID number says what to type first (the CAN is its last six digits).
        page.findChild<QPushButton*>(QStringLiteral("certifyReadCard"))->click();
        QVERIFY2(message->text().contains(QStringLiteral("12-digit")), qPrintable(message->text()));
        page.findChild<QLineEdit*>(QStringLiteral("certifyIdNumber"))->setText(QStringLiteral("079203004512"));

        page.findChild<KeyChooser*>(QStringLiteral("officerKey"))
            ->setKeyFile(m_pki.path(QStringLiteral("officer.p12")));
        page.findChild<KeyChooser*>(QStringLiteral("agencyKey"))->setKeyFile(m_pki.path(QStringLiteral("agency.p12")));
        // The password dialogs: a wrong one first (asked again with the reason), then the right ones.
        const QStringList prompts =
            answerDialogs({QStringLiteral("wrong"), QStringLiteral("secret"), QStringLiteral("secret")},
                          [&] { page.findChild<QPushButton*>(QStringLiteral("certifySign"))->click(); });
        QCOMPARE(prompts.size(), 3);
        QVERIFY(prompts[0].contains(QStringLiteral("officer")));
        QVERIFY2(prompts[1].contains(QStringLiteral("officer")) && prompts[1] != prompts[0], qPrintable(prompts[1]));
        QVERIFY(prompts[2].contains(QStringLiteral("agency")));
        // Signing runs on the worker: the page shows progress and a Cancel button meanwhile.
        QVERIFY(page.job());
        QVERIFY(page.findChild<QProgressBar*>(QStringLiteral("certifyProgress"))->isVisible());
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("certifyCancel"))->isVisible());
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("certifySign"))->isEnabled());
        shoot(page, QStringLiteral("certification-certify-progress.png"));
        QTRY_VERIFY_WITH_TIMEOUT(!page.job(), 30000);
        QVERIFY2(message->text().contains(QStringLiteral("Certified as")), qPrintable(message->text()));
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("certifyReceipt"))->isEnabled());
        QVERIFY(!page.findChild<QProgressBar*>(QStringLiteral("certifyProgress"))->isVisible());
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("certifySign"))->isEnabled());
        shoot(page, QStringLiteral("certification-certify-done.png"));

        // The register lists it in book 01 of the year.
        RegisterPage reg(context());
        auto* books = reg.findChild<QComboBox*>(QStringLiteral("registerBook"));
        QCOMPARE(books->currentText(), QStringLiteral("01"));
        auto* table = reg.findChild<QTableWidget*>(QStringLiteral("registerTable"));
        QCOMPARE(table->rowCount(), 2);

        // Export runs on a worker; the files hold the entries (masked IDs are the reader's business: certifier here).
        for (bool pdf : {true, false}) {
            const QString path = m_dir.filePath(pdf ? QStringLiteral("register.pdf") : QStringLiteral("register.xlsx"));
            QSignalSpy exported(&reg, &RegisterPage::exported);
            reg.exportTo(path, pdf);
            QVERIFY(exported.wait(30000));
            QVERIFY(exported.first().first().toBool());
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.readAll().startsWith(pdf ? "%PDF" : "PK"));
        }
        QSqlQuery q = m_ws.ws->database().query();
        QVERIFY(
            q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'certification.register.export'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void tokenKeyWithPinPerSignature()
    {
        const QString lib = QStringLiteral("/usr/lib/softhsm/libsofthsm2.so");
        if (!QFile::exists(lib) || QStandardPaths::findExecutable(QStringLiteral("softhsm2-util")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("pkcs11-tool")).isEmpty())
            QSKIP("softhsm2 / opensc not installed");
        // A SoftHSM2 token holding the officer's key and certificate (the configuration is read when the driver
        // is loaded, so it is set before).
        const QString tokens = m_dir.filePath(QStringLiteral("tokens"));
        QDir().mkpath(tokens);
        const QString conf = m_dir.filePath(QStringLiteral("softhsm2.conf"));
        QVERIFY(writeFile(conf, "directories.tokendir = " + tokens.toUtf8() + "\nobjectstore.backend = file\n"));
        qputenv("SOFTHSM2_CONF", conf.toUtf8());
        const QString label = QStringLiteral("Officer Token");
        QVERIFY(tool(QStringLiteral("softhsm2-util"),
                     {QStringLiteral("--init-token"), QStringLiteral("--free"), QStringLiteral("--label"), label,
                      QStringLiteral("--pin"), QStringLiteral("123456"), QStringLiteral("--so-pin"),
                      QStringLiteral("12345678")}));
        QVERIFY(tool(QStringLiteral("softhsm2-util"),
                     {QStringLiteral("--import"), m_pki.path(QStringLiteral("officer.pk8")), QStringLiteral("--token"),
                      label, QStringLiteral("--label"), QStringLiteral("officer"), QStringLiteral("--id"),
                      QStringLiteral("01"), QStringLiteral("--pin"), QStringLiteral("123456")}));
        QVERIFY(
            tool(QStringLiteral("pkcs11-tool"),
                 {QStringLiteral("--module"), lib, QStringLiteral("--token-label"), label, QStringLiteral("--login"),
                  QStringLiteral("--pin"), QStringLiteral("123456"), QStringLiteral("--write-object"),
                  m_pki.path(QStringLiteral("officer.der")), QStringLiteral("--type"), QStringLiteral("cert"),
                  QStringLiteral("--id"), QStringLiteral("01"), QStringLiteral("--label"), QStringLiteral("officer")}));

        KeyChooser chooser(QStringLiteral("officer"));
        chooser.setTokenDriver(lib);
        chooser.findChild<QComboBox*>(QStringLiteral("keySource"))->setCurrentIndex(1);
        QVERIFY(chooser.usesToken());
        auto* token = chooser.findChild<QComboBox*>(QStringLiteral("keyToken"));
        const int index = token->findText(label);
        QVERIFY2(index >= 0, qPrintable(token->placeholderText()));
        token->setCurrentIndex(index);
        auto* certificate = chooser.findChild<QComboBox*>(QStringLiteral("keyCertificate"));
        QCOMPARE(certificate->count(), 1);
        QVERIFY2(certificate->itemText(0).contains(QStringLiteral("valid until")),
                 qPrintable(certificate->itemText(0)));

        // A wrong PIN is refused with what the token says about the tries left, then asked again.
        std::shared_ptr<sign::SigningKey> key;
        QStringList prompts = answerDialogs({QStringLiteral("000000"), QStringLiteral("123456")}, [&] {
            auto opened = chooser.open(QDateTime::currentDateTimeUtc());
            QVERIFY2(opened, qPrintable(opened.status().message()));
            key = *opened;
        });
        QVERIFY(key);
        QCOMPARE(prompts.size(), 2);
        QVERIFY(prompts[0].contains(label));
        QVERIFY2(prompts[1].contains(QStringLiteral("Wrong PIN")), qPrintable(prompts[1]));
        key.reset();

        // The certificate's validity is checked before any signature: twenty years on it has expired.
        prompts = answerDialogs({QStringLiteral("123456")}, [&] {
            auto late = chooser.open(QDateTime::currentDateTimeUtc().addYears(20));
            QVERIFY(!late);
            QCOMPARE(late.status().code(), Status::Code::SecurityCheckFailed);
            QVERIFY2(late.status().message().contains(QStringLiteral("expired")), qPrintable(late.status().message()));
        });
        QCOMPARE(prompts.size(), 1);
        // Cancelling the PIN dialog cancels quietly: no key, no error.
        answerDialogs({}, [&] {
            QTimer::singleShot(200, [] {
                if (auto* d = qobject_cast<QInputDialog*>(QApplication::activeModalWidget()))
                    d->reject();
            });
            auto cancelled = chooser.open(QDateTime::currentDateTimeUtc());
            QVERIFY(cancelled);
            QVERIFY(!*cancelled);
        });
    }

private:
    static bool tool(const QString& program, const QStringList& args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            qWarning("%s: %s", qPrintable(program), p.readAllStandardError().constData());
            return false;
        }
        return true;
    }
    /// Runs `action` while answering each modal input dialog it opens with the next of `answers`; returns the
    /// dialogs' prompts.
    QStringList answerDialogs(QStringList answers, const std::function<void()>& action)
    {
        QStringList prompts;
        QTimer answerer;
        connect(&answerer, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            if (!dialog || answers.isEmpty())
                return;
            prompts << dialog->labelText();
            dialog->setTextValue(answers.takeFirst());
            dialog->accept();
        });
        answerer.start(30);
        action();
        return prompts;
    }
    ModuleContext context()
    {
        ModuleContext c = m_ws.ws->context();
        c.settings = &m_settings;
        return c;
    }
    void shoot(QWidget& w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("MOTCUA_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        w.show();
        QTest::qWait(50);
        w.grab().save(dir + QLatin1Char('/') + name);
    }

    SignPki m_pki;
    TestWorkstation m_ws;
    QTemporaryDir m_dir;
    Settings m_settings{m_dir.filePath(QStringLiteral("settings.ini"))};
    shell::CurrentOperator m_operator;
    CertificationResult m_result;
};

QTEST_MAIN(TestCertificationPages)
#include "tst_certification_pages.moc"
