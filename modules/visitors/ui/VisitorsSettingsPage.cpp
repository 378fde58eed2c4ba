#include "VisitorsSettingsPage.h"

#include "Icons.h"
#include "VisitorsSettings.h"

#include <QFormLayout>
#include <QSpinBox>
#include <QTimeEdit>
#include <QWidget>

namespace motcua::visitors {

QString VisitorsSettingsPage::name() const
{
    return tr("Visitors");
}

QIcon VisitorsSettingsPage::icon() const
{
    return shell::shippedIcon(QLatin1String("user-identity"));
}

QWidget* VisitorsSettingsPage::createWidget(QWidget* parent)
{
    auto* page = new QWidget(parent);
    page->setObjectName(QStringLiteral("visitorsSettings"));
    auto* time = new QTimeEdit(page);
    time->setObjectName(QStringLiteral("autoSignOutTime"));
    time->setDisplayFormat(QStringLiteral("HH:mm"));
    auto* visits = new QSpinBox(page);
    visits->setObjectName(QStringLiteral("visitRetentionDays"));
    visits->setRange(1, 3650);
    visits->setSuffix(tr(" days"));
    auto* profiles = new QSpinBox(page);
    profiles->setObjectName(QStringLiteral("profileRetentionDays"));
    profiles->setRange(1, 3650);
    profiles->setSuffix(tr(" days"));
    auto* form = new QFormLayout(page);
    form->addRow(tr("Sign everyone out automatically at:"), time);
    form->addRow(tr("Keep visits for:"), visits);
    form->addRow(tr("Keep visitor profiles (with portraits) for:"), profiles);
    return page;
}

void VisitorsSettingsPage::load(QWidget* widget)
{
    if (!m_db)
        return;
    const VisitorsSettings s = VisitorsSettings::load(*m_db);
    widget->findChild<QTimeEdit*>(QStringLiteral("autoSignOutTime"))->setTime(s.autoSignOutTime);
    widget->findChild<QSpinBox*>(QStringLiteral("visitRetentionDays"))->setValue(s.visitRetentionDays);
    widget->findChild<QSpinBox*>(QStringLiteral("profileRetentionDays"))->setValue(s.profileRetentionDays);
}

void VisitorsSettingsPage::save(QWidget* widget)
{
    if (!m_db)
        return;
    VisitorsSettings s;
    s.autoSignOutTime = widget->findChild<QTimeEdit*>(QStringLiteral("autoSignOutTime"))->time();
    s.visitRetentionDays = widget->findChild<QSpinBox*>(QStringLiteral("visitRetentionDays"))->value();
    s.profileRetentionDays = widget->findChild<QSpinBox*>(QStringLiteral("profileRetentionDays"))->value();
    (void)s.save(*m_db);
}

} // namespace motcua::visitors
