#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QVersionNumber>

namespace motcua {

struct ModulePermission
{
    QString id;
    QStringList roles;
};

/// A module's metadata, read and checked before its library is loaded.
struct ModuleSpec
{
    Q_DECLARE_TR_FUNCTIONS(motcua::ModuleSpec)

public:
    enum class State
    {
        Discovered,
        Loaded,
        Initialized,
        Skipped
    };

    QString id;
    QString name;
    QVersionNumber version;
    int apiVersion = 0;
    QStringList dependencies;
    QList<ModulePermission> permissions;
    QStringList capabilities; // e.g. "pcsc", "webengine"
    QString fileName;         // empty for static plugins

    State state = State::Discovered;
    QString skipReason; // translated; why the module did not load

    /// Parses the "MetaData" object of a plugin's metadata; every field is type- and range-checked.
    static Result<ModuleSpec> fromJson(const QJsonObject& metaData);
};

} // namespace motcua
