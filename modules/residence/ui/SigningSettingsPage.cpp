#include "SigningSettingsPage.h"

#include "Icons.h"
#include "Settings.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua::residence {

QString SigningSettingsPage::name() const
{
    return tr("Residence signing");
}

QIcon SigningSettingsPage::icon() const
{
    return shell::shippedIcon(QLatin1String("document-edit-sign"));
}

QWidget* SigningSettingsPage::createWidget(QWidget* parent)
{
    auto* w = new QWidget(parent);
    auto* file = new QLineEdit(w);
    file->setObjectName(QStringLiteral("residenceKeyFile"));
    file->setPlaceholderText(tr("Empty: the forms are printed without a digital signature"));
    file->setToolTip(file->placeholderText());
    file->setMinimumWidth(280);
    auto* browse = new QPushButton(tr("&Browse…"), w);
    QObject::connect(browse, &QPushButton::clicked, w, [w, file] {
        const QString path = QFileDialog::getOpenFileName(w, tr("Police unit's key"), file->text(),
                                                          tr("PKCS#12 key files (*.p12 *.pfx)"));
        if (!path.isEmpty())
            file->setText(path);
    });
    auto* row = new QHBoxLayout;
    row->addWidget(file, 1);
    row->addWidget(browse);
    auto* help = new QLabel(tr("CT03 to CT08 are signed with this key (PAdES) when an officer chooses \"Sign\" on "
                               "the case page. The key's password is asked each time and never stored."),
                            w);
    help->setWordWrap(true);
    auto* label = new QLabel(tr("Police unit's &key (PKCS#12):"), w);
    label->setBuddy(file);
    // Label, field and help stacked: narrow enough that the settings dialog keeps its page list readable.
    auto* layout = new QVBoxLayout(w);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(help);
    layout->addStretch();
    return w;
}

void SigningSettingsPage::load(QWidget* w)
{
    if (m_context.settings)
        w->findChild<QLineEdit*>(QStringLiteral("residenceKeyFile"))
            ->setText(m_context.settings->value(QString::fromLatin1(kKeyFile)).toString());
}

void SigningSettingsPage::save(QWidget* w)
{
    if (m_context.settings)
        m_context.settings->setValue(QString::fromLatin1(kKeyFile),
                                     w->findChild<QLineEdit*>(QStringLiteral("residenceKeyFile"))->text().trimmed());
}

} // namespace motcua::residence
