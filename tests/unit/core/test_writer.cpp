// Writes rows in transactions until killed; the database test kills it mid-write.
#include "Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cstdio>

using namespace motcua;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    auto db = Database::open(app.arguments().value(1), false);
    if (!db)
        return 1;
    for (int batch = 0;; ++batch) {
        Database::Transaction tx(**db);
        QSqlQuery q = (*db)->query();
        q.prepare(QStringLiteral("INSERT INTO items(batch, payload) VALUES(?, ?)"));
        for (int i = 0; i < 200; ++i) {
            q.addBindValue(batch);
            q.addBindValue(QByteArray(512, char('a' + i % 26)));
            if (!q.exec())
                return 2;
        }
        if (!tx.commit())
            return 3;
        if (batch == 0) {
            std::puts("committed");
            std::fflush(stdout);
        }
    }
}
