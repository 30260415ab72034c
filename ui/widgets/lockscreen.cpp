#include "lockscreen.h"

#include "services/appinfo.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace Rpb {

LockScreen::LockScreen(QWidget *window)
    : QWidget(window)
{
    setObjectName(QStringLiteral("lockScreen"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("QWidget#lockScreen { background: #1e5a32; }"
                                 "QWidget#lockScreen QLabel { color: white; }"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto *icon = new QLabel(this);
    const int extent = fontMetrics().height() * 5;
    icon->setPixmap(QApplication::windowIcon().pixmap(extent, extent));
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    m_title = new QLabel(AppInfo::applicationName(), this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("lockMessage"));
    m_message->setAlignment(Qt::AlignHCenter);
    m_message->setWordWrap(true);
    // Full width, centred text: a wrapped label squeezed to its own width loses lines.
    layout->addWidget(m_message);
    // The content stays in the upper part: the sign-in dialog comes up in the middle.
    layout->addStretch(10);
    window->installEventFilter(this);
    hide();
}

void LockScreen::setMessage(const QString &text)
{
    m_message->setText(text);
}

QString LockScreen::message() const
{
    return m_message->text();
}

void LockScreen::showEvent(QShowEvent *event)
{
    setGeometry(parentWidget()->rect());
    raise();
    QWidget::showEvent(event);
}

bool LockScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    // Bars and banners added to the window later must not show through.
    if (watched == parentWidget() && event->type() == QEvent::ChildAdded && isVisible())
        raise();
    return QWidget::eventFilter(watched, event);
}

} // namespace Rpb
