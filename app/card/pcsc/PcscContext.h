#pragma once

#include "Status.h"

#include <QString>
#include <QStringList>

#include <PCSC/winscard.h>

namespace motcua::card {

/// Owns one pcsc-lite context; re-establishes it when pcscd was restarted.
class PcscContext
{
public:
    PcscContext() = default;
    ~PcscContext();
    PcscContext(const PcscContext&) = delete;
    PcscContext& operator=(const PcscContext&) = delete;

    /// Establishes the context if there is none yet.
    Status ensure();
    /// Drops the context (after SCARD_E_NO_SERVICE & co.) so the next ensure() makes a fresh one.
    void reset();
    bool isValid() const { return m_valid; }
    SCARDCONTEXT handle() const { return m_ctx; }

    /// Reader names; an empty list (not an error) when pcscd runs but has no reader.
    /// Recreates the context once if pcscd was restarted.
    Result<QStringList> listReaders();

    /// One line for diagnostics, e.g. "running, 2 readers" / "not running"; translated.
    static QString serviceStatus();
    /// True when pcscd answers.
    static bool serviceAvailable();

private:
    Result<QStringList> listOnce(LONG* rvOut);

    SCARDCONTEXT m_ctx = 0;
    bool m_valid = false;
};

} // namespace motcua::card
