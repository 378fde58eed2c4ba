#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace motcua::visitors {

class VisitorsDesk;

/// Who is inside right now: the live list with the count by host and department, check-out by badge number
/// or from the list, and the evacuation (muster) list as PDF in one click.
class InsideNowPage : public QWidget
{
    Q_OBJECT
public:
    explicit InsideNowPage(VisitorsDesk& desk, QWidget* parent = nullptr);
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void checkOutSelected();
    void checkOutByBadge();
    void printMusterList();
    void showMessage(const QString& text, bool error);

    VisitorsDesk& m_desk;
    QLabel* m_count = nullptr;
    QLabel* m_byHost = nullptr;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_badge = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace motcua::visitors
