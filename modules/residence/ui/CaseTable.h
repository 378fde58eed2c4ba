#pragma once

#include "ResidenceTypes.h"

#include <QTableWidget>

namespace motcua::residence {

class ResidenceDesk;

/// A sortable list of cases; overdue rows carry a warning icon and the word "Overdue" besides the red colour.
class CaseTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit CaseTable(ResidenceDesk& desk, QWidget* parent = nullptr);
    void setCases(const QList<CaseSummary>& cases);
    qint64 currentCaseId() const;

signals:
    void caseActivated(qint64 caseId);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    ResidenceDesk& m_desk;
};

} // namespace motcua::residence
