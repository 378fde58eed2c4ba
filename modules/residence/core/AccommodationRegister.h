#pragma once

#include "ResidenceStore.h"
#include "ResidenceTypes.h"

#include <QCoreApplication>

class QSqlQuery;

namespace motcua::residence {

/// Lodgings (households, hotels, dormitories, hospitals…) and their guest notices (thông báo lưu trú):
/// the deadline check, the list of late or missing notices and the export for the Ministry's systems.
/// Needs residence.accommodation; every read and write audited.
class AccommodationRegister
{
    Q_DECLARE_TR_FUNCTIONS(motcua::residence::AccommodationRegister)

public:
    explicit AccommodationRegister(const ResidenceStore& store) : m_store(store) {}

    Result<qint64> addLodging(const Session& session, const Lodging& lodging) const;
    Status updateLodging(const Session& session, const Lodging& lodging) const;
    Result<QList<Lodging>> lodgings(const Session& session) const;

    /// Records a notice (period ≤ 30 days, arrival not in the future); returns its id.
    Result<qint64> addNotice(const Session& session, const GuestNotice& notice) const;
    /// Notices whose arrival falls in [from, to], newest first; lodgingId 0 = all lodgings.
    Result<QList<GuestNotice>> notices(const Session& session, const QDate& from, const QDate& to,
                                       qint64 lodgingId = 0) const;
    /// Notices received after their deadline, and guests without a notice whose deadline passed before `now`.
    Result<QList<NoticeProblem>> problems(const Session& session, const QDate& from, const QDate& to) const;

    /// The notice deadline: Vietnamese guests arriving before 23:00 → 23:00 the same day; at or after 23:00 →
    /// 08:00 the next day; foreign guests 12 hours after arrival (24 in remote areas).
    static QDateTime deadline(const GuestNotice& notice, bool remoteArea);
    static bool isLate(const GuestNotice& notice, bool remoteArea);

    /// CSV (UTF-8, RFC 4180) and XLSX of the notices of [from, to]; audited as an export.
    Result<QByteArray> exportCsv(const Session& session, const QDate& from, const QDate& to) const;
    Status exportXlsx(const Session& session, const QDate& from, const QDate& to, const QString& path) const;
    static QStringList exportHeader(); // translated column titles

    static QString kindKey(LodgingKind kind);
    static QString kindName(LodgingKind kind); // translated

private:
    /// Permission, name and address of a lodging to add or update.
    Status checkLodging(const Session& session, const Lodging& l) const;
    /// Binds name, kind, address_id, keeper_name, phone_sealed, remote_area (adding the address row if new).
    Status bindLodging(QSqlQuery& q, const Lodging& l) const;
    Result<QList<QStringList>> exportRows(const Session& session, const QDate& from, const QDate& to) const;
    const ResidenceStore& m_store;
};

} // namespace motcua::residence
