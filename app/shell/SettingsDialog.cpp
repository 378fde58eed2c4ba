#include "SettingsDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace motcua::shell {

SettingsDialog::SettingsDialog(std::vector<std::unique_ptr<ISettingsPage>> pages, QWidget* parent)
    : QDialog(parent), m_pages(std::move(pages))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    resize(720, 460);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("settingsPageList"));
    m_list->setIconSize(QSize(22, 22));
    m_list->setMaximumWidth(200);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("settingsPages"));
    for (const auto& page : m_pages) {
        QWidget* widget = page->createWidget(m_stack);
        page->load(widget);
        m_widgets.push_back(widget);
        m_stack->addWidget(widget);
        new QListWidgetItem(page->icon(), page->name(), m_list);
    }
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_list->setCurrentRow(0);
    m_list->setVisible(m_pages.size() > 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* body = new QHBoxLayout;
    body->addWidget(m_list);
    body->addWidget(m_stack, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    for (size_t i = 0; i < m_pages.size(); ++i)
        m_pages[i]->save(m_widgets[i]);
    QDialog::accept();
}

} // namespace motcua::shell
