#pragma once

#include "AuditLog.h"
#include "CaseService.h"
#include "Database.h"
#include "Permissions.h"
#include "PopulationService.h"
#include "ResidenceSchema.h"
#include "ResidenceStore.h"
#include "Session.h"
#include "TestWorkstation.h"
#include "Vault.h"
#include "WorkingCalendar.h"
#include "Workstation.h"

#include <QSqlQuery>

#include <memory>
#include <optional>

namespace motcua::residence::test {

/// A test workstation (manual clock on Monday 2 March 2026, 09:00) with the residence schema, its vault, the
/// population service and a police officer.
struct ResidenceFixture
{
    motcua::test::TestWorkstation tw;
    std::unique_ptr<PopulationService> population;
    std::optional<ResidenceStore> store;
    Session police;

    ResidenceFixture()
    {
        grantPermissions();
        police = Session(5, QStringLiteral("congan1"), QStringLiteral("Công an 1"), QStringLiteral("police"));
        if (Status s = tw.ws->database().migrate(ResidenceSchema::migrations()); !s)
            qFatal("migrate: %s", qPrintable(s.details()));
        auto vault = tw.ws->vault();
        if (!vault)
            qFatal("vault: %s", qPrintable(vault.status().message()));
        population = std::make_unique<PopulationService>(tw.ws->database(), *vault, &tw.ws->audit());
        store.emplace(ResidenceEnvironment{&tw.ws->database(), &tw.ws->audit(), *vault, &tw.clock, &tw.ws->calendar(),
                                           population.get(), nullptr});
    }

    static void grantPermissions()
    {
        for (const QString& p : {perm::View, perm::Intake, perm::Decide, perm::Accommodation})
            Roles::grant(p, {QStringLiteral("police")});
    }

    /// A person whose ID number matches the birth date and sex (Hà Nội code 001).
    static PersonData person(const QString& name, const QDate& dob, bool female, int serial)
    {
        const int centuryDigit = (dob.year() / 100 - 19) * 2 + (female ? 1 : 0);
        PersonData p;
        p.idNumber = QStringLiteral("001%1%2%3")
                         .arg(centuryDigit)
                         .arg(dob.year() % 100, 2, 10, QLatin1Char('0'))
                         .arg(serial, 6, 10, QLatin1Char('0'));
        p.fullName = name;
        p.dateOfBirth = dob;
        p.sex = female ? QStringLiteral("F") : QStringLiteral("M");
        p.ethnicity = QStringLiteral("Kinh");
        p.religion = QStringLiteral("Không");
        p.phone = QStringLiteral("0912345678");
        return p;
    }

    static Address address(const QString& street = QStringLiteral("Phố Đội Cấn"),
                           const QString& house = QStringLiteral("12"))
    {
        return {0, QStringLiteral("01"), QStringLiteral("00004"), street, house};
    }

    static CaseIntake permanent(const PersonData& declarant, const QList<MovingMember>& members = {},
                                const Address& where = address())
    {
        CaseIntake in;
        in.procedure = Procedure::PermanentRegistration;
        in.declarant = declarant;
        in.headName = declarant.fullName;
        in.headIdNumber = declarant.idNumber;
        in.relationshipToHead = QStringLiteral("Chủ hộ");
        in.requestContent = QStringLiteral("Đăng ký thường trú");
        in.members = members;
        in.address = where;
        return in;
    }

    /// Receives, reviews and approves; fails the test on any refusal.
    qint64 approved(const CaseIntake& in)
    {
        CaseService cases(*store);
        auto c = cases.receive(police, in);
        if (!c)
            qFatal("receive: %s", qPrintable(c.status().message()));
        if (Status s = cases.startReview(police, c->id); !s)
            qFatal("review: %s", qPrintable(s.message()));
        if (Status s = cases.approve(police, c->id); !s)
            qFatal("approve: %s", qPrintable(s.message()));
        return c->id;
    }

    int count(const QString& sql)
    {
        QSqlQuery q = tw.ws->database().query();
        if (!q.exec(sql) || !q.next())
            qFatal("count failed: %s", qPrintable(sql));
        return q.value(0).toInt();
    }
};

} // namespace motcua::residence::test
