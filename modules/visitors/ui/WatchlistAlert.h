#pragma once

#include "VisitorTypes.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QPushButton;

namespace motcua::visitors {

class AlertSound;

/// The prominent red alert shown over the check-in form when a visitor matches the watchlist exactly:
/// the reason and level, a sound, and the two ways on — turn the person away, or (with the supervisor
/// permission) let them in with a written reason.
class WatchlistAlert : public QFrame
{
    Q_OBJECT
public:
    explicit WatchlistAlert(QWidget* parent = nullptr);

    void showHits(const QString& name, const QList<WatchlistHit>& hits, bool canOverride);
    QString overrideReason() const;
    AlertSound* sound() const { return m_sound; }

signals:
    void turnedAway();
    void overrideRequested(const QString& reason);

private:
    QLabel* m_text = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_override = nullptr;
    QPushButton* m_turnAway = nullptr;
    AlertSound* m_sound = nullptr;
};

} // namespace motcua::visitors
