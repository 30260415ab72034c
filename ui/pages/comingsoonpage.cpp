#include "comingsoonpage.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace Rpb {

ComingSoonPage::ComingSoonPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->setSpacing(12);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("comingSoon"));
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: #e6f4ea; color: #1e6b34; "
                                          "border: 1px solid #8cc59b; border-radius: 4px; "
                                          "padding: 3px 8px; font-weight: bold; }"));
    layout->addWidget(m_badge, 0, Qt::AlignLeft);

    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_description->setMaximumWidth(m_description->fontMetrics().averageCharWidth() * 90);
    layout->addWidget(m_description);

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    layout->addStretch(1);
}

QString ComingSoonPage::heading() const
{
    return m_title->text();
}

void ComingSoonPage::retranslate()
{
    m_title->setText(title());
    m_badge->setText(tr("Coming soon"));
    m_description->setText(description());
    m_hint->setText(tr("Until then, keep sites, machines, members, product lines and waste "
                       "categories up to date under Master data (Ctrl+5)."));
}

void ComingSoonPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Rpb
