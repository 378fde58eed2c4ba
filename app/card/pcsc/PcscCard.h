#pragma once

#include "ApduChannel.h"
#include "PcscContext.h"

#include <QString>

namespace motcua::card {

/// A connection to the card in one PC/SC reader: exclusive transaction, transmit with 61xx/6Cxx handling,
/// reconnect after a card reset and re-establishment after a pcscd restart.
class PcscCard : public ApduChannel
{
public:
    explicit PcscCard(PcscContext& context);
    ~PcscCard() override;
    PcscCard(const PcscCard&) = delete;
    PcscCard& operator=(const PcscCard&) = delete;

    /// Connects to `reader`, or to the first reader holding a card when `reader` is empty.
    Status connect(const QString& reader = {});
    void disconnect(bool resetCard = false);
    bool isConnected() const { return m_card != 0; }
    QString readerName() const { return m_reader; }
    QByteArray atr() const { return m_atr; }

    Status beginTransaction();
    void endTransaction();

    Result<QByteArray> transmit(const QByteArray& command) override;
    bool supportsExtendedLength() const override { return m_extendedLength; }
    const ApduStats& stats() const override { return m_stats; }
    void resetStats() { m_stats = {}; }
    /// True once the card was reset under us: any secure-messaging session is gone.
    bool wasReset() const { return m_wasReset; }

private:
    Result<QByteArray> transmitRaw(const QByteArray& command);
    Status connectTo(const QString& reader);

    PcscContext& m_context;
    SCARDHANDLE m_card = 0;
    DWORD m_protocol = 0;
    QString m_reader;
    QByteArray m_atr;
    bool m_inTransaction = false;
    bool m_extendedLength = true;
    bool m_wasReset = false;
    ApduStats m_stats;
};

} // namespace motcua::card
