// motcua-cli users: add, list, change password, disable/enable operator accounts.
#include "AccountService.h"
#include "CliSupport.h"
#include "Commands.h"
#include "Permissions.h"

#include <QJsonArray>
#include <QJsonObject>

namespace motcua::cli {

namespace {

QCommandLineOption userOption()
{
    return {QStringLiteral("user"), Tr::tr("The account to act on."), QStringLiteral("NAME")};
}

/// Opens the database and signs the operator in; returns false (with the exit code) on failure.
struct Operator
{
    std::unique_ptr<Workstation> ws;
    Session session;
};

Result<Operator> signIn(const QCommandLineParser& p)
{
    Result<std::unique_ptr<Workstation>> ws = openWorkstation(p);
    if (!ws)
        return ws.status();
    Result<Session> session = operatorSession(**ws, p);
    if (!session)
        return session.status();
    return Operator{std::move(*ws), *session};
}

int usersAdd(const QStringList& args)
{
    QCommandLineParser p;
    p.addOptions(
        {dbOption(),
         asOption(),
         userOption(),
         {QStringLiteral("role"), Tr::tr("admin, certifier, police, frontdesk, analyst or auditor."),
          QStringLiteral("ROLE")},
         {QStringLiteral("display-name"), Tr::tr("Full name."), QStringLiteral("NAME")},
         {QStringLiteral("password-stdin"), Tr::tr("Read the new password from stdin (after the operator's).")}});
    int code = 0;
    if (!parse(p, QStringLiteral("users add"), args, &code))
        return code;
    if (!p.isSet(QStringLiteral("user")) || !p.isSet(QStringLiteral("role")) ||
        !p.isSet(QStringLiteral("password-stdin"))) {
        err(Tr::tr("users add needs --user NAME, --role ROLE and --password-stdin."));
        return 2;
    }
    Result<Operator> op = signIn(p);
    if (!op)
        return fail(op.status());
    const QString password = readStdinLine();
    Status s =
        op->ws->accounts().addUser(op->session, p.value(QStringLiteral("user")),
                                   p.value(QStringLiteral("display-name")), p.value(QStringLiteral("role")), password);
    if (!s)
        return fail(s);
    err(Tr::tr("Added the user \"%1\".").arg(p.value(QStringLiteral("user")).toLower()));
    return 0;
}

int usersList(const QStringList& args)
{
    QCommandLineParser p;
    p.addOptions({dbOption(), asOption(), jsonOption()});
    int code = 0;
    if (!parse(p, QStringLiteral("users list"), args, &code))
        return code;
    Result<Operator> op = signIn(p);
    if (!op)
        return fail(op.status());
    Result<QList<UserInfo>> users = op->ws->accounts().listUsers(op->session);
    if (!users)
        return fail(users.status());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const UserInfo& u : *users)
            a.append(QJsonObject{{QStringLiteral("username"), u.username},
                                 {QStringLiteral("displayName"), u.displayName},
                                 {QStringLiteral("role"), u.role},
                                 {QStringLiteral("disabled"), u.disabled},
                                 {QStringLiteral("lockedUntil"), u.lockedUntil.isValid()
                                                                     ? QJsonValue(u.lockedUntil.toString(Qt::ISODate))
                                                                     : QJsonValue()}});
        printJson(a);
        return 0;
    }
    for (const UserInfo& u : *users)
        out(QStringLiteral("%1\t%2\t%3%4\n")
                .arg(u.username, Roles::displayName(u.role), u.displayName,
                     u.disabled ? QStringLiteral("\t") + Tr::tr("disabled") : QString()));
    return 0;
}

int usersPasswd(const QStringList& args)
{
    QCommandLineParser p;
    p.addOptions(
        {dbOption(),
         asOption(),
         userOption(),
         {QStringLiteral("password-stdin"), Tr::tr("Read the new password from stdin (after the operator's).")}});
    int code = 0;
    if (!parse(p, QStringLiteral("users passwd"), args, &code))
        return code;
    if (!p.isSet(QStringLiteral("user")) || !p.isSet(QStringLiteral("password-stdin"))) {
        err(Tr::tr("users passwd needs --user NAME and --password-stdin."));
        return 2;
    }
    Result<Operator> op = signIn(p);
    if (!op)
        return fail(op.status());
    const QString password = readStdinLine();
    if (Status s = op->ws->accounts().setPassword(op->session, p.value(QStringLiteral("user")), password); !s)
        return fail(s);
    err(Tr::tr("The password was changed."));
    return 0;
}

int usersDisable(const QStringList& args)
{
    QCommandLineParser p;
    p.addOptions({dbOption(),
                  asOption(),
                  userOption(),
                  {QStringLiteral("enable"), Tr::tr("Enable the account again instead.")}});
    int code = 0;
    if (!parse(p, QStringLiteral("users disable"), args, &code))
        return code;
    if (!p.isSet(QStringLiteral("user"))) {
        err(Tr::tr("users disable needs --user NAME."));
        return 2;
    }
    Result<Operator> op = signIn(p);
    if (!op)
        return fail(op.status());
    const bool enable = p.isSet(QStringLiteral("enable"));
    if (Status s = op->ws->accounts().setDisabled(op->session, p.value(QStringLiteral("user")), !enable); !s)
        return fail(s);
    err(enable ? Tr::tr("The account was enabled.") : Tr::tr("The account was disabled."));
    return 0;
}
} // namespace

int runUsers(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("add"))
        return usersAdd(args.mid(1));
    if (sub == QLatin1String("list"))
        return usersList(args.mid(1));
    if (sub == QLatin1String("passwd"))
        return usersPasswd(args.mid(1));
    if (sub == QLatin1String("disable"))
        return usersDisable(args.mid(1));
    err(Tr::tr("Usage: motcua-cli users add|list|passwd|disable --db PATH --as ADMIN ..."));
    return 2;
}

} // namespace motcua::cli
