#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QSqlDatabase;

namespace motcua {

/// One numbered schema step of one module; applied in a single transaction and recorded in schema_versions.
struct Migration
{
    QString module;
    int version = 0;
    QString description;
    QStringList statements;
    /// Optional extra step run after the statements, inside the same transaction.
    std::function<bool(QSqlDatabase&, QString* error)> step;
};

} // namespace motcua
