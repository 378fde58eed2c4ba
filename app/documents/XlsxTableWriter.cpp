#include "XlsxTableWriter.h"

#include <xlsxwriter.h>

namespace motcua::documents {

struct XlsxTableWriter::Private
{
    lxw_workbook* workbook = nullptr;
    lxw_worksheet* sheet = nullptr;
    lxw_format* bold = nullptr;
    lxw_format* title = nullptr;
    int row = 0;
    int headerRow = -1;
    int columns = 0;
};

XlsxTableWriter::XlsxTableWriter(const QString& fileName, const QString& sheetName) : d(std::make_unique<Private>())
{
    d->workbook = workbook_new(fileName.toUtf8().constData());
    if (!d->workbook)
        return;
    d->sheet = workbook_add_worksheet(d->workbook, sheetName.left(31).toUtf8().constData());
    d->bold = workbook_add_format(d->workbook);
    format_set_bold(d->bold);
    format_set_border(d->bold, LXW_BORDER_THIN);
    format_set_bg_color(d->bold, 0xDDEBF7);
    d->title = workbook_add_format(d->workbook);
    format_set_bold(d->title);
    format_set_font_size(d->title, 14);
}

XlsxTableWriter::~XlsxTableWriter()
{
    if (d->workbook)
        workbook_close(d->workbook);
}

void XlsxTableWriter::setTitle(const QString& title)
{
    if (!d->sheet)
        return;
    worksheet_write_string(d->sheet, d->row, 0, title.toUtf8().constData(), d->title);
    d->row += 2;
}

void XlsxTableWriter::setHeader(const QStringList& columns, const QList<double>& widths)
{
    if (!d->sheet)
        return;
    for (int c = 0; c < columns.size(); ++c) {
        worksheet_write_string(d->sheet, d->row, c, columns.at(c).toUtf8().constData(), d->bold);
        worksheet_set_column(d->sheet, c, c, c < widths.size() ? widths.at(c) : 16, nullptr);
    }
    d->headerRow = d->row;
    d->columns = int(columns.size());
    worksheet_freeze_panes(d->sheet, d->row + 1, 0);
    ++d->row;
}

void XlsxTableWriter::addRow(const QStringList& cells)
{
    if (!d->sheet)
        return;
    for (int c = 0; c < cells.size(); ++c)
        worksheet_write_string(d->sheet, d->row, c, cells.at(c).toUtf8().constData(), nullptr);
    ++d->row;
}

bool XlsxTableWriter::finish()
{
    if (!d->workbook) {
        m_error = QStringLiteral("cannot create workbook");
        return false;
    }
    if (d->headerRow >= 0 && d->row > d->headerRow + 1)
        worksheet_autofilter(d->sheet, d->headerRow, 0, d->row - 1, d->columns - 1);
    const lxw_error err = workbook_close(d->workbook);
    d->workbook = nullptr;
    if (err != LXW_NO_ERROR) {
        m_error = QString::fromUtf8(lxw_strerror(err));
        return false;
    }
    return true;
}

} // namespace motcua::documents
