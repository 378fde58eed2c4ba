#pragma once

#include "Status.h"

#include <QByteArray>
#include <QList>

namespace motcua::card {

/// An ICAO CSCA master list: CMS SignedData (eContentType 2.23.136.1.1.2) whose content is
/// CscaMasterList { version, SET OF Certificate }.
class MasterList
{
public:
    static constexpr const char* ContentTypeOid = "2.23.136.1.1.2";

    /// Checks the CMS signature with the embedded signer certificate and returns the DER of every
    /// certificate in the list. Malformed → InputRejected; bad signature → SecurityCheckFailed.
    static Result<QList<QByteArray>> parse(const QByteArray& der);
    /// The certificates of the CscaMasterList content alone (no CMS).
    static Result<QList<QByteArray>> parseContent(const QByteArray& content);
    /// Whether the bytes look like a master list (a CMS with the master-list content type).
    static bool looksLikeMasterList(const QByteArray& der);
};

} // namespace motcua::card
