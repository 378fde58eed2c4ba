#include "EcCurve.h"

#include "CardErrors.h"

#include <QStringBuilder>
#include <openssl/obj_mac.h>
#include <openssl/rand.h>

namespace motcua::card {

namespace {

BigNumPtr toBn(const QByteArray& bytes)
{
    return BigNumPtr(BN_bin2bn(reinterpret_cast<const uchar*>(bytes.constData()), int(bytes.size()), nullptr));
}

Status badPoint(const char* what)
{
    return malformedData(CardTr::tr("The card sent an invalid public key."), QString::fromLatin1(what));
}

} // namespace

int EcCurve::nidForParameterId(int parameterId)
{
    switch (parameterId) {
    case 8:
        return NID_X9_62_prime192v1;
    case 9:
        return NID_secp224r1;
    case 10:
        return NID_X9_62_prime256v1;
    case 11:
        return NID_brainpoolP192r1;
    case 12:
        return NID_brainpoolP224r1;
    case 13:
        return NID_brainpoolP256r1;
    case 14:
        return NID_brainpoolP320r1;
    case 15:
        return NID_secp384r1;
    case 16:
        return NID_brainpoolP384r1;
    case 17:
        return NID_brainpoolP512r1;
    case 18:
        return NID_secp521r1;
    default:
        return 0;
    }
}

Result<EcCurve> EcCurve::standardized(int parameterId)
{
    const int nid = nidForParameterId(parameterId);
    if (nid == 0)
        return Status(Status::Code::Failed,
                      CardTr::tr("The card offers only access parameters this program does not support."),
                      QStringLiteral("PACE: domain parameter %1 unsupported").arg(parameterId));
    EcGroupPtr group(EC_GROUP_new_by_curve_name(nid));
    if (!group)
        return cryptoFailure("EC_GROUP_new_by_curve_name");
    return EcCurve(std::move(group));
}

EcCurve::EcCurve(EcGroupPtr group) : m_group(std::move(group))
{
    m_fieldSize = (EC_GROUP_get_degree(m_group.get()) + 7) / 8;
}

EcCurve EcCurve::copy() const
{
    return EcCurve(EcGroupPtr(EC_GROUP_dup(m_group.get())));
}

QByteArray EcCurve::paddedBytes(const BIGNUM* number, int size)
{
    QByteArray out(size, '\0');
    if (BN_bn2binpad(number, reinterpret_cast<uchar*>(out.data()), size) != size)
        return {};
    return out;
}

QByteArray EcCurve::order() const
{
    const BIGNUM* n = EC_GROUP_get0_order(m_group.get());
    return paddedBytes(n, BN_num_bytes(n));
}

QByteArray EcCurve::generatePrivateKey() const
{
    const BIGNUM* n = EC_GROUP_get0_order(m_group.get());
    BigNumPtr k(BN_new());
    do {
        if (!k || BN_priv_rand_range(k.get(), n) != 1)
            return {};
    } while (BN_is_zero(k.get()));
    return paddedBytes(k.get(), BN_num_bytes(n));
}

EcPointPtr EcCurve::decode(const QByteArray& point) const
{
    if (point.size() != 1 + 2 * m_fieldSize || point.at(0) != 0x04)
        return {};
    EcPointPtr p(EC_POINT_new(m_group.get()));
    BnCtxPtr ctx(BN_CTX_new());
    if (!p || !ctx ||
        EC_POINT_oct2point(m_group.get(), p.get(), reinterpret_cast<const uchar*>(point.constData()),
                           size_t(point.size()), ctx.get()) != 1 ||
        EC_POINT_is_at_infinity(m_group.get(), p.get()) || EC_POINT_is_on_curve(m_group.get(), p.get(), ctx.get()) != 1)
        return {};
    return p;
}

QByteArray EcCurve::encode(const EC_POINT* point) const
{
    if (EC_POINT_is_at_infinity(m_group.get(), point))
        return {};
    QByteArray out(1 + 2 * m_fieldSize, '\0');
    BnCtxPtr ctx(BN_CTX_new());
    const size_t n = EC_POINT_point2oct(m_group.get(), point, POINT_CONVERSION_UNCOMPRESSED,
                                        reinterpret_cast<uchar*>(out.data()), size_t(out.size()), ctx.get());
    return n == size_t(out.size()) ? out : QByteArray();
}

bool EcCurve::isValidPoint(const QByteArray& point) const
{
    return decode(point) != nullptr;
}

Result<QByteArray> EcCurve::publicKey(const QByteArray& privateKey) const
{
    BigNumPtr k = toBn(privateKey);
    EcPointPtr r(EC_POINT_new(m_group.get()));
    BnCtxPtr ctx(BN_CTX_new());
    if (!k || !r || !ctx || BN_is_zero(k.get()) ||
        EC_POINT_mul(m_group.get(), r.get(), k.get(), nullptr, nullptr, ctx.get()) != 1)
        return cryptoFailure("EC_POINT_mul(G)");
    QByteArray encoded = encode(r.get());
    if (encoded.isEmpty())
        return cryptoFailure("EC point at infinity");
    return encoded;
}

Result<QByteArray> EcCurve::multiply(const QByteArray& scalar, const QByteArray& point) const
{
    EcPointPtr p = decode(point);
    if (!p)
        return badPoint("EC: point not on the curve");
    BigNumPtr k = toBn(scalar);
    EcPointPtr r(EC_POINT_new(m_group.get()));
    BnCtxPtr ctx(BN_CTX_new());
    if (!k || !r || !ctx || EC_POINT_mul(m_group.get(), r.get(), nullptr, p.get(), k.get(), ctx.get()) != 1)
        return cryptoFailure("EC_POINT_mul(P)");
    QByteArray encoded = encode(r.get());
    if (encoded.isEmpty())
        return badPoint("EC: product at infinity");
    return encoded;
}

Result<QByteArray> EcCurve::add(const QByteArray& a, const QByteArray& b) const
{
    EcPointPtr pa = decode(a);
    EcPointPtr pb = decode(b);
    if (!pa || !pb)
        return badPoint("EC: point not on the curve");
    EcPointPtr r(EC_POINT_new(m_group.get()));
    BnCtxPtr ctx(BN_CTX_new());
    if (!r || !ctx || EC_POINT_add(m_group.get(), r.get(), pa.get(), pb.get(), ctx.get()) != 1)
        return cryptoFailure("EC_POINT_add");
    QByteArray encoded = encode(r.get());
    if (encoded.isEmpty())
        return badPoint("EC: sum at infinity");
    return encoded;
}

Status EcCurve::setGenerator(const QByteArray& point)
{
    EcPointPtr g = decode(point);
    if (!g)
        return badPoint("EC: generator not on the curve");
    BigNumPtr order(BN_dup(EC_GROUP_get0_order(m_group.get())));
    BigNumPtr cofactor(BN_dup(EC_GROUP_get0_cofactor(m_group.get())));
    if (!order || !cofactor || EC_GROUP_set_generator(m_group.get(), g.get(), order.get(), cofactor.get()) != 1)
        return cryptoFailure("EC_GROUP_set_generator");
    return Status::ok();
}

QByteArray EcCurve::xCoordinate(const QByteArray& point) const
{
    EcPointPtr p = decode(point);
    if (!p)
        return {};
    BigNumPtr x(BN_new());
    BnCtxPtr ctx(BN_CTX_new());
    if (!x || !ctx || EC_POINT_get_affine_coordinates(m_group.get(), p.get(), x.get(), nullptr, ctx.get()) != 1)
        return {};
    return paddedBytes(x.get(), m_fieldSize);
}

} // namespace motcua::card
