// Certification: the requester read from the chip ID card on the certify page, through the real stack (pcscd + vpcd
// + the project's card simulator, the shell's reader monitor found in the service registry): the access number is
// the last six digits of the typed ID number; a wrong ID number is refused by the chip and changes nothing; the read
// is audited without personal data.
#include "CardTestBed.h"
#include "CertificationSchema.h"
#include "CertificationTr.h"
#include "CertifyPage.h"
#include "CurrentOperator.h"
#include "Database.h"
#include "ServiceRegistry.h"
#include "Settings.h"
#include "TestWorkstation.h"
#include "pcsc/ReaderMonitor.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QtTest>

using namespace motcua;
using namespace motcua::certification;
using namespace motcua::test;

class TestCertificationCard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_bed = std::make_unique<CardTestBed>(QStringLiteral(MOTCUA_CLI), QStringLiteral(MOTCUA_TEST_FIXTURES),
                                              QStringLiteral(MOTCUA_TEST_BINARY_DIR "/tests/gui/certification-work"));
        m_haveCards = m_bed->setUp();
        if (!m_haveCards)
            qWarning("card test bed unavailable (%s): card cases skip", qPrintable(m_bed->error()));
    }
    void cleanupTestCase() { m_bed.reset(); }

    void requesterFromTheChip()
    {
        if (!m_haveCards)
            QSKIP("pcscd + vpcd not available");
        QVERIFY(m_ws.ws->database().migrate(schemaMigrations()));
        Roles::grant(kPermCertify, {QStringLiteral("certifier")});
        shell::CurrentOperator op;
        op.signIn(Session(7, QStringLiteral("cb"), QStringLiteral("Nguyễn Văn A"), QStringLiteral("certifier")));
        m_ws.ws->services().add(shell::CurrentOperator::kServiceName, &op);
        card::ReaderMonitor monitor;
        monitor.start();
        m_ws.ws->services().add(card::kReaderMonitorService, &monitor);
        Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        settings.setValue(QStringLiteral("card/trustPaths"), QStringList{m_bed->csca()});
        ModuleContext context = m_ws.ws->context();
        context.settings = &settings;

        CertifyPage page(context);
        page.resize(1366, 740);
        page.show();
        auto* id = page.findChild<QLineEdit*>(QStringLiteral("certifyIdNumber"));
        auto* name = page.findChild<QLineEdit*>(QStringLiteral("certifyRequester"));
        auto* message = page.findChild<QLabel*>(QStringLiteral("certifyMessage"));
        auto* read = page.findChild<QPushButton*>(QStringLiteral("certifyReadCard"));

        QTRY_VERIFY_WITH_TIMEOUT(monitor.serviceAvailable(), 15000);
        QVERIFY(m_bed->attachCard(QStringLiteral("cccd-realistic.json")));
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(monitor.readers().cbegin(), monitor.readers().cend(),
                                             [](const card::ReaderState& r) { return r.cardPresent; }),
                                 15000);
        // A wrong ID number: its last six digits do not open the chip; nothing is filled in.
        id->setText(QStringLiteral("001089999999"));
        read->click();
        QTRY_VERIFY_WITH_TIMEOUT(read->isEnabled(), 30000);
        QVERIFY(name->text().isEmpty());
        QVERIFY(!message->text().contains(QStringLiteral("Requester read")));

        id->setText(QStringLiteral("001089012345"));
        read->click();
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("Requester read from the chip card")), 30000);
        QCOMPARE(name->text(), QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(id->text(), QStringLiteral("001089012345"));
        if (!qEnvironmentVariableIsEmpty("MOTCUA_SCREENSHOTS"))
            page.grab().save(qEnvironmentVariable("MOTCUA_SCREENSHOTS") + QStringLiteral("/certification-chip.png"));

        // Audited, without the name or number in the row.
        QSqlQuery q = m_ws.ws->database().query();
        QVERIFY(q.exec(QStringLiteral("SELECT subject_id, details FROM audit_log WHERE action = "
                                      "'certification.card.read'")));
        QVERIFY(q.next());
        QVERIFY(!q.value(0).toString().contains(QStringLiteral("012345")));
        QVERIFY(!q.value(1).toString().contains(QStringLiteral("012345")));
        m_bed->detachCard();
        monitor.stop();
        m_ws.ws->services().remove(card::kReaderMonitorService);
        m_ws.ws->services().remove(shell::CurrentOperator::kServiceName);
    }

private:
    std::unique_ptr<CardTestBed> m_bed;
    bool m_haveCards = false;
    TestWorkstation m_ws;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestCertificationCard)
#include "tst_certification_card_gui.moc"
