// Residence lists read on a worker connection: the registry search, the case search, the work queue, one case
// (CaseView) and the accommodation lists return at once (busy shown, nothing filled yet), fill when the worker is
// done, and drop a stale result when a newer query started first. Dialog buttons carry the project's translated words,
// not Qt's English standard buttons.
#include "AccommodationPage.h"
#include "AccommodationRegister.h"
#include "CaseDocumentsPanel.h"
#include "CaseForms.h"
#include "CasePage.h"
#include "CaseService.h"
#include "CaseTable.h"
#include "CaseView.h"
#include "DeskQuery.h"
#include "DialogButtons.h"
#include "InlineMessage.h"
#include "RegistryPage.h"
#include "ResidenceDesk.h"
#include "ResidenceFixture.h"
#include "Settings.h"
#include "SignTestSupport.h"
#include "SigningSettingsPage.h"
#include "Translator.h"
#include "WorkQueuePage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace motcua;
using namespace motcua::residence;

namespace {

struct Desk
{
    residence::test::ResidenceFixture f;
    std::unique_ptr<ResidenceDesk> desk;
    Desk()
    {
        desk = std::make_unique<ResidenceDesk>(f.tw.ws->context(),
                                               [this]() -> Result<ResidenceEnvironment> { return f.store->env(); });
        desk->setSessionOverride(f.police);
    }
};

const PersonData kLan =
    residence::test::ResidenceFixture::person(QStringLiteral("Nguyễn Thị Lan"), QDate(1980, 3, 8), true, 11);

} // namespace

class TestResidencePagesWorker : public QObject
{
    Q_OBJECT

private slots:
    void registrySearchRunsOnAWorkerAndDropsStaleResults()
    {
        Desk d;
        d.f.approved(residence::test::ResidenceFixture::permanent(kLan));
        RegistryPage page(*d.desk);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* persons = page.findChild<QTableWidget*>(QStringLiteral("personsTable"));
        auto* members = page.findChild<QTableWidget*>(QStringLiteral("membersTable"));
        auto* busy = page.findChild<QProgressBar*>(QStringLiteral("busyBar"));
        QVERIFY(persons && members && busy);

        // A first search, overtaken by a second one before it returns: only the second fills the table.
        const int before = page.searchQuery()->delivered();
        page.search(QStringLiteral("khong co ai ten nay"));
        page.search(QStringLiteral("nguyen thi lan"));
        QVERIFY(page.searchQuery()->isBusy()); // returned at once, the worker still reads
        QVERIFY(busy->isVisible());
        QCOMPARE(persons->rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!page.searchQuery()->isBusy(), 10000);
        QVERIFY(!busy->isVisible());
        QTest::qWait(200); // a late first result would land here if it were not dropped
        QCOMPARE(page.searchQuery()->delivered(), before + 1);
        QCOMPARE(persons->rowCount(), 1);
        QCOMPARE(persons->item(0, 0)->text(), kLan.fullName);
        QVERIFY(!page.findChild<shell::InlineMessage*>()->isVisible()); // not "nobody found"

        // Selecting the person loads the household members on the detail worker.
        QTRY_VERIFY_WITH_TIMEOUT(!page.detailQuery()->isBusy() && members->rowCount() == 1, 10000);
        QCOMPARE(members->item(0, 0)->text(), kLan.fullName);
        page.grab().save(QDir::temp().filePath(QStringLiteral("residence-registry-worker.png")));
    }

