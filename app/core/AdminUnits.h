#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace motcua {

struct Commune
{
    QString code;         // 5 digits
    QString name;         // "Ba Đình"
    QString fullName;     // "Phường Ba Đình"
    QString provinceCode; // 2 digits
};

struct Province
{
    QString code;
    QString name;
    QString fullName;
    QString nameEn;
    QList<Commune> communes;
};

/// Vietnam's 34 provinces and 3,321 communes after 1 July 2025 (bundled open dataset, MIT).
class AdminUnits
{
public:
    /// Loaded once from the bundled data; empty (with a warning) if the data is damaged.
    static const AdminUnits& instance();
    /// Parses the dataset's JSON; returns false on malformed input, leaving this empty.
    bool load(const QByteArray& json);

    const QList<Province>& provinces() const { return m_provinces; }
    const Province* province(const QString& code) const;
    const Commune* commune(const QString& code) const;
    int communeCount() const { return int(m_communeIndex.size()); }

private:
    QList<Province> m_provinces;
    QHash<QString, int> m_provinceIndex;
    QHash<QString, QPair<int, int>> m_communeIndex;
};

} // namespace motcua
