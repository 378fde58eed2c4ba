#pragma once

#include "CitizenIdentity.h"

#include <QGroupBox>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace motcua::visitors {

/// Typing a visitor's details when no chip can be read (and the QR code neither): ID number, name, date of
/// birth, sex, residence. The result is never chip-verified.
class ManualEntryBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit ManualEntryBox(QWidget* parent = nullptr);

    /// Checks the ID number (12 digits, province, century/sex) and the name; the message says what is wrong.
    Result<card::CitizenIdentity> identity() const;
    void clear();
    void setIdNumber(const QString& id);
    QLineEdit* idEdit() const { return m_id; }

signals:
    void submitted();

private:
    QLineEdit* m_id = nullptr;
    QLineEdit* m_name = nullptr;
    QDateEdit* m_birth = nullptr;
    QComboBox* m_sex = nullptr;
    QLineEdit* m_residence = nullptr;
};

} // namespace motcua::visitors
