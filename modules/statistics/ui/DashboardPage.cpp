#include "DashboardPage.h"

#include "AdminUnits.h"
#include "ChartExport.h"
#include "Clock.h"
#include "CurrentOperator.h"
#include "DashboardCharts.h"
#include "Database.h"
#include "DateCodec.h"
#include "ImportDialog.h"
#include "ProvinceMap.h"
#include "ReportWriter.h"
#include "ServiceRegistry.h"
#include "StatisticsAccess.h"
#include "SummaryQuery.h"
#include "Vault.h"
#include "XlsxExport.h"

#include <QAction>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace motcua::statistics {

DashboardPage::DashboardPage(const ModuleContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("statisticsDashboard"));
    buildUi();
    refresh();
}

void DashboardPage::buildUi()
{
    auto* root = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_province = new QComboBox(this);
    m_province->setObjectName(QStringLiteral("statsProvince"));
    m_province->addItem(tr("Whole country"), QString());
    for (const Province& p : AdminUnits::instance().provinces())
        m_province->addItem(p.name, p.code);
    m_commune = new QComboBox(this);
    m_commune->setObjectName(QStringLiteral("statsCommune"));
    m_commune->setMinimumContentsLength(18);
    m_asOf = new QDateEdit(m_context.clock ? m_context.clock->today() : QDate::currentDate(), this);
    m_asOf->setObjectName(QStringLiteral("statsAsOf"));
    m_asOf->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_asOf->setCalendarPopup(true);
    auto* provinceLabel = new QLabel(tr("&Province:"), this);
    provinceLabel->setBuddy(m_province);
    auto* communeLabel = new QLabel(tr("&Commune:"), this);
    communeLabel->setBuddy(m_commune);
    auto* asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(m_asOf);
    auto* importButton = new QPushButton(tr("&Import residents…"), this);
    importButton->setObjectName(QStringLiteral("statsImport"));
    auto* reportButton = new QPushButton(tr("&Report (PDF)…"), this);
    reportButton->setObjectName(QStringLiteral("statsReport"));
    auto* xlsxButton = new QPushButton(tr("&Tables (XLSX)…"), this);
    xlsxButton->setObjectName(QStringLiteral("statsXlsx"));
    for (QWidget* w :
         {static_cast<QWidget*>(provinceLabel), static_cast<QWidget*>(m_province), static_cast<QWidget*>(communeLabel),
          static_cast<QWidget*>(m_commune), static_cast<QWidget*>(asOfLabel), static_cast<QWidget*>(m_asOf)})
        bar->addWidget(w);
    bar->addStretch();
    bar->addWidget(importButton);
    bar->addWidget(reportButton);
    bar->addWidget(xlsxButton);
    root->addLayout(bar);

    auto* headline = new QHBoxLayout;
    headline->setSpacing(24);
    const QStringList names = {QStringLiteral("headlineResidents"), QStringLiteral("headlineHouseholds"),
                               QStringLiteral("headlineMale"), QStringLiteral("headlineFemale"),
                               QStringLiteral("headlineCards")};
    const QStringList captions = {tr("Residents"), tr("Households"), tr("Male"), tr("Female"), tr("Chip card holders")};
    for (qsizetype i = 0; i < names.size(); ++i) {
        auto* box = new QVBoxLayout;
        auto* value = new QLabel(this);
        value->setObjectName(names[i]);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        value->setFont(big);
        value->setMinimumWidth(QFontMetrics(big).horizontalAdvance(QStringLiteral("100.000.000")));
        box->setSpacing(0);
        box->addWidget(value);
        box->addWidget(new QLabel(captions[i], this));
        box->addStretch();
        headline->addLayout(box);
        m_headline.append(value);
    }
    m_filterLabel = new QLabel(this);
    m_filterLabel->setObjectName(QStringLiteral("statsFilter"));
    m_refreshing = new QLabel(tr("Refreshing…"), this);
    m_refreshing->setObjectName(QStringLiteral("statsRefreshing"));
    m_refreshing->hide();
    m_clearFilter = new QPushButton(tr("C&lear filter"), this);
    m_clearFilter->setObjectName(QStringLiteral("statsClearFilter"));
    headline->addStretch();
    headline->addWidget(m_refreshing);
    headline->addWidget(m_filterLabel);
    headline->addWidget(m_clearFilter);
    root->addLayout(headline);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("statsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    root->addWidget(m_message);

    auto* grid = new QGridLayout;
    m_charts = new DashboardCharts(this);
    const auto& views = m_charts->views();
    for (qsizetype i = 0; i < views.size(); ++i) {
        grid->addWidget(views[i], int(i / 3), int(i % 3));
        addExportActions(views[i]);
    }
    m_map = new ProvinceMap(this);
    m_map->setObjectName(QStringLiteral("statsMap"));
    grid->addWidget(m_map, 0, 3, 2, 1);
    grid->setColumnStretch(3, 0);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);
    root->addLayout(grid, 1);

    connect(m_province, &QComboBox::currentIndexChanged, this, [this] {
        fillCommunes();
        refresh();
    });
    connect(m_commune, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_asOf, &QDateEdit::dateChanged, this, [this] { refresh(); });
    connect(m_charts, &DashboardCharts::filterClicked, this, [this](const CrossFilter& f) {
        // A click adds to the current filter, so filters combine across charts.
        CrossFilter merged = m_filter;
        if (f.sex)
            merged.sex = f.sex;
        if (f.ageBand)
            merged.ageBand = f.ageBand;
        if (f.ethnicity)
            merged.ethnicity = f.ethnicity;
        if (f.religion)
            merged.religion = f.religion;
        if (f.residence)
            merged.residence = f.residence;
        setFilter(merged);
    });
    connect(m_clearFilter, &QPushButton::clicked, this, [this] { setFilter({}); });
    connect(m_map, &ProvinceMap::provinceClicked, this, &DashboardPage::selectProvince);
    connect(importButton, &QPushButton::clicked, this, &DashboardPage::importFile);
    connect(reportButton, &QPushButton::clicked, this, &DashboardPage::exportReport);
    connect(xlsxButton, &QPushButton::clicked, this, &DashboardPage::exportTables);
    fillCommunes();
}

