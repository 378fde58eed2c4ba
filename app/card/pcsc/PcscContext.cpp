#include "PcscContext.h"

#include "CardErrors.h"
#include "PcscError.h"

#include <PCSC/pcsclite.h>

#include <vector>

namespace motcua::card {

PcscContext::~PcscContext()
{
    reset();
}

Status PcscContext::ensure()
{
    if (m_valid)
        return Status::ok();
    const LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &m_ctx);
    if (rv != SCARD_S_SUCCESS) {
        qCDebug(lcCardIo) << "SCardEstablishContext:" << PcscError::name(rv);
        m_ctx = 0;
        return PcscError::toStatus(rv, "SCardEstablishContext");
    }
    m_valid = true;
    return Status::ok();
}

void PcscContext::reset()
{
    if (m_valid)
        SCardReleaseContext(m_ctx);
    m_ctx = 0;
    m_valid = false;
}

Result<QStringList> PcscContext::listOnce(LONG* rvOut)
{
    *rvOut = SCARD_S_SUCCESS;
    if (Status s = ensure(); !s)
        return s;
    DWORD size = 0;
    LONG rv = SCardListReaders(m_ctx, nullptr, nullptr, &size);
    QStringList names;
    if (rv == SCARD_S_SUCCESS && size > 0) {
        std::vector<char> buffer(size);
        rv = SCardListReaders(m_ctx, nullptr, buffer.data(), &size);
        if (rv == SCARD_S_SUCCESS) {
            for (const char* p = buffer.data(); p < buffer.data() + size && *p; p += qstrlen(p) + 1)
                names << QString::fromUtf8(p);
        }
    }
    *rvOut = rv;
    if (rv == static_cast<LONG>(SCARD_E_NO_READERS_AVAILABLE))
        return QStringList{};
    if (rv != SCARD_S_SUCCESS)
        return PcscError::toStatus(rv, "SCardListReaders");
    return names;
}

Result<QStringList> PcscContext::listReaders()
{
    LONG rv = SCARD_S_SUCCESS;
    auto first = listOnce(&rv);
    if (first || !PcscError::isServiceLost(rv))
        return first;
    reset(); // pcscd restarted since the context was made: the handle is stale
    return listOnce(&rv);
}

bool PcscContext::serviceAvailable()
{
    PcscContext ctx;
    return ctx.ensure().isOk();
}

QString PcscContext::serviceStatus()
{
    PcscContext ctx;
    if (Status s = ctx.ensure(); !s)
        return CardTr::tr("not running (%1)").arg(s.details());
    auto readers = ctx.listReaders();
    if (!readers)
        return CardTr::tr("running, error: %1").arg(readers.status().details());
    return CardTr::tr("running, %n reader(s)", nullptr, int(readers->size()));
}

} // namespace motcua::card
