#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

namespace motcua {

/// Named services modules offer each other; a module never includes another module's headers.
class ServiceRegistry
{
public:
    void add(const QString& name, QObject* service) { m_services.insert(name, service); }
    void remove(const QString& name) { m_services.remove(name); }
    template <typename T> T* get(const QString& name) const { return qobject_cast<T*>(m_services.value(name).data()); }
    QObject* object(const QString& name) const { return m_services.value(name).data(); }

private:
    QHash<QString, QPointer<QObject>> m_services;
};

} // namespace motcua
