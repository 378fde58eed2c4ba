#include "SetupSummaryPage.h"

#include "AdminUnits.h"
#include "InlineMessage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace motcua::shell {

SetupSummaryPage::SetupSummaryPage(const QString& databasePath, QWidget* parent)
    : QWizardPage(parent), m_databasePath(databasePath)
{
    setObjectName(QStringLiteral("setupSummaryPage"));
    setTitle(tr("Ready to create"));
    setSubTitle(tr("Check the details. Press Create to set up the workstation."));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("setupSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("setupMessage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addStretch(1);
}

void SetupSummaryPage::initializePage()
{
    m_message->clear();
    const AdminUnits& units = AdminUnits::instance();
    const Province* province = units.province(field(QStringLiteral("provinceCode")).toString());
    const Commune* commune = units.commune(field(QStringLiteral("communeCode")).toString());
    const QString admin = field(QStringLiteral("adminDisplayName")).toString().trimmed();
    const QString row = QStringLiteral("<tr><td style='padding-right:12px'>%1</td><td><b>%2</b></td></tr>");
    QString html = QStringLiteral("<table>");
    html += row.arg(tr("Workstation:"), field(QStringLiteral("workstationName")).toString().trimmed().toHtmlEscaped());
    html += row.arg(tr("Agency:"), field(QStringLiteral("agencyName")).toString().trimmed().toHtmlEscaped());
    html += row.arg(tr("Commune or ward:"), commune ? commune->fullName.toHtmlEscaped() : QString());
    html += row.arg(tr("Province or city:"), province ? province->fullName.toHtmlEscaped() : QString());
    html += row.arg(tr("Administrator:"),
                    QString(field(QStringLiteral("adminUsername")).toString().trimmed().toLower() +
                            (admin.isEmpty() ? QString() : QStringLiteral(" (") + admin + QLatin1Char(')')))
                        .toHtmlEscaped());
    html += row.arg(tr("Database file:"), m_databasePath.toHtmlEscaped());
    html += QStringLiteral("</table>");
    m_summary->setText(html);
}

void SetupSummaryPage::showError(const QString& message)
{
    m_message->showMessage(InlineMessage::Kind::Error, message);
}

} // namespace motcua::shell
