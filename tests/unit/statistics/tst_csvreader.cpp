#include "CsvReader.h"

#include <QBuffer>
#include <QTest>

using namespace motcua::statistics;

/// RFC 4180 corner cases and the line numbers the reader reports.
class TestCsvReader : public QObject
{
    Q_OBJECT

    static QList<QStringList> readAll(const QByteArray& data, QList<qint64>* lines = nullptr,
                                      QStringList* errors = nullptr)
    {
        QBuffer b;
        b.setData(data);
        b.open(QIODevice::ReadOnly);
        CsvReader r(&b);
        QList<QStringList> out;
        for (;;) {
            const auto o = r.next();
            if (o == CsvReader::Outcome::End)
                break;
            if (o == CsvReader::Outcome::Error) {
                if (errors)
                    *errors << QStringLiteral("%1:%2").arg(r.line()).arg(r.error());
                continue;
            }
            QStringList row;
            for (QByteArrayView f : r.fields())
                row << QString::fromUtf8(f);
            out << row;
            if (lines)
                *lines << r.line();
        }
        return out;
    }

private slots:
    void plainAndCrlf()
    {
        QList<qint64> lines;
        const auto rows = readAll("a,b\r\n1,2\r\n3,\r\n", &lines);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[1], (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(rows[2], (QStringList{QStringLiteral("3"), QString()}));
        QCOMPARE(lines, (QList<qint64>{1, 2, 3}));
    }
    void bomIsDropped()
    {
        const auto rows = readAll("\xEF\xBB\xBFid,x\n1,2");
        QCOMPARE(rows[0].first(), QStringLiteral("id"));
        QCOMPARE(rows[1], (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    }
    void quotedNewlinesKeepLineNumbers()
    {
        QList<qint64> lines;
        const auto rows = readAll("h1,h2\n\"multi\nline\",\"a \"\"q\"\", b\"\nx,y\n", &lines);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[1][0], QStringLiteral("multi\nline"));
        QCOMPARE(rows[1][1], QStringLiteral("a \"q\", b"));
        QCOMPARE(lines, (QList<qint64>{1, 2, 4}));
    }
    void malformedQuotesAreReportedAndSkipped()
    {
        QStringList errors;
        const auto rows = readAll("a,b\n\"x\"y,1\nab\"c,2\nok,3\n\"open", nullptr, &errors);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1][0], QStringLiteral("ok"));
        QCOMPARE(errors.size(), 3);
        QVERIFY(errors[0].startsWith(QStringLiteral("2:")));
        QVERIFY(errors[1].startsWith(QStringLiteral("3:")));
        QVERIFY(errors[2].startsWith(QStringLiteral("5:")));
    }
    void boundsHold()
    {
        QStringList errors;
        readAll(QByteArray(CsvReader::kMaxFieldBytes + 10, 'x') + "\nok\n", nullptr, &errors);
        QCOMPARE(errors.size(), 1);
        QByteArray wide;
        for (int i = 0; i < CsvReader::kMaxFields + 5; ++i)
            wide += "a,";
        errors.clear();
        readAll(wide + "\n", nullptr, &errors);
        QCOMPARE(errors.size(), 1);
    }
    void chunkBoundaries()
    {
        // A record that straddles the 1 MiB read chunk comes out whole.
        QByteArray data = "h\n";
        while (data.size() < CsvReader::kChunkBytes - 3)
            data += "abcdefgh\n";
        data += "\"split\nacross\"\nlast\n";
        const auto rows = readAll(data);
        QCOMPARE(rows.last().first(), QStringLiteral("last"));
        QCOMPARE(rows[rows.size() - 2].first(), QStringLiteral("split\nacross"));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
