#include "AlertSound.h"

#include <QApplication>
#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QBuffer>
#include <QMediaDevices>
#include <QtEndian>

#include <cmath>
#include <numbers>

namespace motcua::visitors {

AlertSound::AlertSound(QObject* parent) : QObject(parent) {}

AlertSound::~AlertSound()
{
    if (m_sink)
        m_sink->stop();
}

QByteArray AlertSound::signal()
{
    QByteArray pcm;
    auto append = [&pcm](double frequency, int milliseconds) {
        const int samples = kSampleRate * milliseconds / 1000;
        const int ramp = kSampleRate / 200; // 5 ms fade in and out: no clicks
        for (int i = 0; i < samples; ++i) {
            const double envelope = std::min({1.0, double(i) / ramp, double(samples - i) / ramp});
            const double value =
                frequency > 0 ? 0.6 * envelope * std::sin(2 * std::numbers::pi * frequency * i / kSampleRate) : 0.0;
            const qint16 sample = qToLittleEndian(qint16(value * 32767));
            pcm.append(reinterpret_cast<const char*>(&sample), sizeof sample);
        }
    };
    for (int i = 0; i < 3; ++i) {
        append(880, 150);
        append(0, 40);
        append(660, 150);
        append(0, 80);
    }
    return pcm;
}

bool AlertSound::play()
{
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    QAudioFormat format;
    format.setSampleRate(kSampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (device.isNull() || !device.isFormatSupported(format)) {
        QApplication::beep();
        return false;
    }
    if (m_sink)
        m_sink->stop();
    delete m_sink;
    delete m_buffer;
    m_buffer = new QBuffer(this);
    m_buffer->setData(signal());
    m_buffer->open(QIODevice::ReadOnly);
    m_sink = new QAudioSink(device, format, this);
    m_sink->start(m_buffer); // pulls from the buffer on its own; returns at once
    return m_sink->error() == QAudio::NoError;
}

} // namespace motcua::visitors