    void caseSearchAndQueueLoadOnAWorker()
    {
        Desk d;
        auto received = CaseService(*d.f.store).receive(d.f.police, residence::test::ResidenceFixture::permanent(kLan));
        QVERIFY2(received, qPrintable(received.status().message()));

        CasePage cases(*d.desk);
        cases.show();
        cases.find(received->number);
        QVERIFY(cases.query()->isBusy());
        QCOMPARE(cases.view()->caseId(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!cases.query()->isBusy(), 10000);
        QCOMPARE(cases.view()->caseId(), received->id);

        // A search for a number that does not exist says so, once the worker answers.
        cases.find(QStringLiteral("1999-000001"));
        QTRY_VERIFY_WITH_TIMEOUT(!cases.query()->isBusy(), 10000);
        QVERIFY(cases.findChild<shell::InlineMessage*>()->isVisible());

        WorkQueuePage queue(*d.desk);
        queue.show(); // the show event starts a refresh
        queue.findChild<QComboBox*>(QStringLiteral("queueView"))->setCurrentIndex(2);
        const int before = queue.query()->delivered();
        queue.refresh(); // overtakes the refresh of the show event
        QVERIFY(queue.query()->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!queue.query()->isBusy(), 10000);
        QTest::qWait(200);
        QCOMPARE(queue.query()->delivered(), before + 1);
        QCOMPARE(queue.table()->rowCount(), 1);
        QCOMPARE(queue.table()->item(0, 1)->text(), received->number);
    }

    void oneCaseLoadsOnAWorkerAndShowsItsDeletionGround()
    {
        Desk d;
        CaseIntake stay;
        stay.procedure = Procedure::TemporaryRegistration;
        stay.declarant = kLan;
        stay.address = residence::test::ResidenceFixture::address();
        stay.periodFrom = QDate(2026, 3, 2);
        stay.periodTo = QDate(2026, 9, 1);
        const qint64 stayCase = d.f.approved(stay);
        CaseIntake del;
        del.procedure = Procedure::TemporaryDeletion;
        del.declarant = kLan;
        del.deletionGround = QStringLiteral("tmp.lease_ended");
        del.reason = QStringLiteral("Hợp đồng thuê nhà kết thúc ngày 28/02/2026");
        const qint64 deletion = d.f.approved(del);

        CaseView view(*d.desk);
        view.resize(1300, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto* busy = view.findChild<QProgressBar*>(QStringLiteral("busyBar"));
        auto* details = view.findChild<QLabel*>(QStringLiteral("caseDetails"));
        QVERIFY(busy && details);

        // The first case is overtaken by the second before the worker answers: only the second is shown.
        const int before = view.query()->delivered();
        view.showCase(stayCase);
        view.showCase(deletion);
        QVERIFY(view.query()->isBusy()); // returned at once, the worker still reads
        QVERIFY(busy->isVisible());
        QVERIFY(!view.record().has_value());
        QVERIFY(details->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!view.query()->isBusy(), 10000);
        QTest::qWait(200); // a late first answer would land here if it were not dropped
        QCOMPARE(view.query()->delivered(), before + 1);
        QVERIFY(!busy->isVisible());
        QVERIFY2(view.record().has_value(),
                 qPrintable(view.findChild<shell::InlineMessage*>(QStringLiteral("caseMessage"))->text()));
        QCOMPARE(view.record()->summary.id, deletion);
        QCOMPARE(view.caseId(), deletion);

        // The case page names the ground and its legal basis; the result notice (CT08) prints them.
        QVERIFY2(details->text().contains(QStringLiteral("điểm e khoản 1 Điều 29 Luật Cư trú năm 2020")),
                 qPrintable(details->text()));
        QVERIFY(details->text().contains(QStringLiteral("Hợp đồng thuê nhà kết thúc ngày 28/02/2026")));
        const QVariantMap ct08 =
            CaseForms::fields(documents::ResidenceForm::CT08, *view.record(), *d.desk, QStringLiteral("Công an 1"));
        const QString result = ct08.value(QStringLiteral("result")).toString();
        QVERIFY2(result.contains(QStringLiteral("Lý do xóa đăng ký: Đã chấm dứt việc thuê, mượn, ở nhờ")),
                 qPrintable(result));
        QVERIFY(result.contains(QStringLiteral("(căn cứ điểm e khoản 1 Điều 29 Luật Cư trú năm 2020)")));
        QTRY_VERIFY_WITH_TIMEOUT(view.documents()->previewReady(), 10000);
        view.grab().save(QDir::temp().filePath(QStringLiteral("residence-case-deletion-ground.png")));

        // A case that cannot be read says why once the worker answers.
        view.showCase(999999);
        QTRY_VERIFY_WITH_TIMEOUT(!view.query()->isBusy(), 10000);
        QVERIFY(!view.record().has_value());
        QVERIFY(view.findChild<shell::InlineMessage*>(QStringLiteral("caseMessage"))->isVisible());
    }

    void accommodationListsLoadOnAWorker()
    {
        Desk d;
        AccommodationRegister reg(*d.f.store);
        auto hotel = reg.addLodging(d.f.police, {0, QStringLiteral("Nhà nghỉ Hoa Sen"), LodgingKind::Guesthouse,
                                                 residence::test::ResidenceFixture::address(),
                                                 QStringLiteral("Mai Văn Lực"), QStringLiteral("0243111111"), false});
        QVERIFY(hotel);
        GuestNotice missing;
        missing.lodgingId = *hotel;
        missing.guestName = QStringLiteral("Quách Thị Nga");
        missing.documentNumber = QStringLiteral("001190054321");
        missing.arrivalAt = QDateTime(QDate(2026, 2, 28), QTime(15, 0));
        missing.leaveOn = QDate(2026, 3, 3);
        missing.reason = QStringLiteral("Thăm người thân");
        QVERIFY(reg.addNotice(d.f.police, missing)); // found at inspection: no notice at all

        AccommodationPage page(*d.desk);
        page.resize(1300, 700);
        auto* lodgings = page.findChild<QTableWidget*>(QStringLiteral("lodgingsTable"));
        auto* notices = page.findChild<QTableWidget*>(QStringLiteral("noticesTable"));
        auto* problems = page.findChild<QTableWidget*>(QStringLiteral("problemsTable"));
        auto* busy = page.findChild<QProgressBar*>(QStringLiteral("busyBar"));
        QVERIFY(lodgings && notices && problems && busy);
        page.show(); // the show event starts a refresh
        QVERIFY(page.query()->isBusy());
        QCOMPARE(lodgings->rowCount(), 0); // nothing read on the GUI thread
        const int before = page.query()->delivered();
        page.refresh(); // overtakes the refresh of the show event
        QVERIFY(busy->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!page.query()->isBusy(), 10000);
        QTest::qWait(200);
        QCOMPARE(page.query()->delivered(), before + 1);
        QVERIFY(!busy->isVisible());
        QCOMPARE(lodgings->rowCount(), 1);
        QCOMPARE(lodgings->item(0, 0)->text(), QStringLiteral("Nhà nghỉ Hoa Sen"));
        QCOMPARE(notices->rowCount(), 1);
        QCOMPARE(problems->rowCount(), 1);
        QCOMPARE(problems->item(0, 2)->text(), QStringLiteral("Quách Thị Nga"));

        // Selecting the lodging refreshes on the worker and keeps the selection.
        lodgings->selectRow(0);
        QVERIFY(page.query()->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!page.query()->isBusy(), 10000);
        QCOMPARE(lodgings->currentRow(), 0);
        QCOMPARE(notices->rowCount(), 1);
    }

    void receiptSignedWithTheUnitKeyOnAWorker()
    {
        motcua::test::SignPki pki;
        QVERIFY(pki.generate());
        Desk d;
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("motcua.ini")));
        ModuleContext context = d.f.tw.ws->context();
        context.settings = &settings;
        ResidenceDesk desk(context, [&d]() -> Result<ResidenceEnvironment> { return d.f.store->env(); });
        desk.setSessionOverride(d.f.police);
        auto received = CaseService(*d.f.store).receive(d.f.police, residence::test::ResidenceFixture::permanent(kLan));
        QVERIFY(received);
        auto record = CaseService(*d.f.store).caseRecord(d.f.police, received->id);
        QVERIFY(record);

        CaseDocumentsPanel panel(desk);
        panel.resize(900, 700);
        panel.show();
        auto* signButton = panel.findChild<QPushButton*>(QStringLiteral("signButton"));
        QVERIFY(signButton);
        panel.setCase(*record);
        QVERIFY(!signButton->isVisible()); // no key configured: no signing offered
        settings.setValue(QString::fromLatin1(SigningSettingsPage::kKeyFile), pki.path(QStringLiteral("agency.p12")));
        QVERIFY(panel.selectForm(documents::ResidenceForm::CT04));
        QTRY_VERIFY_WITH_TIMEOUT(panel.previewReady(), 10000);
        QVERIFY(signButton->isVisible() && signButton->isEnabled());

        // A wrong password: a message, nothing signed.
        panel.signWith(QStringLiteral("wrong"));
        QVERIFY(panel.signingRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!panel.signingRunning(), 20000);
        QVERIFY(!panel.isSignedShown());
        const QString audited =
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'residence.form.sign' AND subject_id = '%1'")
                .arg(received->id);
        QCOMPARE(d.f.count(audited), 0); // nothing signed, nothing audited

        // The test PKI is issued now; the fixture's clock (March 2026) would date the signature before it.
        d.f.tw.clock.set(QDateTime::currentDateTime());
        panel.signWith(QStringLiteral("secret"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel.signingRunning() && panel.isSignedShown(), 20000);
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("documentStatus"))->text().contains(QStringLiteral("✔")));
        QCOMPARE(d.f.count(audited), 1); // the signature is audited with the case id and the form code only
        panel.grab().save(QDir::temp().filePath(QStringLiteral("residence-ct04-signed.png")));
        const QString path = dir.filePath(QStringLiteral("ct04.pdf"));
        QString error;
        QVERIFY2(panel.saveTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto reports = motcua::test::verifyPdf(file.readAll(), pki);
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.first().status, sign::SignatureStatus::Valid);
        QVERIFY(reports.first().coversWholeDocument);