void DashboardPage::addExportActions(QWidget* chart)
{
    chart->setContextMenuPolicy(Qt::ActionsContextMenu);
    const QList<QPair<QString, QString>> formats = {{tr("Save chart as PNG…"), QStringLiteral("png")},
                                                    {tr("Save chart as SVG…"), QStringLiteral("svg")},
                                                    {tr("Save chart as PDF…"), QStringLiteral("pdf")}};
    for (const auto& [label, ext] : formats) {
        auto* action = new QAction(label, chart);
        connect(action, &QAction::triggered, this, [this, chart, ext = ext] {
            const QString path = QFileDialog::getSaveFileName(this, tr("Save chart"), chart->objectName() + u'.' + ext,
                                                              QStringLiteral("*.") + ext);
            if (path.isEmpty())
                return;
            if (Status s = ChartExport::save(chart, path); !s)
                QMessageBox::warning(this, tr("Save chart"), s.message());
            else
                audited(chart->objectName(), ext);
        });
        chart->addAction(action);
    }
}

void DashboardPage::fillCommunes()
{
    const QSignalBlocker block(m_commune);
    m_commune->clear();
    m_commune->addItem(tr("All communes"), QString());
    const Province* p = AdminUnits::instance().province(m_province->currentData().toString());
    m_commune->setEnabled(p != nullptr);
    if (p)
        for (const Commune& c : p->communes)
            m_commune->addItem(c.fullName.isEmpty() ? c.name : c.fullName, c.code);
}

void DashboardPage::selectProvince(const QString& code)
{
    const int i = m_province->findData(code);
    if (i >= 0)
        m_province->setCurrentIndex(i);
}

void DashboardPage::selectCommune(const QString& code)
{
    const Commune* c = AdminUnits::instance().commune(code);
    if (!c)
        return;
    selectProvince(c->provinceCode);
    const int i = m_commune->findData(code);
    if (i >= 0)
        m_commune->setCurrentIndex(i);
}

void DashboardPage::setAsOf(const QDate& date)
{
    m_asOf->setDate(date);
}

int DashboardPage::areaKey() const
{
    AreaFilter f;
    f.provinceCode = m_province->currentData().toString().toInt();
    f.wardCode = m_commune->currentData().toString().toInt();
    return f.areaKey();
}

QString DashboardPage::areaName() const
{
    if (!m_commune->currentData().toString().isEmpty())
        return m_commune->currentText() + QStringLiteral(", ") + m_province->currentText();
    return m_province->currentText();
}

