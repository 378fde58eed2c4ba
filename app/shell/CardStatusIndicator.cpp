#include "CardStatusIndicator.h"

#include "Icons.h"
#include "pcsc/ReaderMonitor.h"

#include <QHBoxLayout>
#include <QLabel>

namespace motcua::shell {

CardStatusIndicator::CardStatusIndicator(card::ReaderMonitor* monitor, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("cardStatus"));
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("cardStatusText"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
    if (monitor) {
        connect(monitor, &card::ReaderMonitor::stateChanged, this, &CardStatusIndicator::setReaderState);
        setReaderState(monitor->serviceAvailable(), monitor->readers());
    } else {
        setReaderState(false, {});
    }
}

CardStatusIndicator::State CardStatusIndicator::stateOf(bool serviceAvailable, const QList<card::ReaderState>& readers)
{
    if (!serviceAvailable)
        return State::NoService;
    if (readers.isEmpty())
        return State::NoReader;
    for (const card::ReaderState& r : readers)
        if (r.cardPresent)
            return State::CardPresent;
    return State::ReaderReady;
}

QString CardStatusIndicator::describe(State state)
{
    switch (state) {
    case State::NoService:
        return tr("Card service not running");
    case State::NoReader:
        return tr("No card reader");
    case State::ReaderReady:
        return tr("Card reader ready");
    case State::CardPresent:
        return tr("Card on reader");
    }
    return {};
}

QString CardStatusIndicator::text() const
{
    return m_text->text();
}

void CardStatusIndicator::setReaderState(bool serviceAvailable, const QList<card::ReaderState>& readers)
{
    m_state = stateOf(serviceAvailable, readers);
    const char* icon = "emblem-warning";
    if (m_state == State::NoService)
        icon = "network-disconnect";
    else if (m_state == State::ReaderReady)
        icon = "secure-card";
    else if (m_state == State::CardPresent)
        icon = "emblem-success";
    m_icon->setPixmap(shippedIcon(QLatin1String(icon)).pixmap(16, 16));
    m_text->setText(describe(m_state));
    QStringList names;
    for (const card::ReaderState& r : readers)
        names << (r.cardPresent ? tr("%1: card present").arg(r.name) : tr("%1: empty").arg(r.name));
    QString tip;
    if (m_state == State::NoService)
        tip = tr("The smart card service (pcscd) is not running. Start it or ask the administrator.");
    else if (m_state == State::NoReader)
        tip = tr("Connect a card reader.");
    else
        tip = names.join(QLatin1Char('\n'));
    setToolTip(tip);
}

} // namespace motcua::shell
