#include "VpcdLink.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <thread>

namespace motcua::card {

VpcdLink::VpcdLink(QString host, quint16 port) : m_host(std::move(host)), m_port(port) {}

VpcdLink::~VpcdLink()
{
    closeSocket();
}

void VpcdLink::closeSocket()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

bool VpcdLink::connectOnce()
{
    closeSocket();
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return false;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(m_port);
    if (::inet_pton(AF_INET, m_host.toLatin1().constData(), &addr.sin_addr) != 1) {
        closeSocket();
        return false;
    }
    if (::connect(m_fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        closeSocket();
        return false;
    }
    int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return true;
}

bool VpcdLink::readExact(char* data, int size, const std::atomic<bool>& stop)
{
    int done = 0;
    while (done < size) {
        pollfd p{m_fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, 200);
        if (stop)
            return false;
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0)
            continue;
        // vpcd sends the length and the message in two writes; without quick ACKs Nagle + delayed ACK cost ~40 ms each.
        int one = 1;
        ::setsockopt(m_fd, IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
        const ssize_t n = ::recv(m_fd, data + done, size_t(size - done), 0);
        if (n <= 0)
            return false;
        done += int(n);
    }
    return true;
}

bool VpcdLink::writeMessage(const QByteArray& message)
{
    QByteArray frame;
    frame.reserve(message.size() + 2);
    frame.append(char((message.size() >> 8) & 0xFF)).append(char(message.size() & 0xFF)).append(message);
    int done = 0;
    while (done < frame.size()) {
        const ssize_t n = ::send(m_fd, frame.constData() + done, size_t(frame.size() - done), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        done += int(n);
    }
    return true;
}

VpcdLink::End VpcdLink::serve(const Handlers& handlers, const std::atomic<bool>& stop)
{
    while (!connectOnce()) {
        if (stop)
            return End::Stopped;
        std::this_thread::sleep_for(std::chrono::milliseconds(200)); // pcscd (and vpcd in it) not up yet
    }
    while (!stop) {
        char header[2];
        if (!readExact(header, 2, stop))
            break;
        const int length = (quint8(header[0]) << 8) | quint8(header[1]);
        QByteArray message(length, '\0');
        if (length > 0 && !readExact(message.data(), length, stop))
            break;
        if (length == 1) {
            const auto code = Control(quint8(message[0]));
            if (code == GetAtr) {
                if (!writeMessage(handlers.atr()))
                    break;
            } else {
                handlers.control(code);
            }
            continue;
        }
        const QByteArray response = handlers.apdu(message);
        if (response.isEmpty()) {
            closeSocket();
            return End::Removed;
        }
        if (!writeMessage(response))
            break;
    }
    closeSocket();
    return stop ? End::Stopped : End::VpcdClosed;
}

} // namespace motcua::card
