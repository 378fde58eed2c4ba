#pragma once

#include "IModule.h"
#include "ResidenceStore.h"
#include "Session.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace motcua::card {
class ReaderMonitor;
}

namespace motcua::residence {

class ResidenceNotifier;

/// What the residence pages share: the operator (the shell's CurrentOperator, or a session set by tests), the GUI
/// thread's store (opened on first use: it needs the vault), the office the workstation serves, and the shell's
/// card reader monitor when there is one.
class ResidenceDesk : public QObject
{
    Q_OBJECT

public:
    using EnvironmentFactory = std::function<Result<ResidenceEnvironment>()>;
    ResidenceDesk(const ModuleContext& context, EnvironmentFactory environment, QObject* parent = nullptr);
    ~ResidenceDesk() override;

    const ModuleContext& context() const { return m_context; }
    Session session() const;
    void setSessionOverride(const Session& session) { m_sessionOverride = session; }

    /// The GUI thread's store, or the reason it cannot be opened (shown on the page).
    Result<const ResidenceStore*> store();
    /// The environment for a worker's own connection (ResidenceConnection::open).
    Result<ResidenceEnvironment> environment();
    ResidenceNotifier* notifier();

    /// The police unit printed on the forms: "CÔNG AN XÃ …" under "CÔNG AN TỈNH …" (from the workstation's place).
    QString agencyName() const;
    QString agencyParent() const;
    QString provinceCode() const;
    QString communeCode() const;
    /// The unit as an addressee in running text: "Công an phường Ba Đình".
    QString agencyTitle() const;
    /// "Hà Nội, ngày 27 tháng 11 năm 2026".
    QString placeDate(const QDate& date) const;

    /// The shell's reader monitor ("card.readers"); null in tests and the CLI.
    card::ReaderMonitor* readerMonitor() const;
    /// ID numbers in lists: full with citizen.fullid, masked otherwise.
    QString listedId(const QString& idNumber) const;

private:
    void loadPlace() const;

    ModuleContext m_context;
    EnvironmentFactory m_environmentFactory;
    std::optional<Session> m_sessionOverride;
    std::optional<ResidenceEnvironment> m_env;
    std::unique_ptr<ResidenceStore> m_store;
    mutable bool m_placeLoaded = false;
    mutable QString m_provinceCode;
    mutable QString m_communeCode;
    mutable QString m_provinceName;
    mutable QString m_communeName;
};

} // namespace motcua::residence
