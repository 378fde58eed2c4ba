#include "CardTestUtil.h"
#include "lds/Dg2.h"
#include "lds/Jpeg2000Decoder.h"
#include "tlv/DerWriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using namespace motcua;
using namespace motcua::card;

namespace {
QByteArray fixture(const char* name)
{
    QFile f(QStringLiteral(CARD_TEST_DATA "/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestDg2 : public QObject
{
    Q_OBJECT
private slots:
    void jpegPortrait()
    {
        const QByteArray jpeg = fixture("portrait-small.jpg");
        QVERIFY(!jpeg.isEmpty());
        auto portrait = Dg2::parse(Dg2::encode(jpeg, false, 60, 80));
        QVERIFY2(portrait.isOk(), qPrintable(portrait.status().details()));
        QCOMPARE(portrait->data, jpeg);
        QCOMPARE(portrait->mimeType, QStringLiteral("image/jpeg"));
        QCOMPARE(portrait->image.size(), QSize(60, 80));
        QCOMPARE(portrait->sha256, QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256));
    }

    void jpeg2000Portrait_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("mime");
        QTest::newRow("JP2 file") << QStringLiteral("portrait-small.jp2") << QStringLiteral("image/jp2");
        QTest::newRow("J2K codestream") << QStringLiteral("portrait-small.j2k") << QStringLiteral("image/j2c");
    }

    void jpeg2000Portrait()
    {
        QFETCH(QString, file);
        QFETCH(QString, mime);
        const QByteArray data = fixture(file.toLatin1().constData());
        QVERIFY(Jpeg2000Decoder::isJpeg2000(data));
        auto portrait = Dg2::parse(Dg2::encode(data, true, 60, 80));
        QVERIFY2(portrait.isOk(), qPrintable(portrait.status().details()));
        QCOMPARE(portrait->mimeType, mime);
        QCOMPARE(portrait->image.size(), QSize(60, 80));
        // The centre of the white disc drawn into the fixture.
        QVERIFY(qGray(portrait->image.pixel(30, 30)) > 200);
    }

    void biometricDataBlock7F2E()
    {
        const QByteArray jpeg = fixture("portrait-small.jpg");
        const QByteArray templ = DerWriter::tlv(0x7F60, DerWriter::tlv(0xA1, hex("800101")) +
                                                            DerWriter::tlv(0x7F2E, hex("A10302010A") + jpeg));
        auto portrait = Dg2::parse(DerWriter::tlv(0x75, DerWriter::tlv(0x7F61, hex("020101") + templ)));
        QVERIFY2(portrait.isOk(), qPrintable(portrait.status().details()));
        QCOMPARE(portrait->image.size(), QSize(60, 80));
    }

    void rejectsMalformed()
    {
        QVERIFY(!Dg2::parse(hex("7500")).isOk());
        QVERIFY(!Dg2::parse(hex("7503 7F6100")).isOk());
        QByteArray noImage = Dg2::encode(QByteArray(100, 'x'), false, 1, 1);
        QCOMPARE(Dg2::parse(noImage).status().code(), Status::Code::InputRejected);
        QByteArray truncated = Dg2::encode(fixture("portrait-small.jpg"), false, 60, 80);
        truncated.chop(10);
        QVERIFY(!Dg2::parse(truncated).isOk());
        QVERIFY(Jpeg2000Decoder::decode(hex("FF4FFF51000000")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestDg2)
#include "TestDg2.moc"
