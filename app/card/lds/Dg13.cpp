#include "Dg13.h"

#include "CardErrors.h"
#include "tlv/Asn1.h"
#include "tlv/BerTlv.h"
#include "tlv/DerWriter.h"

#include <QStringBuilder>

namespace motcua::card {

namespace {

const QString utf8Oid = QStringLiteral("1.0.10646.1.0.8");

Status bad(const char* detail)
{
    return malformedData(CardTr::tr("Data group 13 (personal data) is malformed."), QString::fromLatin1(detail));
}

bool isString(quint32 tag)
{
    return tag == Asn1::Utf8String || tag == Asn1::PrintableString || tag == Asn1::Ia5String;
}

// Every string value inside a field, in order, descending into nested SEQUENCEs (field 13 comes
// as one SEQUENCE holding both parents or as one SEQUENCE per parent).
Status collectStrings(const QList<Tlv>& elements, QStringList& out, int depth)
{
    if (depth > 4)
        return bad("DG13: nesting too deep");
    for (const Tlv& e : elements) {
        if (isString(e.tag)) {
            auto text = Asn1::decodeString(e.tag, e.value);
            if (!text)
                return text.status();
            out.append(text->trimmed());
        } else if (e.tag == Asn1::Sequence || e.tag == Asn1::Set) {
            auto children = e.children();
            if (!children)
                return children.status();
            const Status s = collectStrings(*children, out, depth + 1);
            if (!s)
                return s;
        } else {
            return bad("DG13: unexpected value type");
        }
    }
    return Status::ok();
}

QDate parseDate(const QString& text)
{
    for (const char* format : {"dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy"}) {
        const QDate d = QDate::fromString(text, QString::fromLatin1(format));
        if (d.isValid())
            return d;
    }
    return {};
}

QString parseSex(const QString& text)
{
    const QString s = text.normalized(QString::NormalizationForm_C).trimmed().toLower();
    if (s == QStringLiteral("nam") || s == QLatin1String("m") || s == QLatin1String("male"))
        return QStringLiteral("M");
    if (s == QStringLiteral("nữ") || s == QLatin1String("nu") || s == QLatin1String("f") ||
        s == QLatin1String("female"))
        return QStringLiteral("F");
    return {};
}

} // namespace

Result<HolderData> Dg13::parse(const QByteArray& raw)
{
    auto outer = BerTlvReader::parseSingle(raw);
    if (!outer)
        return outer.status();
    if (outer->tag != 0x6D)
        return bad("DG13: tag");
    auto sequence = outer->child(Asn1::Sequence);
    if (!sequence)
        return sequence.status();
    auto fieldSet = sequence->child(Asn1::Set);
    if (!fieldSet)
        return fieldSet.status();
    auto fields = fieldSet->children();
    if (!fields)
        return fields.status();

    HolderData holder;
    QStringList parents;
    bool haveId = false;
    for (const Tlv& field : *fields) {
        if (field.tag != Asn1::Sequence)
            return bad("DG13: field is not a SEQUENCE");
        auto elements = field.children();
        if (!elements)
            return elements.status();
        if (elements->isEmpty() || elements->first().tag != Asn1::Integer)
            return bad("DG13: field without number");
        auto number = Asn1::decodeInteger(elements->first().value);
        if (!number)
            return number.status();
        QStringList values;
        const Status s = collectStrings(elements->mid(1), values, 0);
        if (!s)
            return s;
        const QString value = values.value(0);
        switch (*number) {
        case 1:
            holder.idNumber = value;
            haveId = !value.isEmpty();
            break;
        case 2:
            holder.fullName = value;
            break;
        case 3:
            holder.dateOfBirth = parseDate(value);
            break;
        case 4:
            holder.sex = parseSex(value);
            break;
        case 5:
            holder.nationality = value;
            break;
        case 6:
            holder.ethnicity = value;
            break;
        case 7:
            holder.religion = value;
            break;
        case 8:
            holder.placeOfOrigin = value;
            break;
        case 9:
            holder.placeOfResidence = value;
            break;
        case 10:
            holder.identifyingMarks = value;
            break;
        case 11:
            holder.issueDate = parseDate(value);
            break;
        case 12: {
            // A word such as "Không thời hạn" (no time limit) means the card does not expire.
            const QDate expiry = parseDate(value);
            holder.expiryDate = expiry.isValid() ? std::optional<QDate>(expiry) : std::nullopt;
            break;
        }
        case 13:
            parents.append(values);
            break;
        case 14:
            holder.spouseName = value;
            break;
        case 15:
            holder.oldIdNumber = value;
            break;
        default:
            break; // 16 and later: unknown meaning, ignored
        }
    }
    if (!haveId)
        return bad("DG13: no ID number");
    holder.fatherName = parents.value(0);
    holder.motherName = parents.value(1);
    return holder;
}

QByteArray Dg13::encode(const HolderData& h, bool parentsInOneSequence)
{
    auto field = [](int number, const QList<QByteArray>& values) {
        return DerWriter::sequence(QList<QByteArray>{DerWriter::integer(number)} + values);
    };
    auto text = [&field](int number, const QString& value) {
        return value.isEmpty() ? field(number, {}) : field(number, {DerWriter::utf8String(value)});
    };
    auto date = [](const QDate& d) { return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString(); };
    QList<QByteArray> fields{
        text(1, h.idNumber),
        text(2, h.fullName),
        text(3, date(h.dateOfBirth)),
        text(4, h.sex == QLatin1String("M")   ? QStringLiteral("Nam")
                : h.sex == QLatin1String("F") ? QStringLiteral("Nữ")
                                              : QString()),
        text(5, h.nationality),
        text(6, h.ethnicity),
        text(7, h.religion),
        text(8, h.placeOfOrigin),
        text(9, h.placeOfResidence),
        text(10, h.identifyingMarks),
        text(11, date(h.issueDate)),
        text(12, h.expiryDate ? date(*h.expiryDate) : QStringLiteral("Không thời hạn")),
    };
    const QByteArray father = DerWriter::utf8String(h.fatherName);
    const QByteArray mother = DerWriter::utf8String(h.motherName);
    if (parentsInOneSequence)
        fields.append(field(13, {DerWriter::sequence({father, mother})}));
    else
        fields.append(field(13, {DerWriter::sequence({father}), DerWriter::sequence({mother})}));
    fields.append(text(14, h.spouseName));
    fields.append(text(15, h.oldIdNumber));
    const QByteArray body =
        DerWriter::sequence({DerWriter::integer(1), DerWriter::objectIdentifier(utf8Oid), DerWriter::set(fields)});
    return DerWriter::tlv(0x6D, body);
}

} // namespace motcua::card
