#include "SetupPlacePage.h"

#include "AdminUnits.h"
#include "SearchableComboBox.h"

#include <QCollator>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSysInfo>

#include <algorithm>

namespace motcua::shell {

namespace {
QCollator vietnameseCollator()
{
    QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}
} // namespace

SetupPlacePage::SetupPlacePage(QWidget* parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("setupPlacePage"));
    setTitle(tr("This workstation"));
    setSubTitle(tr("Name this computer and say which office it serves. You can find the province and commune by "
                   "typing part of the name."));

    m_workstation = new QLineEdit(this);
    m_workstation->setObjectName(QStringLiteral("workstationNameEdit"));
    m_workstation->setPlaceholderText(tr("For example: Desk 1"));
    m_workstation->setText(QSysInfo::machineHostName());
    m_agency = new QLineEdit(this);
    m_agency->setObjectName(QStringLiteral("agencyNameEdit"));
    m_agency->setPlaceholderText(tr("For example: People's Committee of Ba Đình Ward"));
    m_province = new SearchableComboBox(this);
    m_province->setObjectName(QStringLiteral("provinceCombo"));
    m_commune = new SearchableComboBox(this);
    m_commune->setObjectName(QStringLiteral("communeCombo"));

    QList<Province> provinces = AdminUnits::instance().provinces();
    const QCollator collator = vietnameseCollator();
    std::sort(provinces.begin(), provinces.end(),
              [&collator](const Province& a, const Province& b) { return collator.compare(a.name, b.name) < 0; });
    for (const Province& p : provinces) {
        m_province->addItem(p.name, p.code);
        m_province->setItemData(m_province->count() - 1, p.fullName, Qt::ToolTipRole);
    }
    m_province->setCurrentIndex(-1);
    m_province->setSearchHint(tr("Type to search"));
    m_commune->setSearchHint(tr("Choose the province first"));
    m_commune->setEnabled(false);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Workstation name:"), m_workstation);
    form->addRow(tr("&Agency:"), m_agency);
    form->addRow(tr("&Province or city:"), m_province);
    form->addRow(tr("&Commune or ward:"), m_commune);
    if (provinces.isEmpty()) {
        auto* warning = new QLabel(tr("The list of provinces could not be loaded. Reinstall the application."), this);
        warning->setWordWrap(true);
        form->addRow(warning);
    }

    registerField(QStringLiteral("workstationName*"), m_workstation);
    registerField(QStringLiteral("agencyName*"), m_agency);
    registerField(QStringLiteral("provinceCode"), m_province, "currentData", SIGNAL(currentIndexChanged(int)));
    registerField(QStringLiteral("communeCode"), m_commune, "currentData", SIGNAL(currentIndexChanged(int)));

    connect(m_province, &SearchableComboBox::selectionChanged, this, &SetupPlacePage::fillCommunes);
    connect(m_province, &SearchableComboBox::selectionChanged, this, &QWizardPage::completeChanged);
    connect(m_commune, &SearchableComboBox::selectionChanged, this, &QWizardPage::completeChanged);
}

void SetupPlacePage::fillCommunes()
{
    const QString code = m_province->hasValidSelection() ? m_province->currentData().toString() : QString();
    if (code == m_commune->property("provinceCode").toString())
        return;
    m_commune->setProperty("provinceCode", code);
    m_commune->clear();
    const Province* province = AdminUnits::instance().province(code);
    m_commune->setEnabled(province != nullptr);
    m_commune->setSearchHint(province ? tr("Type to search") : tr("Choose the province first"));
    if (!province)
        return;
    QList<Commune> communes = province->communes;
    const QCollator collator = vietnameseCollator();
    std::sort(communes.begin(), communes.end(),
              [&collator](const Commune& a, const Commune& b) { return collator.compare(a.name, b.name) < 0; });
    for (const Commune& c : communes)
        m_commune->addItem(c.fullName, c.code);
    m_commune->setCurrentIndex(-1);
}

bool SetupPlacePage::isComplete() const
{
    return !m_workstation->text().trimmed().isEmpty() && !m_agency->text().trimmed().isEmpty() &&
           m_province->hasValidSelection() && m_commune->hasValidSelection();
}

} // namespace motcua::shell
