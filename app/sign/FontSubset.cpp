#include "FontSubset.h"

#include "SignTr.h"

#include <QCryptographicHash>
#include <QFile>

#include <hb-ot.h>
#include <hb-subset.h>
#include <hb.h>

#include <memory>

namespace motcua::sign {

namespace {

template <typename T, void (*F)(T*)> struct HbDeleter
{
    void operator()(T* p) const { F(p); }
};
using HbBlob = std::unique_ptr<hb_blob_t, HbDeleter<hb_blob_t, hb_blob_destroy>>;
using HbFace = std::unique_ptr<hb_face_t, HbDeleter<hb_face_t, hb_face_destroy>>;
using HbFont = std::unique_ptr<hb_font_t, HbDeleter<hb_font_t, hb_font_destroy>>;
using HbInput = std::unique_ptr<hb_subset_input_t, HbDeleter<hb_subset_input_t, hb_subset_input_destroy>>;
using HbPlan = std::unique_ptr<hb_subset_plan_t, HbDeleter<hb_subset_plan_t, hb_subset_plan_destroy>>;

int scaled(int v, unsigned upem)
{
    return static_cast<int>(qRound(v * 1000.0 / upem));
}

qint16 readI16(const char* p)
{
    return static_cast<qint16>((quint8(p[0]) << 8) | quint8(p[1]));
}

} // namespace

Result<FontSubset> FontSubset::create(const QString& fontPath, const QString& text)
{
    // Read through QFile so a font shipped in Qt resources (":/…") works as well as a file on disk; the bytes
    // outlive every HarfBuzz object made from them.
    QFile file(fontPath);
    const QByteArray fontBytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    HbBlob blob(fontBytes.isEmpty() ? nullptr
                                    : hb_blob_create_or_fail(fontBytes.constData(), unsigned(fontBytes.size()),
                                                             HB_MEMORY_MODE_READONLY, nullptr, nullptr));
    if (!blob)
        return Status::failed(Tr::tr("The signature font is missing: %1.").arg(fontPath));
    HbFace face(hb_face_create(blob.get(), 0));
    HbFont font(hb_font_create(face.get()));
    const unsigned upem = hb_face_get_upem(face.get());

    HbInput input(hb_subset_input_create_or_fail());
    hb_set_t* glyphSet = hb_subset_input_glyph_set(input.get());
    hb_set_add(glyphSet, 0);
    QMap<char32_t, hb_codepoint_t> original;
    for (char32_t cp : text.toUcs4()) {
        hb_codepoint_t gid = 0;
        if (!hb_font_get_nominal_glyph(font.get(), cp, &gid))
            gid = 0; // shown as .notdef rather than failing the signature
        original.insert(cp, gid);
        hb_set_add(glyphSet, gid);
    }
    // Hinting is useless at appearance sizes and costs more than the outlines.
    hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING);
    HbPlan plan(hb_subset_plan_create_or_fail(face.get(), input.get()));
    if (!plan)
        return Status::failed(Tr::tr("The signature font cannot be prepared."));
    const hb_map_t* oldToNew = hb_subset_plan_old_to_new_glyph_mapping(plan.get());
    HbFace subset(hb_subset_plan_execute_or_fail(plan.get()));
    if (!subset)
        return Status::failed(Tr::tr("The signature font cannot be prepared."));
    HbBlob out(hb_face_reference_blob(subset.get()));
    unsigned len = 0;
    const char* data = hb_blob_get_data(out.get(), &len);

    FontSubset fs;
    fs.fontProgram = QByteArray(data, static_cast<qsizetype>(len));
    for (auto it = original.cbegin(); it != original.cend(); ++it) {
        const hb_codepoint_t newGid = hb_map_get(oldToNew, it.value());
        if (newGid == HB_MAP_VALUE_INVALID)
            continue;
        fs.glyphOf.insert(it.key(), static_cast<quint16>(newGid));
        fs.unicodeOf.insert(static_cast<quint16>(newGid), it.key());
        fs.widths.insert(static_cast<quint16>(newGid),
                         scaled(hb_font_get_glyph_h_advance(font.get(), it.value()), upem));
    }
    hb_font_extents_t ext = {};
    hb_font_get_h_extents(font.get(), &ext);
    fs.ascent = scaled(ext.ascender, upem);
    fs.descent = scaled(ext.descender, upem);
    hb_position_t cap = 0;
    if (hb_ot_metrics_get_position(font.get(), HB_OT_METRICS_TAG_CAP_HEIGHT, &cap))
        fs.capHeight = scaled(cap, upem);
    HbBlob head(hb_face_reference_table(face.get(), HB_TAG('h', 'e', 'a', 'd')));
    unsigned headLen = 0;
    const char* h = hb_blob_get_data(head.get(), &headLen);
    if (headLen >= 44)
        for (int i = 0; i < 4; ++i)
            fs.bbox[i] = scaled(readI16(h + 36 + 2 * i), upem);

    // The subset tag is derived from the glyphs, so the same text gives the same font (reproducible output).
    const QByteArray digest = QCryptographicHash::hash(fs.fontProgram, QCryptographicHash::Sha256);
    QByteArray tag;
    for (int i = 0; i < 6; ++i)
        tag += char('A' + quint8(digest[i]) % 26);
    QByteArray family = QFile::encodeName(fontPath.section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0));
    family.replace(' ', "");
    fs.baseFont = tag + '+' + family;
    return fs;
}

QByteArray FontSubset::show(const QString& text) const
{
    QByteArray hex = "<";
    for (char32_t cp : text.toUcs4())
        hex += QByteArray::number(glyphOf.value(cp, 0), 16).rightJustified(4, '0');
    return hex + '>';
}

double FontSubset::width(const QString& text, double size) const
{
    double w = 0;
    for (char32_t cp : text.toUcs4())
        w += widths.value(glyphOf.value(cp, 0), 500);
    return w * size / 1000.0;
}

} // namespace motcua::sign
