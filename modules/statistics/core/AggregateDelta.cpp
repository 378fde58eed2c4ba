#include "AggregateDelta.h"

#include "CellBlob.h"

#include "Resident.h"
#include "SqliteStatement.h"
#include "StatisticsSchema.h"
#include "WardIndex.h"

#include <algorithm>

namespace motcua::statistics {

namespace {

// Provinces' dense age arrays cover births from 1880 to 2039; other dates (valid from 1800) are hashed.
constexpr int kFirstYear = 1880;
constexpr int kYears = 160;
constexpr int kDaySlots = kYears * 372; // 12 months × 31 days per year, some slots unused

int daySlot(int dob)
{
    return (dob / 10000 - kFirstYear) * 372 + (dob / 100 % 100 - 1) * 31 + dob % 100 - 1;
}
int slotDate(int slot)
{
    return (kFirstYear + slot / 372) * 10000 + (slot % 372 / 31 + 1) * 100 + slot % 31 + 1;
}
bool inDenseRange(int dob)
{
    return dob / 10000 >= kFirstYear && dob / 10000 < kFirstYear + kYears;
}

// Keys pack the columns of each table's primary key, the area above the cell; the widths fit every valid value
// (area < 2^18, yyyymmdd < 2^27, codes < 2^16).
constexpr int kAgeShift = 28, kMarginShift = 40, kCubeShift = 44;
quint64 ageKey(int area, int sex, int dob)
{
    return (quint64(area) << kAgeShift) | cellblob::ageKey(sex, dob);
}
quint64 margKey(int area, Dim dim, int value)
{
    return (quint64(area) << kMarginShift) | (quint64(dim) << 32) | quint32(value);
}
quint64 cubeKey(int area, int sex, int birthYear, int eth, int rel, int res, int card)
{
    return (quint64(area) << kCubeShift) | cellblob::cubeKey(sex, birthYear, eth, rel, res, card);
}
int areaOf(quint64 key, int shift)
{
    return int(key >> shift);
}
quint64 cellOf(quint64 key, int shift)
{
    return key & ((quint64(1) << shift) - 1);
}
/// The same cell in another area (a ward's cell added to its province or the country).
quint64 inArea(quint64 key, int shift, int area)
{
    return (quint64(area) << shift) | cellOf(key, shift);
}

} // namespace

std::vector<qint32>& AggregateDelta::provinceAges(int area)
{
    std::vector<qint32>& counts = m_exactAges[area];
    if (counts.empty())
        counts.assign(size_t(2 * kDaySlots), 0);
    return counts;
}

void AggregateDelta::add(const Person& p, int sign)
{
    const int ward = area::ward(p.ward);
    m_cube.add(cubeKey(ward, p.sex, p.dob / 10000, p.eth, p.rel, p.residence, p.cardIssued ? 1 : 0), sign);
    m_margins.add(margKey(ward, Dim::CardYear, p.cardIssued / 10000), sign);
    m_wardAges.add(ageKey(ward, p.sex, wardBirthKey(p.dob)), sign);
    // Members of a household follow each other in a file: the province's age array is kept at hand.
    const int province = area::province(p.province);
    if (!inDenseRange(p.dob)) {
        m_agesAbove.add(ageKey(province, p.sex, p.dob), sign);
        return;
    }
    if (province != m_lastProvince || !m_lastProvinceAges) {
        m_lastProvinceAges = &provinceAges(province);
        m_lastProvince = province;
    }
    (*m_lastProvinceAges)[size_t(p.sex * kDaySlots + daySlot(p.dob))] += sign;
}

void AggregateDelta::addHouseholds(int ward, int province, int n)
{
    m_totals[area::ward(ward)].households += n;
    for (int a : {area::province(province), area::kCountry})
        m_totalsAbove[a].households += n;
}

void AggregateDelta::setLimit(std::size_t bytes)
{
    // The cube and the ward ages each get 3/8 of the limit; the margins (card years, a few per ward) less.
    m_limit = bytes;
    m_cube.setInitialBytes(bytes * 3 / 8);
    m_wardAges.setInitialBytes(bytes * 3 / 8);
    m_margins.setInitialBytes(bytes / 8);
}

bool AggregateDelta::isLarge() const
{
    return m_limit && (m_cube.nearlyFull() || m_wardAges.nearlyFull() || m_margins.nearlyFull());
}

void AggregateDelta::clear()
{
    for (FlatCounter* c : {&m_cube, &m_wardAges, &m_margins, &m_agesAbove, &m_cubeAbove, &m_marginsAbove})
        c->clear();
    m_totals.clear();
    m_totalsAbove.clear();
    m_exactAges.clear();
    m_lastProvinceAges = nullptr;
}

namespace {
/// Writes entries keyed (area << shift | cell key), sorted, into each area's cell blob.
bool writeCells(sqlite3* db, const AggregateDelta::Cells& entries, int shift, cellblob::Kind kind)
{
    cellblob::Table table(db);
    cellblob::Cells delta, stored;
    for (size_t i = 0; i < entries.size();) {
        const int area = areaOf(entries[i].first, shift);
        delta.clear();
        for (; i < entries.size() && areaOf(entries[i].first, shift) == area; ++i)
            if (entries[i].second)
                delta.emplace_back(cellOf(entries[i].first, shift), entries[i].second);
        if (delta.empty())
            continue;
        if (!table.read(area, kind, &stored) || !table.write(area, kind, cellblob::merge(stored, delta)))
            return false;
    }
    return true;
}
} // namespace

bool AggregateDelta::writeMargins(sqlite3* db, const Cells& margins)
{
    SqliteStatement upsert(db, "INSERT INTO stats_marg(area, dim, value, n) VALUES(?,?,?,?)"
                               " ON CONFLICT DO UPDATE SET n = n + excluded.n");
    if (!upsert.isValid())
        return false;
    for (const auto& [k, n] : margins) {
        if (!n)
            continue;
        upsert.bind(1, areaOf(k, kMarginShift));
        upsert.bind(2, qint64((k >> 32) & 0xff));
        upsert.bind(3, qint64(quint32(k)));
        upsert.bind(4, n);
        const bool ok = upsert.step() == SQLITE_DONE;
        upsert.reset();
        if (!ok)
            return false;
    }
    return true;
}

bool AggregateDelta::writeTotals(sqlite3* db, const TotalsMap& totals)
{
    SqliteStatement upsert(db, "INSERT INTO stats_total(area, n, households, cards) VALUES(?,?,?,?)"
                               " ON CONFLICT DO UPDATE SET n = n + excluded.n,"
                               " households = households + excluded.households, cards = cards + excluded.cards");
    if (!upsert.isValid())
        return false;
    std::vector<int> areas;
    areas.reserve(totals.size());
    for (const auto& [a, t] : totals)
        if (t.n || t.households || t.cards)
            areas.push_back(a);
    std::sort(areas.begin(), areas.end());
    for (int a : areas) {
        const Totals& t = totals.at(a);
        upsert.bind(1, a);
        upsert.bind(2, t.n);
        upsert.bind(3, t.households);
        upsert.bind(4, t.cards);
        const bool ok = upsert.step() == SQLITE_DONE;
        upsert.reset();
        if (!ok)
            return false;
    }
    // Areas whose counts fell to zero are removed so that the tables stay equal to a rebuild.
    return sqliteExec(db, "DELETE FROM stats_total WHERE n = 0 AND households = 0");
}

bool AggregateDelta::spillWards(sqlite3* db)
{
    // The ward cube, in key order, gives each ward's ethnicity, religion and residence margins and its
    // totals; cells, margins and totals are added to the ward's province and to the country.
    const Cells cube = m_cube.takeSorted();
    for (size_t i = 0; i < cube.size();) {
        const int ward = areaOf(cube[i].first, kCubeShift);
        const int up[2] = {area::province(provinceOfWard(ward)), area::kCountry};
        Totals t;
        for (; i < cube.size() && areaOf(cube[i].first, kCubeShift) == ward; ++i) {
            const auto& [k, n] = cube[i];
            if (!n)
                continue;
            const cellblob::CubeCell c = cellblob::cubeCell(cellOf(k, kCubeShift));
            for (int a : up)
                m_cubeAbove.add(inArea(k, kCubeShift, a), n);
            m_margins.add(margKey(ward, Dim::Ethnicity, c.eth), n);
            m_margins.add(margKey(ward, Dim::Religion, c.rel), n);
            m_margins.add(margKey(ward, Dim::ResidenceType, c.res), n);
            t.n += n;
            t.cards += c.card * n;
        }
        for (Totals* sum : {&m_totals[ward], &m_totalsAbove[up[0]], &m_totalsAbove[up[1]]}) {
            sum->n += t.n;
            sum->cards += t.cards;
        }
    }
    const Cells margins = m_margins.takeSorted();
    for (const auto& [k, n] : margins)
        if (n)
            for (int a : {area::province(provinceOfWard(areaOf(k, kMarginShift))), area::kCountry})
                m_marginsAbove.add(inArea(k, kMarginShift, a), n);
    const bool ok = writeCells(db, cube, kCubeShift, cellblob::Cube) &&
                    writeCells(db, m_wardAges.takeSorted(), kAgeShift, cellblob::Age) && writeMargins(db, margins) &&
                    writeTotals(db, m_totals);
    m_totals.clear();
    return ok;
}

bool AggregateDelta::flush(sqlite3* db)
{
    if (!spillWards(db))
        return false;
    // Ages: the provinces' dense arrays, the country's as their sum, and the few dates outside the range.
    std::vector<qint32> country(size_t(2 * kDaySlots), 0);
    Cells ages = m_agesAbove.takeSorted();
    for (const auto& [k, n] : Cells(ages))
        ages.emplace_back(inArea(k, kAgeShift, area::kCountry), n);
    std::vector<int> provinces;
    for (const auto& [a, counts] : m_exactAges)
        provinces.push_back(a);
    std::sort(provinces.begin(), provinces.end());
    for (int a : provinces) {
        const std::vector<qint32>& counts = m_exactAges.at(a);
        for (size_t s = 0; s < counts.size(); ++s) {
            country[s] += counts[s];
            if (counts[s])
                ages.emplace_back(ageKey(a, int(s) / kDaySlots, slotDate(int(s) % kDaySlots)), counts[s]);
        }
    }
    if (!provinces.empty())
        for (size_t s = 0; s < country.size(); ++s)
            if (country[s])
                ages.emplace_back(ageKey(area::kCountry, int(s) / kDaySlots, slotDate(int(s) % kDaySlots)), country[s]);
    std::sort(ages.begin(), ages.end());
    const bool ok = writeCells(db, ages, kAgeShift, cellblob::Age) &&
                    writeCells(db, m_cubeAbove.takeSorted(), kCubeShift, cellblob::Cube) &&
                    writeMargins(db, m_marginsAbove.takeSorted()) && writeTotals(db, m_totalsAbove);
    clear();
    return ok;
}

} // namespace motcua::statistics
