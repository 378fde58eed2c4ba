#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace motcua::documents {

/// Writes one worksheet of text rows to an .xlsx file (libxlsxwriter): a bold title, a bold header row with
/// a frozen pane and autofilter, and column widths. Text only, so dates keep the dd/MM/yyyy the user sees.
class XlsxTableWriter
{
public:
    XlsxTableWriter(const QString& fileName, const QString& sheetName);
    ~XlsxTableWriter();

    void setTitle(const QString& title);
    void setHeader(const QStringList& columns, const QList<double>& widths = {});
    void addRow(const QStringList& cells);
    /// Closes the file; false (with errorString()) when it could not be written.
    bool finish();
    QString errorString() const { return m_error; }

private:
    struct Private;
    std::unique_ptr<Private> d;
    QString m_error;
};

} // namespace motcua::documents
