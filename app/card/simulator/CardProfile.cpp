#include "CardProfile.h"

#include "CardErrors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace motcua::card {

namespace {

Status badField(const QString& path, const QString& field)
{
    return malformedData(CardTr::tr("The card profile %1 has an invalid value for \"%2\".").arg(path, field),
                         QStringLiteral("profile field %1").arg(field));
}

QString resolve(const QString& value, const QString& profileDir, const QString& keyDir)
{
    if (value.isEmpty() || QFileInfo(value).isAbsolute())
        return value;
    if (!keyDir.isEmpty() && QFileInfo::exists(QDir(keyDir).filePath(value)))
        return QDir(keyDir).filePath(value);
    return QDir(profileDir).filePath(value);
}

} // namespace

Result<CardProfile> CardProfile::load(const QString& path, const QString& keyDir)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return malformedData(CardTr::tr("The card profile %1 cannot be opened.").arg(path), file.errorString());
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return malformedData(
            CardTr::tr("The card profile %1 is not valid JSON (at offset %2).").arg(path).arg(error.offset),
            error.errorString());
    const QJsonObject root = doc.object();
    const QString dir = QFileInfo(path).absolutePath();

    CardProfile p;
    p.name = root.value(QLatin1String("name")).toString(QFileInfo(path).baseName());
    const QJsonObject h = root.value(QLatin1String("holder")).toObject();
    auto text = [&h](const char* key) { return h.value(QLatin1String(key)).toString(); };
    auto date = [&h](const char* key) {
        return QDate::fromString(h.value(QLatin1String(key)).toString(), Qt::ISODate);
    };
    p.holder.idNumber = text("idNumber");
    p.holder.fullName = text("fullName");
    p.holder.dateOfBirth = date("dateOfBirth");
    p.holder.sex = text("sex");
    p.holder.nationality = text("nationality");
    p.holder.ethnicity = text("ethnicity");
    p.holder.religion = text("religion");
    p.holder.placeOfOrigin = text("placeOfOrigin");
    p.holder.placeOfResidence = text("placeOfResidence");
    p.holder.identifyingMarks = text("identifyingMarks");
    p.holder.issueDate = date("issueDate");
    p.holder.expiryDate = date("expiryDate");
    p.holder.fatherName = text("fatherName");
    p.holder.motherName = text("motherName");
    p.holder.spouseName = text("spouseName");
    p.holder.oldIdNumber = text("oldIdNumber");
    p.holder.parentsInOneSequence = h.value(QLatin1String("parentsForm")).toString() != QLatin1String("separate");
    p.holder.mrzName = text("mrzName");

    static const QRegularExpression twelveDigits(QStringLiteral("^\\d{12}$"));
    if (!twelveDigits.match(p.holder.idNumber).hasMatch())
        return badField(path, QStringLiteral("holder.idNumber"));
    if (!p.holder.dateOfBirth.isValid())
        return badField(path, QStringLiteral("holder.dateOfBirth"));
    if (p.holder.sex != QLatin1String("M") && p.holder.sex != QLatin1String("F"))
        return badField(path, QStringLiteral("holder.sex"));

    p.portraitPath = resolve(root.value(QLatin1String("portrait")).toString(), dir, keyDir);
    const QJsonObject keys = root.value(QLatin1String("keys")).toObject();
    p.documentSignerKeyPath = resolve(keys.value(QLatin1String("documentSignerKey")).toString(), dir, keyDir);
    p.documentSignerCertPath = resolve(keys.value(QLatin1String("documentSignerCert")).toString(), dir, keyDir);
    p.activeAuthKeyPath = resolve(keys.value(QLatin1String("activeAuthKey")).toString(), dir, keyDir);
    p.cloneAaKeyPath = resolve(keys.value(QLatin1String("cloneActiveAuthKey")).toString(), dir, keyDir);

    if (root.contains(QLatin1String("protocols"))) {
        const QJsonArray protocols = root.value(QLatin1String("protocols")).toArray();
        p.offerPace = protocols.contains(QJsonValue(QStringLiteral("PACE")));
        p.offerBac = protocols.contains(QJsonValue(QStringLiteral("BAC")));
        if (!p.offerPace && !p.offerBac)
            return badField(path, QStringLiteral("protocols"));
    }
    p.extendedLength = root.value(QLatin1String("extendedLength")).toBool(true);
    p.chipAuthentication = root.value(QLatin1String("chipAuthentication")).toBool(true);
    p.maxLe = root.value(QLatin1String("maxLe")).toInt(p.extendedLength ? 65536 : 256);
    if (p.maxLe < 16 || p.maxLe > 65536)
        return badField(path, QStringLiteral("maxLe"));
    p.can = root.value(QLatin1String("can")).toString(p.holder.idNumber.right(6));

    const QJsonObject f = root.value(QLatin1String("faults")).toObject();
    p.faults.tamperDataGroup = f.value(QLatin1String("tamperDataGroup")).toInt(0);
    p.faults.untrustedSigner = f.value(QLatin1String("untrustedSigner")).toBool(false);
    p.faults.cloneWrongAaKey = f.value(QLatin1String("cloneWrongAaKey")).toBool(false);
    p.faults.cloneWrongChipKey = f.value(QLatin1String("cloneWrongChipKey")).toBool(false);
    p.faults.removeAfterApdus = f.value(QLatin1String("removeAfterApdus")).toInt(-1);
    p.faults.reinsertAfterMs = f.value(QLatin1String("reinsertAfterMs")).toInt(-1);
    p.faults.slowAnswerMs = f.value(QLatin1String("slowAnswerMs")).toInt(0);
    p.faults.refusePace = f.value(QLatin1String("refusePace")).toBool(false);
    p.faults.getResponseChunk = qBound(0, f.value(QLatin1String("getResponseChunk")).toInt(0), 256);
    return p;
}

} // namespace motcua::card
