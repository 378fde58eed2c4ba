#pragma once

#include <QtGlobal>

namespace motcua::card {

/// File identifiers and data-group tags of the eMRTD application (ICAO 9303-10).
class LdsFiles
{
public:
    static constexpr quint16 CardAccess = 0x011C;
    static constexpr quint16 Com = 0x011E;
    static constexpr quint16 Sod = 0x011D;
    static constexpr quint8 ComTag = 0x60;
    static constexpr quint8 SodTag = 0x77;
    /// The eMRTD application identifier A0000002471001.
    static constexpr const char* ApplicationIdHex = "A0000002471001";

    /// FID of data group 1–16 (0x0101…0x0110), 0 when out of range.
    static quint16 dataGroupFid(int dg) { return (dg >= 1 && dg <= 16) ? quint16(0x0100 + dg) : 0; }
    /// Short EF identifier of data group n is n (used with READ BINARY P1 = 0x80 | SFI).
    static quint8 dataGroupSfi(int dg) { return quint8(dg); }
    /// The tag of a data group's outer TLV (DG1 61, DG2 75, … DG13 6D, DG14 6E, DG15 6F), 0 when unknown.
    static quint8 dataGroupTag(int dg);
    /// The data group number of a tag from EF.COM's tag list, 0 when unknown.
    static int dataGroupFromTag(quint8 tag);
};

} // namespace motcua::card
