#include "XlsxExport.h"

#include <xlsxwriter.h>

#include <algorithm>

namespace motcua::statistics {

QList<QPair<QString, qint64>> suppressSmall(const QMap<QString, qint64>& counts, int threshold,
                                            const QString& othersLabel)
{
    QList<QPair<QString, qint64>> rows;
    qint64 others = 0;
    bool merged = false;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() <= 0)
            continue;
        if (it.value() < threshold) {
            others += it.value();
            merged = true;
        } else {
            rows.append({it.key(), it.value()});
        }
    }
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (merged)
        rows.append({othersLabel, others < threshold ? -1 : others});
    return rows;
}

namespace {
void writeSheet(lxw_workbook* wb, const QString& name, const QString& header, const QList<QPair<QString, qint64>>& rows,
                lxw_format* bold, const QString& withheld)
{
    lxw_worksheet* ws = workbook_add_worksheet(wb, name.left(31).toUtf8().constData());
    worksheet_set_column(ws, 0, 0, 30, nullptr);
    worksheet_set_column(ws, 1, 1, 14, nullptr);
    worksheet_write_string(ws, 0, 0, header.toUtf8().constData(), bold);
    worksheet_write_string(ws, 0, 1, XlsxExport::tr("Residents").toUtf8().constData(), bold);
    lxw_row_t r = 1;
    for (const auto& [label, n] : rows) {
        worksheet_write_string(ws, r, 0, label.toUtf8().constData(), nullptr);
        if (n < 0)
            worksheet_write_string(ws, r, 1, withheld.toUtf8().constData(), nullptr);
        else
            worksheet_write_number(ws, r, 1, double(n), nullptr);
        ++r;
    }
}
} // namespace

Status XlsxExport::save(const PopulationSummary& s, const QString& areaName, const QString& path, int threshold)
{
    lxw_workbook* wb = workbook_new(path.toLocal8Bit().constData());
    if (!wb)
        return Status::failed(tr("The workbook could not be created at %1.").arg(path));
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    const QString withheld = tr("< %1 (withheld)").arg(threshold);

    QList<QPair<QString, qint64>> overview = {{tr("Area: %1").arg(areaName), s.total},
                                              {tr("Households"), s.households},
                                              {tr("Male"), s.bySex[0]},
                                              {tr("Female"), s.bySex[1]},
                                              {tr("Chip card holders"), s.cardHolders}};
    writeSheet(wb, tr("Overview"), tr("Indicator"), overview, bold, withheld);
    QList<QPair<QString, qint64>> age;
    for (int b = 0; b < kAgeBands; ++b)
        age.append({ageBandLabel(b), s.ageBandTotal(b)});
    writeSheet(wb, tr("Age"), tr("Age band"), age, bold, withheld);
    writeSheet(wb, tr("Ethnicity"), tr("Ethnic group"), suppressSmall(s.byEthnicity, threshold, tr("Others")), bold,
               withheld);
    writeSheet(wb, tr("Religion"), tr("Religion"), suppressSmall(s.byReligion, threshold, tr("Others")), bold,
               withheld);
    writeSheet(wb, tr("Residence"), tr("Residence type"),
               {{tr("Permanent"), s.byResidenceType[0]}, {tr("Temporary"), s.byResidenceType[1]}}, bold, withheld);
    QList<QPair<QString, qint64>> cards;
    for (auto it = s.cardsByYear.cbegin(); it != s.cardsByYear.cend(); ++it)
        cards.append({QString::number(it.key()), it.value()});
    writeSheet(wb, tr("Chip cards"), tr("Year issued"), cards, bold, withheld);
    if (workbook_close(wb) != LXW_NO_ERROR)
        return Status::failed(tr("The workbook could not be written to %1.").arg(path));
    return Status::ok();
}

} // namespace motcua::statistics
