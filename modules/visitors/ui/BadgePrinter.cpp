#include "BadgePrinter.h"

#include "CheckInService.h"
#include "PdfPrinting.h"
#include "VisitorDocuments.h"
#include "VisitorRepository.h"
#include "VisitorsDesk.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPointer>
#include <QtConcurrent>

namespace motcua::visitors {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(motcua::visitors::BadgePrinter)
};
} // namespace

void BadgePrinter::print(VisitorsDesk& desk, qint64 visitId, QWidget* parent, const Report& report)
{
    auto store = desk.store();
    if (!store) {
        report(store.status().message(), true);
        return;
    }
    CheckInService service(**store);
    const auto visit = service.visit(visitId);
    if (!visit) {
        report(Tr::tr("This visit is no longer in the register."), true);
        return;
    }
    if (visit->badgePrints > 0) {
        QMessageBox box(QMessageBox::Warning, Tr::tr("Badge already printed"),
                        Tr::tr("The badge of this visit was already printed %n time(s). Print it again?", nullptr,
                               visit->badgePrints),
                        QMessageBox::Yes | QMessageBox::No, parent);
        box.setObjectName(QStringLiteral("badgeReprintBox"));
        box.setDefaultButton(QMessageBox::No);
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    auto counted = service.markBadgePrinted(desk.session(), visitId);
    if (!counted) {
        report(counted.status().message(), true);
        return;
    }
    BadgeData badge;
    badge.visit = *visit;
    badge.agency = desk.agencyName();
    if (auto portrait = VisitorRepository((*store)->env(), (*store)->ids()).portrait(visit->profileId))
        badge.portrait = QImage::fromData(*portrait);
    const QString file =
        desk.outputFolder() + QStringLiteral("/badge-%1-%2.pdf")
                                  .arg(visit->checkedInAt.toString(QStringLiteral("yyyyMMdd")), visit->badgeNumber);
    // Rendering embeds fonts and images: off the GUI thread.
    auto* watcher = new QFutureWatcher<bool>(parent);
    QPointer<QWidget> owner(parent);
    QObject::connect(watcher, &QFutureWatcher<bool>::finished, watcher, [watcher, file, report, owner] {
        if (watcher->result()) {
            report(Tr::tr("Badge written to %1").arg(file), false);
            if (owner)
                PdfPrinting::openPreview(file, Tr::tr("Print badge"), owner);
        } else
            report(Tr::tr("The badge could not be written to %1. Check the folder.").arg(file), true);
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([file, badge] { return VisitorDocuments::writeBadge(file, badge); }));
}

} // namespace motcua::visitors
