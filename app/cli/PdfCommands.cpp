// motcua-cli pdf: sign a PDF as PAdES (PKCS#12 file or PKCS#11 token) and verify the signatures of a PDF.
#include "CliSupport.h"
#include "Commands.h"

#include "CmsVerifier.h"
#include "PdfSigner.h"
#include "PdfVerifier.h"
#include "Pkcs11Key.h"
#include "Pkcs12Key.h"
#include "TimestampClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace motcua::cli {

namespace {

using namespace motcua::sign;

int usage(const QString& message)
{
    err(message);
    return 2;
}

QCommandLineOption valueOption(const char* name, const QString& description, const char* value)
{
    return QCommandLineOption(QString::fromLatin1(name), description, QString::fromLatin1(value));
}

/// --visible PAGE,X,Y,W,H in points from the page's bottom-left corner.
std::optional<VisibleSignature> parseVisible(const QString& text, bool* ok)
{
    const QStringList parts = text.split(QLatin1Char(','));
    *ok = parts.size() == 5;
    VisibleSignature v;
    double n[5] = {};
    for (int i = 0; *ok && i < 5; ++i)
        n[i] = parts[i].trimmed().toDouble(ok);
    if (!*ok || n[0] < 1 || n[3] <= 0 || n[4] <= 0) {
        *ok = false;
        return std::nullopt;
    }
    v.page = static_cast<int>(n[0]);
    v.rect = QRectF(n[1], n[2], n[3], n[4]);
    return v;
}

Result<std::unique_ptr<SigningKey>> openKey(const QCommandLineParser& p)
{
    if (p.isSet(QStringLiteral("p12"))) {
        const QString password = readStdinLine();
        auto key = Pkcs12Key::open(p.value(QStringLiteral("p12")), password.isNull() ? QString() : password);
        if (!key)
            return key.status();
        return std::unique_ptr<SigningKey>(std::move(*key));
    }
    auto module = Pkcs11Module::load(p.value(QStringLiteral("pkcs11-module")));
    if (!module)
        return module.status();
    const QString pin = readStdinLine();
    if (pin.isEmpty())
        return Status(Status::Code::Usage, Tr::tr("Give the token PIN on stdin (--pin-stdin)."));
    auto key = Pkcs11Key::open(*module, p.value(QStringLiteral("token")), p.value(QStringLiteral("key")), pin);
    if (!key)
        return key.status();
    return std::unique_ptr<SigningKey>(std::move(*key));
}

int runSign(const QStringList& args)
{
    QCommandLineParser p;
    p.addOptions({valueOption("in", Tr::tr("PDF to sign."), "IN.pdf"),
                  valueOption("out", Tr::tr("Signed PDF to write."), "OUT.pdf"),
                  valueOption("p12", Tr::tr("PKCS#12 key file."), "FILE"),
                  {QStringLiteral("password-stdin"), Tr::tr("Read the key file's password from stdin.")},
                  valueOption("pkcs11-module", Tr::tr("PKCS#11 token driver library."), "LIB"),
                  valueOption("token", Tr::tr("Token label."), "LABEL"),
                  valueOption("key", Tr::tr("Key label on the token."), "LABEL"),
                  {QStringLiteral("pin-stdin"), Tr::tr("Read the token PIN from stdin.")},
                  valueOption("reason", Tr::tr("Reason for signing."), "TEXT"),
                  valueOption("location", Tr::tr("Place of signing."), "TEXT"),
                  valueOption("name", Tr::tr("Signer name to show."), "TEXT"),
                  valueOption("tsa", Tr::tr("RFC 3161 time-stamp authority URL (B-T)."), "URL"),
                  valueOption("visible", Tr::tr("Visible signature box."), "PAGE,X,Y,W,H"),
                  {QStringLiteral("pss"), Tr::tr("Sign with RSA-PSS instead of PKCS#1 v1.5.")}});
    int code = 0;
    if (!parse(p, QStringLiteral("pdf sign"), args, &code))
        return code;
    const bool p12 = p.isSet(QStringLiteral("p12"));
    const bool token = p.isSet(QStringLiteral("pkcs11-module"));
    if (!p.isSet(QStringLiteral("in")) || !p.isSet(QStringLiteral("out")) || p12 == token)
        return usage(Tr::tr("Usage: motcua-cli pdf sign --in IN.pdf --out OUT.pdf (--p12 FILE --password-stdin | "
                            "--pkcs11-module LIB --token LABEL [--key LABEL] --pin-stdin) [--reason TEXT] "
                            "[--location TEXT] [--name TEXT] [--tsa URL] [--visible PAGE,X,Y,W,H] [--pss]"));
    if (p12 && !p.isSet(QStringLiteral("password-stdin")))
        return usage(Tr::tr("The key file's password is read from stdin: add --password-stdin."));
    if (token && (!p.isSet(QStringLiteral("pin-stdin")) || !p.isSet(QStringLiteral("token"))))
        return usage(Tr::tr("A token needs --token LABEL and --pin-stdin."));
    SignRequest request;
    request.reason = p.value(QStringLiteral("reason"));
    request.location = p.value(QStringLiteral("location"));
    request.name = p.value(QStringLiteral("name"));
    if (p.isSet(QStringLiteral("visible"))) {
        bool ok = false;
        request.visible = parseVisible(p.value(QStringLiteral("visible")), &ok);
        if (!ok)
            return usage(Tr::tr("--visible wants PAGE,X,Y,W,H (page from 1, positive width and height)."));
    }
    Timestamper timestamper;
    if (p.isSet(QStringLiteral("tsa"))) {
        const QUrl url(p.value(QStringLiteral("tsa")));
        if (!url.isValid() || !url.scheme().startsWith(QLatin1String("http")))
            return usage(Tr::tr("--tsa wants an http or https address."));
        timestamper = [url](const QByteArray& value) { return TimestampClient(url).timestamp(value); };
    }
    auto key = openKey(p);
    if (!key)
        return fail(key.status());
    if (p.isSet(QStringLiteral("pss"))) {
        if (!(*key)->isRsa())
            return usage(Tr::tr("--pss needs an RSA key."));
        request.scheme = SignatureScheme::RsaPss;
    }
    const Status s =
        PdfSigner::signFile(p.value(QStringLiteral("in")), p.value(QStringLiteral("out")), **key, request, timestamper);
    if (!s)
        return fail(s);
    err(Tr::tr("Signed by %1: %2").arg((*key)->signerName(), p.value(QStringLiteral("out"))));
    return 0;
}

int runVerify(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(jsonOption());
    p.addOption(valueOption("trust", Tr::tr("Trusted root certificate (PEM or DER); repeat for more."), "CA.pem"));
    p.addPositionalArgument(QStringLiteral("IN.pdf"), Tr::tr("PDF to verify."));
    int code = 0;
    if (!parse(p, QStringLiteral("pdf verify"), args, &code))
        return code;
    if (p.positionalArguments().size() != 1)
        return usage(Tr::tr("Usage: motcua-cli pdf verify IN.pdf [--trust CA.pem]... [--json]"));
    std::vector<X509Ptr> anchors;
    for (const QString& path : p.values(QStringLiteral("trust"))) {
        auto certs = CmsVerifier::loadCertificates(path);
        if (certs.empty())
            return fail(Status(Status::Code::InputRejected, Tr::tr("No certificate can be read from %1.").arg(path)));
        for (auto& c : certs)
            anchors.push_back(std::move(c));
    }
    std::vector<X509*> raw;
    for (const X509Ptr& c : anchors)
        raw.push_back(c.get());
    auto reports = PdfVerifier(raw).verifyFile(p.positionalArguments().first());
    if (!reports)
        return fail(reports.status());
    bool anyInvalid = false;
    QJsonArray list;
    for (const SignatureReport& r : *reports) {
        anyInvalid |= r.status == SignatureStatus::Invalid;
        list.append(r.toJson());
    }
    if (p.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("signatures"), list}});
    } else if (reports->isEmpty()) {
        out(Tr::tr("The document has no signatures.") + QLatin1Char('\n'));
    } else {
        int n = 0;
        for (const SignatureReport& r : *reports) {
            QString text = Tr::tr("Signature %1: %2 — %3\n").arg(++n).arg(statusName(r.status), statusText(r.status));
            text += Tr::tr("  Signer: %1\n").arg(r.signer);
            text += Tr::tr("  Signing time: %1\n").arg(r.signingTime.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss t")));
            text +=
                Tr::tr("  Covers the whole document: %1\n").arg(r.coversWholeDocument ? Tr::tr("yes") : Tr::tr("no"));
            text += Tr::tr("  PAdES level: %1\n").arg(r.level);
            if (r.timestamp)
                text += Tr::tr("  Time-stamp: %1 (%2)\n")
                            .arg(r.timestamp->time.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")),
                                 statusName(r.timestamp->status));
            out(text);
            if (!r.problem.isEmpty())
                out(QStringLiteral("  ") + r.problem + QLatin1Char('\n'));
        }
    }
    return anyInvalid ? 5 : 0;
}

