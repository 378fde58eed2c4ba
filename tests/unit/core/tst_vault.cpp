#include "Database.h"
#include "KeyEncryptionKey.h"
#include "TestWorkstation.h"
#include "Vault.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace motcua;
using motcua::test::TestWorkstation;

class TestVault : public QObject
{
    Q_OBJECT

    QByteArray portrait()
    {
        // A stand-in portrait with a recognisable, non-repeating byte pattern.
        QByteArray b;
        for (int i = 0; i < 15000; ++i)
            b.append(char((i * 7919 + i / 251) & 0xff));
        return b;
    }

private slots:
    void roundTripAndFreshNonces()
    {
        TestWorkstation t;
        auto vault = t.ws->vault();
        QVERIFY2(vault, qPrintable(vault.status().message()));
        auto a = (*vault)->seal(QByteArrayLiteral("Phật giáo"), "person.religion");
        auto b = (*vault)->seal(QByteArrayLiteral("Phật giáo"), "person.religion");
        QVERIFY(a && b);
        QVERIFY(*a != *b); // a fresh nonce each time
        QCOMPARE(a->size(), 1 + 12 + QByteArrayLiteral("Phật giáo").size() + 16);
        auto plain = (*vault)->unseal(*a, "person.religion");
        QVERIFY(plain);
        QCOMPARE(*plain, QByteArrayLiteral("Phật giáo"));
    }

    void tamperingAndWrongContextAreDetected()
    {
        TestWorkstation t;
        Vault* vault = *t.ws->vault();
        auto sealed = vault->seal(QByteArrayLiteral("Kinh"), "person.ethnicity");
        QVERIFY(sealed);
        QByteArray flipped = *sealed;
        flipped[14] = char(flipped[14] ^ 1);
        QCOMPARE(vault->unseal(flipped, "person.ethnicity").status().code(), Status::Code::SecurityCheckFailed);
        QVERIFY(!vault->unseal(*sealed, "person.religion")); // moved to another field
        QVERIFY(!vault->unseal(sealed->left(10), "person.ethnicity"));
        QVERIFY(!vault->unseal(QByteArray(), "person.ethnicity"));
    }

    void rawDatabaseHoldsNoPlaintext()
    {
        TestWorkstation t;
        Vault* vault = *t.ws->vault();
        QVERIFY(t.ws->database().exec(
            QStringLiteral("CREATE TABLE person (id INTEGER PRIMARY KEY, religion TEXT, photo BLOB)")));
        const QString religion = QStringLiteral("Cao Đài Tây Ninh");
        auto r = vault->sealText(religion, "person.religion");
        auto p = vault->seal(portrait(), "person.photo");
        QVERIFY(r && p);
        QSqlQuery q = t.ws->database().query();
        q.prepare(QStringLiteral("INSERT INTO person(religion, photo) VALUES(?, ?)"));
        q.addBindValue(*r);
        q.addBindValue(*p);
        QVERIFY(q.exec());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QFile f(t.dbPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray raw = f.readAll();
        QVERIFY(!raw.contains(religion.toUtf8()));
        const QByteArray photo = portrait();
        for (int off = 0; off + 16 <= photo.size(); off += 16) // no 16-byte run of the portrait anywhere
            QVERIFY2(!raw.contains(photo.mid(off, 16)), qPrintable(QStringLiteral("portrait bytes at %1").arg(off)));
        // ... and it still reads back.
        QVERIFY(q.exec(QStringLiteral("SELECT religion, photo FROM person")) && q.next());
        QCOMPARE(*vault->unsealText(q.value(0).toString(), "person.religion"), religion);
        QCOMPARE(*vault->unseal(q.value(1).toByteArray(), "person.photo"), photo);
    }

    void dataKeySurvivesReopenAndNeedsItsKeyFile()
    {
        TestWorkstation t;
        auto sealed = (*t.ws->vault())->seal(QByteArrayLiteral("secret"), "x");
        QVERIFY(sealed);
        const QString keyFile = t.dir.filePath(QStringLiteral("keys/vault.key"));
        QVERIFY(QFile::exists(keyFile));
        QCOMPARE(QFile::permissions(keyFile) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        t.ws.reset();

        auto reopened = Database::open(t.dbPath(), false);
        QVERIFY(reopened);
        KeyFileKek good(keyFile);
        auto vault = Vault::open(**reopened, good);
        QVERIFY(vault);
        QCOMPARE(*(*vault)->unseal(*sealed, "x"), QByteArrayLiteral("secret"));

        KeyFileKek missing(t.dir.filePath(QStringLiteral("nope.key")));
        auto noKey = Vault::open(**reopened, missing);
        QVERIFY(!noKey);
        QVERIFY(noKey.status().message().contains(QLatin1String("missing")));

        KeyFileKek other(t.dir.filePath(QStringLiteral("other.key")));
        QVERIFY(other.key({}, true)); // a different random key
        auto wrong = Vault::open(**reopened, other);
        QCOMPARE(wrong.status().code(), Status::Code::SecurityCheckFailed);

        QFile::setPermissions(keyFile, QFile::permissions(keyFile) | QFileDevice::ReadOther);
        auto exposed = Vault::open(**reopened, good);
        QVERIFY(!exposed);
        QVERIFY(exposed.status().message().contains(QLatin1String("chmod 600")));
    }

    void passphraseWrappedVault()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("p.sqlite")));
        QVERIFY(db);
        QVERIFY(
            (*db)->exec(QStringLiteral("CREATE TABLE vault_keys (id INTEGER PRIMARY KEY, method TEXT NOT NULL, "
                                       "salt BLOB NOT NULL, wrapped_key BLOB NOT NULL, created_at TEXT NOT NULL)")));
        PassphraseKek weak(QStringLiteral("short"));
        QCOMPARE(Vault::open(**db, weak).status().code(), Status::Code::InputRejected);
        PassphraseKek kek(QStringLiteral("một cụm mật khẩu dài"));
        auto v1 = Vault::open(**db, kek);
        QVERIFY(v1);
        auto sealed = (*v1)->seal(QByteArrayLiteral("dấu vết riêng"), "marks");
        PassphraseKek again(QStringLiteral("một cụm mật khẩu dài"));
        auto v2 = Vault::open(**db, again);
        QVERIFY(v2);
        QCOMPARE(*(*v2)->unseal(*sealed, "marks"), QByteArrayLiteral("dấu vết riêng"));
        PassphraseKek wrong(QStringLiteral("một cụm mật khẩu khác"));
        QVERIFY(!Vault::open(**db, wrong));
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
