#pragma once

#include <QFrame>

class QLabel;

namespace motcua::shell {

/// A one-sentence message shown where something happened: icon + words (never colour alone).
class InlineMessage : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Information,
        Warning,
        Error
    };

    explicit InlineMessage(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    void clear();
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    Kind m_kind = Kind::Information;
};

} // namespace motcua::shell
