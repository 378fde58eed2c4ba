#include "VisitorsDemo.h"

#include "CheckInService.h"
#include "Clock.h"
#include "Session.h"
#include "VisitorsStore.h"

#include <QDateTime>

namespace motcua::visitors {

namespace {

const char* const kSurnames[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"};
const char* const kMiddle[] = {"Văn", "Thị", "Minh", "Quốc", "Thu", "Đức", "Ngọc", "Hữu"};
const char* const kGiven[] = {"An",    "Bình", "Châu", "Dũng", "Giang", "Hà",
                              "Khánh", "Lan",  "Mai",  "Nam",  "Phúc",  "Quân"};
const char* const kPurposes[] = {"Nộp hồ sơ", "Họp", "Giao hàng", "Phỏng vấn", "Làm việc với phòng kỹ thuật"};
const char* const kProvinces[] = {"Thành phố Hà Nội", "Tỉnh Bắc Ninh", "Tỉnh Hưng Yên", "Tỉnh Nghệ An"};

template <typename T, size_t N> QString pick(const T (&list)[N], quint32 r)
{
    return QString::fromUtf8(list[r % N]);
}

} // namespace

Status seedDemoVisits(const VisitorsEnvironment& base, const QList<qint64>& hostIds)
{
    if (hostIds.isEmpty() || !base.clock)
        return Status::ok();
    const QDateTime now = base.clock->now();
    ManualClock clock(now);
    VisitorsEnvironment env = base;
    env.clock = &clock;
    auto store = VisitorsStore::open(env);
    if (!store)
        return store.status();
    CheckInService service(*store);
    const Session desk = Session::system();
    quint32 seed = 20261127;
    auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };

    const int people = 24;
    for (int day = 13; day >= 0; --day) {
        const QDate date = now.date().addDays(-day);
        if (date.dayOfWeek() == 7)
            continue; // closed on Sundays
        const int visits = 2 + int(next() % 5);
        for (int v = 0; v < visits; ++v) {
            const int person = int(next() % people);
            const bool female = person % 2 == 1;
            const int year = 1960 + (person * 7) % 45;
            VisitorIdentity id;
            // Valid ID numbers: province 001, the century/sex digit, the year, then a serial.
            id.idNumber = QStringLiteral("001%1%2%3")
                              .arg((year >= 2000 ? 2 : 0) + (female ? 1 : 0))
                              .arg(year % 100, 2, 10, QLatin1Char('0'))
                              .arg(900100 + person, 6, 10, QLatin1Char('0'));
            id.fullName = QStringLiteral("%1 %2 %3")
                              .arg(pick(kSurnames, quint32(person)),
                                   female ? QStringLiteral("Thị") : pick(kMiddle, quint32(person)),
                                   pick(kGiven, quint32(person * 5)));
            id.dateOfBirth = QDate(year, 1 + person % 12, 1 + person % 28);
            id.sex = female ? QStringLiteral("F") : QStringLiteral("M");
            id.residence = pick(kProvinces, quint32(person));
            CheckInRequest request;
            request.identity = id;
            request.verification = person % 3 == 0 ? Verification::NotChipVerified : Verification::Chip;
            request.hostId = hostIds.at(int(next() % quint32(hostIds.size())));
            request.purpose = pick(kPurposes, next());
            request.expectedMinutes = 30 + int(next() % 4) * 30;
            request.consentGiven = true;
            request.desk = QStringLiteral("Quầy 01");
            const QDateTime in(date, QTime(7 + int(next() % 9), int(next() % 60)));
            if (in > now)
                continue;
            clock.set(in);
            auto checkedIn = service.checkIn(desk, request);
            if (!checkedIn)
                return checkedIn.status();
            if (checkedIn->alreadyInside)
                continue;
            const QDateTime out = in.addSecs(60 * (20 + int(next() % 150)));
            // Today's last two arrivals (and any who would leave after now) are still inside.
            if (day == 0 && (out > now || v >= visits - 2))
                continue;
            clock.set(qMin(out, now));
            if (auto r = service.checkOutVisit(desk, checkedIn->visitId); !r)
                return r.status();
        }
    }
    return Status::ok();
}

} // namespace motcua::visitors
