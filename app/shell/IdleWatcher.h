#pragma once

#include <QObject>
#include <QTimer>

namespace motcua::shell {

/// Emits idle() after a period without keyboard or mouse input anywhere in the application.
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setTimeout(int milliseconds);
    int timeout() const { return m_timer.interval(); }
    void setActive(bool active);

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    bool m_active = false;
};

} // namespace motcua::shell
