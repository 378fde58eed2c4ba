// motcua-cli card: list PC/SC readers, read a chip ID card (CCCD), attach the card simulator to vpcd.
#include "CliSupport.h"
#include "Commands.h"

#include "pcsc/PcscContext.h"
#include "pcsc/ReaderMonitor.h"
#include "reader/PcscReadJob.h"
#include "security/TrustStore.h"
#include "simulator/CardSimulator.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <atomic>
#include <csignal>
#include <unistd.h>

namespace motcua::cli {

namespace {

using namespace motcua::card;

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::cli", text);
}

Status rejected(const QString& message)
{
    return {Status::Code::InputRejected, message};
}

int usage(const QString& message)
{
    err(message);
    return 2;
}

int runReaders(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(jsonOption());
    int code = 0;
    if (!parse(p, QStringLiteral("card readers"), args, &code))
        return code;
    auto readers = ReaderMonitor::snapshot();
    if (!readers)
        return fail(readers.status());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const ReaderState& r : *readers)
            list.append(QJsonObject{{QStringLiteral("name"), r.name}, {QStringLiteral("cardPresent"), r.cardPresent}});
        printJson(list);
    } else {
        if (readers->isEmpty())
            err(tr("No card reader is connected."));
        for (const ReaderState& r : *readers)
            out(QStringLiteral("%1\t%2\n").arg(r.name, r.cardPresent ? tr("card present") : tr("empty")));
    }
    return 0;
}

/// YYYY-MM-DD → YYMMDD; "none" (a card without expiry) → 991231.
QString mrzDate(const QString& iso, bool allowNone)
{
    if (allowNone && iso.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("991231");
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("yyMMdd")) : QString();
}

Result<AccessKey> accessKey(const QCommandLineParser& p, int* usageError)
{
    const bool can = p.isSet(QStringLiteral("can"));
    const bool id = p.isSet(QStringLiteral("id"));
    const bool mrz = p.isSet(QStringLiteral("mrz-key"));
    AccessKey key;
    if (!can && !id && !mrz) {
        *usageError = 2;
        return Status(Status::Code::Usage, tr("Give the card's CAN (--can), or --id with --dob and --expiry, or "
                                              "--mrz-key DOCNO,YYMMDD,YYMMDD."));
    }
    if (id && mrz) {
        *usageError = 2;
        return Status(Status::Code::Usage, tr("--id and --mrz-key cannot be combined."));
    }
    static const QRegularExpression sixDigits(QStringLiteral("^\\d{6}$"));
    static const QRegularExpression twelveDigits(QStringLiteral("^\\d{12}$"));
    static const QRegularExpression yymmdd(QStringLiteral("^\\d{6}$"));
    if (can) {
        key.can = p.value(QStringLiteral("can"));
        if (!sixDigits.match(key.can).hasMatch())
            return rejected(tr("--can: the CAN is six digits."));
    }
    if (id) {
        const QString number = p.value(QStringLiteral("id"));
        if (!twelveDigits.match(number).hasMatch())
            return rejected(tr("--id: the ID number is twelve digits."));
        const bool dob = p.isSet(QStringLiteral("dob"));
        const bool expiry = p.isSet(QStringLiteral("expiry"));
        if (dob != expiry) {
            *usageError = 2;
            return Status(Status::Code::Usage, tr("--dob and --expiry go together."));
        }
        if (dob) { // the MRZ key too, for BAC when the card refuses PACE
            key.documentNumber = number.right(9);
            key.dateOfBirth = mrzDate(p.value(QStringLiteral("dob")), false);
            key.dateOfExpiry = mrzDate(p.value(QStringLiteral("expiry")), true);
            if (key.dateOfBirth.isEmpty())
                return rejected(tr("--dob: expected a date as YYYY-MM-DD."));
            if (key.dateOfExpiry.isEmpty())
                return rejected(tr("--expiry: expected a date as YYYY-MM-DD (or \"none\")."));
        }
        if (!can)
            key.can = number.right(6); // the CCCD's CAN is the last six digits of the ID number
    }
    if (mrz) {
        const QStringList parts = p.value(QStringLiteral("mrz-key")).split(QLatin1Char(','));
        if (parts.size() != 3 || parts[0].isEmpty() || parts[0].size() > 20 || !yymmdd.match(parts[1]).hasMatch() ||
            !yymmdd.match(parts[2]).hasMatch())
            return rejected(tr("--mrz-key: expected DOCNO,YYMMDD,YYMMDD."));
        key.documentNumber = parts[0].toUpper();
        key.dateOfBirth = parts[1];
        key.dateOfExpiry = parts[2];
    }
    return key;
}

