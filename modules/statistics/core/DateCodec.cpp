#include "DateCodec.h"

namespace motcua::statistics::datecodec {

int parseIso(QByteArrayView t)
{
    if (t.size() != 10 || t[4] != '-' || t[7] != '-')
        return 0;
    int v[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int i = 0; i < 3; ++i)
        for (int k = 0; k < lengths[i]; ++k) {
            const char c = t[starts[i] + k];
            if (c < '0' || c > '9')
                return 0;
            v[i] = v[i] * 10 + (c - '0');
        }
    if (!QDate::isValid(v[0], v[1], v[2]) || v[0] < 1800)
        return 0;
    return v[0] * 10000 + v[1] * 100 + v[2];
}

} // namespace motcua::statistics::datecodec
