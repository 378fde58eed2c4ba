#pragma once

#include "Status.h"

#include <QByteArray>

namespace motcua::card {

/// Counters of what went over the wire (plain APDUs as the reader driver saw them).
struct ApduStats
{
    int apdus = 0;
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;

    void add(const QByteArray& command, const QByteArray& response)
    {
        ++apdus;
        bytesSent += command.size();
        bytesReceived += response.size();
    }
};

/// Something that carries command APDUs to a card and returns the full response (data + SW1 SW2):
/// a PC/SC reader, or an in-process simulated card in tests.
class ApduChannel
{
public:
    virtual ~ApduChannel() = default;
    /// Sends one command APDU; 61xx and 6Cxx are resolved before returning.
    virtual Result<QByteArray> transmit(const QByteArray& command) = 0;
    /// Whether the reader accepts extended-length APDUs (the card's own answer is learnt by trying).
    virtual bool supportsExtendedLength() const { return true; }
    virtual const ApduStats& stats() const = 0;
};

} // namespace motcua::card