QString humanSummary(const CitizenIdentity& identity)
{
    const HolderData& h = identity.holder;
    QString text;
    text += tr("ID number:      %1\n").arg(h.idNumber);
    text += tr("Full name:      %1\n").arg(h.fullName);
    text += tr("Date of birth:  %1\n").arg(h.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy")));
    text += tr("Residence:      %1\n").arg(h.placeOfResidence);
    text += tr("Access:         %1\n").arg(CitizenIdentity::toString(identity.security.access));
    text += tr("Passive auth.:  %1\n").arg(CitizenIdentity::toString(identity.security.passiveAuthentication));
    text += tr("Active auth.:   %1\n").arg(CitizenIdentity::toString(identity.security.activeAuthentication));
    text += tr("APDUs: %1, %2 ms\n").arg(identity.stats.apdus).arg(identity.stats.milliseconds);
    return text;
}

int runRead(const QStringList& args)
{
    QCommandLineParser p;
    p.addOptions({
        {QStringLiteral("reader"), tr("Reader name (default: the first reader holding a card)."), tr("NAME")},
        {QStringLiteral("can"), tr("Card access number (six digits)."), tr("DIGITS")},
        {QStringLiteral("id"), tr("12-digit ID number (its last six digits are the CAN)."), tr("ID12")},
        {QStringLiteral("dob"), tr("Date of birth."), tr("YYYY-MM-DD")},
        {QStringLiteral("expiry"), tr("Date of expiry (\"none\" for a card without one)."), tr("YYYY-MM-DD")},
        {QStringLiteral("mrz-key"), tr("MRZ key: document number, birth and expiry dates."), tr("DOCNO,YYMMDD,YYMMDD")},
        {QStringLiteral("trust"), tr("CSCA certificates: PEM/DER file, folder or ICAO master list (repeatable)."),
         tr("PATH")},
        {QStringLiteral("photo"), tr("Write the portrait to this file."), tr("OUT.jpg")},
        {QStringLiteral("no-extended"), tr("Use short APDUs only.")},
        {QStringLiteral("no-active-auth"), tr("Skip active authentication.")},
        jsonOption(),
    });
    int code = 0;
    if (!parse(p, QStringLiteral("card read"), args, &code))
        return code;
    int usageError = 0;
    auto key = accessKey(p, &usageError);
    if (!key)
        return usageError ? usage(key.status().message()) : fail(key.status());

    TrustStore trust;
    for (const QString& path : p.values(QStringLiteral("trust"))) {
        if (Status s = trust.addPath(path); !s)
            return fail(Status(Status::Code::InputRejected, s.message(), s.details()));
    }
    ReadOptions options;
    options.key = *key;
    options.extendedLength = !p.isSet(QStringLiteral("no-extended"));
    options.activeAuthentication = !p.isSet(QStringLiteral("no-active-auth"));
    const bool showProgress = ::isatty(STDERR_FILENO);
    FileReader::Progress progress;
    if (showProgress)
        progress = [](const QString& file, qint64 done, qint64 total) {
            std::fprintf(stderr, "\r%s %lld/%lld  ", qPrintable(file), static_cast<long long>(done),
                         static_cast<long long>(total));
            if (done == total)
                std::fputc('\n', stderr);
        };

    PcscContext context;
    auto identity = PcscReadJob::run(context, trust, p.value(QStringLiteral("reader")), options, progress);
    if (!identity)
        return fail(identity.status()); // nothing on stdout: a broken-off read prints no partial data

    if (p.isSet(QStringLiteral("photo"))) {
        QFile photo(p.value(QStringLiteral("photo")));
        if (identity->portrait.isEmpty() || !photo.open(QIODevice::WriteOnly) ||
            photo.write(identity->portrait.data) != identity->portrait.data.size())
            err(tr("The portrait could not be written to %1.").arg(photo.fileName()));
    }
    if (p.isSet(QStringLiteral("json")))
        printJson(identity->toJson());
    else
        out(humanSummary(*identity));

    const SecurityVerdicts& v = identity->security;
    if (v.passiveAuthentication == PassiveAuthenticationStatus::Invalid ||
        v.activeAuthentication == ChipCheckVerdict::Invalid || v.chipAuthentication == ChipCheckVerdict::Invalid) {
        err(tr("Security check failed: this card's data or chip did not verify. Do not accept it."));
        return int(Status::Code::SecurityCheckFailed);
    }
    if (v.passiveAuthentication == PassiveAuthenticationStatus::UntrustedSigner)
        err(tr("Warning: the document signer is not in the trust store (add the CSCA with --trust)."));
    return 0;
}

std::atomic<bool> g_stopSimulator{false};

void stopSimulator(int)
{
    g_stopSimulator = true;
}

int runSimulate(const QStringList& args)
{
    QCommandLineParser p;
    p.addOptions({
        {QStringLiteral("profile"), tr("Card profile (JSON)."), tr("FILE")},
        {QStringLiteral("reader-port"), tr("vpcd port: 35963 = \"Virtual PCD 00 00\", 35964 = \"… 00 01\"."), tr("N"),
         QString::number(CardSimulator::DefaultPort)},
        {QStringLiteral("pki"), tr("Folder holding the profile's keys and certificates (default: $MOTCUA_CARD_PKI)."),
         tr("DIR")},
    });
    int code = 0;
    if (!parse(p, QStringLiteral("card simulate"), args, &code))
        return code;
    if (!p.isSet(QStringLiteral("profile")))
        return usage(tr("--profile FILE is required."));
    bool portOk = false;
    const int port = p.value(QStringLiteral("reader-port")).toInt(&portOk);
    if (!portOk || port <= 0 || port > 65535)
        return fail(rejected(tr("--reader-port: expected a TCP port number.")));
    const QString pki =
        p.isSet(QStringLiteral("pki")) ? p.value(QStringLiteral("pki")) : qEnvironmentVariable("MOTCUA_CARD_PKI");
    auto simulator = CardSimulator::create(p.value(QStringLiteral("profile")), pki);
    if (!simulator)
        return fail(simulator.status());
    std::signal(SIGINT, stopSimulator);
    std::signal(SIGTERM, stopSimulator);
    err(tr("Simulated card \"%1\" attaching to vpcd on port %2; stop with Ctrl+C.")
            .arg((*simulator)->profile().name)
            .arg(port));
    (*simulator)->run(g_stopSimulator, quint16(port));
    return 0;
}

} // namespace

int runCard(const QStringList& args)
{
    const QString command = args.value(0);
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("readers"))
        return runReaders(rest);
    if (command == QLatin1String("read"))
        return runRead(rest);
    if (command == QLatin1String("simulate"))
        return runSimulate(rest);
    err(tr("Usage: motcua-cli card readers [--json]\n"
           "       motcua-cli card read [--reader NAME] (--can DIGITS | --id ID12 --dob YYYY-MM-DD --expiry YYYY-MM-DD"
           " | --mrz-key DOCNO,YYMMDD,YYMMDD) [--trust PATH]... [--photo OUT.jpg] [--json]\n"
           "       motcua-cli card simulate --profile FILE [--reader-port N] [--pki DIR]"));
    return 2;
}

} // namespace motcua::cli
