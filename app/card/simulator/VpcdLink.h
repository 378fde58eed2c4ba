#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>

namespace motcua::card {

/// The vpcd wire protocol (vsmartcard): the simulator connects to the vpcd driver inside pcscd; each message is
/// preceded by a 2-byte big-endian length; a 1-byte message is a control code, anything longer is a command APDU.
class VpcdLink
{
public:
    enum Control : quint8
    {
        PowerOff = 0,
        PowerOn = 1,
        Reset = 2,
        GetAtr = 4
    };

    struct Handlers
    {
        std::function<QByteArray()> atr;
        std::function<void(Control)> control;
        /// Returns the response APDU; an empty array means "the card is removed now" (the link closes).
        std::function<QByteArray(const QByteArray&)> apdu;
    };

    VpcdLink(QString host, quint16 port);
    ~VpcdLink();

    /// Connects (retrying until `stop` is set) and serves messages until vpcd closes the connection, a handler
    /// asks for removal, or `stop` is set. Returns false when the connection could not be made before `stop`.
    enum class End
    {
        Stopped,
        VpcdClosed,
        Removed
    };
    End serve(const Handlers& handlers, const std::atomic<bool>& stop);

private:
    bool connectOnce();
    bool readExact(char* data, int size, const std::atomic<bool>& stop);
    bool writeMessage(const QByteArray& message);
    void closeSocket();

    QString m_host;
    quint16 m_port;
    int m_fd = -1;
};

} // namespace motcua::card
