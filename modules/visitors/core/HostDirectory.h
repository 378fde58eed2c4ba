#pragma once

#include "VisitorTypes.h"
#include "VisitorsStore.h"

#include <QCoreApplication>
#include <optional>

namespace motcua::visitors {

/// The people and departments visitors come to see; kept by the administrator.
class HostDirectory
{
    Q_DECLARE_TR_FUNCTIONS(motcua::visitors::HostDirectory)

public:
    explicit HostDirectory(const VisitorsStore& store) : m_store(store) {}

    QList<Host> list(bool activeOnly = true) const;
    std::optional<Host> find(qint64 id) const;
    Result<qint64> add(const Session& session, const Host& host);
    Status update(const Session& session, const Host& host);

private:
    const VisitorsStore& m_store;
};

} // namespace motcua::visitors
