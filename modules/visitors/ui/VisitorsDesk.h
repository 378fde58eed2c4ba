#pragma once

#include "IModule.h"
#include "Session.h"
#include "VisitorsStore.h"

#include <QObject>
#include <optional>

namespace motcua::visitors {

/// What every visitors page shares on the GUI thread: the module's services, the store on the GUI connection,
/// the signed-in operator (the shell's CurrentOperator service) and a "visits changed" signal so lists refresh.
class VisitorsDesk : public QObject
{
    Q_OBJECT
public:
    explicit VisitorsDesk(const ModuleContext& context, QObject* parent = nullptr);

    const ModuleContext& context() const { return m_context; }
    /// Opens the store on first use (the vault may need a key); an error status when it cannot.
    Result<VisitorsStore*> store();
    Session session() const;
    /// Tests and tools without the shell set the operator here.
    void setSessionOverride(const Session& session) { m_sessionOverride = session; }
    QString deskName() const;
    QString agencyName() const;
    QString placeName() const;
    /// Where printed documents are written (badges, lists, logbooks).
    QString outputFolder() const;
    void setOutputFolder(const QString& folder) { m_outputFolder = folder; }

signals:
    void visitsChanged();

private:
    ModuleContext m_context;
    std::optional<VisitorsStore> m_store;
    std::optional<Session> m_sessionOverride;
    QString m_outputFolder;
};

} // namespace motcua::visitors
