#include "IncrementalUpdate.h"

#include <QList>

namespace motcua::sign {

void IncrementalUpdate::setObject(int number, QByteArray body, int generation)
{
    if (number >= m_next)
        m_next = number + 1;
    m_objects.insert(number, {std::move(body), generation});
}

QByteArray IncrementalUpdate::streamBody(QByteArray dictEntries, const QByteArray& data, bool compress)
{
    QByteArray payload = data;
    if (compress) {
        // qCompress prefixes a 4-byte length to a zlib stream; FlateDecode wants the bare zlib stream.
        payload = qCompress(data, 9).mid(4);
        dictEntries += " /Filter /FlateDecode";
    }
    return "<< " + dictEntries + " /Length " + QByteArray::number(payload.size()) + " >>\nstream\n" + payload +
           "\nendstream";
}

QByteArray IncrementalUpdate::write(const QByteArray& original, qint64 previousXref,
                                    const QByteArray& trailerEntries) const
{
    QByteArray out = original;
    if (!out.endsWith('\n') && !out.endsWith('\r'))
        out += '\n';
    m_offsets.clear();
    for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it) {
        m_offsets.insert(it.key(), out.size());
        out += QByteArray::number(it.key()) + ' ' + QByteArray::number(it.value().generation) + " obj\n" +
               it.value().body + "\nendobj\n";
    }
    const qint64 xref = out.size();
    out += "xref\n";
    // Subsections of consecutive numbers; each entry is exactly 20 bytes as the format requires.
    QList<int> numbers = m_objects.keys();
    for (qsizetype i = 0; i < numbers.size();) {
        qsizetype j = i;
        while (j + 1 < numbers.size() && numbers[j + 1] == numbers[j] + 1)
            ++j;
        out += QByteArray::number(numbers[i]) + ' ' + QByteArray::number(j - i + 1) + '\n';
        for (qsizetype k = i; k <= j; ++k)
            out += QByteArray::number(m_offsets.value(numbers[k])).rightJustified(10, '0') + ' ' +
                   QByteArray::number(m_objects.value(numbers[k]).generation).rightJustified(5, '0') + " n\r\n";
        i = j + 1;
    }
    out += "trailer\n<< /Size " + QByteArray::number(m_next) + " /Prev " + QByteArray::number(previousXref) + ' ' +
           trailerEntries + " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

qint64 lastStartXref(const QByteArray& pdf)
{
    const qsizetype at = pdf.lastIndexOf("startxref");
    if (at < 0)
        return -1;
    qsizetype p = at + 9;
    while (p < pdf.size() && (pdf[p] == ' ' || pdf[p] == '\r' || pdf[p] == '\n'))
        ++p;
    qsizetype e = p;
    while (e < pdf.size() && pdf[e] >= '0' && pdf[e] <= '9')
        ++e;
    bool ok = false;
    const qint64 v = pdf.mid(p, e - p).toLongLong(&ok);
    return ok ? v : -1;
}

} // namespace motcua::sign
