// The workstation's WAL checkpoint policy (WalCheckpointer): off the GUI connection's commits, on a worker.
#include "Database.h"
#include "WalCheckpointer.h"
#include "Workstation.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using namespace std::chrono_literals;

namespace {

std::unique_ptr<Workstation> openWorkstation(const QString& path, bool background)
{
    WorkstationOptions o;
    o.databasePath = path;
    o.create = true;
    o.loadModules = false;
    o.backgroundCheckpoints = background;
    auto r = Workstation::open(o);
    if (!r)
        qFatal("cannot open workstation: %s", qPrintable(r.status().message()));
    return std::move(*r);
}

// Rows of ~3 KB each, `count` per transaction: about one WAL page per row.
bool writeRows(Database& db, int count, int transactions = 1)
{
    if (!db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS t(id INTEGER PRIMARY KEY, x BLOB NOT NULL)")))
        return false;
    for (int n = 0; n < transactions; ++n) {
        Database::Transaction tx(db);
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral("INSERT INTO t(x) VALUES(randomblob(3000))"));
        for (int i = 0; i < count; ++i)
            if (!db.exec(q, "insert"))
                return false;
        if (!tx.commit())
            return false;
    }
    return true;
}

qint64 walSize(const Database& db)
{
    return QFileInfo(db.path() + QStringLiteral("-wal")).size();
}

qint64 dbSize(const Database& db)
{
    return QFileInfo(db.path()).size();
}

} // namespace

class TestWalCheckpoints : public QObject
{
    Q_OBJECT

private slots:
    void autoCheckpointOffOnlyWhenAsked()
    {
        QTemporaryDir dir;
        {
            // The CLI's way: SQLite's automatic checkpoint stays, no worker.
            auto ws = openWorkstation(dir.filePath(QStringLiteral("cli.sqlite")), false);
            QCOMPARE(ws->database().autoCheckpoint(), 1000);
            QVERIFY(!ws->checkpointer());
        }
        auto ws = openWorkstation(dir.filePath(QStringLiteral("gui.sqlite")), true);
        QCOMPARE(ws->database().autoCheckpoint(), 0);
        QVERIFY(ws->checkpointer());
        // Only the workstation's own connection: another one on the same file keeps SQLite's default.
        auto other = ws->database().openAnother();
        QVERIFY(other);
        QCOMPARE((*other)->autoCheckpoint(), 1000);
    }

    void workerCheckpointMovesTheWalIntoTheDatabase()
    {
        QTemporaryDir dir;
        auto ws = openWorkstation(dir.filePath(QStringLiteral("w.sqlite")), false);
        WalCheckpointPolicy often;
        often.interval = often.sizeCheck = 100ms;
        often.walLimitBytes = qint64(1) << 30;
        Database& db = ws->database();
        QVERIFY(writeRows(db, 10)); // the table exists before the worker starts
        QVERIFY(ws->startBackgroundCheckpoints(often));
        const qint64 fileBefore = dbSize(db);
        QVERIFY(writeRows(db, 1500));
        // No commit copied anything: the WAL holds the rows, the database file has not grown.
        QVERIFY2(walSize(db) > 1500 * 3000, qPrintable(QString::number(walSize(db))));
        // Within a few intervals the worker's passive checkpoint copies every frame into the database file.
        QTRY_VERIFY_WITH_TIMEOUT(
            ws->checkpointer()->lastCounts().walFrames >= 1500 && ws->checkpointer()->lastCounts().complete(), 5000);
        QVERIFY(ws->checkpointer()->completedCheckpoints() >= 1);
        QVERIFY2(dbSize(db) > fileBefore + 1500 * 3000, qPrintable(QString::number(dbSize(db))));
        // The next commit starts the WAL over from its beginning.
        QVERIFY(writeRows(db, 1));
        auto counts = db.checkpoint(Database::CheckpointMode::Passive);
        QVERIFY(counts);
        QVERIFY2(counts->walFrames < 10, qPrintable(QString::number(counts->walFrames)));
    }

