#pragma once

#include "CitizenIdentity.h"
#include "lds/Mrz.h"

#include <QString>

// A synthetic CCCD holder (no real person): ID 001089012345, born 15/03/1989 in Hà Nội, male.
inline QString cccdMrz()
{
    using motcua::card::Mrz;
    auto cd = [](const QString& s) { return QString::number(Mrz::checkDigit(s)); };
    const QString doc = QStringLiteral("089012345");
    const QString optional = QStringLiteral("001089012345<<") + cd(QStringLiteral("001089012345"));
    const QString line1 = QStringLiteral("IDVNM") + doc + cd(doc) + optional;
    const QString dob = QStringLiteral("890315");
    const QString expiry = QStringLiteral("290315");
    const QString line2Head = dob + cd(dob) + QStringLiteral("M") + expiry + cd(expiry) + QStringLiteral("VNM");
    const QString optional2 = QStringLiteral("<<<<<<<<<<<");
    const QString composite = line1.mid(5, 25) + dob + cd(dob) + expiry + cd(expiry) + optional2;
    const QString line2 = line2Head + optional2 + cd(composite);
    const QString line3 = QStringLiteral("NGUYEN<<VAN<AN<<<<<<<<<<<<<<<<");
    return line1 + line2 + line3;
}

inline motcua::card::HolderData cccdHolder()
{
    motcua::card::HolderData h;
    h.idNumber = QStringLiteral("001089012345");
    h.fullName = QStringLiteral("Nguyễn Văn An");
    h.dateOfBirth = QDate(1989, 3, 15);
    h.sex = QStringLiteral("M");
    h.nationality = QStringLiteral("Việt Nam");
    h.ethnicity = QStringLiteral("Kinh");
    h.religion = QStringLiteral("Không");
    h.placeOfOrigin = QStringLiteral("Xã Đông Anh, Hà Nội");
    h.placeOfResidence = QStringLiteral("Số 1 Phố Huế, Hai Bà Trưng, Hà Nội");
    h.identifyingMarks = QStringLiteral("Nốt ruồi C:2cm trên trước đầu lông mày trái");
    h.issueDate = QDate(2021, 4, 10);
    h.expiryDate = QDate(2029, 3, 15);
    h.fatherName = QStringLiteral("Nguyễn Văn Bình");
    h.motherName = QStringLiteral("Trần Thị Cúc");
    h.oldIdNumber = QStringLiteral("012345678");
    return h;
}
