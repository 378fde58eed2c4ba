#include "SimulatedCard.h"

#include "crypto/BacAuthentication.h"
#include "crypto/ChipAuthenticationAgreement.h"
#include "crypto/KeyDerivation.h"
#include "lds/LdsFiles.h"
#include "security/ActiveAuthenticator.h"
#include "tlv/Asn1.h"
#include "tlv/BerTlv.h"
#include "tlv/DerWriter.h"

#include <QRandomGenerator>

namespace motcua::card {

namespace {

constexpr quint16 kDg3 = 0x0103;
constexpr int kCccdParameterId = 13;

ResponseApdu sw(quint16 status)
{
    return {QByteArray(), status};
}

QByteArray randomBytes(int n)
{
    QByteArray out(n, '\0');
    for (char& c : out)
        c = char(QRandomGenerator::system()->bounded(256));
    return out;
}

// The wire form was extended when Lc or Le uses three bytes: 5th byte 00 followed by more bytes.
bool isExtendedEncoding(const QByteArray& raw)
{
    return raw.size() >= 7 && raw[4] == 0;
}

} // namespace

SimulatedCard::SimulatedCard(CardProfile profile, CardImage image)
    : m_profile(std::move(profile)), m_image(std::move(image))
{}

QByteArray SimulatedCard::atr()
{
    // ISO 14443-4 card as PC/SC part 3 shows it: 3B 88 80 01, 8 historical bytes, TCK.
    QByteArray atr = QByteArray::fromHex("3B888001E1F35E11778183");
    atr += QByteArray::fromHex("00");
    char tck = 0;
    for (int i = 1; i < atr.size(); ++i)
        tck = char(tck ^ atr[i]);
    return atr + tck;
}

void SimulatedCard::reset()
{
    m_pendingData.clear();
    m_applicationSelected = false;
    m_currentFile = 0;
    dropSession();
}

void SimulatedCard::dropSession()
{
    m_session.reset();
    m_pace.reset();
    m_paceStep = 0;
    m_rndIc.clear();
    m_chipAuthenticationSelected = false;
    m_nextSession.reset();
}

int SimulatedCard::protectedSize(int plainLength) const
{
    const int block = m_session ? BlockCipher::blockSize(m_session->cipher()) : 8;
    int size = 4 + 10; // DO99 + DO8E
    if (plainLength > 0) {
        const int value = 1 + (plainLength / block + 1) * block;
        size += 1 + (value < 128 ? 1 : value < 256 ? 2 : 3) + value;
    }
    return size;
}

QByteArray SimulatedCard::process(const QByteArray& raw)
{
    ++m_apdus;
    if (raw.size() == 5 && quint8(raw[1]) == 0xC0)
        return getResponse(raw);
    m_pendingData.clear();
    return chunked(processCommand(raw));
}

QByteArray SimulatedCard::chunked(const QByteArray& response)
{
    const int chunk = m_profile.faults.getResponseChunk;
    if (chunk <= 0 || response.size() - 2 <= chunk)
        return response;
    m_pendingStatus = response.right(2);
    m_pendingData = response.mid(chunk, response.size() - 2 - chunk);
    const int more = int(qMin<qsizetype>(m_pendingData.size(), 256));
    return response.left(chunk) + char(0x61) + char(more & 0xFF);
}

QByteArray SimulatedCard::getResponse(const QByteArray& raw)
{
    if (m_pendingData.isEmpty())
        return QByteArray::fromHex("6985");
    const int le = quint8(raw[4]) == 0 ? 256 : quint8(raw[4]);
    const QByteArray out = m_pendingData.left(le);
    m_pendingData.remove(0, out.size());
    if (m_pendingData.isEmpty())
        return out + m_pendingStatus;
    const int more = int(qMin<qsizetype>(m_pendingData.size(), 256));
    return out + char(0x61) + char(more & 0xFF);
}

QByteArray SimulatedCard::processCommand(const QByteArray& raw)
{
    auto parsed = CommandApdu::parse(raw);
    if (!parsed)
        return sw(0x6700).encode();
    const bool extended = isExtendedEncoding(raw);
    if (extended && !m_profile.extendedLength) {
        dropSession(); // the card cannot parse it; its secure messaging session is lost
        return sw(0x6700).encode();
    }
    if ((parsed->cla & 0x0C) != 0x0C) {
        if (m_session)
            dropSession(); // a plain command ends secure messaging, as on real chips
        return handle(*parsed, false).encode();
    }
    if (!m_session)
        return sw(0x6988).encode();
    auto plain = m_session->unprotectCommand(*parsed);
    if (!plain) {
        dropSession();
        return sw(0x6988).encode();
    }
    ResponseApdu response = handle(*plain, true);
    if (!extended && protectedSize(int(response.data.size())) > 256)
        response = sw(0x6700); // the answer would not fit a short response
    auto protectedResponse = m_session ? m_session->protectResponse(response) : Result<ResponseApdu>(response);
    if (!protectedResponse)
        return sw(0x6F00).encode();
    if (m_nextSession) { // chip authentication: the answer went out under the old keys, the rest uses the new ones
        m_session = std::move(m_nextSession);
        m_nextSession.reset();
    }
    return protectedResponse->encode();
}

ResponseApdu SimulatedCard::handle(const CommandApdu& c, bool secured)
{
    switch (c.ins) {
    case 0xA4:
        return select(c);
    case 0xB0:
    case 0xB1:
        return readBinary(c, secured);
    case 0x84:
        return getChallenge(c);
    case 0x82:
        return externalAuthenticate(c);
    case 0x22:
        return manageSecurityEnvironment(c);
    case 0x86:
        return m_chipAuthenticationSelected ? chipAuthenticate(c, secured) : generalAuthenticate(c);
    case 0x88:
        return internalAuthenticate(c, secured);
    default:
        return sw(0x6D00);
    }
}

ResponseApdu SimulatedCard::select(const CommandApdu& c)
{
    if (c.p1 == 0x04) {
        if (c.data != QByteArray::fromHex(LdsFiles::ApplicationIdHex))
            return sw(0x6A82);
        m_applicationSelected = true;
        m_currentFile = 0;
        return sw(0x9000);
    }
    if (c.data.size() != 2)
        return sw(0x6A87);
    const quint16 fid = quint16((quint8(c.data[0]) << 8) | quint8(c.data[1]));
    if (fid == 0x3F00)
        return sw(0x6D00); // the CCCD quirk: no MF select
    if (fid == LdsFiles::CardAccess) {
        if (m_image.cardAccess.isEmpty())
            return sw(0x6A82);
        m_currentFile = fid;
        return sw(0x9000);
    }
    if (!m_applicationSelected || !(m_image.files.contains(fid) || fid == kDg3))
        return sw(0x6A82);
    m_currentFile = fid;
    return sw(0x9000);
}

const QByteArray* SimulatedCard::currentContent() const
{
    if (m_currentFile == LdsFiles::CardAccess)
        return m_image.cardAccess.isEmpty() ? nullptr : &m_image.cardAccess;
    const auto it = m_image.files.constFind(m_currentFile);
    return it == m_image.files.cend() ? nullptr : &it.value();
}

ResponseApdu SimulatedCard::readBinary(const CommandApdu& c, bool secured)
{
    qint64 offset = 0;
    if (c.ins == 0xB0) {
        if (c.p1 & 0x80) { // short EF identifier: select and read in one command
            const quint16 fid = quint16(0x0100 | (c.p1 & 0x1F));
            if (fid != LdsFiles::CardAccess &&
                (!m_applicationSelected || !(m_image.files.contains(fid) || fid == kDg3)))
                return sw(0x6A82);
            if (fid == LdsFiles::CardAccess && m_image.cardAccess.isEmpty())
                return sw(0x6A82);
            m_currentFile = fid;
            offset = c.p2;
        } else {
            offset = (c.p1 << 8) | c.p2;
        }
    } else {
        auto tlv = BerTlvReader::parseSingle(c.data);
        if (!tlv || tlv->tag != 0x54 || tlv->value.isEmpty() || tlv->value.size() > 3)
            return sw(0x6A80);
        for (char b : tlv->value)
            offset = (offset << 8) | quint8(b);
    }
    if (m_currentFile == kDg3)
        return sw(0x6982); // protected by EAC
    const QByteArray* content = currentContent();
    if (!content)
        return sw(0x6986);
    if (m_currentFile != LdsFiles::CardAccess && !secured)
        return sw(0x6982);
    if (offset > content->size())
        return sw(0x6B00);

    const int le = c.le < 0 ? 256 : c.le;
    const bool asMuchAsPossible = le == 256 || le == 65536;
    if (!asMuchAsPossible && le > m_profile.maxLe)
        return sw(m_profile.maxLe < 256 ? quint16(0x6C00 | m_profile.maxLe) : 0x6700);
    int count = int(qMin<qint64>(qMin(le, m_profile.maxLe), content->size() - offset));
    QByteArray data = content->mid(offset, count);
    if (c.ins == 0xB1)
        data = DerWriter::tlv(0x53, data); // odd INS answers with a DO53
    return {data, 0x9000};
}

ResponseApdu SimulatedCard::getChallenge(const CommandApdu& c)
{
    if (c.le != 8)
        return sw(0x6700);
    m_rndIc = randomBytes(8);
    return {m_rndIc, 0x9000};
}

ResponseApdu SimulatedCard::externalAuthenticate(const CommandApdu& c)
{
    if (!m_profile.offerBac)
        return sw(0x6982);
    if (m_rndIc.size() != 8)
        return sw(0x6985);
    const auto keys = BacAuthentication::keysFromMrz(KeyDerivation::mrzInformation(
        m_profile.documentNumber(), m_profile.mrzDateOfBirth(), m_profile.mrzDateOfExpiry()));
    auto answer = BacAuthentication::cardRespond(keys, m_rndIc, randomBytes(16), c.data);
    m_rndIc.clear();
    if (!answer)
        return sw(0x6300);
    m_session = answer->session;
    return {answer->responseData, 0x9000};
}

ResponseApdu SimulatedCard::manageSecurityEnvironment(const CommandApdu& c)
{
    if (c.p1 == 0x41 && c.p2 == 0xA4) { // chip authentication
        auto objects = BerTlvReader::parseAll(c.data);
        if (m_image.chipAuthPrivateKey.isEmpty() || !objects || objects->isEmpty() || objects->first().tag != 0x80)
            return sw(0x6A80);
        auto oid = Asn1::decodeOid(objects->first().value);
        if (!oid || !ChipAuthenticationAgreement::Algorithm::fromOid(*oid))
            return sw(0x6A80);
        m_chipAuthenticationSelected = true;
        return sw(0x9000);
    }
    if (c.p1 != 0xC1 || c.p2 != 0xA4)
        return sw(0x9000); // other environments (terminal authentication) are accepted and ignored
    if (!m_profile.offerPace || m_profile.faults.refusePace)
        return sw(0x6982);
    auto objects = BerTlvReader::parseAll(c.data);
    if (!objects)
        return sw(0x6A80);
    QString oid;
    int password = 0;
    int parameterId = -1;
    for (const Tlv& t : *objects) {
        if (t.tag == 0x80)
            oid = Asn1::decodeOid(t.value).isOk() ? *Asn1::decodeOid(t.value) : QString();
        else if (t.tag == 0x83 && t.value.size() == 1)
            password = quint8(t.value[0]);
        else if (t.tag == 0x84 && t.value.size() == 1)
            parameterId = quint8(t.value[0]);
    }
    if (parameterId < 0)
        return sw(0x6A87); // CCCD: the parameter ID must be named
    const auto algorithm = PaceAlgorithm::fromOid(oid);
    if (parameterId != kCccdParameterId || !algorithm ||
        oid != PaceAlgorithm::ecdhGenericMappingOid(CipherKind::Aes, 128))
        return sw(0x6A80);
    QByteArray key;
    if (password == 0x01)
        key = KeyDerivation::paceKeyFromMrz(KeyDerivation::mrzInformation(m_profile.documentNumber(),
                                                                          m_profile.mrzDateOfBirth(),
                                                                          m_profile.mrzDateOfExpiry()),
                                            algorithm->cipher, algorithm->keyBits);
    else if (password == 0x02)
        key = KeyDerivation::paceKeyFromCan(m_profile.can, algorithm->cipher, algorithm->keyBits);
    else
        return sw(0x6A80);
    auto pace = PaceProtocol::create(PaceProtocol::Role::Chip, *algorithm, parameterId, key);
    if (!pace)
        return sw(0x6F00);
    m_session.reset();
    m_pace.emplace(std::move(*pace));
    m_paceStep = 1;
    return sw(0x9000);
}

ResponseApdu SimulatedCard::generalAuthenticate(const CommandApdu& c)
{
    if (!m_pace)
        return sw(0x6985);
    const int step = m_paceStep++;
    auto fail = [this](quint16 status) {
        m_pace.reset();
        m_paceStep = 0;
        return sw(status);
    };
    switch (step) {
    case 1: {
        auto z = m_pace->encryptNonce();
        return z ? ResponseApdu{PaceProtocol::dynamicAuthenticationData(0x80, *z), 0x9000} : fail(0x6F00);
    }
    case 2: {
        auto peer = PaceProtocol::parseDynamicAuthenticationData(c.data, 0x81);
        auto ours = m_pace->mappingPublicKey();
        if (!peer || !ours || !m_pace->mapGenerator(*peer).isOk())
            return fail(0x6A80);
        return {PaceProtocol::dynamicAuthenticationData(0x82, *ours), 0x9000};
    }
    case 3: {
        auto peer = PaceProtocol::parseDynamicAuthenticationData(c.data, 0x83);
        auto ours = m_pace->ephemeralPublicKey();
        if (!peer || !ours || !m_pace->agreeKeys(*peer).isOk())
            return fail(0x6A80);
        return {PaceProtocol::dynamicAuthenticationData(0x84, *ours), 0x9000};
    }
    case 4: {
        auto token = PaceProtocol::parseDynamicAuthenticationData(c.data, 0x85);
        if (!token || !m_pace->verifyPeerToken(*token).isOk())
            return fail(0x6300); // wrong CAN or MRZ key
        const ResponseApdu answer{PaceProtocol::dynamicAuthenticationData(0x86, m_pace->authenticationToken()), 0x9000};
        m_session = m_pace->secureMessaging();
        m_pace.reset();
        m_paceStep = 0;
        return answer;
    }
    default:
        return fail(0x6985);
    }
}

ResponseApdu SimulatedCard::chipAuthenticate(const CommandApdu& c, bool secured)
{
    m_chipAuthenticationSelected = false;
    if (!secured)
        return sw(0x6982);
    auto outer = BerTlvReader::parseSingle(c.data);
    if (!outer || outer->tag != 0x7C)
        return sw(0x6A80);
    auto point = outer->child(0x80);
    if (!point)
        return sw(0x6A80);
    // The chip runs the protocol its DG14 announces, whichever CA-ECDH OID MSE:Set AT named.
    auto session =
        ChipAuthenticationAgreement::chipSession(m_image.chipAuthProtocol, m_image.chipAuthPrivateKey, point->value);
    if (!session)
        return sw(session.status().code() == Status::Code::InputRejected ||
                          session.status().code() == Status::Code::SecurityCheckFailed
                      ? 0x6A80
                      : 0x6F00);
    m_nextSession = std::move(*session);
    return {QByteArray::fromHex("7C00"), 0x9000};
}

ResponseApdu SimulatedCard::internalAuthenticate(const CommandApdu& c, bool secured)
{
    if (m_image.activeAuthKeyDer.isEmpty())
        return sw(0x6D00);
    if (!secured)
        return sw(0x6982);
    if (c.data.size() != 8)
        return sw(0x6700);
    auto signature = ActiveAuthenticator::sign(m_image.activeAuthKeyDer, c.data, m_image.activeAuthDigest);
    return signature ? ResponseApdu{*signature, 0x9000} : sw(0x6F00);
}

} // namespace motcua::card
