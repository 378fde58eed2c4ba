#include "AdminUnits.h"

#include "Logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace motcua {

const AdminUnits& AdminUnits::instance()
{
    static const AdminUnits units = [] {
        AdminUnits u;
        QFile f(QStringLiteral(":/motcua/data/admin-units/vn_units_2025.json"));
        if (!f.open(QIODevice::ReadOnly) || !u.load(f.readAll()))
            qCWarning(lcCore) << "administrative units data is missing or damaged";
        return u;
    }();
    return units;
}

bool AdminUnits::load(const QByteArray& json)
{
    static const QRegularExpression provinceCode(QStringLiteral("^\\d{2}$"));
    static const QRegularExpression communeCode(QStringLiteral("^\\d{5}$"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return false;
    QList<Province> provinces;
    QHash<QString, int> provinceIndex;
    QHash<QString, QPair<int, int>> communeIndex;
    for (const QJsonValue& pv : doc.array()) {
        const QJsonObject po = pv.toObject();
        Province p;
        p.code = po.value(QLatin1String("Code")).toString();
        p.name = po.value(QLatin1String("Name")).toString();
        p.fullName = po.value(QLatin1String("FullName")).toString();
        p.nameEn = po.value(QLatin1String("NameEn")).toString();
        if (!provinceCode.match(p.code).hasMatch() || p.name.isEmpty() || provinceIndex.contains(p.code))
            return false;
        for (const QJsonValue& wv : po.value(QLatin1String("Wards")).toArray()) {
            const QJsonObject wo = wv.toObject();
            Commune c{wo.value(QLatin1String("Code")).toString(), wo.value(QLatin1String("Name")).toString(),
                      wo.value(QLatin1String("FullName")).toString(), p.code};
            if (!communeCode.match(c.code).hasMatch() || c.name.isEmpty() || communeIndex.contains(c.code))
                return false;
            communeIndex.insert(c.code, {int(provinces.size()), int(p.communes.size())});
            p.communes.append(c);
        }
        provinceIndex.insert(p.code, int(provinces.size()));
        provinces.append(p);
    }
    m_provinces = provinces;
    m_provinceIndex = provinceIndex;
    m_communeIndex = communeIndex;
    return true;
}

const Province* AdminUnits::province(const QString& code) const
{
    const auto it = m_provinceIndex.constFind(code);
    return it == m_provinceIndex.cend() ? nullptr : &m_provinces.at(*it);
}

const Commune* AdminUnits::commune(const QString& code) const
{
    const auto it = m_communeIndex.constFind(code);
    return it == m_communeIndex.cend() ? nullptr : &m_provinces.at(it->first).communes.at(it->second);
}

} // namespace motcua
