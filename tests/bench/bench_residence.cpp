// Residence benchmark: 200,000 persons in 60,000 households (bulk-generated), then person search by name, ID
// number and address, and the filtered case list (overdue cases of one officer among 20,000 cases). Prints
// p50/p95; goals are <= 20 ms per search and <= 50 ms per case list. Every search is audited, as in the app.
#include "AuditLog.h"
#include "CaseService.h"
#include "Database.h"
#include "Permissions.h"
#include "PersonRegistry.h"
#include "PopulationService.h"
#include "ResidenceSchema.h"
#include "ResidenceStore.h"
#include "Session.h"
#include "TestWorkstation.h"
#include "Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace motcua;
using namespace motcua::residence;

namespace {
const char* kSurnames[] = {"Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
                           "Vũ",     "Võ",     "Đặng",   "Bùi",  "Đỗ", "Hồ",   "Ngô",   "Dương", "Lý"};
const char* kMiddle[] = {"Văn", "Thị", "Đức", "Minh", "Ngọc", "Thanh", "Quang", "Hữu", "Thu", "Hoài", "Xuân", "Gia"};
const char* kGiven[] = {"An",   "Anh",   "Bình",  "Châu",  "Dũng",   "Đức",  "Giang", "Hà",  "Hải",
                        "Hạnh", "Hùng",  "Hương", "Khánh", "Lan",    "Linh", "Long",  "Mai", "Minh",
                        "Nam",  "Nga",   "Ngọc",  "Phúc",  "Phương", "Quân", "Quỳnh", "Sơn", "Tâm",
                        "Thảo", "Thắng", "Trang", "Tuấn",  "Vân",    "Việt", "Yến"};
const char* kStreets[] = {"Phố Đội Cấn",        "Phố Kim Mã",    "Phố Liễu Giai",  "Phố Ngọc Hà",
                          "Phố Giang Văn Minh", "Phố Văn Cao",   "Phố Đào Tấn",    "Phố Nguyễn Thái Học",
                          "Phố Hoàng Hoa Thám", "Đường Bưởi",    "Phố Quán Thánh", "Phố Phan Đình Phùng",
                          "Ngõ 12 Đội Cấn",     "Ngõ 58 Kim Mã", "Phố Cống Vị",    "Phố Vĩnh Phúc"};

template <typename T, size_t N> const char* pick(T (&list)[N], QRandomGenerator& r)
{
    return list[r.bounded(int(N))];
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.at(std::min(v.size() - 1, size_t(p * double(v.size()))));
}

void measure(const char* what, int runs, const std::function<int(int)>& run)
{
    std::vector<double> ms;
    qint64 rows = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        rows += run(i);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("%-44s p50 %7.2f ms   p95 %7.2f ms   (%d runs, %.1f rows avg)\n", what, percentile(ms, 0.5),
                percentile(ms, 0.95), runs, double(rows) / runs);
}

void exec(QSqlQuery& q)
{
    if (!q.exec())
        qFatal("bench insert failed: %s", qPrintable(q.lastError().text()));
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    for (const QString& p : {residence::perm::View, residence::perm::Intake, residence::perm::Decide})
        Roles::grant(p, {QStringLiteral("police")});
    motcua::test::TestWorkstation tw;
    Database& db = tw.ws->database();
    if (Status s = db.migrate(ResidenceSchema::migrations()); !s)
        qFatal("migrate failed");
    auto vault = tw.ws->vault();
    ResidenceStore store({&db, &tw.ws->audit(), *vault, &tw.clock, &tw.ws->calendar(), nullptr, nullptr});
    const Session officer(5, QStringLiteral("congan1"), QStringLiteral("Công an"), QStringLiteral("police"));
    QRandomGenerator rng(20260302);
    const int kPersons = 200000;
    const int kHouseholds = 60000;
    const int kCases = 20000;

    QElapsedTimer total;
    total.start();
    {
        Database::Transaction tx(db);
        QSqlQuery addr = db.query();
        addr.prepare(QStringLiteral("INSERT INTO residence_addresses(id, province_code, commune_code, street, "
                                    "house_number, street_key) VALUES(?, '01', '00004', ?, ?, ?)"));
        QSqlQuery hh = db.query();
        hh.prepare(QStringLiteral("INSERT INTO residence_households(id, number, head_person_id, address_id, "
                                  "created_on) VALUES(?, ?, ?, ?, '2020-01-01')"));
        QSqlQuery person = db.query();
        person.prepare(QStringLiteral("INSERT INTO residence_persons(id, id_number, full_name, name_key, "
                                      "date_of_birth, sex, created_at, updated_at) VALUES(?, ?, ?, ?, ?, ?, "
                                      "'2020-01-01 00:00:00', '2020-01-01 00:00:00')"));
        QSqlQuery member = db.query();
        member.prepare(QStringLiteral("INSERT INTO residence_memberships(household_id, person_id, relationship, "
                                      "from_date) VALUES(?, ?, ?, '2020-01-01')"));
        QSqlQuery record = db.query();
        record.prepare(QStringLiteral("INSERT INTO residence_records(person_id, kind, address_id, household_id, "
                                      "from_date, to_date) VALUES(?, ?, ?, ?, '2020-01-01', ?)"));
        int personId = 0;
        for (int h = 1; h <= kHouseholds; ++h) {
            const QString street = QString::fromUtf8(pick(kStreets, rng));
            const QString house = QString::number(1 + rng.bounded(400));
            // Keys as the registry computes them (folded, street kind dropped).
            QString key = TextFolding::fold(street);
            for (const char* kind : {"pho ", "duong ", "ngo "})
                if (key.startsWith(QLatin1String(kind)))
                    key = key.mid(int(qstrlen(kind)));
            addr.addBindValue(h);
            addr.addBindValue(street);
            addr.addBindValue(QString(house + QLatin1Char('/') + QString::number(h)));
            addr.addBindValue(key);
            exec(addr);
            // 200,000 persons over 60,000 households: 3 or 4 each.
            const int size = h <= (kPersons - 3 * kHouseholds) ? 4 : 3;
            const int head = personId + 1;
            for (int m = 0; m < size; ++m) {
                ++personId;
                const bool female = rng.bounded(2) == 1;
                const QDate dob(1940 + rng.bounded(80), 1 + rng.bounded(12), 1 + rng.bounded(28));
                const QString name = QString::fromUtf8(pick(kSurnames, rng)) + QLatin1Char(' ') +
                                     (female ? QStringLiteral("Thị") : QString::fromUtf8(pick(kMiddle, rng))) +
                                     QLatin1Char(' ') + QString::fromUtf8(pick(kGiven, rng));
                person.addBindValue(personId);
                person.addBindValue(QStringLiteral("001%1%2%3")
                                        .arg((dob.year() / 100 - 19) * 2 + (female ? 1 : 0))
                                        .arg(dob.year() % 100, 2, 10, QLatin1Char('0'))
                                        .arg(personId, 6, 10, QLatin1Char('0')));
                person.addBindValue(name);
                person.addBindValue(TextFolding::fold(name));
                person.addBindValue(dob.toString(Qt::ISODate));
                person.addBindValue(female ? QStringLiteral("F") : QStringLiteral("M"));
                exec(person);
                if (m == 0) {
                    // The household row needs its head first (foreign key).
                    hh.addBindValue(h);
                    hh.addBindValue(QStringLiteral("HK-%1").arg(h, 6, 10, QLatin1Char('0')));
                    hh.addBindValue(head);
                    hh.addBindValue(h);
                    exec(hh);
                }
                member.addBindValue(h);
                member.addBindValue(personId);
                member.addBindValue(m == 0 ? QStringLiteral("Chủ hộ") : QStringLiteral("Con"));
                exec(member);
                const bool temporary = rng.bounded(10) == 0;
                record.addBindValue(personId);
                record.addBindValue(temporary ? QStringLiteral("temporary") : QStringLiteral("permanent"));
                record.addBindValue(h);
                record.addBindValue(h);
                record.addBindValue(temporary ? QVariant(QStringLiteral("2027-01-01"))
                                              : QVariant(QMetaType(QMetaType::QString)));
                exec(record);
            }
        }
        // 20,000 cases over 10 officers, due dates spread over two months around today.
        QSqlQuery c = db.query();
        c.prepare(
            QStringLiteral("INSERT INTO residence_cases(number, year, seq, procedure, channel, state, "
                           "declarant_name, declarant_id_number, intake_sealed, fee_vnd, received_at, due_at, "
                           "assigned_to) VALUES(?, 2026, ?, ?, 'in_person', ?, 'Người khai', ?, '', 0, ?, ?, ?)"));
        const char* states[] = {"received", "completion_requested", "resubmitted",    "under_review", "approved",
                                "refused",  "result_returned",      "result_returned"};
        const char* procedures[] = {"permanent_registration", "temporary_registration",
                                    "temporary_absence",      "correction",
                                    "permanent_deletion",     "confirmation"};
        const QDateTime now = tw.clock.now();
        for (int i = 1; i <= kCases; ++i) {
            const QDateTime received = now.addSecs(-qint64(rng.bounded(60 * 24 * 3600)));
            c.addBindValue(QStringLiteral("2026-%1").arg(i, 6, 10, QLatin1Char('0')));
            c.addBindValue(i);
            c.addBindValue(QString::fromLatin1(pick(procedures, rng)));
            c.addBindValue(QString::fromLatin1(pick(states, rng)));
            c.addBindValue(QStringLiteral("0010%1").arg(i, 8, 10, QLatin1Char('0')));
            c.addBindValue(received.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
            c.addBindValue(received.addDays(7).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
            c.addBindValue(QStringLiteral("congan%1").arg(1 + rng.bounded(10)));
            exec(c);
        }
        if (!tx.commit())
            qFatal("commit failed");
    }
    QSqlQuery analyze = db.query();
    analyze.exec(QStringLiteral("ANALYZE"));
    std::printf("generated %d persons, %d households, %d cases in %.1f s\n", kPersons, kHouseholds, kCases,
                double(total.elapsed()) / 1000.0);

    PersonRegistry persons(store);
    CaseService cases(store);
    const int runs = 300;
    measure("person search by name (2-3 words)", runs, [&](int) {
        QString q = TextFolding::fold(QString::fromUtf8(pick(kSurnames, rng))) + QLatin1Char(' ') +
                    TextFolding::fold(QString::fromUtf8(pick(kGiven, rng)));
        if (rng.bounded(2))
            q = TextFolding::fold(QString::fromUtf8(pick(kSurnames, rng))) + QStringLiteral(" van ") +
                TextFolding::fold(QString::fromUtf8(pick(kGiven, rng)));
        auto r = persons.searchByName(officer, q, 50);
        return r ? int(r->size()) : -1000000;
    });
    measure("person search by name (1 common word)", runs, [&](int) {
        auto r = persons.searchByName(officer, QStringLiteral("nguyen"), 50);
        return r ? int(r->size()) : -1000000;
    });
    measure("person search by name (short prefixes)", runs, [&](int i) {
        const char* queries[] = {"ng t", "t", "l v a", "ph th", "d"};
        auto r = persons.searchByName(officer, QString::fromLatin1(queries[i % 5]), 50);
        return r ? int(r->size()) : -1000000;
    });
    measure("person search by ID number (exact)", runs, [&](int) {
        const int id = 1 + rng.bounded(kPersons);
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral("SELECT id_number FROM residence_persons WHERE id = ?"));
        q.addBindValue(id);
        q.exec();
        q.next();
        auto r = persons.searchByIdNumber(officer, q.value(0).toString(), 50);
        return r ? int(r->size()) : -1000000;
    });
    measure("person search by address (street + house)", runs, [&](int) {
        const int h = 1 + rng.bounded(kHouseholds);
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral("SELECT street, house_number FROM residence_addresses WHERE id = ?"));
        q.addBindValue(h);
        q.exec();
        q.next();
        auto r =
            persons.searchByAddress(officer, QStringLiteral("00004"), q.value(0).toString(), q.value(1).toString(), 50);
        return r ? int(r->size()) : -1000000;
    });
    measure("person search by address (street only)", runs, [&](int) {
        auto r = persons.searchByAddress(officer, QStringLiteral("00004"), QStringLiteral("kim ma"), {}, 50);
        return r ? int(r->size()) : -1000000;
    });
    measure("case list: overdue of one officer", runs, [&](int i) {
        CaseFilter f;
        f.overdueOnly = true;
        f.assignedTo = QStringLiteral("congan%1").arg(1 + i % 10);
        auto r = cases.find(officer, f);
        return r ? int(r->size()) : -1000000;
    });
    measure("case list: open cases of one procedure", runs, [&](int) {
        CaseFilter f;
        f.states = {CaseState::Received, CaseState::Resubmitted, CaseState::UnderReview};
        f.procedure = Procedure::TemporaryRegistration;
        auto r = cases.find(officer, f);
        return r ? int(r->size()) : -1000000;
    });
    measure("case list: number prefix", runs, [&](int i) {
        CaseFilter f;
        f.number = QStringLiteral("2026-01%1*").arg(i % 10);
        auto r = cases.find(officer, f);
        return r ? int(r->size()) : -1000000;
    });
    PopulationService population(db, *vault);
    measure("population service: page of 1000 residents", 50,
            [&](int i) { return int(population.residents(i * 1000, 1000).size()); });
    return 0;
}
