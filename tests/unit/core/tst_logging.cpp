#include "Logging.h"

#include <QTest>

using namespace motcua;

class TestLogging : public QObject
{
    Q_OBJECT

private slots:
    void idNumbersNeverReachTheLog()
    {
        QCOMPARE(LogSink::redact(QStringLiteral("read card 079203001234 ok")),
                 QStringLiteral("read card <redacted> ok"));
        QCOMPARE(LogSink::redact(QStringLiteral("old id 123456789")), QStringLiteral("old id <redacted>"));
        QCOMPARE(LogSink::redact(QStringLiteral("took 1234 ms, 35 APDUs")), QStringLiteral("took 1234 ms, 35 APDUs"));
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
