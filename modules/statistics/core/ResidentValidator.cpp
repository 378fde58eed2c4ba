#include "ResidentValidator.h"

#include "DateCodec.h"
#include "WardIndex.h"

#include <cstring>

namespace motcua::statistics {

namespace {

bool parseDigits(QByteArrayView t, qsizetype length, qint64* value)
{
    if (t.size() != length)
        return false;
    qint64 v = 0;
    for (char c : t) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *value = v;
    return true;
}

/// Copies `from` into `to`, reusing its buffer when it has one of its own (rows are filled again and again).
void assignBytes(QByteArray& to, QByteArrayView from)
{
    to.resize(from.size());
    std::memcpy(to.data(), from.data(), size_t(from.size()));
}

bool isAscii(QByteArrayView t)
{
    for (char c : t)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

} // namespace

const QStringList& ResidentValidator::columnNames()
{
    static const QStringList names = {
        QStringLiteral("id_number"),     QStringLiteral("full_name"),  QStringLiteral("date_of_birth"),
        QStringLiteral("sex"),           QStringLiteral("ethnicity"),  QStringLiteral("religion"),
        QStringLiteral("province_code"), QStringLiteral("ward_code"),  QStringLiteral("residence_type"),
        QStringLiteral("household_id"),  QStringLiteral("card_issued")};
    return names;
}

ResidentValidator::ResidentValidator(int today) : m_today(today) {}

bool ResidentValidator::reject(const QString& why)
{
    m_error = why;
    return false;
}

bool ResidentValidator::readHeader(const std::vector<QByteArrayView>& fields)
{
    m_index.fill(-1);
    m_warnings.clear();
    const QStringList& names = columnNames();
    for (qsizetype i = 0; i < qsizetype(fields.size()); ++i) {
        const QString name = QString::fromUtf8(fields[i]).trimmed();
        const qsizetype col = names.indexOf(name);
        if (col < 0) {
            m_warnings << tr("The column \"%1\" is not part of the format and is ignored.").arg(name);
            continue;
        }
        if (m_index[col] >= 0)
            return reject(tr("The column \"%1\" appears twice in the header.").arg(name));
        m_index[col] = int(i);
    }
    QStringList missing;
    for (int c = 0; c < ColumnCount; ++c)
        if (m_index[c] < 0)
            missing << names.at(c);
    if (!missing.isEmpty())
        return reject(tr("The header lacks the columns: %1.").arg(missing.join(QStringLiteral(", "))));
    m_fieldCount = int(fields.size());
    return true;
}

const QString& ResidentValidator::cachedText(QHash<QByteArray, QString>& cache, QByteArrayView bytes)
{
    // Ethnicity and religion names repeat millions of times: decode and normalise each spelling once.
    // Neighbouring rows (a household) mostly repeat the last one: checked first, without hashing.
    auto& last = &cache == &m_ethnicities ? m_lastEthnicity : m_lastReligion;
    if (!last.second.isNull() && last.first.size() == bytes.size() &&
        std::memcmp(last.first.constData(), bytes.data(), size_t(bytes.size())) == 0)
        return last.second;
    const QByteArray key = bytes.toByteArray();
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, QString::fromUtf8(bytes).trimmed().normalized(QString::NormalizationForm_C));
    last = {key, *it};
    return last.second;
}

bool ResidentValidator::readRow(const std::vector<QByteArrayView>& f, Resident& r)
{
    if (qsizetype(f.size()) != m_fieldCount)
        return reject(tr("The row has %1 fields; the header has %2.").arg(f.size()).arg(m_fieldCount));
    auto col = [&](Column c) { return f[size_t(m_index[c])]; };

    if (!parseDigits(col(IdNumber), 12, &r.idNumber))
        return reject(tr("id_number must be exactly 12 digits."));

    const QByteArrayView name = col(FullName);
    if (name.trimmed().isEmpty())
        return reject(tr("full_name is empty."));
    if (isAscii(name)) {
        assignBytes(r.fullName, name);
    } else {
        const QString text = QString::fromUtf8(name);
        if (text.contains(QChar::ReplacementCharacter))
            return reject(tr("full_name is not valid UTF-8."));
        r.fullName = text.normalized(QString::NormalizationForm_C).toUtf8();
    }

    r.dateOfBirth = datecodec::parseIso(col(DateOfBirth));
    if (!r.dateOfBirth)
        return reject(tr("date_of_birth is not a real date in the form YYYY-MM-DD."));
    if (r.dateOfBirth > m_today)
        return reject(tr("date_of_birth is in the future."));

    const QByteArrayView sex = col(Sex);
    if (sex == "M")
        r.sex = 0;
    else if (sex == "F")
        r.sex = 1;
    else
        return reject(tr("sex must be M or F."));

    r.ethnicity = cachedText(m_ethnicities, col(Ethnicity));
    if (r.ethnicity.isEmpty())
        return reject(tr("ethnicity is empty."));
    r.religion = cachedText(m_religions, col(Religion));
    if (r.religion.isEmpty())
        return reject(tr("religion is empty."));

    qint64 province = 0, ward = 0;
    if (!parseDigits(col(ProvinceCode), 2, &province))
        return reject(tr("province_code must be 2 digits."));
    if (!parseDigits(col(WardCode), 5, &ward))
        return reject(tr("ward_code must be 5 digits."));
    const int wardProvince = provinceOfWard(int(ward));
    if (!wardProvince)
        return reject(provinceExists(int(province))
                          ? tr("ward_code %1 does not exist.").arg(QString::fromLatin1(col(WardCode)))
                          : tr("province_code %1 does not exist.").arg(QString::fromLatin1(col(ProvinceCode))));
    if (wardProvince != province)
        return reject(tr("ward_code %1 does not belong to province %2.")
                          .arg(QString::fromLatin1(col(WardCode)), QString::fromLatin1(col(ProvinceCode))));
    r.provinceCode = int(province);
    r.wardCode = int(ward);

    const QByteArrayView residence = col(ResidenceType);
    if (residence == "permanent")
        r.residenceType = 0;
    else if (residence == "temporary")
        r.residenceType = 1;
    else
        return reject(tr("residence_type must be permanent or temporary."));

    const QByteArrayView household = col(HouseholdId).trimmed();
    if (household.isEmpty())
        return reject(tr("household_id is empty."));
    assignBytes(r.householdId, household);

    const QByteArrayView card = col(CardIssued);
    r.cardIssued = 0;
    if (!card.isEmpty()) {
        r.cardIssued = datecodec::parseIso(card);
        if (!r.cardIssued)
            return reject(tr("card_issued is not a real date in the form YYYY-MM-DD."));
        if (r.cardIssued > m_today)
            return reject(tr("card_issued is in the future."));
        if (r.cardIssued < r.dateOfBirth)
            return reject(tr("card_issued is before date_of_birth."));
    }
    return true;
}

} // namespace motcua::statistics
