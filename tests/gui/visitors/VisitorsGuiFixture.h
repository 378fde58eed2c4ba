#pragma once

#include "CardReading.h"
#include "Database.h"
#include "IModule.h"
#include "Permissions.h"
#include "Session.h"
#include "TestWorkstation.h"
#include "Vault.h"
#include "VisitorsDesk.h"
#include "VisitorsSchema.h"
#include "VisitorsStore.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

namespace motcua::visitors::test {

/// The visitors pages on a fresh test workstation, with the operator set on the desk (no shell around them).
struct VisitorsGuiFixture
{
    motcua::test::TestWorkstation tw;
    std::unique_ptr<VisitorsDesk> desk;
    std::unique_ptr<CardReading> cards;

    VisitorsGuiFixture()
    {
        for (const QString& p : {perm::CheckIn, perm::History, perm::Statistics})
            Roles::grant(p, {QStringLiteral("frontdesk")});
        for (const QString& p : {perm::Override, perm::WatchlistManage, perm::HostsManage, perm::SubjectRights})
            Roles::grant(p, {});
        if (!tw.ws->database().migrate(VisitorsSchema::migrations()))
            qFatal("migrate failed");
        desk = std::make_unique<VisitorsDesk>(tw.ws->context());
        desk->setSessionOverride(frontDesk());
        desk->setOutputFolder(tw.dir.filePath(QStringLiteral("out")));
        cards = std::make_unique<CardReading>();
    }
    static Session frontDesk()
    {
        return Session(7, QStringLiteral("desk1"), QStringLiteral("Lễ tân"), QStringLiteral("frontdesk"));
    }
    VisitorsStore& store() { return **desk->store(); }

    int count(const QString& sql)
    {
        QSqlQuery q = tw.ws->database().query();
        q.exec(sql);
        q.next();
        return q.value(0).toInt();
    }

    template <typename T> static T* child(QWidget* root, const char* name)
    {
        auto* w = root->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }

    static void type(QWidget* root, const char* editName, const QString& text)
    {
        auto* edit = child<QLineEdit>(root, editName);
        edit->setFocus();
        edit->setText(text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    static void grab(QWidget* w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
};

/// The text a keyboard-wedge scanner types from the QR code of the simulator's realistic card.
inline QString realisticCardQr()
{
    return QStringLiteral("001089012345|012345678|Nguyễn Văn An|15031989|Nam|Số 12 Ngõ 34 Phố Hàng Bạc, Phường Hàng "
                          "Bạc, Quận Hoàn Kiếm, Hà Nội|10042021");
}

} // namespace motcua::visitors::test
