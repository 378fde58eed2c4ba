#include "SummaryQuery.h"

#include "CellBlob.h"
#include "CodeBook.h"
#include "Database.h"
#include "DateCodec.h"
#include "Resident.h"
#include "SqliteStatement.h"
#include "StatisticsSchema.h"
#include "WardIndex.h"

namespace motcua::statistics {

int AreaFilter::areaKey() const
{
    if (wardCode)
        return area::ward(wardCode);
    if (provinceCode)
        return area::province(provinceCode);
    return area::kCountry;
}

Result<PopulationSummary> SummaryQuery::run(const AreaFilter& filter, int asOf)
{
    if (filter.provinceCode && !provinceExists(filter.provinceCode))
        return Status{Status::Code::InputRejected, tr("There is no province with this code.")};
    const int wardProvince = filter.wardCode ? provinceOfWard(filter.wardCode) : 0;
    if (filter.wardCode && !wardProvince)
        return Status{Status::Code::InputRejected, tr("There is no ward or commune with this code.")};
    if (filter.wardCode && filter.provinceCode && wardProvince != filter.provinceCode)
        return Status{Status::Code::InputRejected, tr("The ward does not belong to the province.")};

    sqlite3* db = sqliteHandle(m_db.connection());
    if (!db)
        return Status::failed(tr("The statistics tables need an SQLite database."));
    CodeBook codes;
    if (Status s = codes.load(db); !s)
        return s;
    const int key = filter.areaKey();
    PopulationSummary sum;

    SqliteStatement total(db, "SELECT n, households, cards FROM stats_total WHERE area = ?");
    SqliteStatement marg(db, "SELECT dim, value, n FROM stats_marg WHERE area = ?");
    SqliteStatement areas(db, "SELECT area, n FROM stats_total WHERE area < 200000 AND n > 0");
    if (!total.isValid() || !marg.isValid() || !areas.isValid())
        return Status::failed(tr("The statistics tables are missing or damaged."));

    total.bind(1, key);
    if (total.step() == SQLITE_ROW) {
        sum.total = total.int64(0);
        sum.households = total.int64(1);
        sum.cardHolders = total.int64(2);
    }
    cellblob::Cells ages;
    if (!cellblob::read(db, key, cellblob::Age, &ages))
        return Status::failed(tr("The statistics tables are missing or damaged."));
    for (const auto& [cell, n] : ages) {
        const int sex = cellblob::ageSex(cell);
        sum.bySex[size_t(sex)] += n;
        const int years = datecodec::ageOn(cellblob::ageDob(cell), asOf);
        if (years >= 0) // residents not yet born on the as-of date fall in no band
            sum.byAge[size_t(ageBandOf(years))][size_t(sex)] += n;
    }
    marg.bind(1, key);
    while (marg.step() == SQLITE_ROW) {
        const qint64 n = marg.int64(2);
        if (!n)
            continue;
        const int value = int(marg.int64(1));
        switch (Dim(marg.int64(0))) {
        case Dim::Ethnicity:
            sum.byEthnicity[codes.name(value)] += n;
            break;
        case Dim::Religion:
            sum.byReligion[codes.name(value)] += n;
            break;
        case Dim::ResidenceType:
            sum.byResidenceType[size_t(value & 1)] += n;
            break;
        case Dim::CardYear:
            if (value)
                sum.cardsByYear[value] += n;
            break;
        }
    }
    // Provinces and wards inside the selected area, from the small per-area totals table.
    while (areas.step() == SQLITE_ROW) {
        const int a = int(areas.int64(0));
        const qint64 n = areas.int64(1);
        if (a >= 100000) {
            const int p = a - 100000;
            if (!filter.provinceCode && !filter.wardCode)
                sum.byProvince.insert(QStringLiteral("%1").arg(p, 2, 10, QLatin1Char('0')), n);
            else if (p == (filter.wardCode ? wardProvince : filter.provinceCode))
                sum.byProvince.insert(QStringLiteral("%1").arg(p, 2, 10, QLatin1Char('0')),
                                      filter.wardCode ? sum.total : n);
        } else {
            const bool inside = filter.wardCode       ? a == filter.wardCode
                                : filter.provinceCode ? provinceOfWard(a) == filter.provinceCode
                                                      : true;
            if (inside)
                sum.byWard.insert(QStringLiteral("%1").arg(a, 5, 10, QLatin1Char('0')), n);
        }
    }
    return sum;
}

} // namespace motcua::statistics
