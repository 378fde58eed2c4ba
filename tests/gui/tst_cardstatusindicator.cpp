// The status-bar badge names the four reader states in words, with an icon (never colour alone).
#include "CardStatusIndicator.h"

#include <QLabel>
#include <QTest>

using namespace motcua::card;
using namespace motcua::shell;

class TestCardStatusIndicator : public QObject
{
    Q_OBJECT

private slots:
    void followsReaderState();
};

void TestCardStatusIndicator::followsReaderState()
{
    CardStatusIndicator indicator(nullptr);
    QCOMPARE(indicator.state(), CardStatusIndicator::State::NoService);
    QSet<QString> texts{indicator.text()};

    indicator.setReaderState(true, {});
    QCOMPARE(indicator.state(), CardStatusIndicator::State::NoReader);
    texts << indicator.text();

    const ReaderState empty{QStringLiteral("Virtual PCD 00 00"), false};
    const ReaderState withCard{QStringLiteral("Virtual PCD 00 01"), true};
    indicator.setReaderState(true, {empty});
    QCOMPARE(indicator.state(), CardStatusIndicator::State::ReaderReady);
    QVERIFY(indicator.toolTip().contains(empty.name));
    texts << indicator.text();

    indicator.setReaderState(true, {empty, withCard});
    QCOMPARE(indicator.state(), CardStatusIndicator::State::CardPresent);
    texts << indicator.text();
    QCOMPARE(texts.size(), 4); // four different sentences

    indicator.setReaderState(false, {empty});
    QCOMPARE(indicator.state(), CardStatusIndicator::State::NoService);
    QVERIFY(indicator.toolTip().contains(QStringLiteral("pcscd")));
}

QTEST_MAIN(TestCardStatusIndicator)
#include "tst_cardstatusindicator.moc"
