#include "PdfVerifier.h"

#include "CmsVerifier.h"
#include "DocumentEditor.h"
#include "SignTr.h"

#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>

namespace motcua::sign {

namespace {

/// The signature dictionary text around a /ByteRange: from its "obj" to its "endobj".
QByteArray dictionaryAround(const QByteArray& pdf, qsizetype at)
{
    const qsizetype begin = pdf.lastIndexOf(" obj", at);
    qsizetype end = pdf.indexOf("endobj", at);
    if (end < 0)
        end = pdf.size();
    return pdf.mid(begin < 0 ? 0 : begin, end - (begin < 0 ? 0 : begin));
}

/// The value of a PDF string (literal or hex) following `key` in `dict`, decoded to text.
QString stringValue(const QByteArray& dict, const QByteArray& key)
{
    const QRegularExpression re(QRegularExpression::escape(QString::fromLatin1(key)) + QStringLiteral("\\s*([(<])"));
    const auto m = re.match(QString::fromLatin1(dict));
    if (!m.hasMatch())
        return {};
    qsizetype i = m.capturedStart(1);
    QByteArray raw;
    if (dict[i] == '<') {
        const qsizetype end = dict.indexOf('>', i);
        raw = QByteArray::fromHex(dict.mid(i + 1, end - i - 1));
    } else {
        int depth = 0;
        for (++i; i < dict.size(); ++i) {
            char c = dict[i];
            if (c == '\\' && i + 1 < dict.size()) {
                const char e = dict[++i];
                static const QByteArray from = "nrtbf()\\", to = "\n\r\t\b\f()\\";
                if (from.contains(e))
                    raw += to[from.indexOf(e)];
                else if (e >= '0' && e <= '7') {
                    int v = 0, n = 0;
                    for (; n < 3 && i < dict.size() && dict[i] >= '0' && dict[i] <= '7'; ++n, ++i)
                        v = v * 8 + (dict[i] - '0');
                    --i;
                    raw += char(v);
                }
                continue;
            }
            if (c == '(')
                ++depth;
            if (c == ')' && depth-- == 0)
                break;
            raw += c;
        }
    }
    if (raw.startsWith("\xfe\xff")) {
        QString s;
        for (qsizetype k = 2; k + 1 < raw.size(); k += 2)
            s += QChar((quint8(raw[k]) << 8) | quint8(raw[k + 1]));
        return s;
    }
    return QString::fromLatin1(raw);
}

struct Candidate
{
    qint64 range[4] = {};
    QByteArray dict;
};

QList<Candidate> findSignatures(const QByteArray& pdf)
{
    QList<Candidate> found;
    static const QRegularExpression re(
        QStringLiteral("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*\\]"));
    const QString latin = QString::fromLatin1(pdf);
    for (auto it = re.globalMatch(latin); it.hasNext();) {
        const auto m = it.next();
        Candidate c;
        for (int i = 0; i < 4; ++i)
            c.range[i] = m.captured(i + 1).toLongLong();
        if (std::any_of(found.cbegin(), found.cend(),
                        [&](const Candidate& o) { return std::equal(o.range, o.range + 4, c.range); }))
            continue;
        c.dict = dictionaryAround(pdf, m.capturedStart());
        found << c;
    }
    return found;
}

} // namespace

QDateTime parsePdfDate(const QByteArray& s)
{
    static const QRegularExpression re(
        QStringLiteral("^D?:?(\\d{4})(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?([Zz+-])?(\\d{2})?'?(\\d{2})?"));
    const auto m = re.match(QString::fromLatin1(s));
    if (!m.hasMatch())
        return {};
    const auto part = [&](int i, int def) { return m.captured(i).isEmpty() ? def : m.captured(i).toInt(); };
    const QDate date(part(1, 1), part(2, 1), part(3, 1));
    const QTime time(part(4, 0), part(5, 0), part(6, 0));
    int offset = (part(8, 0) * 60 + part(9, 0)) * 60;
    if (m.captured(7) == QStringLiteral("-"))
        offset = -offset;
    return QDateTime(date, time, QTimeZone(offset));
}

Result<QList<SignatureReport>> PdfVerifier::verifyFile(const QString& path) const
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Status(Status::Code::InputRejected, Tr::tr("Cannot open %1.").arg(path), f.errorString());
    return verify(f.readAll());
}

Result<QList<SignatureReport>> PdfVerifier::verify(const QByteArray& pdf) const
{
    if (pdf.isEmpty())
        return Status(Status::Code::InputRejected, Tr::tr("The file is empty; it is not a PDF document."));
    if (!pdf.left(1024).contains("%PDF-"))
        return Status(Status::Code::InputRejected, Tr::tr("The file is not a PDF document."));
    DocumentEditor editor;
    const Status parsed = editor.open(pdf);
    const QList<Candidate> candidates = findSignatures(pdf);
    if (!parsed && candidates.isEmpty())
        return parsed;
    // Trailing whitespace after the last %%EOF is not a change to the document.
    qsizetype end = pdf.size();
    while (end > 0 && QByteArray(" \r\n\t\0", 5).contains(pdf[end - 1]))
        --end;

    const CmsVerifier cmsVerifier(m_anchors);
    QList<SignatureReport> reports;
    for (const Candidate& c : candidates) {
        SignatureReport r;
        const auto sf =
            QRegularExpression(QStringLiteral("/SubFilter\\s*/([A-Za-z0-9.#_-]+)")).match(QString::fromLatin1(c.dict));
        r.subFilter = sf.captured(1);
        r.signingTime = parsePdfDate(stringValue(c.dict, "/M").toLatin1());
        r.reason = stringValue(c.dict, "/Reason");
        r.location = stringValue(c.dict, "/Location");
        const qint64 a = c.range[0], b = c.range[1], s = c.range[2], l = c.range[3];
        r.signedRevisionEnd = s + l;
        r.coversWholeDocument = s + l >= end && s + l <= pdf.size();
        const bool shapeOk = a == 0 && b > 0 && s > b && s + l <= pdf.size() && pdf[b] == '<' && pdf[s - 1] == '>';
        if (!shapeOk) {
            r.problem = Tr::tr("The signature's byte range is damaged.");
            reports << r;
            continue;
        }
        const QByteArray cms = QByteArray::fromHex(pdf.mid(b + 1, s - b - 2));
        QByteArray content = pdf.left(b);
        content.append(pdf.constData() + s, l);
        const CmsCheck check = cmsVerifier.verify(cms, content, r.signingTime);
        r.signer = check.signer;
        r.signerSubject = check.signerSubject;
        r.timestamp = check.timestamp;
        r.problem = check.problem;
        r.status = !check.intact   ? SignatureStatus::Invalid
                   : check.trusted ? SignatureStatus::Valid
                                   : SignatureStatus::Untrusted;
        if (r.subFilter == QStringLiteral("ETSI.CAdES.detached") && check.hasSigningCertificateV2 &&
            !check.hasSigningTimeAttribute)
            r.level = r.timestamp ? (editor.hasDss() && parsed ? QStringLiteral("B-LT") : QStringLiteral("B-T"))
                                  : QStringLiteral("B-B");
        reports << r;
    }
    std::sort(reports.begin(), reports.end(), [](const SignatureReport& x, const SignatureReport& y) {
        return x.signedRevisionEnd < y.signedRevisionEnd;
    });
    return reports;
}

} // namespace motcua::sign
