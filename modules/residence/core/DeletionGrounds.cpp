#include "DeletionGrounds.h"

namespace motcua::residence {

namespace {

struct Entry
{
    const char* key;
    Procedure procedure;
    const char* point;
    const char* official;
};

// Law on Residence 68/2020/QH14: art. 24(1) points a–i (nine grounds, permanent) and art. 29(1) points a–h (the
// eight grounds of temporary residence). Vietnamese legal points run a, b, c, d, đ, e, g, h, i (there is no "f").
const Entry kEntries[] = {
    {"tt.death", Procedure::PermanentDeletion, "a", "Chết; có quyết định của Tòa án tuyên bố mất tích hoặc đã chết"},
    {"tt.abroad", Procedure::PermanentDeletion, "b", "Ra nước ngoài để định cư"},
    {"tt.cancelled", Procedure::PermanentDeletion, "c",
     "Đã có quyết định hủy bỏ đăng ký thường trú theo Điều 35 Luật Cư trú"},
    {"tt.absent", Procedure::PermanentDeletion, "d",
     "Vắng mặt liên tục tại nơi thường trú từ 12 tháng trở lên mà không đăng ký tạm trú tại chỗ ở khác hoặc không "
     "khai báo tạm vắng"},
    {"tt.nationality", Procedure::PermanentDeletion, "đ",
     "Đã được thôi quốc tịch Việt Nam, bị tước quốc tịch Việt Nam hoặc bị hủy bỏ quyết định cho nhập quốc tịch Việt "
     "Nam"},
    {"tt.lease_ended", Procedure::PermanentDeletion, "e",
     "Đã chấm dứt việc thuê, mượn, ở nhờ chỗ ở mà sau 12 tháng vẫn chưa đăng ký thường trú tại chỗ ở mới"},
    {"tt.ownership", Procedure::PermanentDeletion, "g",
     "Quyền sở hữu chỗ ở đã chuyển cho người khác mà sau 12 tháng vẫn chưa đăng ký thường trú tại chỗ ở mới"},
    {"tt.not_kept", Procedure::PermanentDeletion, "h",
     "Đã chấm dứt việc thuê, mượn, ở nhờ hoặc đã chuyển quyền sở hữu chỗ ở và không được đồng ý cho giữ đăng ký "
     "thường trú tại chỗ ở đó"},
    {"tt.demolished", Procedure::PermanentDeletion, "i",
     "Chỗ ở đã bị phá dỡ, tịch thu theo quyết định của cơ quan nhà nước có thẩm quyền hoặc phương tiện đã bị xóa "
     "đăng ký"},
    {"tmp.death", Procedure::TemporaryDeletion, "a", "Chết; có quyết định của Tòa án tuyên bố mất tích hoặc đã chết"},
    {"tmp.cancelled", Procedure::TemporaryDeletion, "b",
     "Đã có quyết định hủy bỏ đăng ký tạm trú theo Điều 35 Luật Cư trú"},
    {"tmp.absent", Procedure::TemporaryDeletion, "c",
     "Vắng mặt liên tục tại nơi tạm trú từ 06 tháng trở lên mà không đăng ký tạm trú tại chỗ ở khác"},
    {"tmp.nationality", Procedure::TemporaryDeletion, "d",
     "Đã được thôi quốc tịch Việt Nam, bị tước quốc tịch Việt Nam hoặc bị hủy bỏ quyết định cho nhập quốc tịch Việt "
     "Nam"},
    {"tmp.permanent_here", Procedure::TemporaryDeletion, "đ", "Đã được đăng ký thường trú tại chính nơi tạm trú"},
    {"tmp.lease_ended", Procedure::TemporaryDeletion, "e",
     "Đã chấm dứt việc thuê, mượn, ở nhờ chỗ ở mà không đăng ký tạm trú tại chỗ ở khác"},
    {"tmp.ownership", Procedure::TemporaryDeletion, "g",
     "Quyền sở hữu chỗ ở đã chuyển cho người khác, trừ trường hợp được chủ sở hữu mới đồng ý cho tiếp tục sinh sống"},
    {"tmp.demolished", Procedure::TemporaryDeletion, "h",
     "Chỗ ở đã bị phá dỡ, tịch thu theo quyết định của cơ quan nhà nước có thẩm quyền hoặc phương tiện đã bị xóa "
     "đăng ký"},
};

DeletionGround make(const Entry& e)
{
    DeletionGround g;
    g.key = QString::fromLatin1(e.key);
    g.procedure = e.procedure;
    g.point = QString::fromUtf8(e.point);
    g.official = QString::fromUtf8(e.official);
    g.legalBasis =
        QStringLiteral("điểm %1 khoản 1 Điều %2 Luật Cư trú năm 2020")
            .arg(g.point, e.procedure == Procedure::PermanentDeletion ? QStringLiteral("24") : QStringLiteral("29"));
    return g;
}

} // namespace

QList<DeletionGround> DeletionGrounds::of(Procedure procedure)
{
    QList<DeletionGround> out;
    for (const Entry& e : kEntries)
        if (e.procedure == procedure)
            out << make(e);
    return out;
}

std::optional<DeletionGround> DeletionGrounds::find(Procedure procedure, const QString& key)
{
    for (const Entry& e : kEntries)
        if (e.procedure == procedure && key == QLatin1String(e.key))
            return make(e);
    return std::nullopt;
}

QString DeletionGrounds::officialText(const DeletionGround& ground)
{
    return QStringLiteral("%1 (căn cứ %2)").arg(ground.official, ground.legalBasis);
}

QString DeletionGrounds::displayName(const QString& key)
{
    const QString k = key.section(u'.', 1);
    const bool permanent = key.startsWith(QLatin1String("tt."));
    if (k == QLatin1String("death"))
        return tr("Died, or declared missing or dead by a court");
    if (k == QLatin1String("abroad"))
        return tr("Settled abroad");
    if (k == QLatin1String("cancelled"))
        return permanent ? tr("Permanent registration cancelled (art. 35)")
                         : tr("Temporary registration cancelled (art. 35)");
    if (k == QLatin1String("absent"))
        return permanent ? tr("Absent 12 months or more without a temporary registration or absence declaration")
                         : tr("Absent 6 months or more without a temporary registration elsewhere");
    if (k == QLatin1String("nationality"))
        return tr("Vietnamese nationality given up, withdrawn or its grant annulled");
    if (k == QLatin1String("lease_ended"))
        return permanent ? tr("Rent, loan or lodging ended 12 months ago, no registration at a new home")
                         : tr("Rent, loan or lodging ended, no temporary registration elsewhere");
    if (k == QLatin1String("ownership"))
        return permanent ? tr("Home sold or given away 12 months ago, no registration at a new home")
                         : tr("Home sold or given away, the new owner does not agree to the stay");
    if (k == QLatin1String("not_kept"))
        return tr("Rent or ownership ended and the owner does not agree to keep the registration");
    if (k == QLatin1String("permanent_here"))
        return tr("Permanently registered at the same place");
    if (k == QLatin1String("demolished"))
        return tr("Home demolished or confiscated, or vehicle deregistered");
    return key;
}

} // namespace motcua::residence
