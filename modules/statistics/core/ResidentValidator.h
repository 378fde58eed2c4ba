#pragma once

#include "Resident.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace motcua::statistics {

/// Checks rows of the resident CSV exchange format (columns in any order, rules per column) and turns
/// valid ones into Resident values. Knows nothing of the database: duplicates against stored data are
/// the importer's business.
class ResidentValidator
{
    Q_DECLARE_TR_FUNCTIONS(motcua::statistics::ResidentValidator)
public:
    enum Column
    {
        IdNumber,
        FullName,
        DateOfBirth,
        Sex,
        Ethnicity,
        Religion,
        ProvinceCode,
        WardCode,
        ResidenceType,
        HouseholdId,
        CardIssued,
        ColumnCount
    };
    static const QStringList& columnNames();

    /// `today` as yyyymmdd: dates after it are rejected.
    explicit ResidentValidator(int today);

    /// Maps the header's columns; false with error() when a column is missing or repeated.
    /// Extra columns are allowed and listed in warnings().
    bool readHeader(const std::vector<QByteArrayView>& fields);
    const QStringList& warnings() const { return m_warnings; }
    const QString& error() const { return m_error; }

    /// True and fills `out` for a valid row; otherwise error() says which rule it breaks.
    bool readRow(const std::vector<QByteArrayView>& fields, Resident& out);

private:
    bool reject(const QString& why);
    const QString& cachedText(QHash<QByteArray, QString>& cache, QByteArrayView bytes);

    int m_today;
    std::array<int, ColumnCount> m_index{};
    int m_fieldCount = 0;
    QStringList m_warnings;
    QString m_error;
    QHash<QByteArray, QString> m_ethnicities;
    QHash<QByteArray, QString> m_religions;
    std::pair<QByteArray, QString> m_lastEthnicity, m_lastReligion;
};

} // namespace motcua::statistics