    void aLargeWalIsCheckpointedSoonerAndCutBack()
    {
        QTemporaryDir dir;
        auto ws = openWorkstation(dir.filePath(QStringLiteral("w.sqlite")), false);
        WalCheckpointPolicy bounded;
        bounded.interval = 1h; // only the size limit can trigger it in this test
        bounded.sizeCheck = 50ms;
        bounded.walLimitBytes = 2 * 1024 * 1024;
        QVERIFY(ws->startBackgroundCheckpoints(bounded));
        Database& db = ws->database();
        QVERIFY(writeRows(db, 1200)); // ~4.7 MB, over the limit
        QTRY_VERIFY_WITH_TIMEOUT(
            ws->checkpointer()->lastCounts().walFrames >= 1200 && ws->checkpointer()->lastCounts().complete(), 5000);
        // The next commit restarts the WAL and cuts the file back to the limit.
        QVERIFY(writeRows(db, 1));
        QVERIFY2(walSize(db) <= bounded.walLimitBytes, qPrintable(QString::number(walSize(db))));
    }

    void aCheckpointKeptFromFinishingIsRetried()
    {
        QTemporaryDir dir;
        auto ws = openWorkstation(dir.filePath(QStringLiteral("w.sqlite")), false);
        Database& db = ws->database();
        QVERIFY(writeRows(db, 10));
        WalCheckpointPolicy policy;
        policy.interval = 3s;
        policy.sizeCheck = 50ms;
        policy.retryAfter = 50ms;
        policy.walLimitBytes = qint64(1) << 30;
        QVERIFY(ws->startBackgroundCheckpoints(policy));
        // A reader on another connection holds an old snapshot: the frames written after it cannot be copied yet.
        auto reader = db.openAnother();
        QVERIFY(reader);
        QSqlQuery r = (*reader)->query();
        QVERIFY(r.exec(QStringLiteral("BEGIN")));
        QVERIFY(r.exec(QStringLiteral("SELECT COUNT(*) FROM t")) && r.next());
        QCOMPARE(r.value(0).toInt(), 10);
        QVERIFY(writeRows(db, 300));
        // The first one after the 3 s interval copies only what the reader does not see; it is retried every
        // 50 ms, not at the next interval (5 attempts at the interval would take 15 s).
        QTRY_VERIFY_WITH_TIMEOUT(ws->checkpointer()->incompleteCheckpoints() >= 5, 8000);
        const WalCheckpointCounts blocked = ws->checkpointer()->lastCounts();
        QVERIFY(blocked.checkpointed < blocked.walFrames);
        // Once the reader lets go, the next retry copies everything.
        const int completedBefore = ws->checkpointer()->completedCheckpoints();
        r.finish();
        QVERIFY(r.exec(QStringLiteral("COMMIT")));
        QTRY_VERIFY_WITH_TIMEOUT(ws->checkpointer()->completedCheckpoints() > completedBefore, 5000);
        QVERIFY(ws->checkpointer()->lastCounts().walFrames >= 300);
        QVERIFY(ws->checkpointer()->lastCounts().complete());
    }

    void nothingLostAcrossCloseAndReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.sqlite"));
        auto ws = openWorkstation(path, true);
        QVERIFY(writeRows(ws->database(), 50, 10));
        QVERIFY(walSize(ws->database()) > 500 * 3000);
        // Another connection stays open, so SQLite's own checkpoint on the last close does not happen: the
        // workstation's closing TRUNCATE checkpoint is what empties the WAL.
        auto other = Database::open(path, false);
        QVERIFY(other);
        ws.reset();
        QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
        QVERIFY(QFileInfo(path).size() > 500 * 3000);
        other->reset();
        auto again = openWorkstation(path, true);
        QSqlQuery q = again->database().query();
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(length(x)) FROM t")) && q.next());
        QCOMPARE(q.value(0).toInt(), 500);
        QCOMPARE(q.value(1).toLongLong(), qint64(500) * 3000);
        q.finish();
        QVERIFY(again->database().exec(QStringLiteral("PRAGMA integrity_check")));
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpoints)
#include "tst_walcheckpoints.moc"
