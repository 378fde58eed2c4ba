#include "AboutDialog.h"

#include "Icons.h"
#include "SystemInfo.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace motcua::shell {

AboutDialog::AboutDialog(Database& db, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Một Cửa Workstation"));
    resize(560, 460);

    auto* logo = new QLabel(this);
    logo->setPixmap(applicationIcon().pixmap(64, 64));
    auto* title = new QLabel(QStringLiteral("<h2>Một Cửa Workstation</h2><p>%1</p><p>%2</p>")
                                 .arg(tr("Version %1").arg(SystemInfo::applicationVersion()),
                                      tr("The desk application for one-stop public service counters.")),
                             this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    title->setWordWrap(true);
    auto* header = new QHBoxLayout;
    header->addWidget(logo, 0, Qt::AlignTop);
    header->addWidget(title, 1);

    const QString row = QStringLiteral(
        "<tr><td style='padding-right:16px'>%1</td><td style='padding-right:16px'>%2</td><td>%3</td></tr>");
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(tr("Built with"));
    html += row.arg(QStringLiteral("Qt"), SystemInfo::qtVersion(), QStringLiteral("LGPL-3.0"));
    html +=
        row.arg(QStringLiteral("OpenSSL"), SystemInfo::openSslVersion().toHtmlEscaped(), QStringLiteral("Apache-2.0"));
    html += row.arg(QStringLiteral("SQLite"), SystemInfo::sqliteVersion(db), tr("public domain"));
    html += row.arg(QStringLiteral("libargon2"), QString(), QStringLiteral("CC0-1.0 / Apache-2.0"));
    html += row.arg(QStringLiteral("pcsc-lite"), QString(), QStringLiteral("BSD-3-Clause"));
    html += QStringLiteral("</table><h3>%1</h3><ul>").arg(tr("Included material"));
    html += QStringLiteral("<li>%1</li>").arg(tr("Icons: KDE Breeze icon theme, LGPL-3.0 or later."));
    html += QStringLiteral("<li>%1</li>")
                .arg(tr("Administrative units of Vietnam: vietnamese-provinces-database by thanglequoc, MIT "
                        "licence."));
    html += QStringLiteral("</ul>");
    auto* details = new QTextBrowser(this);
    details->setObjectName(QStringLiteral("aboutDetails"));
    details->setOpenExternalLinks(true);
    details->setHtml(html);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    auto* aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::ActionRole);
    connect(aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(details, 1);
    layout->addWidget(buttons);
}

} // namespace motcua::shell
