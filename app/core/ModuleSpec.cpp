#include "ModuleSpec.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace motcua {

Result<ModuleSpec> ModuleSpec::fromJson(const QJsonObject& metaData)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]{1,31}$"));
    auto bad = [](const QString& why) {
        return Status{Status::Code::InputRejected, tr("The module's metadata is malformed: %1.").arg(why)};
    };
    if (metaData.isEmpty())
        return bad(tr("it is missing"));
    ModuleSpec spec;
    const QJsonValue id = metaData.value(QLatin1String("id"));
    if (!id.isString() || !idPattern.match(id.toString()).hasMatch())
        return bad(tr("\"id\" must be a short lower-case name"));
    spec.id = id.toString();
    const QJsonValue name = metaData.value(QLatin1String("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty() || name.toString().size() > 80)
        return bad(tr("\"name\" must be a non-empty text"));
    spec.name = name.toString().trimmed();
    const QJsonValue version = metaData.value(QLatin1String("version"));
    qsizetype suffix = 0;
    spec.version = QVersionNumber::fromString(version.toString(), &suffix);
    if (!version.isString() || spec.version.isNull() || suffix != version.toString().size())
        return bad(tr("\"version\" must look like 1.2.3"));
    const QJsonValue api = metaData.value(QLatin1String("apiVersion"));
    if (!api.isDouble() || api.toDouble() != double(api.toInt()) || api.toInt() < 1)
        return bad(tr("\"apiVersion\" must be a positive whole number"));
    spec.apiVersion = api.toInt();

    auto stringList = [](const QJsonValue& v, QStringList* out) {
        if (v.isUndefined())
            return true;
        if (!v.isArray())
            return false;
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString() || item.toString().isEmpty())
                return false;
            out->append(item.toString());
        }
        return true;
    };
    if (!stringList(metaData.value(QLatin1String("dependencies")), &spec.dependencies))
        return bad(tr("\"dependencies\" must be a list of module ids"));
    if (!stringList(metaData.value(QLatin1String("capabilities")), &spec.capabilities))
        return bad(tr("\"capabilities\" must be a list of names"));
    const QJsonValue perms = metaData.value(QLatin1String("permissions"));
    if (!perms.isUndefined()) {
        if (!perms.isArray())
            return bad(tr("\"permissions\" must be a list"));
        for (const QJsonValue& p : perms.toArray()) {
            const QJsonObject o = p.toObject();
            ModulePermission mp;
            mp.id = o.value(QLatin1String("id")).toString();
            if (mp.id.isEmpty() || !stringList(o.value(QLatin1String("roles")), &mp.roles))
                return bad(tr("each permission needs an \"id\" and a list of \"roles\""));
            spec.permissions.append(mp);
        }
    }
    return spec;
}

} // namespace motcua
