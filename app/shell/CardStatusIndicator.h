#pragma once

#include "pcsc/ReaderMonitor.h"

#include <QList>
#include <QWidget>

class QLabel;

namespace motcua::shell {

/// Status-bar badge for the card readers: no service / no reader / reader ready / card present.
class CardStatusIndicator : public QWidget
{
    Q_OBJECT
public:
    enum class State
    {
        NoService,
        NoReader,
        ReaderReady,
        CardPresent
    };

    /// Follows `monitor` live; with no monitor it shows "no service".
    explicit CardStatusIndicator(card::ReaderMonitor* monitor, QWidget* parent = nullptr);

    State state() const { return m_state; }
    QString text() const;
    static State stateOf(bool serviceAvailable, const QList<card::ReaderState>& readers);
    static QString describe(State state);

public slots:
    void setReaderState(bool serviceAvailable, const QList<motcua::card::ReaderState>& readers);

private:
    State m_state = State::NoService;
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
};

} // namespace motcua::shell
