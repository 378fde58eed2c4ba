#pragma once

#include "Status.h"

#include <QByteArray>

namespace motcua::card {

/// An ISO 7816-4 command APDU (cases 1–4, short or extended length).
struct CommandApdu
{
    quint8 cla = 0x00;
    quint8 ins = 0x00;
    quint8 p1 = 0x00;
    quint8 p2 = 0x00;
    QByteArray data;
    /// Expected response length: -1 = no Le field; 0 is not used; 256 (short) or 65536
    /// (extended) mean "as much as possible".
    int le = -1;
    /// Force the extended-length encoding even when short would do.
    bool forceExtended = false;

    bool isExtended() const;
    /// Wire encoding; Le 256 → 00 (short), 65536 → 0000 (extended).
    QByteArray encode() const;
    /// Parses any of the seven encodings of ISO 7816-4; rejects inconsistent lengths.
    static Result<CommandApdu> parse(const QByteArray& bytes);
};

/// A response APDU: data and the status word.
struct ResponseApdu
{
    QByteArray data;
    quint16 sw = 0x9000;

    bool isSuccess() const { return sw == 0x9000; }
    quint8 sw1() const { return quint8(sw >> 8); }
    quint8 sw2() const { return quint8(sw & 0xFF); }
    QByteArray encode() const;
    /// Splits data and SW; fewer than 2 bytes is malformed.
    static Result<ResponseApdu> parse(const QByteArray& bytes);
};

} // namespace motcua::card
