#pragma once

#include <QByteArray>
#include <QMap>

namespace motcua::certification {

/// Writes a small PDF from object bodies (one-page image pages, the attestation page) with a classic xref table.
class SimplePdf
{
public:
    int reserve() { return m_next++; }
    void setObject(int number, QByteArray body) { m_objects.insert(number, std::move(body)); }
    int add(QByteArray body)
    {
        const int n = reserve();
        setObject(n, std::move(body));
        return n;
    }
    static QByteArray stream(const QByteArray& dictEntries, const QByteArray& data, bool compress);
    /// One page of `width`×`height` points with the given content and resources; returns the whole file.
    QByteArray writePage(double width, double height, const QByteArray& content, const QByteArray& resources,
                         int rotation = 0);

private:
    QByteArray write(int root) const;
    int m_next = 1;
    QMap<int, QByteArray> m_objects;
};

} // namespace motcua::certification
