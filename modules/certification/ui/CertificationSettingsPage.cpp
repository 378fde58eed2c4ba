#include "CertificationSettingsPage.h"

#include "AttestationTemplate.h"
#include "CertificationTr.h"
#include "KeyChooser.h"
#include "Settings.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QWidget>

namespace motcua::certification {

namespace {
const QString kTsa = QStringLiteral("certification/tsaUrl");
const QString kEndpoint = QStringLiteral("certification/deliveryEndpoint");
const QString kAnchors = QStringLiteral("certification/trustAnchors");
} // namespace

QString CertificationSettingsPage::name() const
{
    return Tr::tr("Certification");
}

QIcon CertificationSettingsPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("document-edit-sign"));
}

QWidget* CertificationSettingsPage::createWidget(QWidget* parent)
{
    auto* w = new QWidget(parent);
    auto* form = new QFormLayout(w);
    auto* text = new QPlainTextEdit(w);
    text->setObjectName(QStringLiteral("attestationTemplate"));
    auto* help = new QLabel(Tr::tr("Placeholders: {number} {book} {day} {month} {year} {officer} {title} {agency} "
                                   "{document} {pages} {copies}. A line starting with # is a centred heading."),
                            w);
    help->setWordWrap(true);
    auto* tsa = new QLineEdit(w);
    tsa->setObjectName(QStringLiteral("tsaUrl"));
    tsa->setPlaceholderText(Tr::tr("Empty: signatures without a time-stamp (B-B)"));
    auto* endpoint = new QLineEdit(w);
    endpoint->setObjectName(QStringLiteral("deliveryEndpoint"));
    auto* driver = new QLineEdit(w);
    driver->setObjectName(QStringLiteral("tokenDriver"));
    driver->setPlaceholderText(KeyChooser::defaultTokenDriver().isEmpty()
                                   ? Tr::tr("Path of the token's PKCS#11 library")
                                   : KeyChooser::defaultTokenDriver());
    auto* anchors = new QLineEdit(w);
    anchors->setObjectName(QStringLiteral("trustAnchors"));
    anchors->setPlaceholderText(Tr::tr("Root certificate files, separated by ;"));
    form->addRow(Tr::tr("Attestation wording:"), text);
    form->addRow(QString(), help);
    form->addRow(Tr::tr("Time-stamp server (RFC 3161):"), tsa);
    form->addRow(Tr::tr("Delivery endpoint (HTTPS):"), endpoint);
    form->addRow(Tr::tr("Trusted roots:"), anchors);
    form->addRow(Tr::tr("USB token driver (PKCS#11):"), driver);
    return w;
}

void CertificationSettingsPage::load(QWidget* w)
{
    if (!m_context.settings)
        return;
    w->findChild<QPlainTextEdit*>(QStringLiteral("attestationTemplate"))
        ->setPlainText(AttestationTemplate::load(*m_context.settings));
    w->findChild<QLineEdit*>(QStringLiteral("tsaUrl"))->setText(m_context.settings->value(kTsa).toString());
    w->findChild<QLineEdit*>(QStringLiteral("deliveryEndpoint"))
        ->setText(m_context.settings->value(kEndpoint).toString());
    w->findChild<QLineEdit*>(QStringLiteral("tokenDriver"))
        ->setText(m_context.settings->value(kTokenDriverKey).toString());
    w->findChild<QLineEdit*>(QStringLiteral("trustAnchors"))
        ->setText(m_context.settings->value(kAnchors).toStringList().join(QLatin1Char(';')));
}

void CertificationSettingsPage::save(QWidget* w)
{
    if (!m_context.settings)
        return;
    AttestationTemplate::save(*m_context.settings,
                              w->findChild<QPlainTextEdit*>(QStringLiteral("attestationTemplate"))->toPlainText());
    m_context.settings->setValue(kTsa, w->findChild<QLineEdit*>(QStringLiteral("tsaUrl"))->text().trimmed());
    m_context.settings->setValue(kEndpoint,
                                 w->findChild<QLineEdit*>(QStringLiteral("deliveryEndpoint"))->text().trimmed());
    m_context.settings->setValue(kTokenDriverKey,
                                 w->findChild<QLineEdit*>(QStringLiteral("tokenDriver"))->text().trimmed());
    m_context.settings->setValue(
        kAnchors,
        w->findChild<QLineEdit*>(QStringLiteral("trustAnchors"))->text().split(QLatin1Char(';'), Qt::SkipEmptyParts));
}

} // namespace motcua::certification
