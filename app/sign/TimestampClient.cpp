#include "TimestampClient.h"

#include "OpenSslPtr.h"
#include "SignTr.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <openssl/rand.h>

namespace motcua::sign {

namespace {

QByteArray asn1IntegerBytes(const ASN1_INTEGER* i)
{
    return i ? QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(i)), ASN1_STRING_length(i))
             : QByteArray();
}

} // namespace

Result<QByteArray> TimestampClient::timestamp(const QByteArray& data) const
{
    const QByteArray digest = sha256(data);
    TsReqPtr req(TS_REQ_new());
    TsMsgImprintPtr imprint(TS_MSG_IMPRINT_new());
    X509AlgorPtr alg(X509_ALGOR_new());
    X509_ALGOR_set0(alg.get(), OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr);
    TS_MSG_IMPRINT_set_algo(imprint.get(), alg.get());
    TS_MSG_IMPRINT_set_msg(imprint.get(), reinterpret_cast<unsigned char*>(const_cast<char*>(digest.constData())),
                           static_cast<int>(digest.size()));
    TS_REQ_set_version(req.get(), 1);
    TS_REQ_set_msg_imprint(req.get(), imprint.get());
    TS_REQ_set_cert_req(req.get(), 1);
    // A random nonce ties the reply to this request (no replayed tokens).
    unsigned char nonceBytes[8];
    RAND_bytes(nonceBytes, sizeof nonceBytes);
    nonceBytes[0] &= 0x7f;
    BIGNUM* bn = BN_bin2bn(nonceBytes, sizeof nonceBytes, nullptr);
    Asn1IntegerPtr nonce(BN_to_ASN1_INTEGER(bn, nullptr));
    BN_free(bn);
    TS_REQ_set_nonce(req.get(), nonce.get());
    const QByteArray body = toDer(req.get(), i2d_TS_REQ);

    QNetworkAccessManager nam;
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/timestamp-query"));
    request.setTransferTimeout(m_timeoutMs);
    std::unique_ptr<QNetworkReply> reply(nam.post(request, body));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (reply->error() != QNetworkReply::NoError)
        return Status(Status::Code::Failed,
                      Tr::tr("The time-stamp server did not answer. Check the network or the time-stamp address."),
                      reply->errorString());
    return tokenFromResponse(reply->readAll(), digest, asn1IntegerBytes(nonce.get()));
}

Result<QByteArray> TimestampClient::tokenFromResponse(const QByteArray& response, const QByteArray& digest,
                                                      const QByteArray& nonce)
{
    const auto* p = reinterpret_cast<const unsigned char*>(response.constData());
    TsRespPtr resp(d2i_TS_RESP(nullptr, &p, response.size()));
    if (!resp)
        return Status(Status::Code::Failed, Tr::tr("The time-stamp server sent an unreadable answer."));
    const long status = ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(TS_RESP_get_status_info(resp.get())));
    if (status != 0 && status != 1) // granted, grantedWithMods
        return Status(Status::Code::Failed, Tr::tr("The time-stamp server refused the request."),
                      QStringLiteral("PKIStatus %1").arg(status));
    TS_TST_INFO* info = TS_RESP_get_tst_info(resp.get());
    PKCS7* token = TS_RESP_get_token(resp.get());
    if (!info || !token)
        return Status(Status::Code::Failed, Tr::tr("The time-stamp server sent no token."));
    ASN1_OCTET_STRING* got = TS_MSG_IMPRINT_get_msg(TS_TST_INFO_get_msg_imprint(info));
    const QByteArray gotDigest(reinterpret_cast<const char*>(ASN1_STRING_get0_data(got)), ASN1_STRING_length(got));
    if (gotDigest != digest || (!nonce.isEmpty() && asn1IntegerBytes(TS_TST_INFO_get_nonce(info)) != nonce))
        return Status(Status::Code::SecurityCheckFailed,
                      Tr::tr("The time-stamp does not belong to this signature; it was not used."));
    return toDer(token, i2d_PKCS7);
}

} // namespace motcua::sign
