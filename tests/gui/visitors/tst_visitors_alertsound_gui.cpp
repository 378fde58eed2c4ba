// The watchlist alarm: a real two-tone signal (not silence, not a click), played on the audio output when there is one;
// on a machine without audio the fallback beep is used and play() says so.
#include "AlertSound.h"
#include "WatchlistAlert.h"

#include <QApplication>
#include <QAudioDevice>
#include <QMediaDevices>
#include <QTest>
#include <QtEndian>

using namespace motcua::visitors;

class TestVisitorsAlertSound : public QObject
{
    Q_OBJECT

    static QList<qint16> samples(const QByteArray& pcm)
    {
        QList<qint16> out;
        for (qsizetype i = 0; i + 1 < pcm.size(); i += 2)
            out.append(qFromLittleEndian<qint16>(pcm.constData() + i));
        return out;
    }

private slots:
    void signalIsTwoAudibleTones()
    {
        const QList<qint16> s = samples(AlertSound::signal());
        const int rate = AlertSound::kSampleRate;
        QVERIFY(s.size() > rate); // more than a second
        QVERIFY(s.size() < 2 * rate);
        int peak = 0;
        for (qint16 v : s)
            peak = std::max(peak, std::abs(int(v)));
        QVERIFY2(peak > 15000 && peak < 32767, qPrintable(QString::number(peak))); // loud, not clipped
        // The first 150 ms: 880 Hz, i.e. about 2 × 880 × 0.15 = 264 zero crossings; the second tone 660 Hz.
        auto crossings = [&](int fromMs, int toMs) {
            int n = 0;
            for (int i = rate * fromMs / 1000 + 1; i < rate * toMs / 1000; ++i)
                n += (s.at(i - 1) < 0) != (s.at(i) < 0);
            return n;
        };
        QVERIFY(qAbs(crossings(0, 150) - 264) < 10);
        QVERIFY(qAbs(crossings(190, 340) - 198) < 10);
        QCOMPARE(s.at(rate * 165 / 1000), qint16(0)); // the gap between the tones is silent
    }

    void playsOnTheOutputOrFallsBack()
    {
        WatchlistAlert alert;
        QVERIFY(alert.sound());
        const bool haveOutput = !QMediaDevices::defaultAudioOutput().isNull();
        QCOMPARE(alert.sound()->play(), haveOutput);
        QCOMPARE(alert.sound()->play(), haveOutput); // again while playing: restarts, no crash
    }
};

QTEST_MAIN(TestVisitorsAlertSound)
#include "tst_visitors_alertsound_gui.moc"
