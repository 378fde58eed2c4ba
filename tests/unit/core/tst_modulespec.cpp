#include "ModuleSpec.h"

#include <QJsonDocument>
#include <QTest>

using namespace motcua;

class TestModuleSpec : public QObject
{
    Q_OBJECT

    static QJsonObject json(const char* text) { return QJsonDocument::fromJson(text).object(); }

private slots:
    void goodMetadata()
    {
        auto s = ModuleSpec::fromJson(json(R"({"id":"visitors","name":"Khách","version":"1.0.2","apiVersion":1,
            "dependencies":["core_x"],"capabilities":["pcsc"],
            "permissions":[{"id":"visitors.checkin","roles":["frontdesk"]}]})"));
        QVERIFY(s);
        QCOMPARE(s->id, QStringLiteral("visitors"));
        QCOMPARE(s->version, QVersionNumber(1, 0, 2));
        QCOMPARE(s->dependencies, QStringList{QStringLiteral("core_x")});
        QCOMPARE(s->permissions.size(), 1);
        QCOMPARE(s->permissions[0].roles, QStringList{QStringLiteral("frontdesk")});
    }

    void malformedMetadata_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QByteArray("{}") << QStringLiteral("missing");
        QTest::newRow("no id") << QByteArray(R"({"name":"x","version":"1.0","apiVersion":1})")
                               << QStringLiteral("\"id\"");
        QTest::newRow("id with spaces") << QByteArray(R"({"id":"a b","name":"x","version":"1.0","apiVersion":1})")
                                        << QStringLiteral("\"id\"");
        QTest::newRow("id number") << QByteArray(R"({"id":7,"name":"x","version":"1.0","apiVersion":1})")
                                   << QStringLiteral("\"id\"");
        QTest::newRow("no name") << QByteArray(R"({"id":"ab","version":"1.0","apiVersion":1})")
                                 << QStringLiteral("\"name\"");
        QTest::newRow("bad version") << QByteArray(R"({"id":"ab","name":"x","version":"one","apiVersion":1})")
                                     << QStringLiteral("\"version\"");
        QTest::newRow("version suffix") << QByteArray(R"({"id":"ab","name":"x","version":"1.0-beta","apiVersion":1})")
                                        << QStringLiteral("\"version\"");
        QTest::newRow("api as text") << QByteArray(R"({"id":"ab","name":"x","version":"1.0","apiVersion":"1"})")
                                     << QStringLiteral("\"apiVersion\"");
        QTest::newRow("api fraction") << QByteArray(R"({"id":"ab","name":"x","version":"1.0","apiVersion":1.5})")
                                      << QStringLiteral("\"apiVersion\"");
        QTest::newRow("deps not list")
            << QByteArray(R"({"id":"ab","name":"x","version":"1.0","apiVersion":1,"dependencies":"core"})")
            << QStringLiteral("\"dependencies\"");
        QTest::newRow("deps with number")
            << QByteArray(R"({"id":"ab","name":"x","version":"1.0","apiVersion":1,"dependencies":[1]})")
            << QStringLiteral("\"dependencies\"");
        QTest::newRow("caps object")
            << QByteArray(R"({"id":"ab","name":"x","version":"1.0","apiVersion":1,"capabilities":{}})")
            << QStringLiteral("\"capabilities\"");
        QTest::newRow("perm without id")
            << QByteArray(R"({"id":"ab","name":"x","version":"1.0","apiVersion":1,"permissions":[{"roles":[]}]})")
            << QStringLiteral("permission");
    }

    void malformedMetadata()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, mentions);
        auto s = ModuleSpec::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY(!s);
        QCOMPARE(s.status().code(), Status::Code::InputRejected);
        QVERIFY2(s.status().message().contains(mentions), qPrintable(s.status().message()));
    }
};

QTEST_GUILESS_MAIN(TestModuleSpec)
#include "tst_modulespec.moc"
