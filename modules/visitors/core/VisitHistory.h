#pragma once

#include "VisitorTypes.h"
#include "VisitorsStore.h"

namespace motcua::visitors {

/// What to look for in past visits; empty fields do not filter.
struct HistoryQuery
{
    QString name; // diacritics- and case-insensitive, any part of the name
    QString idNumber;
    QDate from;
    QDate to;
    qint64 hostId = 0;
    int limit = 500;
};

/// Searches past and current visits (newest first) and one person's visit history.
class VisitHistory
{
public:
    explicit VisitHistory(const VisitorsStore& store) : m_store(store) {}

    QList<VisitRow> search(const HistoryQuery& query) const;
    QList<VisitRow> visitsOf(qint64 profileId) const;

private:
    const VisitorsStore& m_store;
};

} // namespace motcua::visitors
