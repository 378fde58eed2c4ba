#include "CsvReader.h"

#include <QCoreApplication>

namespace motcua::statistics {

namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("motcua::statistics::CsvReader", s);
}
} // namespace

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    m_chunk.resize(kChunkBytes);
    const qint64 n = m_device->read(m_chunk.data(), kChunkBytes);
    if (n <= 0) {
        m_chunk.clear();
        m_eof = true;
        return false;
    }
    m_chunk.resize(n);
    m_pos = 0;
    return true;
}

int CsvReader::peek()
{
    if (m_pos >= m_chunk.size() && !fill())
        return -1;
    return static_cast<unsigned char>(m_chunk.at(m_pos));
}

int CsvReader::get()
{
    const int c = peek();
    if (c >= 0) {
        ++m_pos;
        ++m_consumed;
        if (c == '\n')
            ++m_line;
    }
    return c;
}

void CsvReader::skipLine()
{
    for (int c = get(); c >= 0 && c != '\n'; c = get()) {
    }
}

CsvReader::Outcome CsvReader::fail(const QString& why)
{
    m_error = why;
    skipLine();
    return Outcome::Error;
}

CsvReader::Outcome CsvReader::next()
{
    if (!m_started) {
        m_started = true;
        // A UTF-8 byte order mark is accepted (spreadsheet exports add one) and dropped.
        if (peek() == 0xEF) {
            if (m_chunk.size() - m_pos >= 3 && m_chunk.mid(m_pos, 3) == QByteArrayLiteral("\xEF\xBB\xBF")) {
                m_pos += 3;
                m_consumed += 3;
            }
        }
    }
    m_record.clear();
    m_ends.clear();
    m_views.clear();
    m_recordLine = m_line;
    if (peek() < 0)
        return Outcome::End;

    qsizetype fieldStart = 0;
    bool quoted = false;
    bool afterQuote = false;
    for (;;) {
        // Runs of ordinary bytes are copied at once; separators, quotes and line ends go one by one below.
        if (!afterQuote && m_pos < m_chunk.size()) {
            const char* begin = m_chunk.constData() + m_pos;
            const char* end = m_chunk.constData() + m_chunk.size();
            const char* p = begin;
            if (quoted)
                while (p < end && *p != '"' && *p != '\n')
                    ++p;
            else
                while (p < end && *p != ',' && *p != '\n' && *p != '\r' && *p != '"')
                    ++p;
            if (p > begin) {
                const qsizetype n = p - begin;
                m_record.append(begin, n);
                m_pos += n;
                m_consumed += n;
                if (m_record.size() - fieldStart > kMaxFieldBytes)
                    return fail(tr("a field is longer than %1 bytes").arg(kMaxFieldBytes));
                continue;
            }
        }
        int c = get();
        if (quoted) {
            if (c < 0)
                return fail(tr("a quoted field is not closed before the end of the file"));
            if (c == '"') {
                if (peek() == '"') {
                    get();
                    m_record.append('"');
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                m_record.append(char(c));
            }
        } else if (c < 0 || c == '\n' || c == ',' || (c == '\r' && (peek() == '\n' || peek() < 0))) {
            if (c == '\r')
                get();
            m_ends.push_back(m_record.size());
            if (qsizetype(m_ends.size()) > kMaxFields)
                return fail(tr("too many columns"));
            fieldStart = m_record.size();
            afterQuote = false;
            if (c != ',')
                break;
        } else if (afterQuote) {
            return fail(tr("unexpected character after a closing quote"));
        } else if (c == '"') {
            if (m_record.size() != fieldStart)
                return fail(tr("a quote inside an unquoted field"));
            quoted = true;
        } else {
            m_record.append(char(c));
        }
        if (m_record.size() - fieldStart > kMaxFieldBytes)
            return fail(tr("a field is longer than %1 bytes").arg(kMaxFieldBytes));
    }
    qsizetype begin = 0;
    for (qsizetype end : m_ends) {
        m_views.emplace_back(m_record.constData() + begin, end - begin);
        begin = end;
    }
    return Outcome::Record;
}

} // namespace motcua::statistics
