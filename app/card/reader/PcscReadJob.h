#pragma once

#include "CardReader.h"
#include "pcsc/PcscContext.h"

namespace motcua::card {

/// One chip read through PC/SC: connects (re-establishing the context after a pcscd restart), reads inside one
/// transaction, and starts over once when the card was reset under us.
class PcscReadJob
{
public:
    static Result<CitizenIdentity> run(PcscContext& context, const TrustStore& trustStore, const QString& reader,
                                       const ReadOptions& options, const FileReader::Progress& progress = {},
                                       const std::atomic<bool>* cancel = nullptr);
};

} // namespace motcua::card
