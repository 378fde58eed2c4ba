#pragma once

#include <QByteArray>
#include <QMap>

namespace motcua::sign {

/// Appends new and changed objects to a PDF as one incremental update (objects, a classic xref section and a
/// trailer chained with /Prev), leaving every earlier byte — and so every earlier signature — untouched.
class IncrementalUpdate
{
public:
    explicit IncrementalUpdate(int nextObjectNumber) : m_next(nextObjectNumber) {}

    /// A fresh object number.
    int reserve() { return m_next++; }
    /// Sets the body (without "N G obj"/"endobj") of a new object, or of an existing one being replaced.
    void setObject(int number, QByteArray body, int generation = 0);
    /// A stream object body; `compress` applies FlateDecode.
    static QByteArray streamBody(QByteArray dictEntries, const QByteArray& data, bool compress);

    /// Writes `original` followed by the update. `trailerEntries` holds /Root, /Info, /ID (without << >>);
    /// /Size and /Prev are added here.
    QByteArray write(const QByteArray& original, qint64 previousXref, const QByteArray& trailerEntries) const;
    /// Offset of an object's "N G obj" in the output of write().
    qint64 offsetOf(int number) const { return m_offsets.value(number, -1); }
    int size() const { return m_next; }

private:
    struct Entry
    {
        QByteArray body;
        int generation = 0;
    };
    int m_next;
    QMap<int, Entry> m_objects;
    mutable QMap<int, qint64> m_offsets;
};

/// The byte offset after the last "startxref" of a PDF, or -1.
qint64 lastStartXref(const QByteArray& pdf);

} // namespace motcua::sign
