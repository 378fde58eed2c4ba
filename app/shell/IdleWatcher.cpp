#include "IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace motcua::shell {

IdleWatcher::IdleWatcher(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(10 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setTimeout(int milliseconds)
{
    m_timer.setInterval(qMax(1, milliseconds));
    if (m_active)
        m_timer.start();
}

void IdleWatcher::setActive(bool active)
{
    m_active = active;
    if (active)
        m_timer.start();
    else
        m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (m_active) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TabletPress:
            m_timer.start(); // restart the countdown
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace motcua::shell
