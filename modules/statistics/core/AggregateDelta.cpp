#include "AggregateDelta.h"

#include "CellBlob.h"

#include "Resident.h"
#include "SqliteStatement.h"
#include "StatisticsSchema.h"
#include "WardIndex.h"

#include <algorithm>

namespace motcua::statistics {

namespace {

// Dense slotCount cover births from 1880 to 2039; other dates (valid from 1800) go to a hash map.
constexpr int kFirstYear = 1880;
constexpr int kYears = 160;
constexpr int kDaySlots = kYears * 372; // 12 months × 31 days per year, some slotCount unused
constexpr int kMonthSlots = kYears * 12;

int daySlot(int dob)
{
    return (dob / 10000 - kFirstYear) * 372 + (dob / 100 % 100 - 1) * 31 + dob % 100 - 1;
}
int slotDate(int slot)
{
    return (kFirstYear + slot / 372) * 10000 + (slot % 372 / 31 + 1) * 100 + slot % 31 + 1;
}
int monthSlot(int dob)
{
    return (dob / 10000 - kFirstYear) * 12 + dob / 100 % 100 - 1;
}
int slotMonth(int slot)
{
    return (kFirstYear + slot / 12) * 10000 + (slot % 12 + 1) * 100;
}
bool inDenseRange(int dob)
{
    return dob / 10000 >= kFirstYear && dob / 10000 < kFirstYear + kYears;
}

/// Entries in key order: keys sort like the tables' primary keys, so the upserts walk each B-tree
/// front to back instead of jumping between pages.
std::vector<std::pair<quint64, qint64>> sorted(const std::unordered_map<quint64, qint64>& m)
{
    std::vector<std::pair<quint64, qint64>> v(m.begin(), m.end());
    std::sort(v.begin(), v.end());
    return v;
}
template <typename Map> std::vector<int> sortedKeys(const Map& m)
{
    std::vector<int> keys;
    keys.reserve(m.size());
    for (const auto& kv : m)
        keys.push_back(kv.first);
    std::sort(keys.begin(), keys.end());
    return keys;
}

// Keys pack the columns of each table's primary key; the widths fit every valid value
// (area < 2^18, yyyymmdd < 2^27, codes < 2^16).
quint64 ageKey(int area, int sex, int dob)
{
    return (quint64(area) << 28) | (quint64(sex) << 27) | quint64(dob);
}
quint64 margKey(int area, Dim dim, int value)
{
    return (quint64(area) << 40) | (quint64(dim) << 32) | quint32(value);
}
quint64 cubeKey(int area, int sex, int birthYear, int eth, int rel, int res, int card)
{
    return (quint64(area) << 44) | cellblob::cubeKey(sex, birthYear, eth, rel, res, card);
}

} // namespace

void AggregateDelta::addAge(int area, int sex, int birthKey, bool exact, int sign)
{
    if (!inDenseRange(birthKey)) {
        m_ageOther[ageKey(area, sex, birthKey)] += sign;
        return;
    }
    auto& map = exact ? m_exactAge : m_monthAge;
    const int slotCount = exact ? kDaySlots : kMonthSlots;
    std::vector<qint32>& counts = map[area];
    if (counts.empty())
        counts.assign(size_t(2 * slotCount), 0);
    counts[size_t(sex * slotCount + (exact ? daySlot(birthKey) : monthSlot(birthKey)))] += sign;
}

void AggregateDelta::add(const Person& p, int sign)
{
    // Ages go to all three levels (exact dates above the ward); the rest is counted per ward only and
    // summed up into provinces and the country when written (see rollUp()): a third of the hashing.
    const int ward = area::ward(p.ward);
    addAge(ward, p.sex, wardBirthKey(p.dob), false, sign);
    addAge(area::province(p.province), p.sex, p.dob, true, sign);
    addAge(area::kCountry, p.sex, p.dob, true, sign);
    const int card = p.cardIssued ? 1 : 0;
    m_marg.add(margKey(ward, Dim::Ethnicity, p.eth), sign);
    m_marg.add(margKey(ward, Dim::Religion, p.rel), sign);
    m_marg.add(margKey(ward, Dim::ResidenceType, p.residence), sign);
    m_marg.add(margKey(ward, Dim::CardYear, p.cardIssued / 10000), sign);
    m_cube.add(cubeKey(ward, p.sex, p.dob / 10000, p.eth, p.rel, p.residence, card), sign);
    Totals& t = m_total[ward];
    t.n += sign;
    t.cards += card * sign;
}

void AggregateDelta::rollUp()
{
    // Ward entries (area < 100000) are added to their province and to the country.
    auto roll = [](FlatCounter& m, int shift) {
        const std::vector<std::pair<quint64, qint64>> entries = m.sorted();
        const quint64 mask = (quint64(1) << shift) - 1;
        for (const auto& [k, n] : entries) {
            if (!n || int(k >> shift) >= area::province(0))
                continue;
            const quint64 cell = k & mask;
            m.add((quint64(area::province(provinceOfWard(int(k >> shift)))) << shift) | cell, n);
            m.add((quint64(area::kCountry) << shift) | cell, n);
        }
    };
    roll(m_marg, 40);
    roll(m_cube, 44);
    std::vector<std::pair<int, Totals>> wards;
    for (const auto& [a, t] : m_total)
        if (a < area::province(0) && (t.n || t.cards))
            wards.emplace_back(a, t);
    for (const auto& [a, t] : wards)
        for (int up : {area::province(provinceOfWard(a)), area::kCountry}) {
            m_total[up].n += t.n;
            m_total[up].cards += t.cards;
        }
}

void AggregateDelta::addHouseholds(int ward, int province, int n)
{
    for (int a : {area::ward(ward), area::province(province), area::kCountry})
        m_total[a].households += n;
}

void AggregateDelta::clear()
{
    m_exactAge.clear();
    m_monthAge.clear();
    m_ageOther.clear();
    m_marg.clear();
    m_cube.clear();
    m_total.clear();
}

namespace {
/// Writes entries keyed (area << shift | cell key), sorted, into each area's cell blob.
bool writeCells(sqlite3* db, const std::vector<std::pair<quint64, qint64>>& entries, int shift, cellblob::Kind kind)
{
    const quint64 cellMask = (quint64(1) << shift) - 1;
    cellblob::Cells delta, stored;
    for (size_t i = 0; i < entries.size();) {
        const int area = int(entries[i].first >> shift);
        delta.clear();
        for (; i < entries.size() && int(entries[i].first >> shift) == area; ++i)
            if (entries[i].second)
                delta.emplace_back(entries[i].first & cellMask, entries[i].second);
        if (delta.empty())
            continue;
        if (!cellblob::read(db, area, kind, &stored) ||
            !cellblob::write(db, area, kind, cellblob::merge(stored, delta)))
            return false;
    }
    return true;
}
} // namespace

bool AggregateDelta::flush(sqlite3* db)
{
    SqliteStatement marg(db, "INSERT INTO stats_marg(area, dim, value, n) VALUES(?,?,?,?)"
                             " ON CONFLICT DO UPDATE SET n = n + excluded.n");
    SqliteStatement total(db, "INSERT INTO stats_total(area, n, households, cards) VALUES(?,?,?,?)"
                              " ON CONFLICT DO UPDATE SET n = n + excluded.n,"
                              " households = households + excluded.households, cards = cards + excluded.cards");
    if (!marg.isValid() || !total.isValid())
        return false;
    rollUp();
    bool ok = true;
    auto run = [&ok](SqliteStatement& s) {
        ok = ok && s.step() == SQLITE_DONE;
        s.reset();
    };
    // Dense ages and the few others, in (area, sex, dob) order, into each area's age cells.
    std::vector<std::pair<quint64, qint64>> ages = sorted(m_ageOther);
    for (const auto& [map, exact] : {std::pair{&m_exactAge, true}, std::pair{&m_monthAge, false}})
        for (int a : sortedKeys(*map)) {
            const std::vector<qint32>& counts = map->at(a);
            const int slotCount = exact ? kDaySlots : kMonthSlots;
            for (int sex = 0; sex < 2; ++sex)
                for (int s = 0; s < slotCount; ++s)
                    if (const qint32 n = counts[size_t(sex * slotCount + s)])
                        ages.emplace_back(ageKey(a, sex, exact ? slotDate(s) : slotMonth(s)), n);
        }
    std::sort(ages.begin(), ages.end());
    ok = writeCells(db, ages, 28, cellblob::Age) && writeCells(db, m_cube.sorted(), 44, cellblob::Cube);
    for (const auto& [k, n] : m_marg.sorted()) {
        if (!n)
            continue;
        marg.bind(1, qint64(k >> 40));
        marg.bind(2, qint64((k >> 32) & 0xff));
        marg.bind(3, qint64(quint32(k)));
        marg.bind(4, n);
        run(marg);
    }
    for (int a : sortedKeys(m_total)) {
        const Totals& t = m_total.at(a);
        total.bind(1, a);
        total.bind(2, t.n);
        total.bind(3, t.households);
        total.bind(4, t.cards);
        run(total);
    }
    // Keys whose count fell to zero are removed so that the tables stay equal to a rebuild.
    ok = ok && sqliteExec(db, "DELETE FROM stats_total WHERE n = 0 AND households = 0");
    clear();
    return ok;
}

} // namespace motcua::statistics
