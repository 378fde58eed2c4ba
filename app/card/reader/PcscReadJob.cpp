#include "PcscReadJob.h"

#include "pcsc/PcscCard.h"
#include "pcsc/PcscError.h"

namespace motcua::card {

Result<CitizenIdentity> PcscReadJob::run(PcscContext& context, const TrustStore& trustStore, const QString& reader,
                                         const ReadOptions& options, const FileReader::Progress& progress,
                                         const std::atomic<bool>* cancel)
{
    Status last;
    for (int attempt = 0; attempt < 2; ++attempt) {
        PcscCard card(context);
        Status connected = card.connect(reader);
        if (!connected && attempt == 0 && !context.isValid()) {
            continue; // pcscd was restarted: the context was dropped; try once with a fresh one
        }
        if (!connected)
            return connected;
        if (Status s = card.beginTransaction(); !s)
            return s;
        CardReader cardReader(card, trustStore);
        cardReader.setProgress(progress);
        cardReader.setCancelFlag(cancel);
        auto identity = cardReader.read(options);
        card.endTransaction();
        if (identity || !card.wasReset())
            return identity;
        last = identity.status();
        qCInfo(lcCardIo) << "card was reset during the read; starting over";
    }
    return last.isOk() ? PcscError::noCard() : last;
}

} // namespace motcua::card
