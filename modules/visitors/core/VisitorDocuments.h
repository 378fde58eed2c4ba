#pragma once

#include "VisitorTypes.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace motcua::visitors {

/// What a badge shows: the visit and the visitor's portrait.
struct BadgeData
{
    VisitRow visit;
    QImage portrait;
    QString agency; // the office the badge is valid in
};

/// The header lines of a register printout.
struct RegisterHeader
{
    QString agency;
    QString place; // for the date line, e.g. "Hà Nội"
    QDateTime printedAt;
    QString operatorName;
};

/// Printed outputs of the front desk: the card-size badge, the evacuation (muster) list and the duty logbook
/// as A4 PDF with the national heading, and the logbook as XLSX. Safe to call from a worker thread.
class VisitorDocuments
{
    Q_DECLARE_TR_FUNCTIONS(motcua::visitors::VisitorDocuments)

public:
    /// What the badge's QR code holds: enough to find the visit, nothing personal.
    static QByteArray badgeQrPayload(const VisitRow& visit);
    static bool writeBadge(const QString& fileName, const BadgeData& badge);
    static bool writeMusterList(const QString& fileName, const RegisterHeader& header, const QList<VisitRow>& inside);
    static bool writeLogbookPdf(const QString& fileName, const RegisterHeader& header, const QDate& day, int shift,
                                const QList<LogbookEntry>& entries);
    static bool writeLogbookXlsx(const QString& fileName, const QDate& day, int shift,
                                 const QList<LogbookEntry>& entries);
};

} // namespace motcua::visitors
