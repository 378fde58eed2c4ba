#include "LdsFiles.h"

namespace motcua::card {

namespace {
constexpr quint8 tags[17] = {0,    0x61, 0x75, 0x63, 0x76, 0x65, 0x66, 0x67, 0x68,
                             0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F, 0x70};
}

quint8 LdsFiles::dataGroupTag(int dg)
{
    return (dg >= 1 && dg <= 16) ? tags[dg] : 0;
}

int LdsFiles::dataGroupFromTag(quint8 tag)
{
    for (int dg = 1; dg <= 16; ++dg) {
        if (tags[dg] == tag)
            return dg;
    }
    return 0;
}

} // namespace motcua::card
