#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>

#include <vector>

namespace motcua::statistics {

/// Streaming RFC 4180 reader: reads the device in fixed chunks so a file of any size never sits in memory.
/// Accepts a UTF-8 BOM, LF and CRLF line ends and quoted fields spanning lines; enforces size bounds so a
/// hostile file cannot make it allocate without limit.
class CsvReader
{
public:
    static constexpr qsizetype kMaxFieldBytes = 4096;
    static constexpr qsizetype kMaxFields = 64;
    static constexpr qsizetype kChunkBytes = 1 << 20;

    explicit CsvReader(QIODevice* device) : m_device(device) {}

    enum class Outcome
    {
        Record, // fields() holds one record
        Error,  // error() says why; the reader has skipped to the next line
        End,
    };

    Outcome next();
    /// Views into the reader's buffer, valid until the next call.
    const std::vector<QByteArrayView>& fields() const { return m_views; }
    /// Physical line (1-based) on which the current record or error starts.
    qint64 line() const { return m_recordLine; }
    const QString& error() const { return m_error; }
    qint64 bytesRead() const { return m_consumed; }

private:
    bool fill();
    int peek();
    int get();
    Outcome fail(const QString& why);
    void skipLine();

    QIODevice* m_device;
    QByteArray m_chunk;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_started = false;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    qint64 m_consumed = 0;
    QByteArray m_record;           // field bytes back to back
    std::vector<qsizetype> m_ends; // end offset of each field in m_record
    std::vector<QByteArrayView> m_views;
    QString m_error;
};

} // namespace motcua::statistics
