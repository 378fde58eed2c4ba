#include "ResidenceDemo.h"

#include "AccommodationRegister.h"
#include "CaseService.h"
#include "Clock.h"
#include "Session.h"
#include "WorkingCalendar.h"

#include <QCoreApplication>

namespace motcua::residence {

namespace {
/// A person with an ID number consistent with the birth date and sex (Hà Nội code 001).
PersonData demoPerson(const char* name, const QDate& dob, bool female, int serial)
{
    const int centuryDigit = (dob.year() / 100 - 19) * 2 + (female ? 1 : 0);
    const QString id = QStringLiteral("001%1%2%3")
                           .arg(centuryDigit)
                           .arg(dob.year() % 100, 2, 10, QLatin1Char('0'))
                           .arg(serial, 6, 10, QLatin1Char('0'));
    return {id,
            QString::fromUtf8(name),
            dob,
            female ? QStringLiteral("F") : QStringLiteral("M"),
            QStringLiteral("Kinh"),
            QStringLiteral("Không"),
            QStringLiteral("09%1").arg(serial, 8, 10, QLatin1Char('0')),
            QString(),
            QDate(2022, 3, 15)};
}

QDate previousWorkingDay(const WorkingCalendar& calendar, QDate d)
{
    do
        d = d.addDays(-1);
    while (!calendar.isWorkingDay(d));
    return d;
}
} // namespace

Status ResidenceDemo::seed(const ResidenceStore& store, const QString& provinceCode, const QString& communeCode)
{
    if (!store.env().calendar || !store.env().clock)
        return Status::failed(QCoreApplication::translate("motcua::residence::ResidenceDemo",
                                                          "The demo residence records need the working-day calendar."));
    const Session officer(0, QStringLiteral("congan"), QStringLiteral("Trần Văn Công An"), QStringLiteral("admin"));
    const QDateTime now = store.env().clock->now();
    // Past events happen at past times: the same services run on a clock set back.
    ManualClock past(QDateTime(QDate(2025, 6, 2), QTime(9, 0)));
    ResidenceEnvironment env = store.env();
    env.clock = &past;
    const ResidenceStore then(env);
    const CaseService cases(then);
    auto at = [&](const QDateTime& t) { past.set(t); };
    auto address = [&](const char* street, const char* house) {
        return Address{0, provinceCode, communeCode, QString::fromUtf8(street), QString::fromUtf8(house)};
    };

    struct Family
    {
        const char* street;
        const char* house;
        PersonData head;
        QList<MovingMember> members;
    };
    const QList<Family> families = {
        {"Phố Đội Cấn",
         "12",
         demoPerson("Nguyễn Văn Hùng", QDate(1975, 4, 12), false, 100001),
         {{demoPerson("Trần Thị Mai", QDate(1978, 9, 3), true, 100002), QStringLiteral("Vợ")},
          {demoPerson("Nguyễn Đức Anh", QDate(2005, 1, 20), false, 100003), QStringLiteral("Con")},
          {demoPerson("Nguyễn Thị Ngọc Ánh", QDate(2010, 7, 8), true, 100004), QStringLiteral("Con")}}},
        {"Phố Kim Mã",
         "45",
         demoPerson("Lê Minh Đức", QDate(1968, 11, 30), false, 100005),
         {{demoPerson("Phạm Thị Hoa", QDate(1970, 2, 14), true, 100006), QStringLiteral("Vợ")},
          {demoPerson("Lê Thị Thu Hà", QDate(1995, 5, 5), true, 100007), QStringLiteral("Con")}}},
        {"Phố Liễu Giai",
         "8B",
         demoPerson("Hoàng Thị Lan", QDate(1982, 3, 21), true, 100008),
         {{demoPerson("Vũ Quang Huy", QDate(2008, 12, 1), false, 100009), QStringLiteral("Con")}}},
        {"Phố Giang Văn Minh",
         "27",
         demoPerson("Đặng Văn Long", QDate(1959, 8, 19), false, 100010),
         {{demoPerson("Bùi Thị Hằng", QDate(1962, 10, 10), true, 100011), QStringLiteral("Vợ")},
          {demoPerson("Đặng Quốc Bảo", QDate(1988, 6, 6), false, 100012), QStringLiteral("Con")},
          {demoPerson("Ngô Thị Yến", QDate(1990, 9, 9), true, 100013), QStringLiteral("Con dâu")}}},
        {"Phố Ngọc Hà", "3", demoPerson("Trịnh Công Sơn", QDate(1990, 1, 1), false, 100014), {}},
    };
    // The households come from approved permanent registrations of June 2025.
    for (const Family& f : families) {
        at(QDateTime(QDate(2025, 6, 2), QTime(9, 0)));
        CaseIntake in;
        in.procedure = Procedure::PermanentRegistration;
        in.declarant = f.head;
        in.headName = f.head.fullName;
        in.headIdNumber = f.head.idNumber;
        in.relationshipToHead = QStringLiteral("Chủ hộ");
        in.requestContent = QStringLiteral("Đăng ký thường trú cho hộ gia đình");
        in.members = f.members;
        in.address = address(f.street, f.house);
        in.ownerConsent = {ConsentKind::Paper, f.head.fullName, f.head.idNumber, {}};
        auto c = cases.receive(officer, in);
        if (!c)
            return c.status();
        at(QDateTime(QDate(2025, 6, 4), QTime(10, 0)));
        if (Status s = cases.startReview(officer, c->id); !s)
            return s;
        if (Status s = cases.approve(officer, c->id); !s)
            return s;
        at(QDateTime(QDate(2025, 6, 9), QTime(14, 0)));
        if (Status s = cases.returnResult(officer, c->id); !s)
            return s;
    }

    // Temporary residents: one ends within the fortnight.
    const QList<std::tuple<PersonData, const char*, const char*, QDate, QDate>> temporaries = {
        {demoPerson("Phan Văn Tài", QDate(1999, 4, 4), false, 200001), "Phố Đội Cấn", "12",
         now.date().addYears(-1).addDays(10), now.date().addDays(10)},
        {demoPerson("Đỗ Thị Thanh Tâm", QDate(2001, 8, 18), true, 200002), "Phố Kim Mã", "45", now.date().addMonths(-3),
         now.date().addMonths(9)},
    };
    for (const auto& [person, street, house, from, to] : temporaries) {
        at(QDateTime(from.addDays(-3), QTime(9, 30)));
        CaseIntake in;
        in.procedure = Procedure::TemporaryRegistration;
        in.channel = Channel::Online;
        in.declarant = person;
        in.requestContent = QStringLiteral("Đăng ký tạm trú");
        in.address = address(street, house);
        in.periodFrom = from;
        in.periodTo = to;
        in.ownerConsent = {ConsentKind::VNeID, families.first().head.fullName, families.first().head.idNumber,
                           QStringLiteral("VNEID-2025-000123")};
        auto c = cases.receive(officer, in);
        if (!c)
            return c.status();
        if (Status s = cases.startReview(officer, c->id); !s)
            return s;
        if (Status s = cases.approve(officer, c->id); !s)
            return s;
    }

    // Open work: one case due today, one overdue, one waiting for the citizen, one refused.
    const WorkingCalendar& calendar = *store.env().calendar;
    at(QDateTime(previousWorkingDay(calendar, now.date()), QTime(10, 15)));
    {
        CaseIntake in;
        in.procedure = Procedure::TemporaryAbsence;
        in.declarant = families[1].members[1].person;
        in.requestContent = QStringLiteral("Khai báo tạm vắng đi học tại TP Hồ Chí Minh");
        in.periodFrom = now.date().addDays(3);
        in.periodTo = now.date().addMonths(6);
        in.destination = QStringLiteral("Phường Sài Gòn, Thành phố Hồ Chí Minh");
        in.reason = QStringLiteral("Học tập");
        if (auto c = cases.receive(officer, in); !c)
            return c.status();
    }
    at(QDateTime(now.date().addDays(-14), QTime(8, 40)));
    {
        CaseIntake in;
        in.procedure = Procedure::Correction;
        in.declarant = families[2].head;
        in.requestContent = QStringLiteral("Điều chỉnh tôn giáo");
        in.corrections = {{QStringLiteral("religion"), QStringLiteral("Phật giáo")}};
        auto c = cases.receive(officer, in);
        if (!c)
            return c.status();
        if (Status s = cases.startReview(officer, c->id); !s)
            return s;
    }
    at(QDateTime(now.date().addDays(-2), QTime(9, 5)));
    {
        CaseIntake in;
        in.procedure = Procedure::PermanentRegistration;
        in.declarant = demoPerson("Mai Anh Tuấn", QDate(1993, 2, 2), false, 300001);
        in.requestContent = QStringLiteral("Đăng ký thường trú vào hộ gia đình");
        in.householdId = 1;
        in.headName = families[0].head.fullName;
        in.headIdNumber = families[0].head.idNumber;
        in.relationshipToHead = QStringLiteral("Cháu");
        in.address = address(families[0].street, families[0].house);
        in.headConsent = {ConsentKind::Paper, families[0].head.fullName, families[0].head.idNumber, {}};
        auto c = cases.receive(officer, in);
        if (!c)
            return c.status();
        if (Status s =
                cases.requestCompletion(officer, c->id, QStringLiteral("Bổ sung giấy tờ chứng minh chỗ ở hợp pháp."));
            !s)
            return s;
    }
    at(QDateTime(now.date().addDays(-5), QTime(15, 20)));
    {
        CaseIntake in;
        in.procedure = Procedure::Declaration;
        in.declarant = demoPerson("Lý Văn Tâm", QDate(1985, 12, 12), false, 300002);
        in.requestContent = QStringLiteral("Khai báo thông tin về cư trú");
        in.address = address("Phố Ngọc Hà", "15");
        auto c = cases.receive(officer, in);
        if (!c)
            return c.status();
        if (Status s = cases.startReview(officer, c->id); !s)
            return s;
        if (Status s = cases.refuse(
                officer, c->id, QStringLiteral("Người khai báo đủ điều kiện đăng ký thường trú tại nơi ở hiện tại."));
            !s)
            return s;
    }

    // A temporary residence to delete on a ground of the law (the lease ended), under review.
    at(now);
    {
        CaseIntake in;
        in.procedure = Procedure::TemporaryDeletion;
        in.declarant = demoPerson("Đỗ Thị Thanh Tâm", QDate(2001, 8, 18), true, 200002);
        in.requestContent = QStringLiteral("Xóa đăng ký tạm trú");
        in.deletionGround = QStringLiteral("tmp.lease_ended");
        in.reason = QStringLiteral("Chủ nhà báo hợp đồng thuê kết thúc, người thuê đã chuyển đi");
        auto c = cases.receive(officer, in);
        if (!c)
            return c.status();
        if (Status s = cases.startReview(officer, c->id); !s)
            return s;
    }

    // Lodgings and guest notices of the last days: one late, one missing, one foreign guest on time.
    const AccommodationRegister lodgings(then);
    auto hotel = lodgings.addLodging(officer, {0, QStringLiteral("Khách sạn Ba Đình"), LodgingKind::Hotel,
                                               address("Phố Kim Mã", "120"), QStringLiteral("Nguyễn Thị Hạnh"),
                                               QStringLiteral("0243 823 4567"), false});
    if (!hotel)
        return hotel.status();
    auto home = lodgings.addLodging(officer, {0, QStringLiteral("Nhà trọ Ngọc Hà"), LodgingKind::Household,
                                              address("Phố Ngọc Hà", "3"), QStringLiteral("Trịnh Công Sơn"),
                                              QStringLiteral("0912 000 014"), false});
    if (!home)
        return home.status();
    const QDate y = now.date().addDays(-1);
    const QList<GuestNotice> notices = {
        {0, *hotel, QStringLiteral("Vũ Văn Nam"), QStringLiteral("001086123456"), false, QStringLiteral("VNM"),
         QDateTime(y, QTime(14, 0)), y.addDays(2), QStringLiteral("Công tác"), QDateTime(y, QTime(14, 30))},
        {0, *hotel, QStringLiteral("John Smith"), QStringLiteral("GB5512345"), true, QStringLiteral("GBR"),
         QDateTime(y, QTime(20, 0)), y.addDays(4), QStringLiteral("Du lịch"), QDateTime(y, QTime(22, 10))},
        {0, *home, QStringLiteral("Trần Văn Quý"), QStringLiteral("036090012345"), false, QStringLiteral("VNM"),
         QDateTime(y.addDays(-1), QTime(23, 30)), y.addDays(5), QStringLiteral("Thăm người thân"),
         QDateTime(y, QTime(9, 15))},
        {0, *home, QStringLiteral("Lương Thị Bích"), QStringLiteral("038195004321"), false, QStringLiteral("VNM"),
         QDateTime(y.addDays(-2), QTime(19, 0)), y.addDays(3), QStringLiteral("Thăm người thân"), QDateTime()},
    };
    for (const GuestNotice& n : notices)
        if (auto id = lodgings.addNotice(officer, n); !id)
            return id.status();
    return Status::ok();
}

} // namespace motcua::residence
