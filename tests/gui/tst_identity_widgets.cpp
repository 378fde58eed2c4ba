// The shared identity widgets: the verdict badge says chip verified, not chip-verified, untrusted signer (amber, its
// own words, no override) or failed (red) from the card service's security verdicts; the panel shows the fields.
#include "IdentityPanel.h"
#include "Translator.h"
#include "VerdictBadge.h"

#include <QLabel>
#include <QTest>

using namespace motcua;
using motcua::shell::VerdictBadge;

class TestIdentityWidgets : public QObject
{
    Q_OBJECT

    static card::CitizenIdentity chipIdentity(card::PassiveAuthenticationStatus passive)
    {
        card::CitizenIdentity id;
        id.source = card::CitizenIdentity::Source::Chip;
        id.holder.idNumber = QStringLiteral("001089012345");
        id.holder.fullName = QStringLiteral("Nguyễn Văn An");
        id.holder.dateOfBirth = QDate(1989, 3, 15);
        id.holder.sex = QStringLiteral("M");
        id.holder.expiryDate = QDate(2029, 3, 15);
        id.security.access = card::AccessProtocol::Pace;
        id.security.passiveAuthentication = passive;
        for (int dg : {1, 2, 13, 14, 15})
            id.security.dataGroups.insert(dg, card::DataGroupVerdict::Valid);
        id.security.activeAuthentication = card::ChipCheckVerdict::Valid;
        return id;
    }

private slots:
    void verdictOfTheSecurityResults()
    {
        using PA = card::PassiveAuthenticationStatus;
        QCOMPARE(VerdictBadge::verdictOf(chipIdentity(PA::Valid)), VerdictBadge::Verdict::ChipVerified);
        QCOMPARE(VerdictBadge::verdictOf(chipIdentity(PA::UntrustedSigner)), VerdictBadge::Verdict::UntrustedSigner);
        QCOMPARE(VerdictBadge::verdictOf(chipIdentity(PA::Invalid)), VerdictBadge::Verdict::Failed);
        QCOMPARE(VerdictBadge::verdictOf(chipIdentity(PA::NotChecked)), VerdictBadge::Verdict::Failed);

        // Untrusted signer but a data group does not match, or active authentication failed: a failure, red.
        auto tampered = chipIdentity(PA::UntrustedSigner);
        tampered.security.dataGroups[13] = card::DataGroupVerdict::Invalid;
        QCOMPARE(VerdictBadge::verdictOf(tampered), VerdictBadge::Verdict::Failed);
        auto clone = chipIdentity(PA::UntrustedSigner);
        clone.security.activeAuthentication = card::ChipCheckVerdict::Invalid;
        QCOMPARE(VerdictBadge::verdictOf(clone), VerdictBadge::Verdict::Failed);

        auto qr = chipIdentity(PA::NotChecked);
        qr.source = card::CitizenIdentity::Source::QrCode;
        QCOMPARE(VerdictBadge::verdictOf(qr), VerdictBadge::Verdict::NotChipVerified);

        QVERIFY(VerdictBadge::needsOverride(VerdictBadge::Verdict::Failed));
        QVERIFY(!VerdictBadge::needsOverride(VerdictBadge::Verdict::UntrustedSigner));
        QVERIFY(!VerdictBadge::needsOverride(VerdictBadge::Verdict::NotChipVerified));
    }

    void untrustedIsAmberWithItsOwnWords()
    {
        VerdictBadge badge;
        badge.setVerdict(VerdictBadge::Verdict::Failed);
        const QString failedText = badge.text();
        const QColor red = renderedBackground(badge);
        badge.setVerdict(VerdictBadge::Verdict::UntrustedSigner);
        QVERIFY(badge.text().startsWith(QStringLiteral("! ")));
        QVERIFY(badge.text().contains(QStringLiteral("Chip data intact")));
        QVERIFY(badge.text().contains(QStringLiteral("not in the trust store")));
        QVERIFY(badge.text() != failedText);
        const QColor amber = renderedBackground(badge);
        badge.setVerdict(VerdictBadge::Verdict::NotChipVerified);
        QCOMPARE(renderedBackground(badge), amber); // the same amber as "not chip-verified"
        QVERIFY(red.red() > 150 && red.green() < 80);
        QVERIFY(amber.red() > 200 && amber.green() > 150 && amber.blue() < 100);
        // Never clipped: a short verdict is at least as wide as its text; a long one wraps.
        QVERIFY(badge.minimumWidth() >= badge.fontMetrics().horizontalAdvance(badge.text()));
        QVERIFY(!badge.wordWrap());
    }

    void longVerdictWrapsInANarrowPanel()
    {
        // The untrusted-signer wording in Vietnamese (the default language; last test: the translator stays) in a
        // panel as narrow as the check-in page's column on a 1280-pixel screen.
        QVERIFY(Translator::install(QStringLiteral("vi")));
        shell::IdentityPanel panel;
        panel.setIdentity(chipIdentity(card::PassiveAuthenticationStatus::UntrustedSigner), QDate(2026, 3, 2));
        VerdictBadge* badge = panel.badge();
        QVERIFY(badge->fontMetrics().horizontalAdvance(badge->text()) > VerdictBadge::kMaxOneLineWidth);
        QVERIFY(badge->wordWrap());
        QVERIFY(badge->text().contains(QStringLiteral("kho tin cậy")));
        panel.resize(580, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(badge->minimumWidth() <= VerdictBadge::kMaxOneLineWidth);
        // Inside the panel, and tall enough for its wrapped text.
        QVERIFY(badge->geometry().right() <= panel.width());
        QVERIFY(badge->height() >= badge->heightForWidth(badge->width()));
    }

    void panelShowsTheUntrustedVerdict()
    {
        shell::IdentityPanel panel;
        panel.setIdentity(chipIdentity(card::PassiveAuthenticationStatus::UntrustedSigner), QDate(2026, 3, 2));
        QCOMPARE(panel.badge()->verdict(), VerdictBadge::Verdict::UntrustedSigner);
        QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("identityName"))->text(), QStringLiteral("Nguyễn Văn An"));
        QVERIFY(!panel.showsExpiredCard());
    }

private:
    /// The badge's background colour as drawn (a pixel inside the border, away from the text).
    static QColor renderedBackground(VerdictBadge& badge)
    {
        badge.resize(badge.sizeHint().expandedTo(QSize(badge.minimumWidth(), 20)));
        const QImage image = badge.grab().toImage();
        return image.pixelColor(3, image.height() / 2);
    }
};

QTEST_MAIN(TestIdentityWidgets)
#include "tst_identity_widgets.moc"
