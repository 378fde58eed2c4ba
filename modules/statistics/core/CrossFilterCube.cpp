#include "CrossFilterCube.h"

#include "CellBlob.h"
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
    cellblob::Cells cells;
    if (!cellblob::read(h, areaKey, cellblob::Cube, &cells))
        return Status::failed(QStringLiteral("statistics: the cube cells are missing"));
    m_rows.reserve(cells.size());
    for (const auto& [key, n] : cells) {
        if (n <= 0)
            continue;
        const cellblob::CubeCell c = cellblob::cubeCell(key);
        m_rows.push_back(Row{qint32(n), qint16(c.birthYear), quint16(c.eth), quint16(c.rel), quint8(c.sex),
                             quint8(c.res), quint8(c.card)});
    }
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
