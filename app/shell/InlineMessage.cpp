#include "InlineMessage.h"

#include "Icons.h"

#include <QHBoxLayout>
#include <QLabel>

namespace motcua::shell {

InlineMessage::InlineMessage(QWidget* parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    hide();
}

void InlineMessage::showMessage(Kind kind, const QString& text)
{
    m_kind = kind;
    const char* iconName = "dialog-information";
    QString style =
        QStringLiteral("motcua--shell--InlineMessage{background:#e8f1fb;border:1px solid #8fb6e0;border-radius:4px}");
    if (kind == Kind::Warning) {
        iconName = "dialog-warning";
        style = QStringLiteral(
            "motcua--shell--InlineMessage{background:#fdf3dc;border:1px solid #e0b650;border-radius:4px}");
    } else if (kind == Kind::Error) {
        iconName = "dialog-error";
        style = QStringLiteral(
            "motcua--shell--InlineMessage{background:#fbe9e9;border:1px solid #d98383;border-radius:4px}");
    }
    setStyleSheet(style);
    m_icon->setPixmap(shippedIcon(QLatin1String(iconName)).pixmap(22, 22));
    m_text->setText(text);
    m_text->setAccessibleName(text);
    show();
}

void InlineMessage::clear()
{
    m_text->clear();
    hide();
}

QString InlineMessage::text() const
{
    return m_text->text();
}

} // namespace motcua::shell
