#include "CrossFilterCube.h"

#include "CodeBook.h"
#include "Database.h"
#include "SqliteStatement.h"

namespace motcua::statistics {

Status CrossFilterCube::load(Database& db, int areaKey)
{
    m_rows.clear();
    sqlite3* h = sqliteHandle(db.connection());
    if (!h)
        return Status::failed(QStringLiteral("statistics: not an SQLite database"));
    CodeBook codes;
    if (Status s = codes.load(h); !s)
        return s;
    m_names = codes.names();
    SqliteStatement q(h, "SELECT sex, birth_year, eth, rel, res, card, n FROM stats_cube WHERE area = ? AND n > 0");
    if (!q.isValid())
        return Status::failed(QStringLiteral("statistics: the cube table is missing"));
    q.bind(1, areaKey);
    while (q.step() == SQLITE_ROW)
        m_rows.push_back(Row{qint32(q.int64(6)), qint16(q.int64(1)), quint16(q.int64(2)), quint16(q.int64(3)),
                             quint8(q.int64(0)), quint8(q.int64(4)), quint8(q.int64(5))});
    return Status::ok();
}

PopulationSummary CrossFilterCube::apply(const CrossFilter& f, int asOf) const
{
    const int year = asOf / 10000;
    const int eth = f.ethnicity ? m_names.key(*f.ethnicity, -1) : -1;
    const int rel = f.religion ? m_names.key(*f.religion, -1) : -1;
    QHash<int, qint64> byEth, byRel;
    PopulationSummary s;
    for (const Row& r : m_rows) {
        const int age = year - r.birthYear;
        if (age < 0)
            continue;
        const int band = ageBandOf(age);
        if ((f.sex && *f.sex != r.sex) || (f.ageBand && *f.ageBand != band) || (f.ethnicity && eth != r.eth) ||
            (f.religion && rel != r.rel) || (f.residence && *f.residence != r.residence))
            continue;
        s.total += r.n;
        s.bySex[r.sex] += r.n;
        s.byAge[size_t(band)][r.sex] += r.n;
        byEth[r.eth] += r.n;
        byRel[r.rel] += r.n;
        s.byResidenceType[r.residence & 1] += r.n;
        s.cardHolders += r.card ? r.n : 0;
    }
    for (auto it = byEth.cbegin(); it != byEth.cend(); ++it)
        s.byEthnicity.insert(m_names.value(it.key()), it.value());
    for (auto it = byRel.cbegin(); it != byRel.cend(); ++it)
        s.byReligion.insert(m_names.value(it.key()), it.value());
    return s;
}

} // namespace motcua::statistics
