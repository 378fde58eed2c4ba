#include "WatchlistAlert.h"

#include "AlertSound.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua::visitors {

WatchlistAlert::WatchlistAlert(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("watchlistAlert"));
    m_sound = new AlertSound(this);
    setStyleSheet(
        QStringLiteral("QFrame#watchlistAlert { background: #b3261e; border: 3px solid #5c0f0a; border-radius: 6px; }"
                       " QFrame#watchlistAlert QLabel { color: white; }"));
    auto* title = new QLabel(QStringLiteral("✕ ") + tr("STOP — this person is on the watchlist"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("watchlistAlertText"));
    m_text->setWordWrap(true);
    QFont t = m_text->font();
    t.setPointSizeF(t.pointSizeF() * 1.15);
    m_text->setFont(t);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("watchlistOverrideReason"));
    m_reason->setPlaceholderText(tr("Supervisor: reason for letting this person in"));
    m_override = new QPushButton(tr("Let in (&supervisor)"), this);
    m_override->setObjectName(QStringLiteral("watchlistOverrideButton"));
    m_turnAway = new QPushButton(tr("&Turn away"), this);
    m_turnAway->setObjectName(QStringLiteral("watchlistTurnAwayButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_reason, 1);
    buttons->addWidget(m_override);
    buttons->addWidget(m_turnAway);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    connect(m_turnAway, &QPushButton::clicked, this, &WatchlistAlert::turnedAway);
    connect(m_override, &QPushButton::clicked, this, [this] { emit overrideRequested(m_reason->text().trimmed()); });
    connect(m_reason, &QLineEdit::returnPressed, m_override, &QPushButton::click);
    hide();
}

void WatchlistAlert::showHits(const QString& name, const QList<WatchlistHit>& hits, bool canOverride)
{
    QStringList lines;
    for (const WatchlistHit& h : hits)
        if (h.exact)
            lines << tr("Reason: %1 (level: %2)").arg(h.reason, h.level);
    m_text->setText(
        tr("%1 matches a watchlist entry by ID number. Do not let the person in without a supervisor.").arg(name) +
        QStringLiteral("\n") + lines.join(QLatin1Char('\n')));
    m_reason->clear();
    m_reason->setVisible(canOverride);
    m_override->setVisible(canOverride);
    show();
    raise();
    (void)m_sound->play();
    (canOverride ? static_cast<QWidget*>(m_reason) : m_turnAway)->setFocus();
}

QString WatchlistAlert::overrideReason() const
{
    return m_reason->text().trimmed();
}

} // namespace motcua::visitors