        // Choosing another form drops the signed preview.
        panel.selectForm(documents::ResidenceForm::CT01);
        QVERIFY(!panel.isSignedShown());
        QVERIFY(!signButton->isEnabled()); // the declarant's CT01 is not signed by the unit
    }

    void dialogButtonsAreTranslated()
    {
        QVERIFY(Translator::install(QStringLiteral("vi")));
        QDialog dialog;
        QDialogButtonBox* close = ui::closeButtons(dialog);
        QCOMPARE(close->standardButtons(), QDialogButtonBox::NoButton);
        QCOMPARE(close->buttons().size(), 1);
        QCOMPARE(close->buttons().first()->text(), QStringLiteral("Đó&ng"));
        QDialog form;
        QDialogButtonBox* save = ui::saveCancelButtons(form);
        QCOMPARE(save->standardButtons(), QDialogButtonBox::NoButton);
        QStringList texts;
        for (QAbstractButton* b : save->buttons())
            texts << b->text();
        texts.sort();
        QCOMPARE(texts, (QStringList{QStringLiteral("&Lưu"), QStringLiteral("Hủy")}));
        // Close rejects the dialog.
        dialog.show();
        QTest::mouseClick(close->buttons().first(), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(TestResidencePagesWorker)
#include "tst_residence_pages_worker.moc"
