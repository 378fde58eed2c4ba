#pragma once

#include <QByteArray>
#include <QObject>

class QAudioSink;
class QBuffer;

namespace motcua::visitors {

/// The watchlist alarm: a short two-tone signal synthesised in memory and played on the default audio output
/// (Qt Multimedia), without blocking the GUI thread. Falls back to QApplication::beep() when the machine has no
/// audio output (a headless test run, or no sound server).
class AlertSound : public QObject
{
    Q_OBJECT
public:
    explicit AlertSound(QObject* parent = nullptr);
    ~AlertSound() override;

    /// Starts the signal; true when it goes to an audio device, false when only the fallback beep was possible.
    bool play();

    static constexpr int kSampleRate = 22050;
    /// 16-bit signed mono PCM at kSampleRate: three alternating 880/660 Hz tones of 150 ms with short gaps.
    static QByteArray signal();

private:
    QAudioSink* m_sink = nullptr;
    QBuffer* m_buffer = nullptr;
};

} // namespace motcua::visitors
