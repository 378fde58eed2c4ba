#pragma once

#include <QObject>

namespace motcua::residence {

/// Tells open pages that residence data changed (emitted after each commit, from whichever thread wrote).
class ResidenceNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    void casesChanged();
    void registryChanged();
    void noticesChanged();
};

} // namespace motcua::residence
