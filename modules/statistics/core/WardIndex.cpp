#include "WardIndex.h"

#include "AdminUnits.h"

#include <QHash>
#include <QSet>

namespace motcua::statistics {

namespace {
struct Index
{
    QHash<int, int> wards;
    QSet<int> provinces;
};
const Index& index()
{
    static const Index idx = [] {
        Index i;
        for (const Province& p : AdminUnits::instance().provinces()) {
            i.provinces.insert(p.code.toInt());
            for (const Commune& c : p.communes)
                i.wards.insert(c.code.toInt(), p.code.toInt());
        }
        return i;
    }();
    return idx;
}
} // namespace

int provinceOfWard(int wardCode)
{
    return index().wards.value(wardCode, 0);
}

bool provinceExists(int provinceCode)
{
    return index().provinces.contains(provinceCode);
}

} // namespace motcua::statistics
