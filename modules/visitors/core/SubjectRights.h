#pragma once

#include "VisitorsStore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace motcua::visitors {

struct ErasureReport
{
    int profiles = 0;
    int visits = 0;
    int invitations = 0;
};

/// A person's rights over their data: everything the desk holds on one ID number, as a JSON document
/// (subject access), and the erasure of all of it on request. Both are audited without personal data.
class SubjectRights
{
    Q_DECLARE_TR_FUNCTIONS(motcua::visitors::SubjectRights)

public:
    explicit SubjectRights(const VisitorsStore& store) : m_store(store) {}

    Result<QJsonObject> exportPerson(const Session& session, const QString& idNumber) const;
    Result<ErasureReport> erasePerson(const Session& session, const QString& idNumber);

private:
    const VisitorsStore& m_store;
};

} // namespace motcua::visitors
