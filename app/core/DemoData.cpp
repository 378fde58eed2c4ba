#include "DemoData.h"

#include "AccountService.h"
#include "Session.h"
#include "Workstation.h"

namespace motcua {

Status DemoData::seed(Workstation& ws, const QString& password)
{
    if (Status s = ws.setInfo({QStringLiteral("Quầy 01"), QStringLiteral("UBND phường Ba Đình"), QStringLiteral("01"),
                               QStringLiteral("00004")});
        !s)
        return s;
    const Session admin = Session::system();
    const struct
    {
        const char* user;
        const char* name;
        const char* role;
    } accounts[] = {
        {"tuphap", "Nguyễn Thị Tư Pháp", "certifier"}, {"congan", "Trần Văn Công An", "police"},
        {"letan", "Lê Thị Lễ Tân", "frontdesk"},       {"phantich", "Phạm Văn Phân Tích", "analyst"},
        {"kiemtra", "Hoàng Thị Kiểm Tra", "auditor"},
    };
    for (const auto& a : accounts)
        if (Status s = ws.accounts().addUser(admin, QString::fromLatin1(a.user), QString::fromUtf8(a.name),
                                             QString::fromLatin1(a.role), password);
            !s)
            return s;
    return ws.seedDemoData();
}

} // namespace motcua