int runTokens(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(jsonOption());
    p.addOption(valueOption("pkcs11-module", Tr::tr("PKCS#11 token driver library."), "LIB"));
    int code = 0;
    if (!parse(p, QStringLiteral("pdf tokens"), args, &code))
        return code;
    auto module = Pkcs11Module::load(p.value(QStringLiteral("pkcs11-module")));
    if (!module)
        return fail(module.status());
    auto tokens = (*module)->tokens();
    if (!tokens)
        return fail(tokens.status());
    QJsonArray list;
    for (const TokenInfo& t : *tokens)
        list.append(QJsonObject{{QStringLiteral("label"), t.label}, {QStringLiteral("manufacturer"), t.manufacturer}});
    if (p.isSet(QStringLiteral("json")))
        printJson(list);
    else
        for (const TokenInfo& t : *tokens)
            out(t.label + QLatin1Char('\n'));
    return 0;
}

} // namespace

int runPdf(const QStringList& args)
{
    const QString command = args.value(0);
    if (command == QLatin1String("sign"))
        return runSign(args.mid(1));
    if (command == QLatin1String("verify"))
        return runVerify(args.mid(1));
    if (command == QLatin1String("tokens"))
        return runTokens(args.mid(1));
    return usage(Tr::tr("Usage: motcua-cli pdf sign --in IN.pdf --out OUT.pdf (--p12 FILE --password-stdin | "
                        "--pkcs11-module LIB --token LABEL [--key LABEL] --pin-stdin) [options]\n"
                        "       motcua-cli pdf verify IN.pdf [--trust CA.pem]... [--json]\n"
                        "       motcua-cli pdf tokens --pkcs11-module LIB [--json]"));
}

} // namespace motcua::cli