void DashboardPage::refresh()
{
    if (!m_context.database)
        return;
    AreaFilter f;
    f.provinceCode = m_province->currentData().toString().toInt();
    f.wardCode = m_commune->currentData().toString().toInt();
    const int asOf = datecodec::fromDate(m_asOf->date());
    const quint64 generation = ++m_generation;
    ++m_pending;
    m_refreshing->show();
    auto* watcher = new QFutureWatcher<Result<DashboardData>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        --m_pending;
        applyLoaded(generation, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(
        QtConcurrent::run([path = m_context.database->path(), f, asOf] { return DashboardQuery::run(path, f, asOf); }));
}

void DashboardPage::applyLoaded(quint64 generation, const Result<DashboardData>& data)
{
    if (generation != m_generation)
        return; // the selection changed meanwhile: a newer result is on its way
    m_refreshing->hide();
    if (!data) {
        m_message->setText(data.status().message());
        m_message->show();
        emit refreshed();
        return;
    }
    m_message->hide();
    m_summary = data->summary;
    m_cube = data->cube;
    m_map->setValues(data->perProvince, tr("Residents"));
    m_map->setSelected(m_province->currentData().toString());
    showSummary();
    emit refreshed();
}

void DashboardPage::setFilter(const CrossFilter& filter)
{
    m_filter = filter;
    showSummary();
}

void DashboardPage::showSummary()
{
    m_shown = m_summary;
    QStringList parts;
    if (!m_filter.isEmpty()) {
        m_shown = m_cube.apply(m_filter, datecodec::fromDate(m_asOf->date()));
        m_shown.households = m_summary.households;
        if (m_filter.sex)
            parts << (*m_filter.sex ? tr("female") : tr("male"));
        if (m_filter.ageBand)
            parts << tr("age %1").arg(ageBandLabel(*m_filter.ageBand));
        if (m_filter.ethnicity)
            parts << *m_filter.ethnicity;
        if (m_filter.religion)
            parts << *m_filter.religion;
        if (m_filter.residence)
            parts << (*m_filter.residence ? tr("temporary") : tr("permanent"));
    }
    m_filterLabel->setText(parts.isEmpty() ? QString() : tr("Filter: %1").arg(parts.join(QStringLiteral(", "))));
    m_clearFilter->setVisible(!parts.isEmpty());
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    const qint64 values[] = {m_shown.total, m_shown.households, m_shown.bySex[0], m_shown.bySex[1],
                             m_shown.cardHolders};
    for (qsizetype i = 0; i < m_headline.size(); ++i)
        m_headline[i]->setText(vi.toString(values[i]));
    m_charts->show(m_shown, m_summary.cardsByYear, kDefaultPrivacyThreshold);
}

void DashboardPage::exportReport()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save report"), tr("population-report.pdf"), QStringLiteral("*.pdf"));
    if (path.isEmpty())
        return;
    QList<QWidget*> charts;
    for (QChartView* v : m_charts->views())
        charts << v;
    if (Status s = ReportWriter::write(path, areaName(), m_asOf->date(), m_shown, charts); !s)
        QMessageBox::warning(this, tr("Save report"), s.message());
    else
        audited(QStringLiteral("report"), QStringLiteral("pdf"));
}

void DashboardPage::exportTables()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save tables"), tr("population-tables.xlsx"), QStringLiteral("*.xlsx"));
    if (path.isEmpty())
        return;
    PopulationSummary s = m_shown;
    s.cardsByYear = m_summary.cardsByYear;
    if (Status st = XlsxExport::save(s, areaName(), path); !st)
        QMessageBox::warning(this, tr("Save tables"), st.message());
    else
        audited(QStringLiteral("tables"), QStringLiteral("xlsx"));
}

Session DashboardPage::currentSession() const
{
    auto* op = m_context.services
                   ? m_context.services->get<shell::CurrentOperator>(shell::CurrentOperator::kServiceName)
                   : nullptr;
    return op ? op->session() : Session();
}

void DashboardPage::audited(const QString& what, const QString& format)
{
    if (!m_context.audit)
        return;
    if (Status s = access::recordExport(*m_context.audit, currentSession(), what, format, areaKey()); !s)
        QMessageBox::warning(this, tr("Export"), s.message());
}

void DashboardPage::importFile()
{
    if (Status s = access::mayImport(currentSession()); !s) {
        QMessageBox::warning(this, tr("Import residents"), s.message());
        return;
    }
    const QString csv =
        QFileDialog::getOpenFileName(this, tr("Import residents"), QString(), tr("Resident files (*.csv)"));
    if (csv.isEmpty() || !m_context.vault)
        return;
    Result<Vault*> vault = m_context.vault();
    if (!vault) {
        QMessageBox::warning(this, tr("Import residents"), vault.status().message());
        return;
    }
    const int today = datecodec::fromDate(m_context.clock ? m_context.clock->today() : QDate::currentDate());
    auto* dialog = new ImportDialog(m_context.database->path(), *vault, csv, today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The window itself shows the outcome; the page records it and re-reads the counts.
    connect(dialog, &ImportDialog::finishedImport, this,
            [this, csv](bool ok, qint64 imported, qint64 rejected, const QString&) {
                if (m_context.audit)
                    (void)access::recordImport(*m_context.audit, currentSession(), QFileInfo(csv).fileName(), imported,
                                               rejected, ok);
                refresh();
            });
    dialog->start();
}

} // namespace motcua::statistics
