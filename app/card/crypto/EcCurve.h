#pragma once

#include "OpenSslHandles.h"
#include "Status.h"

#include <QByteArray>

namespace motcua::card {

/// An elliptic curve of the PACE standardized domain parameters with the point arithmetic PACE
/// needs (scalar multiplication, addition, a replaceable generator). Points travel as
/// uncompressed octet strings 04 || X || Y with X and Y left-padded to the field size.
class EcCurve
{
public:
    /// Standardized domain parameter ID (ICAO 9303-11 §9.5.1, 8–18) → curve; others unsupported.
    static Result<EcCurve> standardized(int parameterId);
    /// The OpenSSL NID of a standardized parameter ID, or 0.
    static int nidForParameterId(int parameterId);

    EcCurve(EcCurve&&) noexcept = default;
    EcCurve& operator=(EcCurve&&) noexcept = default;
    EcCurve copy() const;

    int fieldSize() const { return m_fieldSize; }
    const EC_GROUP* group() const { return m_group.get(); }
    /// The order n, big-endian, left-padded to its byte length.
    QByteArray order() const;

    /// A random private key in [1, n-1], left-padded to the order's byte length.
    QByteArray generatePrivateKey() const;
    /// privateKey · G (the current generator), encoded.
    Result<QByteArray> publicKey(const QByteArray& privateKey) const;
    /// scalar · point, encoded.
    Result<QByteArray> multiply(const QByteArray& scalar, const QByteArray& point) const;
    /// a + b, encoded.
    Result<QByteArray> add(const QByteArray& a, const QByteArray& b) const;
    /// Replaces the generator (same order and cofactor), for the PACE generic mapping.
    Status setGenerator(const QByteArray& point);
    /// The X coordinate of an encoded point (left-padded); empty when malformed.
    QByteArray xCoordinate(const QByteArray& point) const;
    /// Whether `point` decodes to a point on the curve other than infinity.
    bool isValidPoint(const QByteArray& point) const;
    /// Big-endian bytes of a BIGNUM left-padded to `size` bytes (the cause of many PACE failures).
    static QByteArray paddedBytes(const BIGNUM* number, int size);

private:
    EcCurve(EcGroupPtr group);
    EcPointPtr decode(const QByteArray& point) const;
    QByteArray encode(const EC_POINT* point) const;

    EcGroupPtr m_group;
    int m_fieldSize = 0;
};

} // namespace motcua::card
