#include "Jpeg2000Decoder.h"

#include <openjpeg.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace motcua::card {

namespace {

struct MemoryStream
{
    const QByteArray* data;
    OPJ_OFF_T position = 0;
};

OPJ_SIZE_T readFn(void* buffer, OPJ_SIZE_T size, void* user)
{
    auto* s = static_cast<MemoryStream*>(user);
    const OPJ_OFF_T left = s->data->size() - s->position;
    if (left <= 0)
        return OPJ_SIZE_T(-1);
    const OPJ_SIZE_T n = std::min<OPJ_SIZE_T>(size, OPJ_SIZE_T(left));
    std::memcpy(buffer, s->data->constData() + s->position, n);
    s->position += OPJ_OFF_T(n);
    return n;
}

OPJ_OFF_T skipFn(OPJ_OFF_T count, void* user)
{
    auto* s = static_cast<MemoryStream*>(user);
    const OPJ_OFF_T target = std::clamp<OPJ_OFF_T>(s->position + count, 0, s->data->size());
    const OPJ_OFF_T skipped = target - s->position;
    s->position = target;
    return skipped;
}

OPJ_BOOL seekFn(OPJ_OFF_T position, void* user)
{
    auto* s = static_cast<MemoryStream*>(user);
    if (position < 0 || position > s->data->size())
        return OPJ_FALSE;
    s->position = position;
    return OPJ_TRUE;
}

void quiet(const char*, void*) {}

struct CodecDeleter
{
    void operator()(opj_codec_t* c) const { opj_destroy_codec(c); }
};
struct StreamDeleter
{
    void operator()(opj_stream_t* s) const { opj_stream_destroy(s); }
};
struct ImageDeleter
{
    void operator()(opj_image_t* i) const { opj_image_destroy(i); }
};

int sample(const opj_image_comp_t& c, OPJ_UINT32 x, OPJ_UINT32 y)
{
    const OPJ_UINT32 cx = std::min(x / std::max<OPJ_UINT32>(c.dx, 1), c.w - 1);
    const OPJ_UINT32 cy = std::min(y / std::max<OPJ_UINT32>(c.dy, 1), c.h - 1);
    int v = c.data[size_t(cy) * c.w + cx];
    if (c.sgnd)
        v += 1 << (c.prec - 1);
    if (c.prec > 8)
        v >>= (c.prec - 8);
    else if (c.prec < 8)
        v <<= (8 - c.prec);
    return std::clamp(v, 0, 255);
}

} // namespace

bool Jpeg2000Decoder::isJp2File(const QByteArray& data)
{
    static const char signature[] = "\x00\x00\x00\x0C\x6A\x50\x20\x20\x0D\x0A\x87\x0A";
    return data.startsWith(QByteArray(signature, 12));
}

bool Jpeg2000Decoder::isJpeg2000(const QByteArray& data)
{
    return isJp2File(data) || data.startsWith(QByteArray("\xFF\x4F\xFF\x51", 4));
}

QImage Jpeg2000Decoder::decode(const QByteArray& data)
{
    if (!isJpeg2000(data))
        return {};
    std::unique_ptr<opj_codec_t, CodecDeleter> codec(
        opj_create_decompress(isJp2File(data) ? OPJ_CODEC_JP2 : OPJ_CODEC_J2K));
    if (!codec)
        return {};
    opj_set_error_handler(codec.get(), quiet, nullptr);
    opj_set_warning_handler(codec.get(), quiet, nullptr);
    opj_set_info_handler(codec.get(), quiet, nullptr);
    opj_dparameters_t parameters;
    opj_set_default_decoder_parameters(&parameters);
    if (!opj_setup_decoder(codec.get(), &parameters))
        return {};

    MemoryStream memory{&data};
    std::unique_ptr<opj_stream_t, StreamDeleter> stream(opj_stream_create(OPJ_J2K_STREAM_CHUNK_SIZE, OPJ_TRUE));
    if (!stream)
        return {};
    opj_stream_set_user_data(stream.get(), &memory, nullptr);
    opj_stream_set_user_data_length(stream.get(), OPJ_UINT64(data.size()));
    opj_stream_set_read_function(stream.get(), readFn);
    opj_stream_set_skip_function(stream.get(), skipFn);
    opj_stream_set_seek_function(stream.get(), seekFn);

    opj_image_t* rawImage = nullptr;
    if (!opj_read_header(stream.get(), codec.get(), &rawImage))
        return {};
    std::unique_ptr<opj_image_t, ImageDeleter> image(rawImage);
    const OPJ_UINT32 width = image->x1 - image->x0;
    const OPJ_UINT32 height = image->y1 - image->y0;
    // A portrait is small; refuse absurd sizes before allocating anything.
    if (width == 0 || height == 0 || width > 8000 || height > 8000 || image->numcomps == 0 || image->numcomps > 4)
        return {};
    if (!opj_decode(codec.get(), stream.get(), image.get()) || !opj_end_decompress(codec.get(), stream.get()))
        return {};
    for (OPJ_UINT32 i = 0; i < image->numcomps; ++i) {
        const opj_image_comp_t& c = image->comps[i];
        if (!c.data || c.w == 0 || c.h == 0 || c.prec == 0 || c.prec > 16)
            return {};
    }

    const bool colour = image->numcomps >= 3;
    const bool ycc = colour && image->color_space == OPJ_CLRSPC_SYCC;
    QImage out(int(width), int(height), colour ? QImage::Format_RGB32 : QImage::Format_Grayscale8);
    for (OPJ_UINT32 y = 0; y < height; ++y) {
        uchar* line = out.scanLine(int(y));
        for (OPJ_UINT32 x = 0; x < width; ++x) {
            if (!colour) {
                line[x] = uchar(sample(image->comps[0], x, y));
                continue;
            }
            int r = sample(image->comps[0], x, y);
            int g = sample(image->comps[1], x, y);
            int b = sample(image->comps[2], x, y);
            if (ycc) {
                const double yy = r, cb = g - 128.0, cr = b - 128.0;
                r = std::clamp(int(yy + 1.402 * cr), 0, 255);
                g = std::clamp(int(yy - 0.344136 * cb - 0.714136 * cr), 0, 255);
                b = std::clamp(int(yy + 1.772 * cb), 0, 255);
            }
            reinterpret_cast<QRgb*>(line)[x] = qRgb(r, g, b);
        }
    }
    return out;
}

} // namespace motcua::card
