#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace motcua::statistics::varint {

/// LEB128: seven bits a byte, low bits first, the high bit set on every byte but the last.
inline void put(QByteArray& out, quint64 v)
{
    while (v >= 0x80) {
        out.append(char(v | 0x80));
        v >>= 7;
    }
    out.append(char(v));
}

/// Reads one value at `p` (moved past it); false when the bytes end first or it is longer than 64 bits.
inline bool get(const char*& p, const char* end, quint64* v)
{
    quint64 result = 0;
    for (int shift = 0; p < end && shift < 64; shift += 7) {
        const auto byte = static_cast<unsigned char>(*p++);
        result |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80)) {
            *v = result;
            return true;
        }
    }
    return false;
}

} // namespace motcua::statistics::varint
