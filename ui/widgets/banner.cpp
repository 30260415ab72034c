#include "banner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace Rpb {

namespace {
struct Colours
{
    const char *background;
    const char *border;
};

Colours coloursOf(Banner::Level level)
{
    switch (level) {
    case Banner::Level::Information:
        return {"#e8f1fb", "#2b6cb0"};
    case Banner::Level::Warning:
        return {"#fff4ce", "#b7791f"};
    case Banner::Level::Error:
        return {"#fde7e9", "#c42b1c"};
    }
    return {"#ffffff", "#000000"};
}
} // namespace

Banner::Banner(Level level, std::function<QString()> text, bool dismissible, QWidget *parent)
    : QFrame(parent)
    , m_level(level)
    , m_text(std::move(text))
{
    setObjectName(QStringLiteral("banner"));
    const Colours colours = coloursOf(level);
    // Fixed dark text on a light tint: the warning stays legible under a dark desktop theme too.
    setStyleSheet(QStringLiteral("QFrame#banner { background: %1; border: 1px solid %2; "
                                 "border-left: 6px solid %2; border-radius: 3px; }"
                                 "QFrame#banner QLabel { color: #1a1a1a; }")
                      .arg(QLatin1String(colours.background), QLatin1String(colours.border)));

    auto *layout = m_layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    auto *icon = new QLabel(this);
    const QStyle::StandardPixmap pixmap = level == Level::Error ? QStyle::SP_MessageBoxCritical
        : level == Level::Warning                               ? QStyle::SP_MessageBoxWarning
                                                                : QStyle::SP_MessageBoxInformation;
    const int extent = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) * 3 / 2;
    icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(extent, extent));
    icon->setAlignment(Qt::AlignTop);
    layout->addWidget(icon);

    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("bannerText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_label, 1);

    if (dismissible) {
        m_dismiss = new QToolButton(this);
        m_dismiss->setAutoRaise(true);
        m_dismiss->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
        layout->addWidget(m_dismiss, 0, Qt::AlignTop);
        connect(m_dismiss, &QToolButton::clicked, this, &Banner::hide);
    }
    retranslate();
}

QString Banner::text() const
{
    return m_label->text();
}

QPushButton *Banner::addButton(std::function<QString()> text, std::function<void()> onClick)
{
    auto *button = new QPushButton(this);
    button->setText(text());
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, [onClick = std::move(onClick)] { onClick(); });
    // Before the close button, after the text.
    m_layout->insertWidget(m_dismiss ? m_layout->indexOf(m_dismiss) : m_layout->count(), button, 0,
                           Qt::AlignVCenter);
    m_buttons.append({button, std::move(text)});
    button->show(); // the strip may be on screen already
    return button;
}

void Banner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void Banner::retranslate()
{
    m_label->setText(m_text ? m_text() : QString());
    for (const auto &[button, text] : std::as_const(m_buttons))
        button->setText(text());
    if (m_dismiss) {
        m_dismiss->setToolTip(tr("Hide this message"));
        m_dismiss->setAccessibleName(tr("Hide this message"));
    }
}

} // namespace Rpb
