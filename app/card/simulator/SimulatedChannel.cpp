#include "SimulatedChannel.h"

#include "pcsc/PcscError.h"

namespace motcua::card {

Result<QByteArray> SimulatedChannel::transmit(const QByteArray& command)
{
    if (m_removed || (m_removeAfter >= 0 && m_card.apduCount() >= m_removeAfter)) {
        m_removed = true;
        return PcscError::cardRemoved();
    }
    QByteArray response = m_card.process(command);
    m_stats.add(command, response);
    return response;
}

} // namespace motcua::card
