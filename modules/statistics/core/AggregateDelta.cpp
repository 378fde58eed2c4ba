#include "AggregateDelta.h"

#include "Resident.h"
#include "SqliteStatement.h"
#include "StatisticsSchema.h"

#include <algorithm>
#include <vector>

namespace motcua::statistics {

namespace {

/// Entries in key order: keys sort like the tables' primary keys, so the upserts walk each B-tree
/// front to back instead of jumping between pages, which matters once the tables outgrow the cache.
std::vector<std::pair<quint64, qint64>> sorted(const std::unordered_map<quint64, qint64>& m)
{
    std::vector<std::pair<quint64, qint64>> v(m.begin(), m.end());
    std::sort(v.begin(), v.end());
    return v;
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
    return (quint64(area) << 44) | (quint64(sex) << 43) | (quint64(birthYear - 1800) << 34) | (quint64(eth) << 18) |
           (quint64(rel) << 2) | (quint64(res) << 1) | quint64(card);
}

} // namespace

void AggregateDelta::add(const Person& p, int sign)
{
    const int areas[3] = {area::ward(p.ward), area::province(p.province), area::kCountry};
    const int card = p.cardIssued ? 1 : 0;
    for (int a : areas) {
        m_age[ageKey(a, p.sex, p.dob)] += sign;
        m_marg[margKey(a, Dim::Ethnicity, p.eth)] += sign;
        m_marg[margKey(a, Dim::Religion, p.rel)] += sign;
        m_marg[margKey(a, Dim::ResidenceType, p.residence)] += sign;
        m_marg[margKey(a, Dim::CardYear, p.cardIssued / 10000)] += sign;
        m_cube[cubeKey(a, p.sex, p.dob / 10000, p.eth, p.rel, p.residence, card)] += sign;
        Totals& t = m_total[a];
        t.n += sign;
        t.cards += card * sign;
    }
}

void AggregateDelta::addHousehold(int ward, int province, int sign)
{
    for (int a : {area::ward(ward), area::province(province), area::kCountry})
        m_total[a].households += sign;
}

void AggregateDelta::clear()
{
    m_age.clear();
    m_marg.clear();
    m_cube.clear();
    m_total.clear();
}

bool AggregateDelta::flush(sqlite3* db)
{
    SqliteStatement age(db, "INSERT INTO stats_age(area, sex, dob, n) VALUES(?,?,?,?)"
                            " ON CONFLICT DO UPDATE SET n = n + excluded.n");
    SqliteStatement marg(db, "INSERT INTO stats_marg(area, dim, value, n) VALUES(?,?,?,?)"
                             " ON CONFLICT DO UPDATE SET n = n + excluded.n");
    SqliteStatement cube(db, "INSERT INTO stats_cube(area, sex, birth_year, eth, rel, res, card, n)"
                             " VALUES(?,?,?,?,?,?,?,?) ON CONFLICT DO UPDATE SET n = n + excluded.n");
    SqliteStatement total(db, "INSERT INTO stats_total(area, n, households, cards) VALUES(?,?,?,?)"
                              " ON CONFLICT DO UPDATE SET n = n + excluded.n,"
                              " households = households + excluded.households, cards = cards + excluded.cards");
    if (!age.isValid() || !marg.isValid() || !cube.isValid() || !total.isValid())
        return false;
    bool ok = true;
    auto run = [&ok](SqliteStatement& s) {
        ok = ok && s.step() == SQLITE_DONE;
        s.reset();
    };
    for (const auto& [k, n] : sorted(m_age)) {
        if (!n)
            continue;
        age.bind(1, qint64(k >> 28));
        age.bind(2, qint64((k >> 27) & 1));
        age.bind(3, qint64(k & ((1u << 27) - 1)));
        age.bind(4, n);
        run(age);
    }
    for (const auto& [k, n] : sorted(m_marg)) {
        if (!n)
            continue;
        marg.bind(1, qint64(k >> 40));
        marg.bind(2, qint64((k >> 32) & 0xff));
        marg.bind(3, qint64(quint32(k)));
        marg.bind(4, n);
        run(marg);
    }
    for (const auto& [k, n] : sorted(m_cube)) {
        if (!n)
            continue;
        cube.bind(1, qint64(k >> 44));
        cube.bind(2, qint64((k >> 43) & 1));
        cube.bind(3, qint64(((k >> 34) & 0x1ff) + 1800));
        cube.bind(4, qint64((k >> 18) & 0xffff));
        cube.bind(5, qint64((k >> 2) & 0xffff));
        cube.bind(6, qint64((k >> 1) & 1));
        cube.bind(7, qint64(k & 1));
        cube.bind(8, n);
        run(cube);
    }
    for (const auto& [a, t] : m_total) {
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
